import { Effect, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import { AuthConfig, Secrets, Session, SessionRepository, type SignedIn } from "../auth/auth.ts"
import { actorFromUser } from "../authorization/actor.ts"
import { WallClock } from "../calendar/clock.ts"
import { normaliseEmail, User } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { type IdentityProviderId, newId, type SessionId, type UserId } from "../ids.ts"
import { Transactor } from "../shared/transactor.ts"
import { emailDomain, type IdentityProvider, SsoRefused, type VerifiedIdentity } from "./model.ts"
import { IdentityProviderRepository } from "./repository.ts"

const refuse = (reason: SsoRefused["reason"], detail?: string) =>
  new SsoRefused(detail === undefined ? { reason } : { reason, detail })

/**
 * Signing in with an identity provider: which provider an email (or id) starts with, and — once the
 * relying party has validated the provider's answer — the OpenPOR user it signs in, with a session made
 * exactly as a password sign-in makes one (same table, token, CSRF token and lifetime).
 */
export const makeSsoSignIn = Effect.gen(function* () {
  const repo = yield* IdentityProviderRepository
  const [identity, sessions, secrets] = yield* Effect.all([IdentityRepository, SessionRepository, Secrets])
  const [tx, audit, clock] = yield* Effect.all([Transactor, AuditLog, WallClock])

  /** The enabled provider of an email's domain, or of an id; refused with `no_provider` otherwise. */
  const providerFor = Effect.fn("SsoSignIn.providerFor")(function* (input: {
    readonly email?: string | undefined
    readonly providerId?: IdentityProviderId | undefined
  }) {
    let found: Option.Option<IdentityProvider> = Option.none()
    if (input.providerId !== undefined) found = yield* repo.find(input.providerId)
    else {
      const domain = input.email === undefined ? undefined : emailDomain(input.email)
      if (domain !== undefined) found = yield* repo.findByDomain(domain)
    }
    if (Option.isNone(found) || !found.value.enabled) return yield* refuse("no_provider")
    return found.value
  })

  /** An enabled provider by id (the callback's: the flow names it). */
  const enabledProvider = Effect.fn("SsoSignIn.enabledProvider")(function* (id: IdentityProviderId) {
    return yield* providerFor({ providerId: id })
  })

  const belongs = (provider: IdentityProvider, user: User) =>
    user.active &&
    (provider.organizationId !== null
      ? user.kind === "partner" && user.organizationId === provider.organizationId
      : user.kind === "customer" && user.tenantId === provider.tenantId)

  /**
   * The user the provider's verified identity signs in: by its link (issuer, subject) when there is one,
   * else by the verified email (the first sign-in links them), else a new user without roles when the
   * provider allows it. Everything it writes — link, new user, session, audit — commits together.
   */
  const complete = Effect.fn("SsoSignIn.complete")(function* (
    provider: IdentityProvider,
    verified: VerifiedIdentity
  ) {
    if (verified.email === undefined || !verified.emailVerified) return yield* refuse("email_not_verified")
    const email = normaliseEmail(verified.email)
    const domain = emailDomain(email)
    if (domain === undefined || !provider.allowedDomains.includes(domain))
      return yield* refuse("domain_not_allowed", domain)
    const settings = yield* AuthConfig
    const now = yield* clock.now
    return yield* tx.transaction(
      Effect.gen(function* () {
        const link = yield* repo.findLink(verified.issuer, verified.subject)
        let user: User | undefined
        let linked = false
        let provisioned = false
        if (Option.isSome(link)) {
          user = Option.getOrUndefined(yield* identity.findUserById(link.value.userId))
          if (user === undefined || !belongs(provider, user)) return yield* refuse("not_member")
        } else {
          user = Option.getOrUndefined(yield* identity.findUserByEmail(email))
          if (user === undefined) {
            if (!provider.autoProvision) return yield* refuse("unknown_user")
            user = new User({
              id: newId<UserId>("usr"),
              email,
              displayName: verified.name?.trim() || email.slice(0, email.indexOf("@")),
              kind: provider.organizationId !== null ? "partner" : "customer",
              organizationId: provider.organizationId,
              tenantId: provider.tenantId,
              active: true
            })
            // No password: "!" matches no password (as for invited users who have not chosen one).
            if (!(yield* identity.insertUser(user, "!"))) return yield* refuse("identity_conflict")
            provisioned = true
          } else if (!belongs(provider, user)) return yield* refuse("not_member")
          const other = yield* repo.findLinkOfUser(user.id, verified.issuer)
          if (Option.isSome(other)) return yield* refuse("identity_conflict")
          const inserted = yield* repo.insertLink({
            issuer: verified.issuer,
            subject: verified.subject,
            userId: user.id,
            providerId: provider.id,
            createdAt: now,
            lastSignInAt: now
          })
          if (!inserted) return yield* refuse("identity_conflict")
          linked = true
        }
        const roles = yield* identity.rolesOf(user.id)
        const actor = actorFromUser(user, roles)
        if (actor === undefined) return yield* refuse("not_member")
        if (provisioned)
          yield* audit.append({
            actor,
            action: "user.provisioned",
            entityType: "user",
            entityId: user.id,
            before: null,
            after: { email, kind: user.kind, providerId: provider.id, roles: [] }
          })
        if (linked)
          yield* audit.append({
            actor,
            action: "user.identity_linked",
            entityType: "user",
            entityId: user.id,
            before: null,
            after: { issuer: verified.issuer, subject: verified.subject, providerId: provider.id }
          })
        else yield* repo.touchLink(verified.issuer, verified.subject, now)
        const token = yield* secrets.randomToken
        const csrfToken = yield* secrets.randomToken
        const session = new Session({
          id: newId<SessionId>("ses"),
          userId: user.id,
          tokenHash: secrets.sha256(token),
          csrfToken,
          createdAt: now,
          expiresAt: new Date(
            now.getTime() + Math.min(settings.sessionIdleMillis, settings.sessionMaxMillis)
          ),
          lastSeenAt: now
        })
        yield* sessions.insert(session)
        yield* audit.append({
          actor,
          action: "session.created",
          entityType: "user",
          entityId: user.id,
          before: null,
          after: {
            sessionId: session.id,
            expiresAt: session.expiresAt.toISOString(),
            method: "oidc",
            providerId: provider.id
          }
        })
        const signedIn: SignedIn = { token, csrfToken, session, user }
        return signedIn
      })
    )
  })

  return { providerFor, enabledProvider, complete }
})
