import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { ClaimRepository, ClaimsService, Holiday, HolidayRepository } from "../../src/index.ts"
import {
  acknowledgementIds,
  elapseUntil,
  emailsOf,
  fileClaim,
  partners,
  runDueJobs,
  testLayer,
  workloadClaim
} from "../../src/testing/index.ts"
import { DAY, iso, pendingJobs, start } from "./support.ts"

const before = (at: string) => new Date(new Date(at).getTime() - 1)

describe("consent window (5 business days)", () => {
  it.effect(
    "lapses over a weekend and a holiday: the approved association becomes official then, not before",
    () =>
      Effect.gen(function* () {
        const { adminA, reviewer } = yield* start
        const claims = yield* ClaimsService
        // Submitted on Thursday 5 March; Monday 9 March is a holiday of the vendor calendar.
        yield* (yield* HolidayRepository).upsert(new Holiday({ date: "2026-03-09", name: "Company day" }))
        yield* TestClock.adjust(3 * DAY)
        const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
        // Fri 6 (1), Sat, Sun, Mon 9 holiday, Tue 10 (2), Wed 11 (3), Thu 12 (4), Fri 13 (5).
        const windowEnds = "2026-03-13T09:00:00.000Z"
        assert.strictEqual(iso(claim.consent.windowEndsAt), windowEnds)
        yield* claims.decide(reviewer, claim.id, { decision: "approve" })

        yield* elapseUntil(before(windowEnds))
        const waiting = yield* claims.get(adminA, claim.id)
        assert.strictEqual(waiting.consent.status, "awaiting_response")
        assert.strictEqual(waiting.official, false)
        assert.deepStrictEqual(yield* emailsOf("claim.official"), [])

        // The worker runs the timer at its deadline: the association is official from then on.
        yield* elapseUntil(new Date("2026-03-16T12:00:00.000Z"))
        const official = yield* claims.get(adminA, claim.id)
        assert.strictEqual(official.status, "approved")
        assert.strictEqual(official.consent.status, "lapsed")
        assert.strictEqual(official.official, true)
        assert.strictEqual(iso(official.officialAt), windowEnds)
        const associations = yield* (yield* ClaimRepository).associationsOfClaim(claim.id)
        assert.deepStrictEqual(
          associations.map((a) => [a.status, a.officialAt?.toISOString()]),
          [["active", windowEnds]]
        )
        assert.strictEqual((yield* emailsOf("claim.official")).length, 1)
        assert.deepStrictEqual(yield* pendingJobs("claims.consent_window"), [])
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect("lapsing before the decision makes the approval official at once", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      yield* elapseUntil(new Date("2026-03-09T09:00:00.000Z"))
      const lapsed = yield* claims.get(reviewer, claim.id)
      assert.strictEqual(lapsed.status, "submitted")
      assert.strictEqual(lapsed.consent.status, "lapsed")
      assert.strictEqual(lapsed.official, false)

      const approved = yield* claims.decide(reviewer, claim.id, { decision: "approve" })
      assert.strictEqual(approved.official, true)
      assert.strictEqual(iso(approved.officialAt), "2026-03-09T09:00:00.000Z")
      assert.strictEqual((yield* emailsOf("claim.official")).length, 1)
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("a customer decline inside the window rejects the claim and stops the timer", () =>
    Effect.gen(function* () {
      const { adminA, customerAdmin } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      yield* TestClock.adjust(2 * DAY)
      const declined = yield* claims.customerDecline(customerAdmin, claim.id, "We work with someone else")
      assert.strictEqual(declined.status, "rejected")
      assert.strictEqual(declined.consent.status, "declined")
      assert.deepStrictEqual(yield* pendingJobs("claims.consent_window"), [])
      assert.strictEqual((yield* emailsOf("claim.customer_declined")).length, 1)
      yield* elapseUntil(new Date("2026-03-16T09:00:00.000Z"))
      const after = yield* claims.get(adminA, claim.id)
      assert.strictEqual(after.consent.status, "declined")
      assert.strictEqual(after.rejectionReason, "customer_declined")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("the customer may accept early: official at once when approved, no lapse later", () =>
    Effect.gen(function* () {
      const { adminA, reviewer, customerAdmin } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      yield* claims.decide(reviewer, claim.id, { decision: "approve" })
      yield* TestClock.adjust(DAY)
      const accepted = yield* claims.customerAccept(customerAdmin, claim.id)
      assert.strictEqual(accepted.consent.status, "accepted")
      const view = yield* claims.get(adminA, claim.id)
      assert.strictEqual(view.official, true)
      assert.strictEqual(iso(view.officialAt), "2026-03-03T09:00:00.000Z")
      assert.deepStrictEqual(yield* pendingJobs("claims.consent_window"), [])
      yield* elapseUntil(new Date("2026-03-16T09:00:00.000Z"))
      assert.strictEqual((yield* claims.get(adminA, claim.id)).consent.status, "accepted")
      assert.strictEqual((yield* emailsOf("claim.official")).length, 1)
    }).pipe(Effect.provide(testLayer()))
  )
})

describe("partner-response timer (14 business days)", () => {
  const due = "2026-03-20T09:00:00.000Z"

  it.effect("rejects the claim with no_partner_response when the partner did not answer, not before", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      yield* claims.decide(reviewer, claim.id, { decision: "request_info", comment: "Send the signed SOW" })

      yield* elapseUntil(before(due))
      assert.strictEqual((yield* claims.get(adminA, claim.id)).status, "partner_action_required")
      assert.deepStrictEqual(
        (yield* emailsOf("claim.rejected")).map((m) => m.subject),
        []
      )

      yield* elapseUntil(new Date(due))
      const rejected = yield* claims.get(adminA, claim.id)
      assert.strictEqual(rejected.status, "rejected")
      assert.strictEqual(rejected.rejectionReason, "no_partner_response")
      const [email] = yield* emailsOf("claim.rejected")
      assert.include(email?.text ?? "", "(no answer from the partner)")
      assert.include(email?.text ?? "", "14 business days")
      assert.deepStrictEqual(yield* pendingJobs("claims.partner_response"), [])
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect(
    "a resubmission in time cancels the timer: the claim is back under review after the deadline",
    () =>
      Effect.gen(function* () {
        const { adminA, reviewer } = yield* start
        const claims = yield* ClaimsService
        const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
        yield* claims.decide(reviewer, claim.id, { decision: "request_info", comment: "Send the signed SOW" })
        yield* TestClock.adjust(5 * DAY)
        const resubmitted = yield* claims.submit(adminA, claim.id, undefined, acknowledgementIds)
        assert.strictEqual(resubmitted.status, "submitted")
        assert.deepStrictEqual(yield* pendingJobs("claims.partner_response"), [])
        yield* elapseUntil(new Date(due))
        assert.strictEqual(yield* runDueJobs, 0)
        const view = yield* claims.get(adminA, claim.id)
        assert.strictEqual(view.status, "submitted")
        assert.strictEqual(view.rejectionReason, null)
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect("follows the configured number of business days", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      const asked = yield* claims.decide(reviewer, claim.id, { decision: "request_info", comment: "More?" })
      // Monday + 3 business days = Thursday.
      assert.strictEqual(iso(asked.deadlines.partnerResponseBy), "2026-03-05T09:00:00.000Z")
      yield* elapseUntil(new Date("2026-03-05T09:00:00.000Z"))
      const [email] = yield* emailsOf("claim.rejected")
      assert.strictEqual((yield* claims.get(adminA, claim.id)).rejectionReason, "no_partner_response")
      assert.include(email?.text ?? "", "3 business days")
    }).pipe(Effect.provide(testLayer({ claims: { partnerResponseBusinessDays: 3 } })))
  )
})
