import { Effect, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import { Secrets, SessionRepository } from "../auth/auth.ts"
import type { Actor } from "../authorization/actor.ts"
import { NotAPartner } from "../authorization/errors.ts"
import { Clock } from "../calendar/clock.ts"
import { makeAdminInvitations } from "../enrollment/admin-invitations.ts"
import type { LocationId, OrganizationId, UserId } from "../ids.ts"
import { localizedEmail, Outbox } from "../outbox/outbox.ts"
import { InvalidInput, NotFound } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { identityTexts } from "./email-texts.ts"
import { GlobalAdminOnly, InvalidRole, LastGlobalAdmin } from "./errors.ts"
import {
  isLocationRole,
  isPartnerUserRole,
  type PartnerUserRole,
  RoleAssignment,
  type User
} from "./model.ts"
import { PasswordPolicy } from "./password-policy.ts"
import { IdentityRepository } from "./repository.ts"

/** A partner user role to give, for one location or the whole organization. */
export interface RoleInput {
  readonly role: PartnerUserRole
  readonly locationId?: LocationId | null | undefined
}

/** A role of a partner organization's user (only partner roles are ever given to them). */
export type PartnerRoleAssignment = RoleAssignment & { readonly role: PartnerUserRole }

/** The assignment of a checked partner role (the class types its role as any Role). */
export const partnerRoleAssignment = (
  role: { readonly role: PartnerUserRole; readonly locationId: LocationId | null },
  userId: UserId
): PartnerRoleAssignment => new RoleAssignment({ ...role, userId }) as PartnerRoleAssignment

/**
 * A partner organization's user as its admins see it: the user, its roles and whether its invitation is still
 * pending.
 */
export interface UserWithRoles {
  readonly user: User
  readonly roles: ReadonlyArray<PartnerRoleAssignment>
  readonly invitationPending: boolean
}

/** Whether the actor is a Global admin (only they give, take or deactivate the Global admin role). */
export const isGlobalAdmin = (actor: Actor): boolean =>
  actor.kind === "partner" && actor.organizationRoles.has("global_admin")

/**
 * What the user-administration use cases share: the services, the caller's organization, a member
 * with their roles, the role checks, and the roles-changed email. Built once by UserAdminService.layer.
 */
export const makeUserAdminKernel = Effect.gen(function* () {
  const identity = yield* IdentityRepository
  const sessions = yield* SessionRepository
  const secrets = yield* Secrets
  const clock = yield* Clock
  const tx = yield* Transactor
  const audit = yield* AuditLog
  const outbox = yield* Outbox
  const passwords = yield* PasswordPolicy
  const invitations = yield* makeAdminInvitations

  const organizationOf = (actor: Actor) =>
    actor.kind === "partner"
      ? Effect.succeed(actor.organizationId)
      : Effect.fail(
          new NotAPartner({ reason: "Users and roles are managed by the partner organization's admins" })
        )

  const withRoles = (user: User) =>
    Effect.gen(function* () {
      const roles = (yield* identity.rolesOf(user.id)).filter((r): r is PartnerRoleAssignment =>
        isPartnerUserRole(r.role)
      )
      const credentials = yield* identity.findCredentialsByEmail(user.email)
      const invitationPending = Option.match(credentials, {
        onNone: () => false,
        onSome: (c) => c.passwordHash === "!"
      })
      return { user, roles, invitationPending } satisfies UserWithRoles
    })

  const memberOf = (organizationId: OrganizationId, userId: UserId) =>
    Effect.gen(function* () {
      const user = yield* identity.findUserById(userId)
      // Another organization's user is not found, not forbidden.
      if (Option.isNone(user) || user.value.organizationId !== organizationId)
        return yield* new NotFound({ entity: "user", id: userId })
      return user.value
    })

  /** Checks a role against the organization and the actor's own power. */
  const checkRole = (actor: Actor, organizationId: OrganizationId, input: RoleInput) =>
    Effect.gen(function* () {
      if (!isPartnerUserRole(input.role))
        return yield* new InvalidRole({ role: input.role, problem: "not_a_partner_role" })
      const locationId = input.locationId ?? null
      if (isLocationRole(input.role)) {
        if (locationId === null) {
          return yield* new InvalidInput({
            code: "missing_field",
            reason: `${input.role} is given per location: add locationId`,
            details: { field: "locationId" }
          })
        }
        const location = yield* identity.findLocation(locationId)
        if (Option.isNone(location) || location.value.organizationId !== organizationId)
          return yield* new NotFound({ entity: "location", id: locationId })
      } else if (locationId !== null) {
        return yield* new InvalidRole({ role: input.role, problem: "organization_wide" })
      }
      if (input.role === "global_admin" && !isGlobalAdmin(actor))
        return yield* new GlobalAdminOnly({ attempt: "change_role" })
      return { role: input.role, locationId } as const
    })

  const ensureNotLastGlobalAdmin = (organizationId: OrganizationId, userId: UserId) =>
    Effect.gen(function* () {
      const admins = yield* identity.usersWithOrganizationRole(organizationId, "global_admin")
      if (admins.length === 1 && admins[0]!.id === userId) return yield* new LastGlobalAdmin()
    })

  /** Tells the user a role was given or taken, in their language (SPEC §8). */
  const rolesChangedEmail = (user: User, change: "assigned" | "removed", role: string) =>
    outbox.enqueueEmail(
      localizedEmail([user.email], "user.roles_changed", (language, link) =>
        change === "assigned"
          ? identityTexts[language].roleAssigned(user.displayName, role, link("/partner/"))
          : identityTexts[language].roleRemoved(user.displayName, role, link("/partner/"))
      )
    )

  return {
    identity,
    sessions,
    secrets,
    clock,
    tx,
    audit,
    outbox,
    passwords,
    invitations,
    organizationOf,
    withRoles,
    memberOf,
    checkRole,
    ensureNotLastGlobalAdmin,
    rolesChangedEmail
  }
})

export type UserAdminKernel = Effect.Success<typeof makeUserAdminKernel>
