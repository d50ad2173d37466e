import { assert, describe, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import {
  BankProfile,
  Enrollment,
  EnrollmentRepository,
  EnrollmentService,
  type ProgramId,
  RequirementStatus,
  TaxProfile
} from "../../src/index.ts"
import { elapseUntil, emailsOf, partners, testLayer } from "../../src/testing/index.ts"
import { pendingJobs, START, start } from "./support.ts"

const program = "prg_mws_usage" as ProgramId

/** Partner A's Modern Work enrollment qualifies for renewal: requirements met, agreement, approved profiles. */
const qualifyPartnerA = Effect.gen(function* () {
  const repo = yield* EnrollmentRepository
  const { locationId, organizationId } = partners.a
  const found = Option.getOrThrow(yield* repo.findEnrollmentFor(locationId, program))
  for (const r of Option.getOrThrow(yield* repo.findProgram(program)).requirements)
    yield* repo.setRequirementStatus(
      new RequirementStatus({ locationId, requirementId: r.id, met: true, updatedAt: START })
    )
  yield* repo.setAgreement(locationId, true, START)
  const stamp = {
    state: "approved" as const,
    stateReason: null,
    createdAt: START,
    updatedAt: START,
    version: 1
  }
  yield* repo.insertBankProfile(
    new BankProfile({
      id: "bank_a",
      organizationId,
      label: "Main account",
      accountHolder: partners.a.name,
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      bankName: "Commerzbank",
      country: "DE",
      currency: "EUR",
      ...stamp
    })
  )
  yield* repo.insertTaxProfile(
    new TaxProfile({
      id: "tax_a",
      organizationId,
      legalName: partners.a.name,
      country: "DE",
      taxId: "DE123456789",
      address: "Berlin",
      ...stamp
    })
  )
  yield* repo.updateEnrollment(
    new Enrollment({ ...found, bankProfileId: "bank_a", taxProfileId: "tax_a", version: found.version + 1 }),
    found.version
  )
})

describe("fiscal-year rollover (enrollment timer)", () => {
  it.effect(
    "runs when the fiscal year ends, not before: renews a qualifying enrollment, expires the others",
    () =>
      Effect.gen(function* () {
        yield* start
        yield* qualifyPartnerA
        const enrollments = yield* EnrollmentService
        const repo = yield* EnrollmentRepository
        yield* enrollments.scheduleRollover
        const yearEnd = "2026-07-01T00:00:00.000Z"
        assert.deepStrictEqual(
          (yield* pendingJobs("enrollment.fiscal_year_rollover")).map((j) => [
            j.runAt.toISOString(),
            j.payload
          ]),
          [[yearEnd, { fiscalYear: "FY26" }]]
        )
        const stateOf = (locationId: typeof partners.a.locationId) =>
          Effect.map(repo.findEnrollmentFor(locationId, program), (e) => {
            const { state, fiscalYear } = Option.getOrThrow(e)
            return [state, fiscalYear]
          })

        yield* elapseUntil(new Date(Date.parse(yearEnd) - 1))
        assert.deepStrictEqual(yield* stateOf(partners.a.locationId), ["enrolled", "FY26"])
        assert.deepStrictEqual(yield* stateOf(partners.b.locationId), ["enrolled", "FY26"])

        yield* elapseUntil(new Date(yearEnd))
        assert.deepStrictEqual(yield* stateOf(partners.a.locationId), ["enrolled", "FY27"])
        assert.deepStrictEqual(yield* stateOf(partners.b.locationId), ["inactive", "FY26"])
        assert.isTrue(
          (yield* emailsOf("enrollment.renewed")).some((m) => m.to.includes(partners.a.adminEmail))
        )
        assert.isTrue(
          (yield* emailsOf("enrollment.inactive")).some((m) => m.to.includes(partners.b.adminEmail))
        )
        // The next year's rollover is scheduled.
        assert.deepStrictEqual(
          (yield* pendingJobs("enrollment.fiscal_year_rollover")).map((j) => [
            j.runAt.toISOString(),
            j.payload
          ]),
          [["2027-07-01T00:00:00.000Z", { fiscalYear: "FY27" }]]
        )
      }).pipe(Effect.provide(testLayer()))
  )
})
