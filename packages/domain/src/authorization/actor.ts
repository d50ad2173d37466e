import {
  isLocationRole,
  isOrganizationRole,
  isVendorRole,
  type LocationRole,
  type OrganizationRole,
  type RoleAssignment,
  type User,
  type VendorRole
} from "../identity/model.ts"
import type { LocationId, OrganizationId, TenantId, UserId } from "../ids.ts"

/**
 * Who is acting, resolved fresh from the database on every request (so a role change takes effect on
 * the very next request of an existing session).
 */
export type Actor =
  | {
      readonly kind: "partner"
      readonly userId: UserId
      readonly organizationId: OrganizationId
      readonly organizationRoles: ReadonlySet<OrganizationRole>
      /** Location roles, by location of the actor's own organization. */
      readonly locationRoles: ReadonlyMap<LocationId, ReadonlySet<LocationRole>>
    }
  | {
      readonly kind: "customer"
      readonly userId: UserId
      readonly tenantId: TenantId
      readonly tenantAdmin: boolean
    }
  | {
      readonly kind: "vendor"
      readonly userId: UserId
      readonly vendorRoles: ReadonlySet<VendorRole>
    }
  /** A customer contact holding a signed link for one claim (no account). */
  | {
      readonly kind: "customer_contact"
      readonly tenantId: TenantId
      readonly email: string
      readonly claimId: string
    }

/**
 * The {@link Actor} a user acts as, from its kind, organization or tenant and role assignments; `undefined`
 * when the user cannot act (e.g. a partner user without an organization).
 */
export const actorFromUser = (user: User, roles: ReadonlyArray<RoleAssignment>): Actor | undefined => {
  switch (user.kind) {
    case "partner": {
      if (user.organizationId === null) return undefined
      const organizationRoles = new Set<OrganizationRole>()
      const locationRoles = new Map<LocationId, Set<LocationRole>>()
      for (const r of roles) {
        if (isLocationRole(r.role) && r.locationId !== null) {
          const set = locationRoles.get(r.locationId) ?? new Set<LocationRole>()
          set.add(r.role)
          locationRoles.set(r.locationId, set)
        } else if (isOrganizationRole(r.role)) {
          organizationRoles.add(r.role)
        }
      }
      return {
        kind: "partner",
        userId: user.id,
        organizationId: user.organizationId,
        organizationRoles,
        locationRoles
      }
    }
    case "customer":
      if (user.tenantId === null) return undefined
      return {
        kind: "customer",
        userId: user.id,
        tenantId: user.tenantId,
        tenantAdmin: roles.some((r) => r.role === "tenant_admin")
      }
    case "vendor": {
      const vendorRoles = new Set<VendorRole>()
      for (const r of roles) {
        if (isVendorRole(r.role)) vendorRoles.add(r.role)
      }
      return { kind: "vendor", userId: user.id, vendorRoles }
    }
  }
}
