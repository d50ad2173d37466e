/**
 * Every business failure a domain service may raise to its caller, as one union.
 *
 * The API answers each of them through one row of `apps/api/src/http/error-table.ts`; that table is
 * typed over `DomainError["_tag"]`, so a class added here without a row there does not compile.
 *
 * To add an error: define a `Schema.TaggedError` class in the capability's own `errors.ts` (same
 * message as before when it replaces a string-coded `Conflict`/`InvalidInput`), add it to that
 * capability's union below, then give it a row (status, code, details) in the HTTP table.
 * Errors that never leave the domain (caught inside a service, e.g. a repository's
 * `AssociationExists`, or the outbox's `MailDeliveryError`) do not belong here.
 */
import type {
  ConcurrentChange,
  Conflict,
  Forbidden,
  IllegalTransition,
  InvalidInput,
  NotFound,
  RuleViolations,
  TooManyAttempts,
  Unauthenticated,
  VersionConflict
} from "./shared/errors.ts"

/** Shared by every capability (`shared/errors.ts`). */
export type SharedError =
  | NotFound
  | Forbidden
  | Unauthenticated
  | InvalidInput
  | IllegalTransition
  | VersionConflict
  | ConcurrentChange
  | Conflict
  | TooManyAttempts
  | RuleViolations

// ── Per capability: each helper adds its capability's distinct errors to its own union. ──────────

/** Claims, consent, arbitration (`claims/errors.ts`). */
export type ClaimsError = never

/** Enrollment, eligibility, payout profiles, validation, attribution (`enrollment/errors.ts`). */
export type EnrollmentError = never

/** Identity and user administration (`identity/errors.ts`). */
export type IdentityError = never

/** Sign-in and sessions (`auth/errors.ts`). */
export type AuthError = never

/** Partner of record lookups (`por/errors.ts`). */
export type PorError = never

/** Customer/partner directory and its CSV import (`directory/errors.ts`). */
export type DirectoryError = never

/** The union of every domain error that reaches the HTTP layer. */
export type DomainError =
  | SharedError
  | ClaimsError
  | EnrollmentError
  | IdentityError
  | AuthError
  | PorError
  | DirectoryError
