import type { Me, RoleName } from "@openpor/api-client"

export const VENDOR_ROLES = ["reviewer", "operator", "auditor"] as const satisfies readonly RoleName[]

export type VendorRole = (typeof VENDOR_ROLES)[number]

/** The user's vendor roles in a fixed order (reviewer, operator, auditor), without duplicates. */
export const vendorRoles = (me: Me): VendorRole[] => {
  const held = new Set<RoleName>(me.roles.map((assignment) => assignment.role))
  return VENDOR_ROLES.filter((role) => held.has(role))
}
