import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import { Secrets, SessionRepository } from "../auth/auth.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { Clock } from "../calendar/clock.ts"
import { type LocationId, newId, type OrganizationId, type UserId } from "../ids.ts"
import { Outbox } from "../outbox/outbox.ts"
import { AppConfig } from "../shared/config.ts"
import { Conflict, type Forbidden, InvalidInput, NotFound } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { isLocationRole, normaliseEmail, type Role, RoleAssignment, User } from "./model.ts"
import { PasswordPolicy } from "./password-policy.ts"
import { IdentityRepository } from "./repository.ts"

/** Partner roles a Global or Account admin can give (customer and vendor roles are not theirs). */
export const PARTNER_ROLES = [
  "global_admin",
  "account_admin",
  "billing_admin",
  "incentives_admin",
  "incentives_user"
] as const
export type PartnerRoleName = (typeof PARTNER_ROLES)[number]

export interface RoleInput {
  readonly role: PartnerRoleName
  readonly locationId?: LocationId | null | undefined
}

export interface UserWithRoles {
  readonly user: User
  readonly roles: ReadonlyArray<RoleAssignment>
  readonly invitationPending: boolean
}

export const INVITATION_TTL_MILLIS = 7 * 86_400_000

type Failure = Forbidden | NotFound | InvalidInput | Conflict

/**
 * Users and roles of a partner organization (SPEC §1, seed 003): Global and Account admins invite
 * users, assign and remove roles; only a Global admin gives or takes the Global admin role; the last
 * Global admin cannot be removed. Roles are read on every request, so changes apply at once.
 */
export class UserAdminService extends Context.Service<
  UserAdminService,
  {
    readonly list: (
      actor: Actor,
      organizationId: OrganizationId
    ) => Effect.Effect<ReadonlyArray<UserWithRoles>, Forbidden>
    readonly invite: (
      actor: Actor,
      input: {
        readonly email: string
        readonly displayName: string
        readonly roles: ReadonlyArray<RoleInput>
      }
    ) => Effect.Effect<UserWithRoles, Failure>
    readonly assignRole: (
      actor: Actor,
      userId: UserId,
      input: RoleInput
    ) => Effect.Effect<UserWithRoles, Failure>
    readonly removeRole: (
      actor: Actor,
      userId: UserId,
      input: RoleInput
    ) => Effect.Effect<UserWithRoles, Failure>
    readonly deactivate: (actor: Actor, userId: UserId) => Effect.Effect<void, Failure>
    /**
     * Sets the password of an invited user from the emailed link (the token works once); a weak password
     * (PasswordPolicy) is refused with `weak_password` and changes nothing.
     */
    readonly acceptInvitation: (
      token: string,
      password: string
    ) => Effect.Effect<User, InvalidInput | NotFound>
  }
