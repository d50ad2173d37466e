import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { ClaimRepository, ClaimsService, DirectoryService, Subscription } from "../../src/index.ts"
import {
  customer,
  elapseUntil,
  emailsOf,
  fileClaim,
  partners,
  runDueJobs,
  subscriptionClaim,
  testLayer
} from "../../src/testing/index.ts"
import { start } from "./support.ts"

describe("subscription expiry", () => {
  it.effect("a directory import that expires the subscription ends the official association", () =>
    Effect.gen(function* () {
      const { adminA, reviewer, operator } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
      yield* claims.decide(reviewer, claim.id, { decision: "approve" })
      yield* elapseUntil(new Date("2026-03-09T09:00:00.000Z"))
      assert.strictEqual((yield* claims.get(adminA, claim.id)).official, true)

      const imported = yield* (yield* DirectoryService).import(
        operator,
        {
          subscriptions: [
            new Subscription({
              id: customer.dynamicsSales,
              tenantId: customer.tenantId,
              product: "Dynamics 365 Sales",
              solutionArea: "business_applications",
              channel: "volume_licensing",
              state: "expired",
              provisionedAt: "2025-01-01",
              expiresAt: "2026-03-08"
            })
          ]
        },
        "json"
      )
      assert.deepStrictEqual(imported.expiredSubscriptionIds, [customer.dynamicsSales])
      yield* runDueJobs
      const ended = yield* claims.get(adminA, claim.id)
      assert.strictEqual(ended.status, "ended")
      assert.deepStrictEqual(
        (yield* (yield* ClaimRepository).associationsOfClaim(claim.id)).map((a) => [a.status, a.endReason]),
        [["ended", "subscription_expired"]]
      )
      const [email] = yield* emailsOf("claim.ended")
      assert.include(email?.text ?? "", `subscription ${customer.dynamicsSales} expired`)
    }).pipe(Effect.provide(testLayer()))
  )
})
