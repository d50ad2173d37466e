/**
 * The HTTP error table (src/http/error-table.ts) answers each domain error with the status, code, message,
 * details and headers the API answered before the table existed (SPEC §9 envelope, appendix A codes).
 * Rows of the shared errors and of the capabilities without their own HTTP tests here; the claims,
 * enrollment and identity rows are pinned by their HTTP tests.
 */
import {
  ClockCannotGoBack,
  ConcurrentChange,
  DuplicateImportRow,
  EligibilityRowsRefused,
  EmptyImport,
  EnrollmentNotFound,
  Forbidden,
  IllegalTransition,
  ImportTooLarge,
  InvalidCredentials,
  InvalidInput,
  NotACustomer,
  NotAHoliday,
  NotAPartner,
  NotFound,
  NothingToAdvance,
  PartnerIdNotFound,
  RuleViolations,
  TenantNotInDirectory,
  TooManyAttempts,
  Unauthenticated,
  UnknownTenant,
  VersionConflict
} from "@openpor/domain"
import { describe, expect, it } from "vitest"
import { errorTable } from "../src/http/error-table.ts"
import { HttpError, mapFailure } from "../src/http/errors.ts"

const answer = (status: number, code: string, message: string, details: Record<string, unknown> = {}) => ({
  status,
  body: { error: { code, message, details } }
})

describe("the HTTP error table", () => {
  it.each([
    [
      new NotFound({ entity: "claim", id: "clm_1" }),
      answer(404, "not_found", "claim clm_1 was not found", { entity: "claim", id: "clm_1" })
    ],
    [
      new Forbidden({ action: "reviewClaims", reason: "You are not allowed to review claims" }),
      answer(403, "forbidden", "You are not allowed to review claims", { action: "reviewClaims" })
    ],
    [
      new Unauthenticated({ reason: "Sign in to continue" }),
      answer(401, "unauthenticated", "Sign in to continue")
    ],
    [
      new InvalidInput({ code: "weak_password", reason: "Too weak", details: { field: "password" } }),
      answer(400, "weak_password", "Too weak", { field: "password" })
    ],
    [new InvalidInput({ code: "invalid_request", reason: "Bad" }), answer(400, "invalid_request", "Bad")],
    [
      new IllegalTransition({ aggregate: "claim", id: "clm_1", from: "draft", action: "approve" }),
      answer(409, "illegal_transition", 'claim clm_1 is draft: "approve" is not possible in that state', {
        aggregate: "claim",
        id: "clm_1",
        from: "draft",
        action: "approve"
      })
    ],
    [
      new VersionConflict({ aggregate: "claim", id: "clm_1", expected: 1, actual: 2 }),
      answer(
        409,
        "version_conflict",
        "claim clm_1 was changed by someone else (you saw version 1, it is now 2); reload and try again",
        { expected: 1, actual: 2 }
      )
    ],
    [
      new ConcurrentChange({ aggregate: "claim" }),
      answer(
        409,
        "concurrent_change",
        "The claim was changed by other requests at the same moment; try again"
      )
    ],
    [
      new RuleViolations({
        violations: [
          { code: "missing_poe", message: "Attach a POE" },
          { code: "b", message: "B" }
        ]
      }),
      answer(422, "missing_poe", "Attach a POE; B", {
        violations: [
          { code: "missing_poe", message: "Attach a POE" },
          { code: "b", message: "B" }
        ]
      })
    ],
    [new RuleViolations({ violations: [] }), answer(422, "rule_violation", "", { violations: [] })],
    [
      new NotAPartner({ reason: "Only partners are named partner of record" }),
      answer(400, "not_a_partner", "Only partners are named partner of record")
    ],
    [
      new NotACustomer({ reason: "Only a customer tenant has subscriptions here" }),
      answer(400, "not_a_customer", "Only a customer tenant has subscriptions here")
    ],
    [new InvalidCredentials(), answer(401, "invalid_credentials", "The email or password is not correct")],
    [new EmptyImport(), answer(400, "empty_import", "The import contains no tenants and no subscriptions")],
    [
      new ImportTooLarge({ maxRows: 50_000 }),
      answer(400, "import_too_large", "An import holds at most 50000 rows; split the directory into batches")
    ],
    [
      new DuplicateImportRow({ entity: "Tenant", id: "t1" }),
      answer(400, "duplicate_row", "Tenant t1 appears twice in the import")
    ],
    [
      new DuplicateImportRow({ entity: "Subscription", id: "s1" }),
      answer(400, "duplicate_row", "Subscription s1 appears twice in the import")
    ],
    [
      new UnknownTenant({ subscriptionId: "s1", tenantId: "t1" }),
      answer(
        400,
        "unknown_tenant",
        "Subscription s1 names tenant t1, which is neither in the directory nor in this import",
        { subscriptionId: "s1", tenantId: "t1" }
      )
    ],
    [
      new TenantNotInDirectory({ tenantId: "t1" }),
      answer(404, "not_found", "Tenant t1 is not in the directory")
    ],
    [new NotAHoliday({ date: "2026-12-24" }), answer(404, "not_found", "2026-12-24 is not a holiday")],
    [
      new NothingToAdvance(),
      answer(400, "invalid_request", "Give at least one of days, businessDays, hours, minutes greater than 0")
    ],
    [
      new ClockCannotGoBack({ now: new Date("2026-12-01T10:00:00.000Z") }),
      answer(
        409,
        "clock_cannot_go_back",
        "The test clock is at 2026-12-01T10:00:00.000Z; it only moves forward",
        { now: "2026-12-01T10:00:00.000Z" }
      )
    ],
    [
      new PartnerIdNotFound({ partnerId: "1234567" }),
      answer(404, "unknown_partner_id", "PartnerID 1234567 is unknown", { field: "partnerId" })
    ],
    [
      new EligibilityRowsRefused({ total: 3, rows: [{ line: 2 }] }),
      answer(400, "invalid_rows", "1 of 3 rows are refused; nothing was applied", { rows: [{ line: 2 }] })
    ],
    [new EnrollmentNotFound({ id: "enr_1" }), answer(404, "not_found", "Enrollment enr_1 was not found")]
  ] as const)("%s", (error, expected) => {
    expect(mapFailure(error)).toEqual(expected)
  })

  it("sends Retry-After with too_many_attempts", () => {
    expect(mapFailure(new TooManyAttempts({ retryAfterSeconds: 90 }))).toEqual({
      ...answer(429, "too_many_attempts", "Too many failed sign-in attempts; try again in 2 minute(s)", {
        retryAfterSeconds: 90
      }),
      headers: { "Retry-After": "90" }
    })
  })

  it("answers HTTP-layer errors as raised, and nothing for an unknown failure (a 500)", () => {
    expect(mapFailure(new HttpError(415, "unsupported_media_type", "Send JSON"))).toEqual(
      answer(415, "unsupported_media_type", "Send JSON")
    )
    expect(mapFailure(new Error("boom"))).toBeUndefined()
    expect(mapFailure({ _tag: "SomethingElse", message: "x" })).toBeUndefined()
    expect(mapFailure(undefined)).toBeUndefined()
  })

  it("has a row for every tag and only HTTP error statuses", () => {
    for (const [tag, row] of Object.entries(errorTable)) {
      expect(row.status, tag).toBeGreaterThanOrEqual(400)
      expect(row.status, tag).toBeLessThan(500)
      if (typeof row.code === "string") expect(row.code, tag).toMatch(/^[a-z][a-z0-9_]*$/)
    }
  })
})
