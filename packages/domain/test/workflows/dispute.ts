import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { type Actor, ClaimsService } from "../../src/index.ts"
import { fileClaim, partners, testLayer, workloadClaim } from "../../src/testing/index.ts"
import { codesOf, DAY, failure, iso, start } from "./support.ts"

/** A claim of partner A, rejected by the reviewer at START (Monday 2 March 09:00). */
const rejectedClaim = (adminA: Actor, reviewer: Actor) =>
  Effect.gen(function* () {
    const claims = yield* ClaimsService
    const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
    return yield* claims.decide(reviewer, claim.id, { decision: "reject", reason: "insufficient_poe" })
  })

describe("dispute window (30 days, once, never after a customer's decline)", () => {
  it.effect("within 30 days the partner disputes; the claim goes back to the reviewer", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const rejected = yield* rejectedClaim(adminA, reviewer)
      const own = yield* claims.get(adminA, rejected.id)
      assert.include(own.actions, "dispute")
      assert.strictEqual(iso(own.deadlines.disputeBy), "2026-04-01T09:00:00.000Z")
      // The last instant of the window still counts.
      yield* TestClock.adjust(30 * DAY)
      assert.deepStrictEqual(codesOf(yield* failure(claims.dispute(adminA, rejected.id, "  "))), [
        "missing_field"
      ])
      const disputed = yield* claims.dispute(adminA, rejected.id, "The SOW is signed on page 3")
      assert.strictEqual(disputed.status, "disputed")
      assert.includeMembers([...(yield* claims.get(reviewer, rejected.id)).actions], ["approve", "reject"])
      assert.include(
        disputed.comments.map((c) => c.body),
        "Dispute: The SOW is signed on page 3"
      )
      // The reviewer answers within 5 business days: Wednesday 1 April + 5 = Wednesday 8 April.
      assert.strictEqual(iso(disputed.deadlines.disputeAnswerBy), "2026-04-08T09:00:00.000Z")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("after 30 days the dispute is refused with dispute_window_closed", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const rejected = yield* rejectedClaim(adminA, reviewer)
      yield* TestClock.adjust(30 * DAY + 1)
      const error = yield* failure(claims.dispute(adminA, rejected.id, "Too late?"))
      assert.deepStrictEqual(codesOf(error), ["dispute_window_closed"])
      assert.include(error.message, "within 30 days")
      assert.include(error.message, "2026-04-01")
      assert.strictEqual((yield* claims.get(adminA, rejected.id)).status, "rejected")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("the window follows the configured number of days", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const rejected = yield* rejectedClaim(adminA, reviewer)
      yield* TestClock.adjust(7 * DAY + 1)
      const error = yield* failure(claims.dispute(adminA, rejected.id, "Too late?"))
      assert.deepStrictEqual(codesOf(error), ["dispute_window_closed"])
      assert.include(error.message, "within 7 days")
    }).pipe(Effect.provide(testLayer({ claims: { disputeWindowDays: 7 } })))
  )

  it.effect("a claim is disputed once: a rejected dispute is final", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const rejected = yield* rejectedClaim(adminA, reviewer)
      yield* claims.dispute(adminA, rejected.id, "Please look again")
      const final = yield* claims.decide(reviewer, rejected.id, {
        decision: "reject",
        reason: "insufficient_poe"
      })
      assert.strictEqual(final.status, "rejected_final")
      assert.notInclude((yield* claims.get(adminA, rejected.id)).actions, "dispute")
      const again = yield* failure(claims.dispute(adminA, rejected.id, "And again"))
      assert.deepStrictEqual(codesOf(again), ["illegal_transition"])
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect(
    "a claim is disputed once: after an upheld dispute and a later rejection, dispute_already_used",
    () =>
      Effect.gen(function* () {
        const { adminA, reviewer, customerAdmin } = yield* start
        const claims = yield* ClaimsService
        const rejected = yield* rejectedClaim(adminA, reviewer)
        yield* claims.dispute(adminA, rejected.id, "Please look again")
        const upheld = yield* claims.decide(reviewer, rejected.id, { decision: "approve" })
        assert.strictEqual(upheld.status, "approved")
        yield* claims.customerDecline(customerAdmin, rejected.id)
        const error = yield* failure(claims.dispute(adminA, rejected.id, "Once more"))
        assert.deepStrictEqual(codesOf(error), ["dispute_already_used"])
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect("a customer's decline cannot be disputed", () =>
    Effect.gen(function* () {
      const { adminA, customerAdmin } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      yield* claims.customerDecline(customerAdmin, claim.id, "No thanks")
      const view = yield* claims.get(adminA, claim.id)
      assert.strictEqual(view.status, "rejected")
      assert.notInclude(view.actions, "dispute")
      assert.strictEqual(view.deadlines.disputeBy, null)
      const error = yield* failure(claims.dispute(adminA, claim.id, "But we did the work"))
      assert.deepStrictEqual(codesOf(error), ["dispute_not_allowed"])
    }).pipe(Effect.provide(testLayer()))
  )
})
