import {
  LOCATION_ROLES,
  type Me,
  ORGANIZATION_ROLES,
  type PartnerLocation,
  type RoleName
} from "@openpor/api-client"

/**
 * What the signed-in partner user may do, from the roles of `GET /me` — the same rules as the API's
 * authorization policy (SPEC §1), used to show only the pages and actions the user's roles allow. The API
 * still decides: these only keep the screens from offering what would be refused.
 */
const hasOrganizationRole = (me: Me, ...roles: readonly RoleName[]): boolean =>
  me.roles.some((assignment) => assignment.locationId === null && roles.includes(assignment.role))

const hasLocationRole = (me: Me, locationId: string | undefined, ...roles: readonly RoleName[]): boolean =>
  me.roles.some(
    (assignment) =>
      assignment.locationId !== null &&
      (locationId === undefined || assignment.locationId === locationId) &&
      roles.includes(assignment.role)
  )

export const isPartner = (me: Me): boolean => me.user.kind === "partner" && me.organization !== null

/** Invite users, assign and remove roles, deactivate (Global and Account admin). */
export const canManageUsers = (me: Me): boolean =>
  isPartner(me) && hasOrganizationRole(me, "global_admin", "account_admin")

/** Only a Global admin gives or takes the Global admin role. */
export const canManageGlobalAdmins = (me: Me): boolean =>
  isPartner(me) && hasOrganizationRole(me, "global_admin")

/** The organization's settings and webhook endpoints (Global admin only). */
export const canManageWebhooks = (me: Me): boolean => isPartner(me) && hasOrganizationRole(me, "global_admin")

/** See programs and enrollments (Incentives admin or user of a location, Global or Account admin). */
export const canViewEnrollments = (me: Me): boolean =>
  isPartner(me) &&
  (hasLocationRole(me, undefined, ...LOCATION_ROLES) ||
    hasOrganizationRole(me, "global_admin", "account_admin"))

/** Enroll a location and edit bank and tax profiles (Incentives admin of that location, or of any). */
export const isIncentivesAdmin = (me: Me, locationId?: string): boolean =>
  isPartner(me) && hasLocationRole(me, locationId, "incentives_admin")

/** See claims, customer associations, DPOR subscriptions and attribution of the organization. */
export const canViewClaims = (me: Me): boolean =>
  isPartner(me) &&
  (hasLocationRole(me, undefined, ...LOCATION_ROLES) || hasOrganizationRole(me, ...ORGANIZATION_ROLES))

/** The locations where the user is Incentives admin, ordered by PartnerID. */
export const adminLocations = (me: Me): PartnerLocation[] =>
  me.locations
    .filter((location) => isIncentivesAdmin(me, location.id))
    .sort((a, b) => a.partnerId.localeCompare(b.partnerId, "en", { numeric: true }))