>()("@openpor/domain/identity/UserAdminService") {
  static readonly layer = Layer.effect(
    UserAdminService,
    Effect.gen(function* () {
      const identity = yield* IdentityRepository
      const sessions = yield* SessionRepository
      const secrets = yield* Secrets
      const clock = yield* Clock
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const outbox = yield* Outbox
      const passwords = yield* PasswordPolicy

      const organizationOf = (actor: Actor) =>
        actor.kind === "partner"
          ? Effect.succeed(actor.organizationId)
          : Effect.fail(
              new InvalidInput({
                code: "not_a_partner",
                reason: "Users and roles are managed by the partner organization's admins"
              })
            )

      const withRoles = (user: User) =>
        Effect.gen(function* () {
          const roles = yield* identity.rolesOf(user.id)
          const credentials = yield* identity.findCredentialsByEmail(user.email)
          const invitationPending = Option.match(credentials, {
            onNone: () => false,
            onSome: (c) => c.passwordHash === "!"
          })
          return { user, roles, invitationPending }
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
          if (!(PARTNER_ROLES as ReadonlyArray<string>).includes(input.role)) {
            return yield* new InvalidInput({
              code: "invalid_role",
              reason: `${input.role} is not a partner role`
            })
          }
          const locationId = input.locationId ?? null
          if (isLocationRole(input.role as Role)) {
            if (locationId === null) {
              return yield* new InvalidInput({
                code: "missing_field",
                reason: `${input.role} is given per location: add locationId`,
                details: { field: "locationId" }
              })
            }
            const location = yield* identity.findLocation(locationId)
            if (Option.isNone(location) || location.value.organizationId !== organizationId) {
              return yield* new NotFound({ entity: "location", id: locationId })
            }
          } else if (locationId !== null) {
            return yield* new InvalidInput({
              code: "invalid_role",
              reason: `${input.role} applies to the whole organization; leave locationId out`
            })
          }
          if (
            input.role === "global_admin" &&
            !(actor.kind === "partner" && actor.organizationRoles.has("global_admin"))
          ) {
            return yield* new InvalidInput({
              code: "global_admin_only",
              reason: "Only a Global admin can give or take the Global admin role"
            })
          }
          return { role: input.role, locationId } as const
        })

      const ensureNotLastGlobalAdmin = (organizationId: OrganizationId, userId: UserId) =>
        Effect.gen(function* () {
          const admins = yield* identity.usersWithOrganizationRole(organizationId, "global_admin")
          if (admins.length === 1 && admins[0]!.id === userId) {
            return yield* new Conflict({
              code: "last_global_admin",
              reason: "This is the organization's last Global admin; make someone else Global admin first"
            })
          }
        })

      const rolesChangedEmail = (user: User, what: string) =>
        Effect.gen(function* () {
          const { publicUrl } = yield* AppConfig
          yield* outbox.enqueueEmail({
            to: [user.email],
            template: "user.roles_changed",
            subject: "Your OpenPOR roles changed",
            text: `Hello ${user.displayName},\n\n${what}\n\nThe change applies from your next action. Partner portal: ${publicUrl}/partner/`
          })
        })

      const list = Effect.fn("UserAdminService.list")(function* (
        actor: Actor,
        organizationId: OrganizationId
      ) {
        yield* authorize("viewOrganization", actor, { organizationId })
        const users = yield* identity.usersOf(organizationId)
        return yield* Effect.forEach(users, withRoles)
      })

      const invite = Effect.fn("UserAdminService.invite")(function* (
        actor: Actor,
        input: {
          readonly email: string
          readonly displayName: string
          readonly roles: ReadonlyArray<RoleInput>
        }
      ) {
        const organizationId = yield* organizationOf(actor)
        yield* authorize("manageUsers", actor, { organizationId })
        const email = normaliseEmail(input.email)
        if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
          return yield* new InvalidInput({
            code: "invalid_email",
            reason: `${input.email} is not an email address`
          })
        }
        const assignments = yield* Effect.forEach(input.roles, (r) => checkRole(actor, organizationId, r))
        const token = yield* secrets.randomToken
        const { publicUrl } = yield* AppConfig
        const displayName = input.displayName.trim()

        /**
         * The address already has an account. In the caller's own organization that is a plain 409 (the
         * admin sees those users anyway). Anywhere else — another partner, a customer, the vendor's staff —
         * the answer must not reveal that the address exists (issue 9, user enumeration): it looks like a
         * fresh invitation, nothing is created, and only the address's owner is told, by email, that an
         * invitation could not be delivered to an existing account.
         */
        const alreadyTaken = (existing: User) =>
          Effect.gen(function* () {
            if (existing.organizationId === organizationId) {
              return yield* new Conflict({
                code: "email_in_use",
                reason: `${email} is already a user of your organization`
              })
            }
            const organization = yield* identity.findOrganization(organizationId)
            const inviter = Option.match(organization, {
              onNone: () => "A partner organization",
              onSome: (o) => o.name
            })
            yield* outbox.enqueueEmail({
              to: [existing.email],
              template: "user.invitation_not_delivered",
              subject: "An OpenPOR invitation was not delivered",
              text: `Hello,\n\n${inviter} tried to invite this address to their OpenPOR partner workspace. This address already has an OpenPOR account, so nothing was changed and your account is as it was.\n\nIf you expected the invitation, ask them to invite another address of yours. If not, you can ignore this message.\n\n${publicUrl}/`
            })
            yield* audit.append({
              actor,
              action: "user.invitation_not_delivered",
              entityType: "user",
              entityId: existing.id,
              before: null,
              after: { invitedTo: organizationId }
            })
            // The same answer as a fresh invitation; the id names nothing.
            const shown = new User({
              id: newId<UserId>("usr"),
              email,
              displayName,
              kind: "partner",
              organizationId,
              tenantId: null,
              active: true
            })
            return {
              user: shown,
              roles: assignments.map((a) => new RoleAssignment({ ...a, userId: shown.id })),
              invitationPending: true
            } satisfies UserWithRoles
          })

        return yield* tx.transaction(
          Effect.gen(function* () {
            const existing = yield* identity.findUserByEmail(email)
            if (Option.isSome(existing)) return yield* alreadyTaken(existing.value)
            const now = yield* clock.now
            const user = new User({
              id: newId<UserId>("usr"),
              email,
              displayName,
              kind: "partner",
              organizationId,
              tenantId: null,
              active: true
            })
            // "!" is never a valid hash: nobody signs in until the invitation sets a password. The
            // database's unique email decides a concurrent invitation of the same address: the one that
            // did not insert answers as if it had come second.
            if (!(yield* identity.insertUser(user, "!"))) {
              const winner = yield* identity.findUserByEmail(email)
              if (Option.isNone(winner))
                return yield* Effect.die(new Error(`user ${email} neither inserted nor found`))
              return yield* alreadyTaken(winner.value)
            }
            for (const a of assignments)
              yield* identity.assignRole(new RoleAssignment({ ...a, userId: user.id }))
            yield* identity.insertInvitation({
              tokenHash: secrets.sha256(token),
              userId: user.id,
              createdAt: now,
              expiresAt: new Date(now.getTime() + INVITATION_TTL_MILLIS),
              usedAt: null
            })
            yield* outbox.enqueueEmail({
              to: [email],
              template: "user.invitation",
              subject: "You are invited to OpenPOR",
              text: `Hello ${user.displayName},\n\nyou have been invited to your organization's OpenPOR partner workspace. Set your password within 7 days:\n\n${publicUrl}/partner/invitation?token=${token}\n\nIf you did not expect this, ignore this message.`
            })
            yield* audit.append({
              actor,
              action: "user.invited",
              entityType: "user",
              entityId: user.id,
              before: null,
              after: { email, roles: assignments.map((a) => ({ role: a.role, locationId: a.locationId })) }
            })
            return yield* withRoles(user)
          })
        )
      })

      const assignRole = Effect.fn("UserAdminService.assignRole")(function* (
        actor: Actor,
        userId: UserId,
        input: RoleInput
      ) {
        const organizationId = yield* organizationOf(actor)
        yield* authorize("manageUsers", actor, { organizationId })
        return yield* tx.transaction(
          Effect.gen(function* () {
            const user = yield* memberOf(organizationId, userId)
            const assignment = new RoleAssignment({
              ...(yield* checkRole(actor, organizationId, input)),
              userId
            })
            // Already given (also by a concurrent request): nothing to audit or announce.
            if (!(yield* identity.assignRole(assignment))) return yield* withRoles(user)
            yield* audit.append({
              actor,
              action: "user.role_assigned",
              entityType: "user",
              entityId: userId,
              before: null,
              after: { role: assignment.role, locationId: assignment.locationId }
            })
            yield* rolesChangedEmail(
              user,
              `You now have the role ${assignment.role}${assignment.locationId === null ? "" : ` at location ${assignment.locationId}`}.`
            )
            return yield* withRoles(user)
          })
        )
      })

      const removeRole = Effect.fn("UserAdminService.removeRole")(function* (
        actor: Actor,
        userId: UserId,
        input: RoleInput
      ) {
        const organizationId = yield* organizationOf(actor)
        yield* authorize("manageUsers", actor, { organizationId })
        return yield* tx.transaction(
          Effect.gen(function* () {
            const user = yield* memberOf(organizationId, userId)
            const assignment = new RoleAssignment({
              ...(yield* checkRole(actor, organizationId, input)),
              userId
            })
            if (assignment.role === "global_admin") yield* ensureNotLastGlobalAdmin(organizationId, userId)
            const removed = yield* identity.removeRole(assignment)
            if (!removed)
              return yield* new NotFound({
                entity: "role assignment",
                id: `${userId}/${assignment.role}${assignment.locationId === null ? "" : `/${assignment.locationId}`}`
              })
            yield* audit.append({
              actor,
              action: "user.role_removed",
              entityType: "user",
              entityId: userId,
              before: { role: assignment.role, locationId: assignment.locationId },
              after: null
            })
            yield* rolesChangedEmail(
              user,
              `The role ${assignment.role}${assignment.locationId === null ? "" : ` at location ${assignment.locationId}`} was removed from your account.`
            )
            return yield* withRoles(user)
          })
        )
      })

      const deactivate = Effect.fn("UserAdminService.deactivate")(function* (actor: Actor, userId: UserId) {
        const organizationId = yield* organizationOf(actor)
        yield* authorize("manageUsers", actor, { organizationId })
        yield* tx.transaction(
          Effect.gen(function* () {
            const user = yield* memberOf(organizationId, userId)
            if (!user.active) return
            yield* ensureNotLastGlobalAdmin(organizationId, userId)
            const roles = yield* identity.rolesOf(userId)
            if (
              roles.some((r) => r.role === "global_admin") &&
              !(actor.kind === "partner" && actor.organizationRoles.has("global_admin"))
            ) {
              return yield* new InvalidInput({
                code: "global_admin_only",
                reason: "Only a Global admin can deactivate a Global admin"
              })
            }
            yield* identity.setUserActive(userId, false)
            yield* sessions.deleteForUser(userId)
            yield* audit.append({
              actor,
              action: "user.deactivated",
              entityType: "user",
              entityId: userId,
              before: { active: true },
              after: { active: false }
            })
          })
        )
      })

      const acceptInvitation = Effect.fn("UserAdminService.acceptInvitation")(function* (
        token: string,
        password: string
      ) {
        const tokenHash = secrets.sha256(token)
        const invalidLink = new InvalidInput({
          code: "invitation_invalid",
          reason: "This invitation link is invalid, used or expired; ask your admin for a new one"
        })
        /** The invited user, while the invitation can still be used. */
        const invitedUser = Effect.gen(function* () {
          const now = yield* clock.now
          const invitation = yield* identity.findInvitation(tokenHash)
          if (
            Option.isNone(invitation) ||
            invitation.value.usedAt !== null ||
            invitation.value.expiresAt.getTime() <= now.getTime()
          ) {
            return yield* invalidLink
          }
          const user = yield* identity.findUserById(invitation.value.userId)
          if (Option.isNone(user) || !user.value.active)
            return yield* new NotFound({ entity: "user", id: invitation.value.userId })
          return { user: user.value, now }
        })
        // The password is judged against the invited user's own email and name, before the slow hash.
        const { user } = yield* invitedUser
        yield* passwords.check(password, { email: user.email, displayName: user.displayName })
        const hash = yield* secrets.hashPassword(password)
        return yield* tx.transaction(
          Effect.gen(function* () {
            const { now } = yield* invitedUser
            if (!(yield* identity.useInvitation(tokenHash, now))) {
              return yield* new InvalidInput({
                code: "invitation_invalid",
                reason: "This invitation link was already used"
              })
            }
            yield* identity.setPasswordHash(user.id, hash)
            yield* audit.append({
              actor: "system",
              action: "user.invitation_accepted",
              entityType: "user",
              entityId: user.id,
              before: null,
              after: { email: user.email }
            })
            return user
          })
        )
      })

      return UserAdminService.of({ list, invite, assignRole, removeRole, deactivate, acceptInvitation })
    })
  )
}
