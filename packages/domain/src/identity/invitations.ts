import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { newId, type OrganizationId, type UserId } from "../ids.ts"
import { localizedEmail } from "../outbox/outbox.ts"
import { NotFound } from "../shared/errors.ts"
import { identityTexts } from "./email-texts.ts"
import { EmailInUse, InvalidEmail, InvitationInvalid } from "./errors.ts"
import { normaliseEmail, User } from "./model.ts"
import {
  partnerRoleAssignment,
  type RoleInput,
  type UserAdminKernel,
  type UserWithRoles
} from "./user-admin-kernel.ts"

/** How long an invitation link works. */
export const INVITATION_TTL_MILLIS = 7 * 86_400_000

/** The link's lifetime as the invitation email words it ("7 days"). */
/** How many days an invitation can be used. */
const invitationDays = (): number => Math.round(INVITATION_TTL_MILLIS / 86_400_000)

/** Whom an admin invites: email, display name and the roles to give. */
export interface InvitationInput {
  readonly email: string
  readonly displayName: string
  readonly roles: ReadonlyArray<RoleInput>
}

/**
 * Invitations (SPEC §1): a Global or Account admin invites a user with roles; the user sets a password
 * from the emailed link, which works once and for INVITATION_TTL_MILLIS.
 */
export const makeInvitations = (k: UserAdminKernel) => {
  /** A brand-new partner user of the organization (not yet stored). */
  const partnerUser = (organizationId: OrganizationId, email: string, displayName: string) =>
    new User({
      id: newId<UserId>("usr"),
      email,
      displayName,
      kind: "partner",
      organizationId,
      tenantId: null,
      active: true
    })

  /** Invites a user to the organization with roles; the invitation email carries a one-time link. */
  const invite = Effect.fn("UserAdminService.invite")(function* (actor: Actor, input: InvitationInput) {
    const organizationId = yield* k.organizationOf(actor)
    yield* authorize("manageUsers", actor, { organizationId })
    const email = normaliseEmail(input.email)
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return yield* new InvalidEmail({ email: input.email })
    const assignments = yield* Effect.forEach(input.roles, (r) => k.checkRole(actor, organizationId, r))
    const token = yield* k.secrets.randomToken
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
        if (existing.organizationId === organizationId) return yield* new EmailInUse({ email })
        const organization = yield* k.identity.findOrganization(organizationId)
        const inviter = Option.match(organization, {
          onNone: () => "A partner organization",
          onSome: (o) => o.name
        })
        yield* k.outbox.enqueueEmail(
          localizedEmail([existing.email], "user.invitation_not_delivered", (language, link) =>
            identityTexts[language].invitationNotDelivered(inviter, link("/"))
          )
        )
        yield* k.audit.append({
          actor,
          action: "user.invitation_not_delivered",
          entityType: "user",
          entityId: existing.id,
          before: null,
          after: { invitedTo: organizationId }
        })
        // The same answer as a fresh invitation; the id names nothing.
        const shown = partnerUser(organizationId, email, displayName)
        return {
          user: shown,
          roles: assignments.map((a) => partnerRoleAssignment(a, shown.id)),
          invitationPending: true
        } satisfies UserWithRoles
      })

    return yield* k.tx.transaction(
      Effect.gen(function* () {
        const existing = yield* k.identity.findUserByEmail(email)
        if (Option.isSome(existing)) return yield* alreadyTaken(existing.value)
        const now = yield* k.clock.now
        const user = partnerUser(organizationId, email, displayName)
        // "!" is never a valid hash: nobody signs in until the invitation sets a password. The
        // database's unique email decides a concurrent invitation of the same address: the one that
        // did not insert answers as if it had come second.
        if (!(yield* k.identity.insertUser(user, "!"))) {
          const winner = yield* k.identity.findUserByEmail(email)
          if (Option.isNone(winner))
            return yield* Effect.die(new Error(`user ${email} neither inserted nor found`))
          return yield* alreadyTaken(winner.value)
        }
        for (const a of assignments) yield* k.identity.assignRole(partnerRoleAssignment(a, user.id))
        yield* k.identity.insertInvitation({
          tokenHash: k.secrets.sha256(token),
          userId: user.id,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MILLIS),
          usedAt: null
        })
        yield* k.outbox.enqueueEmail(
          localizedEmail([email], "user.invitation", (language, link) =>
            identityTexts[language].invitation(
              user.displayName,
              invitationDays(),
              link(`/partner/invitation?token=${token}`)
            )
          )
        )
        yield* k.audit.append({
          actor,
          action: "user.invited",
          entityType: "user",
          entityId: user.id,
          before: null,
          after: { email, roles: assignments.map((a) => ({ role: a.role, locationId: a.locationId })) }
        })
        return yield* k.withRoles(user)
      })
    )
  })

  /**
   * Sets the password of an invited user from the emailed link (the token works once); a weak password
   * (PasswordPolicy) is refused with `weak_password` and changes nothing.
   */
  const acceptInvitation = Effect.fn("UserAdminService.acceptInvitation")(function* (
    token: string,
    password: string
  ) {
    const tokenHash = k.secrets.sha256(token)
    /** The invited user, while the invitation can still be used. */
    const invitedUser = Effect.gen(function* () {
      const now = yield* k.clock.now
      const invitation = yield* k.identity.findInvitation(tokenHash)
      if (
        Option.isNone(invitation) ||
        invitation.value.usedAt !== null ||
        invitation.value.expiresAt.getTime() <= now.getTime()
      ) {
        return yield* new InvitationInvalid({ alreadyUsed: false })
      }
      const user = yield* k.identity.findUserById(invitation.value.userId)
      if (Option.isNone(user) || !user.value.active)
        return yield* new NotFound({ entity: "user", id: invitation.value.userId })
      return { user: user.value, now }
    })
    // The password is judged against the invited user's own email and name, before the slow hash.
    const { user } = yield* invitedUser
    yield* k.passwords.check(password, { email: user.email, displayName: user.displayName })
    const hash = yield* k.secrets.hashPassword(password)
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        const { now } = yield* invitedUser
        if (!(yield* k.identity.useInvitation(tokenHash, now)))
          return yield* new InvitationInvalid({ alreadyUsed: true })
        yield* k.identity.setPasswordHash(user.id, hash)
        yield* k.audit.append({
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

  return { invite, acceptInvitation }
}
