import { Context, Effect, Layer, Option, Schema } from "effect"
import { AuditLog, actorRef } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { actorFromUser } from "../authorization/actor.ts"
import { WallClock } from "../calendar/clock.ts"
import type { RoleAssignment, User } from "../identity/model.ts"
import { normaliseEmail } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { newId, SessionId, UserId } from "../ids.ts"
import { TooManyAttempts, Unauthenticated } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { InvalidCredentials } from "./errors.ts"

/** A signed-in session: its user, the hash of its token, its CSRF token, when it expires and when it was last used. */
export class Session extends Schema.Class<Session>("@openpor/domain/auth/Session")({
  id: SessionId,
  userId: UserId,
  tokenHash: Schema.String,
  csrfToken: Schema.String,
  createdAt: Schema.Date,
  expiresAt: Schema.Date,
  lastSeenAt: Schema.Date
}) {}

/** Password hashing (scrypt) and secret tokens; implemented with node:crypto in apps/api. */
export class Secrets extends Context.Service<
  Secrets,
  {
    /** A salted scrypt hash of the password. */
    readonly hashPassword: (password: string) => Effect.Effect<string>
    /** Whether the password matches the hash. */
    readonly verifyPassword: (password: string, hash: string) => Effect.Effect<boolean>
    /** A URL-safe random token with 256 bits of entropy. */
    readonly randomToken: Effect.Effect<string>
    /** Hex SHA-256, used to store tokens without storing the tokens. */
    readonly sha256: (value: string) => string
    /** Hex HMAC-SHA-256 with the server secret (signed links). */
    readonly sign: (value: string) => string
  }
>()("@openpor/domain/auth/Secrets") {}

/**
 * Storage of sessions (a repository interface); `findSignedIn` is the one-statement lookup every request
 * makes.
 */
export class SessionRepository extends Context.Service<
  SessionRepository,
  {
    /** Stores a new session. */
    readonly insert: (session: Session) => Effect.Effect<void>
    /**
     * The session of a token hash with its user and the user's roles as they are now, read in one
     * statement (authentication runs it on every request; nothing of it is cached across requests).
     */
    readonly findSignedIn: (tokenHash: string) => Effect.Effect<Option.Option<SessionWithUser>>
    /** Records the session's use and its new idle expiry. */
    readonly touch: (id: SessionId, at: Date, expiresAt: Date) => Effect.Effect<void>
    /** Deletes one session (sign-out). */
    readonly delete: (id: SessionId) => Effect.Effect<void>
    /** Deletes the sessions expired at `now`; answers how many. */
    readonly deleteExpired: (now: Date) => Effect.Effect<number>
    /** Deletes every session of a user (deactivation); answers how many. */
    readonly deleteForUser: (userId: UserId) => Effect.Effect<number>
  }
>()("@openpor/domain/auth/SessionRepository") {}

/** A session with its user and the user's roles (ordered by role, then location). */
export interface SessionWithUser {
  readonly session: Session
  readonly user: User
  readonly roles: ReadonlyArray<RoleAssignment>
}

/** The outcome of reserving a sign-in attempt: it may go ahead, or the limit is reached. */
export type AttemptReservation =
  | { readonly _tag: "Reserved" }
  | { readonly _tag: "Blocked"; readonly key: string; readonly oldest: Date | null }

/**
 * Sign-in attempts per key (email, and email with client address), shared by all API processes.
 * An attempt is counted before the password is checked, so the limit holds however many attempts
 * arrive at once; a successful sign-in clears the keys.
 */
export class LoginAttemptRepository extends Context.Service<
  LoginAttemptRepository,
  {
    /**
     * Atomically (under a lock per key, held until the surrounding transaction commits): when any key
     * has `limit` attempts since `since`, answers Blocked and records nothing; otherwise records one
     * attempt for every key at `at`. Call it in a transaction of its own.
     */
    readonly reserve: (input: {
      readonly keys: ReadonlyArray<string>
      readonly at: Date
      readonly since: Date
      readonly limit: number
    }) => Effect.Effect<AttemptReservation>
    /** Forgets the failed attempts of a key (after a successful sign-in). */
    readonly clear: (key: string) => Effect.Effect<void>
  }
>()("@openpor/domain/auth/LoginAttemptRepository") {}

/** Session lifetimes and sign-in lockout settings (SPEC §7). */
export interface AuthSettings {
  /** Idle timeout: a session unused this long expires. */
  readonly sessionIdleMillis: number
  /** Absolute lifetime of a session. */
  readonly sessionMaxMillis: number
  readonly maxFailedAttempts: number
  readonly failureWindowMillis: number
}

/** The {@link AuthSettings} in effect; the default is an 8-hour idle timeout and a 7-day session. */
export const AuthConfig = Context.Reference<AuthSettings>("@openpor/domain/auth/AuthConfig", {
  defaultValue: () => ({
    sessionIdleMillis: 8 * 3_600_000,
    sessionMaxMillis: 7 * 86_400_000,
    maxFailedAttempts: 5,
    failureWindowMillis: 15 * 60_000
  })
})

/** The result of a sign-in: the session's secret token (for the cookie), its CSRF token, the session and the user. */
export interface SignedIn {
  readonly token: string
  readonly csrfToken: string
  readonly session: Session
  readonly user: User
}

/**
 * A request's authenticated session: the session, its user and the actor built from the user's current roles.
 */
export interface Authenticated {
  readonly session: Session
  readonly user: User
  /** The user's roles as this request's session lookup read them (what the actor was built from). */
  readonly roles: ReadonlyArray<RoleAssignment>
  readonly actor: Actor
}

