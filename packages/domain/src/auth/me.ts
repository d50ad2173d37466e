import { Effect, Option } from "effect"
import { DirectoryRepository } from "../directory/repository.ts"
import type { RoleAssignment, User } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"

/**
 * Who the signed-in user is (`GET /me`): the user, the organization or tenant, the roles with the
 * PartnerID of their location, and every location of the organization with the user's roles there.
 * `roles` are the user's roles as authentication read them for this request (in its one statement),
 * ordered by role, then location: they are not read again.
 */
export const meOf = Effect.fn("Auth.me")(function* (user: User, roles: ReadonlyArray<RoleAssignment>) {
  const organizationId = user.organizationId
  // The organization and its locations in one read.
  const found =
    organizationId === null
      ? Option.none()
      : yield* IdentityRepository.use((identity) => identity.findOrganizationWithLocations(organizationId))
  const organization = Option.map(found, (f) => f.organization)
  const locations = Option.match(found, { onNone: () => [], onSome: (f) => f.locations })
  const tenantId = user.tenantId
  const tenant =
    tenantId === null ? Option.none() : yield* DirectoryRepository.use((d) => d.findTenantName(tenantId))
  const partnerIdOf = new Map(locations.map((l) => [l.id as string, l.partnerId as string]))
  return {
    user,
    organization: Option.match(organization, {
      onNone: () => null,
      onSome: (o) => ({ id: o.id, name: o.name })
    }),
    tenant: Option.match(tenant, { onNone: () => null, onSome: (t) => ({ id: t.id, name: t.name }) }),
    roles: roles.map((r) => ({
      role: r.role,
      locationId: r.locationId,
      partnerId: r.locationId === null ? null : (partnerIdOf.get(r.locationId) ?? null)
    })),
    // Every location of the organization, with the user's roles there (empty when none).
    locations: locations.map((l) => ({
      id: l.id,
      partnerId: l.partnerId,
      name: l.name,
      city: l.city,
      roles: roles.filter((r) => r.locationId === l.id).map((r) => r.role)
    }))
  }
})
