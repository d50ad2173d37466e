import type { Me, RoleName } from "@openpor/api-client"

/** The user's roles for their tenant, without duplicates. */
export const tenantRoles = (me: Me): RoleName[] => [...new Set(me.roles.map((assignment) => assignment.role))]
