import { Context, type Effect, type Option } from "effect"
import type { LocationId, OrganizationId, PartnerId, UserId } from "../ids.ts"
import type { Location, Organization, RoleAssignment, User } from "./model.ts"

export interface UserCredentials {
  readonly user: User
  readonly passwordHash: string
}

/** Organizations, locations, users and role assignments. Implemented by packages/db. */
export class IdentityRepository extends Context.Service<
  IdentityRepository,
  {
    readonly upsertOrganization: (org: Organization) => Effect.Effect<void>
    readonly upsertLocation: (location: Location) => Effect.Effect<void>
    readonly upsertUser: (user: User, passwordHash: string) => Effect.Effect<void>
    readonly assignRole: (assignment: RoleAssignment) => Effect.Effect<void>
    readonly removeRole: (assignment: RoleAssignment) => Effect.Effect<boolean>
    readonly findUserById: (id: UserId) => Effect.Effect<Option.Option<User>>
    readonly findCredentialsByEmail: (email: string) => Effect.Effect<Option.Option<UserCredentials>>
    readonly rolesOf: (userId: UserId) => Effect.Effect<ReadonlyArray<RoleAssignment>>
    readonly findOrganization: (id: OrganizationId) => Effect.Effect<Option.Option<Organization>>
    readonly locationsOf: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<Location>>
    readonly findLocation: (id: LocationId) => Effect.Effect<Option.Option<Location>>
    readonly findLocationByPartnerId: (partnerId: PartnerId) => Effect.Effect<Option.Option<Location>>
  }
>()("@openpor/domain/identity/IdentityRepository") {}
