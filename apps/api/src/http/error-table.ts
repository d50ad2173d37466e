import type { DomainError } from "@openpor/domain"
import type { ErrorCode } from "./error-codes.ts"

/**
 * The one table from a domain error to its HTTP answer (SPEC §9 envelope, SPEC appendix A codes).
 *
 * The table is keyed by every `_tag` of `DomainError` (packages/domain/src/errors.ts): a domain error
 * class without a row here, or a row for a tag that no longer exists, is a compile error.
 *
 * How to add a row (after adding the class to its capability's union in packages/domain/src/errors.ts):
 *   1. Find your capability's section below (claims, enrollment, identity, auth, por, directory).
 *   2. Add `MyError: { status: 409, code: "my_code", details: (e) => ({ … }) }`. The row's `e` is
 *      typed as exactly that class, so `details`/`headers` read its fields without casts.
 *      `code` is a string, or a function of the error when the class carries its code.
 *      The message is always the error's own `message`.
 *   3. Keep the status and code the endpoint answered before (the HTTP contract does not change);
 *      `apps/api/test/errors*.test.ts` pins them.
 */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 422 | 429

export interface ErrorRow<E> {
  readonly status: ErrorStatus
  /** A code of the vocabulary (error-codes.ts); the domain's own codes (functions) are strings there. */
  readonly code: ErrorCode | ((error: E) => string)
  /** The envelope's `details` (an empty object when absent). */
  readonly details?: (error: E) => Record<string, unknown>
  /** Extra response headers (e.g. `Retry-After`). */
  readonly headers?: (error: E) => Record<string, string>
}

export type ErrorTable = {
  readonly [K in DomainError["_tag"]]: ErrorRow<Extract<DomainError, { readonly _tag: K }>>
}

export const errorTable: ErrorTable = {
  // ── shared (packages/domain/src/shared/errors.ts) ───────────────────────────────────────────────
  NotFound: { status: 404, code: "not_found", details: (e) => ({ entity: e.entity, id: e.id }) },
  Forbidden: { status: 403, code: "forbidden", details: (e) => ({ action: e.action }) },
  Unauthenticated: { status: 401, code: "unauthenticated" },
  InvalidInput: { status: 400, code: (e) => e.code, details: (e) => e.details ?? {} },
  IllegalTransition: {
    status: 409,
    code: "illegal_transition",
    details: (e) => ({ aggregate: e.aggregate, id: e.id, from: e.from, action: e.action })
  },
  VersionConflict: {
    status: 409,
    code: "version_conflict",
    details: (e) => ({ expected: e.expected, actual: e.actual })
  },
  ConcurrentChange: { status: 409, code: "concurrent_change" },
  RuleViolations: {
    status: 422,
    // The first violation's code is the error's code; all violations are in details.
    code: (e) => e.violations[0]?.code ?? "rule_violation",
    details: (e) => ({ violations: e.violations })
  },
  TooManyAttempts: {
    status: 429,
    code: "too_many_attempts",
    details: (e) => ({ retryAfterSeconds: e.retryAfterSeconds }),
    headers: (e) => ({ "Retry-After": String(e.retryAfterSeconds) })
  },

  // ── authorization (packages/domain/src/authorization/errors.ts) ───────────────────────────────────
  NotAPartner: { status: 400, code: "not_a_partner" },
  NotACustomer: { status: 400, code: "not_a_customer" },

  // ── claims (packages/domain/src/claims/errors.ts) ───────────────────────────────────────────────
  TooManyPoe: { status: 409, code: "too_many_poe" },
  FieldNotEditable: { status: 409, code: "field_not_editable" },
  AssociationTaken: { status: 409, code: "association_exists" },
  ArbitrationRequired: { status: 409, code: "arbitration_required" },
  ClaimShapeInvalid: { status: 400, code: "invalid_request" },

  // ── enrollment (packages/domain/src/enrollment/errors.ts) ───────────────────────────────────────
  ProgramDiscontinued: { status: 409, code: "program_discontinued" },
  DuplicateRequirement: { status: 400, code: "duplicate_requirement" },
  DuplicateAcknowledgement: { status: 400, code: "duplicate_acknowledgement" },
  RequirementRemoved: { status: 400, code: "requirement_removed" },
  UnknownPartnerId: { status: 400, code: "unknown_partner_id", details: (e) => ({ row: e.row }) },

  // ── identity (packages/domain/src/identity/errors.ts) ───────────────────────────────────────────
  LastGlobalAdmin: { status: 409, code: "last_global_admin" },
  EmailInUse: { status: 409, code: "email_in_use" },
  InvalidEmail: { status: 400, code: "invalid_email" },
  InvalidRole: { status: 400, code: "invalid_role" },
  GlobalAdminOnly: { status: 400, code: "global_admin_only" },
  InvitationInvalid: { status: 400, code: "invitation_invalid" },

  // ── auth (packages/domain/src/auth/errors.ts) ───────────────────────────────────────────────────
  InvalidCredentials: { status: 401, code: "invalid_credentials" },

  // ── calendar and test clock (packages/domain/src/calendar/errors.ts) ───────────────────────────
  NotAHoliday: { status: 404, code: "not_found" },
  NothingToAdvance: { status: 400, code: "invalid_request" },
  ClockCannotGoBack: {
    status: 409,
    code: "clock_cannot_go_back",
    details: (e) => ({ now: e.now.toISOString() })
  },

  // ── operators' screens (packages/domain/src/operations/errors.ts) ──────────────────────────────
  PartnerIdNotFound: { status: 404, code: "unknown_partner_id", details: () => ({ field: "partnerId" }) },
  EligibilityRowsRefused: { status: 400, code: "invalid_rows", details: (e) => ({ rows: e.rows }) },
  EnrollmentNotFound: { status: 404, code: "not_found" },

  // ── por (packages/domain/src/por/errors.ts) ─────────────────────────────────────────────────────
  PorEventRowsRefused: { status: 400, code: "invalid_rows", details: (e) => ({ rows: e.rows }) },

  // ── directory (packages/domain/src/directory/errors.ts) ─────────────────────────────────────────
  EmptyImport: { status: 400, code: "empty_import" },
  ImportTooLarge: { status: 400, code: "import_too_large" },
  DuplicateImportRow: { status: 400, code: "duplicate_row" },
  UnknownTenant: {
    status: 400,
    code: "unknown_tenant",
    details: (e) => ({ subscriptionId: e.subscriptionId, tenantId: e.tenantId })
  },
  TenantNotInDirectory: { status: 404, code: "not_found" }
}

export interface ErrorAnswer {
  readonly status: ErrorStatus
  readonly code: string
  readonly message: string
  readonly details: Record<string, unknown>
  readonly headers: Record<string, string>
}

/** Whether a failure is a domain error with a row in the table (by its `_tag`). */
export const isDomainError = (error: unknown): error is DomainError =>
  typeof error === "object" &&
  error !== null &&
  "_tag" in error &&
  typeof error._tag === "string" &&
  Object.hasOwn(errorTable, error._tag)

/** The HTTP answer of one domain error, from its row. */
export const answerFor = <E extends DomainError>(error: E): ErrorAnswer => {
  // The table is indexed by the error's own tag, so the row is the one for E; TypeScript cannot
  // correlate the two through the union, hence the one cast.
  const row = errorTable[error._tag] as unknown as ErrorRow<E>
  return {
    status: row.status,
    code: typeof row.code === "string" ? row.code : row.code(error),
    message: error.message,
    details: row.details?.(error) ?? {},
    headers: row.headers?.(error) ?? {}
  }
}
