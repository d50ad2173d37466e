import type { Me, PartnerLocation, RoleName } from "@openpor/api-client"

/** Roles that apply to the whole organization (assigned without a location), without duplicates. */
export const organizationRoles = (me: Me): RoleName[] => [
  ...new Set(
    me.roles.filter((assignment) => assignment.locationId === null).map((assignment) => assignment.role)
  )
]

/** The user's locations ordered by PartnerID. */
export const locationsByPartnerId = (me: Me): PartnerLocation[] =>
  [...me.locations].sort((a, b) => a.partnerId.localeCompare(b.partnerId, "en", { numeric: true }))
