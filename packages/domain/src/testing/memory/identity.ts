import { Effect, Option } from "effect"
import { type Location, type Organization, type RoleAssignment, User } from "../../identity/model.ts"
import { IdentityRepository, type Invitation } from "../../identity/repository.ts"
import type { LocationId, OrganizationId, UserId } from "../../ids.ts"
import { ascending } from "./order.ts"
import { MemoryStore } from "./store.ts"

/** The table of users (the audit log reads it for the actors' emails). */
export const USERS_TABLE = "identity.users"
/** The table of locations (the POR events read it for their partners' organizations). */
export const LOCATIONS_TABLE = "identity.locations"

const roleKey = (a: RoleAssignment) => `${a.userId}|${a.role}|${a.locationId ?? ""}`

/**
 * IdentityRepository in memory: unique user ids and emails (insertUser answers false on either), unique
 * PartnerIDs, role assignments given once, invitations used once.
 */
export const makeIdentityRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const organizations = store.table<OrganizationId, Organization>("identity.organizations")
  const locations = store.table<LocationId, Location>(LOCATIONS_TABLE)
  const users = store.table<UserId, User>(USERS_TABLE)
  const passwords = store.table<UserId, string>("identity.password_hashes")
  const roles = store.table<string, RoleAssignment>("identity.role_assignments")
  const invitations = store.table<string, Invitation>("identity.invitations")

  const byEmail = (email: string) => [...users.values()].find((u) => u.email === email)
  const sortedByEmail = (us: ReadonlyArray<User>) => [...us].sort(ascending<User>((u) => u.email))
  const byPartnerId = ascending<Location>((l) => l.partnerId)
  const holders = (match: (a: RoleAssignment) => boolean) =>
    new Set([...roles.values()].filter(match).map((a) => a.userId))
  const setUser = (user: User, passwordHash: string) => {
    users.set(user.id, user)
    passwords.set(user.id, passwordHash)
  }

  return IdentityRepository.of({
    upsertOrganization: (org) => Effect.sync(() => void organizations.set(org.id, org)),
    upsertLocation: (l) =>
      Effect.suspend(() => {
        const clash = [...locations.values()].find((x) => x.partnerId === l.partnerId && x.id !== l.id)
        if (clash !== undefined)
          return Effect.die(new Error(`PartnerID ${l.partnerId} belongs to ${clash.id}`))
        locations.set(l.id, l)
        return Effect.void
      }),
    upsertUser: (user, passwordHash) =>
      Effect.suspend(() => {
        const clash = byEmail(user.email)
        if (clash !== undefined && clash.id !== user.id)
          return Effect.die(new Error(`email ${user.email} belongs to ${clash.id}`))
        setUser(user, passwordHash)
        return Effect.void
      }),
    insertUser: (user, passwordHash) =>
      Effect.sync(() => {
        if (users.has(user.id) || byEmail(user.email) !== undefined) return false
        setUser(user, passwordHash)
        return true
      }),
    assignRole: (a) =>
      Effect.sync(() => {
        if (roles.has(roleKey(a))) return false
        roles.set(roleKey(a), a)
        return true
      }),
    removeRole: (a) => Effect.sync(() => roles.delete(roleKey(a))),
    findUserById: (id) => Effect.sync(() => Option.fromUndefinedOr(users.get(id))),
    findUsersByIds: (ids) =>
      Effect.sync(() =>
        [...new Set(ids)].flatMap((id) => Option.toArray(Option.fromUndefinedOr(users.get(id))))
      ),
    findCredentialsByEmail: (email) =>
      Effect.sync(() => {
        const user = byEmail(email)
        return user === undefined
          ? Option.none()
          : Option.some({ user, passwordHash: passwords.get(user.id) ?? "" })
      }),
    rolesOf: (userId) =>
      Effect.sync(() =>
        [...roles.values()]
          .filter((a) => a.userId === userId)
          .sort(
            ascending<RoleAssignment>(
              (a) => a.role,
              (a) => a.locationId ?? ""
            )
          )
      ),
    findOrganization: (id) => Effect.sync(() => Option.fromUndefinedOr(organizations.get(id))),
    locationsOf: (organizationId) =>
      Effect.sync(() =>
        [...locations.values()].filter((l) => l.organizationId === organizationId).sort(byPartnerId)
      ),
    findOrganizationWithLocations: (id) =>
      Effect.sync(() =>
        Option.map(Option.fromUndefinedOr(organizations.get(id)), (organization) => ({
          organization,
          locations: [...locations.values()].filter((l) => l.organizationId === id).sort(byPartnerId)
        }))
      ),
    findLocation: (id) => Effect.sync(() => Option.fromUndefinedOr(locations.get(id))),
    findLocationByPartnerId: (partnerId) =>
      Effect.sync(() =>
        Option.fromUndefinedOr([...locations.values()].find((l) => l.partnerId === partnerId))
      ),
    allLocations: Effect.sync(() => [...locations.values()].sort(byPartnerId)),
    findUserByEmail: (email) => Effect.sync(() => Option.fromUndefinedOr(byEmail(email))),
    usersOf: (organizationId) =>
      Effect.sync(() =>
        sortedByEmail([...users.values()].filter((u) => u.organizationId === organizationId))
      ),
    usersWithLocationRole: (locationId, role) =>
      Effect.sync(() => {
        const ids = holders((a) => a.role === role && a.locationId === locationId)
        return sortedByEmail([...users.values()].filter((u) => u.active && ids.has(u.id)))
      }),
    usersWithOrganizationRole: (organizationId, role) =>
      Effect.sync(() => {
        const ids = holders((a) => a.role === role && a.locationId === null)
        return sortedByEmail(
          [...users.values()].filter((u) => u.active && u.organizationId === organizationId && ids.has(u.id))
        )
      }),
    setUserActive: (userId, active) =>
      Effect.sync(() => {
        const user = users.get(userId)
        if (user !== undefined) users.set(userId, new User({ ...user, active }))
      }),
    setPasswordHash: (userId, passwordHash) =>
      Effect.sync(() => {
        if (users.has(userId)) passwords.set(userId, passwordHash)
      }),
    insertInvitation: (i) =>
      Effect.suspend(() =>
        invitations.has(i.tokenHash)
          ? Effect.die(new Error("invitation token exists already"))
          : Effect.sync(() => void invitations.set(i.tokenHash, { ...i, usedAt: null }))
      ),
    findInvitation: (tokenHash) => Effect.sync(() => Option.fromUndefinedOr(invitations.get(tokenHash))),
    useInvitation: (tokenHash, at) =>
      Effect.sync(() => {
        const i = invitations.get(tokenHash)
        if (i === undefined || i.usedAt !== null) return false
        invitations.set(tokenHash, { ...i, usedAt: at })
        return true
      })
  })
})
