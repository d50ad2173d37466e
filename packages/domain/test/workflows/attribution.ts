import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { AttributionService, ClaimsService } from "../../src/index.ts"
import {
  customer,
  elapseUntil,
  fileClaim,
  partners,
  runDueJobs,
  subscriptionClaim,
  testLayer
} from "../../src/testing/index.ts"
import { start } from "./support.ts"

describe("attribution of an official association (CPOR)", () => {
  it.effect("the claim's partner is the partner of record from the day its association is official", () =>
    Effect.gen(function* () {
      const { adminA, reviewer, operator } = yield* start
      const claims = yield* ClaimsService
      const attribution = yield* AttributionService
      const subject = { subscriptionId: customer.dynamicsSales }
      const claim = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
      yield* claims.decide(reviewer, claim.id, { decision: "approve" })
      // Approved on Monday 2 March; official when the consent window ends on Monday 9 March.
      yield* elapseUntil(new Date("2026-03-09T09:00:00.000Z"))

      const before = yield* attribution.attribute(operator, subject, "deploy", "2026-03-06")
      assert.strictEqual(before.partnerId, null)
      const after = yield* attribution.attribute(operator, subject, "deploy", "2026-03-09")
      assert.deepStrictEqual(
        [after.partnerId, after.basis, after.incentiveEligible],
        [partners.a.partnerId, "cpor", true]
      )

      yield* elapseUntil(new Date("2026-03-10T09:00:00.000Z"))
      const batch = yield* attribution.startBatch(operator, "2026-03-10", "deploy")
      assert.strictEqual(yield* runDueJobs, 1)
      assert.strictEqual((yield* attribution.getBatch(operator, batch.id)).status, "completed")
      const rows = yield* attribution.batchResults(operator, batch.id, undefined, 10)
      assert.deepStrictEqual(
        rows.map((r) => [r.subscriptionId, r.partnerId, r.basis]),
        [
          [customer.dynamicsSales, partners.a.partnerId, "cpor"],
          [customer.dynamicsService, null, null]
        ]
      )
    }).pipe(Effect.provide(testLayer()))
  )
})
