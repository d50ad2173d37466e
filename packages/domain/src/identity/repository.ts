import { Context, Effect, Layer, type Option } from "effect"
import type { LocationId, OrganizationId, PartnerId, UserId } from "../ids.ts"
import { makeIdentityRepositoryMemory } from "../testing/memory/identity.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import type { Location, LocationRole, Organization, OrganizationRole, RoleAssignment, User } from "./model.ts"

/** A pending invitation: the hash of its token, the user it is for, and when it was created. */
export interface Invitation {
  readonly tokenHash: string
  readonly userId: UserId
  readonly createdAt: Date
  readonly expiresAt: Date
  readonly usedAt: Date | null
}

/** A user with its password hash (for sign-in). */
export interface UserCredentials {
  readonly user: User
  readonly passwordHash: string
}

/** A partner organization and its locations. */
export interface OrganizationWithLocations {
  readonly organization: Organization
  readonly locations: ReadonlyArray<Location>
}

/** Organizations, locations, users and role assignments. Implemented by packages/db. */
export class IdentityRepository extends Context.Service<
  IdentityRepository,
  {
    /** Inserts or updates an organization. */
    readonly upsertOrganization: (org: Organization) => Effect.Effect<void>
    /** Inserts or updates a location. */
    readonly upsertLocation: (location: Location) => Effect.Effect<void>
    /** Inserts or updates a user with its password hash. */
    readonly upsertUser: (user: User, passwordHash: string) => Effect.Effect<void>
    /**
     * Inserts a new user unless one with the same id or email exists (also one inserted concurrently:
     * the database's unique email decides). Answers whether this call inserted it.
     */
    readonly insertUser: (user: User, passwordHash: string) => Effect.Effect<boolean>
    /** Gives the role unless the user has it (also given concurrently); answers whether this call gave it. */
    readonly assignRole: (assignment: RoleAssignment) => Effect.Effect<boolean>
    /** Removes a role assignment; false when there was none. */
    readonly removeRole: (assignment: RoleAssignment) => Effect.Effect<boolean>
    /** The user of this id. */
    readonly findUserById: (id: UserId) => Effect.Effect<Option.Option<User>>
    /** The users of these ids that exist, in one read (for lists: never a query per row). */
    readonly findUsersByIds: (ids: ReadonlyArray<UserId>) => Effect.Effect<ReadonlyArray<User>>
    /** A user with its password hash, by email (for sign-in). */
    readonly findCredentialsByEmail: (email: string) => Effect.Effect<Option.Option<UserCredentials>>
    /** A user's role assignments. */
    readonly rolesOf: (userId: UserId) => Effect.Effect<ReadonlyArray<RoleAssignment>>
    /** The organization of this id. */
    readonly findOrganization: (id: OrganizationId) => Effect.Effect<Option.Option<Organization>>
    /** An organization's locations. */
    readonly locationsOf: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<Location>>
    /** The organization with its locations (ordered by PartnerID, as locationsOf), in one read. */
    readonly findOrganizationWithLocations: (
      id: OrganizationId
    ) => Effect.Effect<Option.Option<OrganizationWithLocations>>
    /** The location of this id. */
    readonly findLocation: (id: LocationId) => Effect.Effect<Option.Option<Location>>
    /** The location of a PartnerID. */
    readonly findLocationByPartnerId: (partnerId: PartnerId) => Effect.Effect<Option.Option<Location>>
    readonly allLocations: Effect.Effect<ReadonlyArray<Location>>
    /** The user of an email address. */
    readonly findUserByEmail: (email: string) => Effect.Effect<Option.Option<User>>
    /** An organization's users. */
    readonly usersOf: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<User>>
    /** Active users holding a location role at the location (e.g. its Incentives admins). */
    readonly usersWithLocationRole: (
      locationId: LocationId,
      role: LocationRole
    ) => Effect.Effect<ReadonlyArray<User>>
    /** Active users of the organization holding an organization role (e.g. its Global admins). */
    readonly usersWithOrganizationRole: (
      organizationId: OrganizationId,
      role: OrganizationRole
    ) => Effect.Effect<ReadonlyArray<User>>
    /** Activates or deactivates a user. */
    readonly setUserActive: (userId: UserId, active: boolean) => Effect.Effect<void>
    /** Replaces a user's password hash. */
    readonly setPasswordHash: (userId: UserId, passwordHash: string) => Effect.Effect<void>
    /** Stores a new invitation. */
    readonly insertInvitation: (invitation: Invitation) => Effect.Effect<void>
    /** The invitation of a token hash. */
    readonly findInvitation: (tokenHash: string) => Effect.Effect<Option.Option<Invitation>>
    /** Marks it used; false when it already was (a token works once). */
    readonly useInvitation: (tokenHash: string, at: Date) => Effect.Effect<boolean>
  }
>()("@openpor/domain/identity/IdentityRepository") {
  /** In memory, for workflow tests (see testing/layers.ts); its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<IdentityRepository, never, MemoryStore> = Layer.effect(
    IdentityRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeIdentityRepositoryMemory)
  )
}
