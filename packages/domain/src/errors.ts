/**
 * Every business failure a domain service may raise to its caller, as one union.
 *
 * The API answers each of them through one row of `apps/api/src/http/error-table.ts`; that table is
 * typed over `DomainError["_tag"]`, so a class added here without a row there does not compile.
 *
 * To add an error: define a `Schema.TaggedError` class in the capability's own `errors.ts` (same
 * message as before when it replaces a string-coded `InvalidInput`), export it in that
 * file's union (e.g. `export type ClaimsError = TooManyPoe | …`), add that union to `DomainError`
 * below (once per capability), then give the class a row (status, code, details) in the HTTP table.
 * Errors that never leave the domain (caught inside a service, e.g. a repository's
 * `AssociationExists`, or the outbox's `MailDeliveryError`) do not belong here.
 */
import type { AuthError } from "./auth/errors.ts"
import type { AuthorizationError } from "./authorization/errors.ts"
import type { CalendarError } from "./calendar/errors.ts"
import type { ClaimsError } from "./claims/errors.ts"
import type { DirectoryError } from "./directory/errors.ts"
import type { EnrollmentError } from "./enrollment/errors.ts"
import type { IdentityError } from "./identity/errors.ts"
import type { OperationsError } from "./operations/errors.ts"
import type { PorError } from "./por/errors.ts"
import type {
  ConcurrentChange,
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
  | TooManyAttempts
  | RuleViolations

/**
 * The union of every domain error that reaches the HTTP layer: the shared ones, then one union per
 * capability, each defined in that capability's `errors.ts` and imported above. A capability without
 * its own errors yet has a comment line where its union goes.
 */
export type DomainError =
  | SharedError
  | AuthorizationError
  | AuthError
  | DirectoryError
  | ClaimsError
  | EnrollmentError
  | IdentityError
  | CalendarError
  | OperationsError
  | PorError
