import { assert, describe, it } from "@effect/vitest"
import { Effect, Layer } from "effect"
import { ClaimsService, type InvalidInput, type UsageInputRow, UsageService } from "../src/index.ts"
import { customer, fileClaim, partners, testLayer, workloadClaim } from "../src/testing/index.ts"
import { failure, start } from "./workflows/support.ts"

/** The domain with the usage service on its in-memory table. */
const layer = () => UsageService.layerTest.pipe(Layer.provideMerge(testLayer()))

const row = (overrides: Partial<UsageInputRow> = {}): UsageInputRow => ({
  line: 1,
  tenantId: customer.tenantId,
  workload: "teams",
  subscriptionId: null,
  month: "2026-05",
  activeUsers: 40,
  licensedSeats: 50,
  ...overrides
})

describe("usage insights", () => {
  it.effect("an import with a bad row stores nothing and names it; run again, a month is replaced", () =>
    Effect.gen(function* () {
      const { operator, adminA } = yield* start
      const usage = yield* UsageService
      const refused = (yield* failure(
        usage.importRows(operator, [row(), row({ line: 2, workload: "fax", month: "2026-5" })], "json")
      )) as InvalidInput
      assert.strictEqual(refused.code, "invalid_rows")
      const rows = (refused.details?.rows ?? []) as ReadonlyArray<{
        line: number
        column: string
        code: string
      }>
      assert.deepStrictEqual(
        rows.map((p) => [p.line, p.column, p.code]),
        [
          [2, "workload", "unknown_workload"],
          [2, "month", "invalid_month"]
        ]
      )
      const first = yield* usage.importRows(operator, [row()], "json")
      assert.deepStrictEqual([first.created, first.replaced], [1, 0])
      const again = yield* usage.importRows(operator, [row({ activeUsers: 45 })], "csv")
      assert.deepStrictEqual([again.created, again.replaced], [0, 1])
      assert.strictEqual((yield* failure(usage.importRows(adminA, [row()], "json")))._tag, "Forbidden")
    }).pipe(Effect.provide(layer()))
  )

  it.effect(
    "a claim's usage shows while its association is official, to its organization and vendor staff",
    () =>
      Effect.gen(function* () {
        const { operator, adminA, adminB, reviewer, customerAdmin } = yield* start
        const usage = yield* UsageService
        const claims = yield* ClaimsService
        yield* usage.importRows(
          operator,
          [row(), row({ line: 2, month: "2026-04", activeUsers: 30 })],
          "json"
        )
        const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
        assert.strictEqual((yield* failure(usage.claimUsage(adminA, claim.id)))._tag, "NotFound")
        yield* claims.decide(reviewer, claim.id, { decision: "approve" })
        assert.strictEqual((yield* failure(usage.claimUsage(adminA, claim.id)))._tag, "NotFound")
        yield* claims.customerAccept(customerAdmin, claim.id)
        const seen = yield* usage.claimUsage(adminA, claim.id)
        assert.deepStrictEqual(seen.series, [
          {
            workload: "teams",
            subscriptionId: null,
            product: null,
            months: [
              { month: "2026-04", activeUsers: 30, licensedSeats: 50 },
              { month: "2026-05", activeUsers: 40, licensedSeats: 50 }
            ]
          }
        ])
        assert.strictEqual((yield* usage.claimUsage(reviewer, claim.id)).claimId, claim.id)
        assert.strictEqual((yield* failure(usage.claimUsage(adminB, claim.id)))._tag, "NotFound")
        assert.strictEqual((yield* failure(usage.claimUsage(customerAdmin, claim.id)))._tag, "NotFound")
        yield* claims.disassociate(adminA, claim.id, "Project finished")
        assert.strictEqual((yield* failure(usage.claimUsage(adminA, claim.id)))._tag, "NotFound")
      }).pipe(Effect.provide(layer()))
  )
})