const invalid = () => new InvalidCredentials()

/** Password sign-in with lockout after repeated failures, the session lookup of each request, and sign-out. */
export class AuthService extends Context.Service<
  AuthService,
  {
    /**
     * Signs a user in with email and password; refuses wrong credentials, inactive users and, after repeated
     * failures, with `TooManyAttempts`.
     */
    readonly signIn: (input: {
      email: string
      password: string
      clientKey: string
    }) => Effect.Effect<SignedIn, InvalidCredentials | TooManyAttempts>
    /** Resolves a bearer/cookie token to the user and the actor with the roles as they are now. */
    readonly authenticate: (token: string) => Effect.Effect<Authenticated, Unauthenticated>
    /** Ends the session (audited). */
    readonly signOut: (session: Session, actor: Actor) => Effect.Effect<void>
  }
>()("@openpor/domain/auth/AuthService") {
  static readonly layer = Layer.effect(
    AuthService,
    Effect.gen(function* () {
      const identity = yield* IdentityRepository
      const [sessions, attempts, secrets] = yield* Effect.all([
        SessionRepository,
        LoginAttemptRepository,
        Secrets
      ])
      // Sessions and lockouts run on real time (WallClock), never on the business (test) clock (SPEC §7).
      const [clock, tx, audit] = yield* Effect.all([WallClock, Transactor, AuditLog])

      const signIn = Effect.fn("AuthService.signIn")(function* (input: {
        email: string
        password: string
        clientKey: string
      }) {
        const settings = yield* AuthConfig
        const now = yield* clock.now
        const email = normaliseEmail(input.email)
        // Two keys: the account (slows down guessing one password from many addresses) and the
        // account from one address. Either reaching the limit blocks the attempt.
        const keys = [`email:${email}`, `email:${email}|client:${input.clientKey}`]
        // The attempt is counted before the (slow) password check, atomically with the check of the
        // limit: parallel attempts cannot all see the count below the limit and all go ahead.
        const reservation = yield* tx.transaction(
          attempts.reserve({
            keys,
            at: now,
            since: new Date(now.getTime() - settings.failureWindowMillis),
            limit: settings.maxFailedAttempts
          })
        )
        if (reservation._tag === "Blocked") {
          const retryAfter =
            reservation.oldest === null
              ? settings.failureWindowMillis
              : reservation.oldest.getTime() + settings.failureWindowMillis - now.getTime()
          return yield* new TooManyAttempts({
            retryAfterSeconds: Math.max(1, Math.ceil(retryAfter / 1000))
          })
        }
        const credentials = yield* identity.findCredentialsByEmail(email)
        // Verify against a dummy hash when the user is unknown, so timing does not reveal accounts.
        const hash = Option.match(credentials, {
          onNone: () => "scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
          onSome: (c) => c.passwordHash
        })
        const ok = yield* secrets.verifyPassword(input.password, hash)
        // A failed attempt stays counted (it was recorded by the reservation).
        if (!ok || Option.isNone(credentials) || !credentials.value.user.active) return yield* invalid()
        const user = credentials.value.user
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
        const roles = yield* identity.rolesOf(user.id)
        const actor = actorFromUser(user, roles)
        if (actor === undefined) return yield* invalid()
        yield* tx.transaction(
          Effect.gen(function* () {
            for (const key of keys) yield* attempts.clear(key)
            yield* sessions.insert(session)
            yield* audit.append({
              actor,
              action: "session.created",
              entityType: "user",
              entityId: user.id,
              before: null,
              after: { sessionId: session.id, expiresAt: session.expiresAt.toISOString() }
            })
          })
        )
        return { token, csrfToken, session, user }
      })

      const authenticate = Effect.fn("AuthService.authenticate")(function* (token: string) {
        const settings = yield* AuthConfig
        const now = yield* clock.now
        // One statement: the session, its user and the user's roles as they are now.
        const found = yield* sessions.findSignedIn(secrets.sha256(token))
        if (Option.isNone(found)) return yield* new Unauthenticated({ reason: "Sign in to continue" })
        const { session, user, roles } = found.value
        if (session.expiresAt.getTime() <= now.getTime()) {
          yield* sessions.delete(session.id)
          return yield* new Unauthenticated({ reason: "Your session has expired; sign in again" })
        }
        if (!user.active) {
          yield* sessions.delete(session.id)
          return yield* new Unauthenticated({ reason: "This account is no longer active" })
        }
        const actor = actorFromUser(user, roles)
        if (actor === undefined)
          return yield* new Unauthenticated({ reason: "This account has no organization or tenant" })
        // Sliding idle expiry, bounded by the absolute lifetime; written at most once a minute.
        if (now.getTime() - session.lastSeenAt.getTime() > 60_000) {
          const expiresAt = new Date(
            Math.min(
              now.getTime() + settings.sessionIdleMillis,
              session.createdAt.getTime() + settings.sessionMaxMillis
            )
          )
          yield* sessions.touch(session.id, now, expiresAt)
        }
        return { session, user, roles, actor }
      })

      const signOut = Effect.fn("AuthService.signOut")(function* (session: Session, actor: Actor) {
        yield* tx.transaction(
          Effect.gen(function* () {
            yield* sessions.delete(session.id)
            yield* audit.append({
              actor,
              action: "session.deleted",
              entityType: "user",
              entityId: actorRef(actor).id,
              before: { sessionId: session.id },
              after: null
            })
          })
        )
      })

      return AuthService.of({ signIn, authenticate, signOut })
    })
  )
}
