import { assert, describe, it } from "@effect/vitest"
import { Effect, Option } from "effect"
import {
  AttributionService,
  importPorEvents,
  PorEventRowsRefused,
  type PorImportRecord,
  PorRepository
} from "../src/index.ts"
import { customer, partners, testLayer } from "../src/testing/index.ts"
import { failure, start } from "./workflows/support.ts"

const SUB = customer.dynamicsSales
const rows = (partnerB: string = partners.b.partnerId): ReadonlyArray<PorImportRecord> => [
  {
    line: 2,
    externalId: "h-1",
    type: "osa_form",
    subscriptionId: SUB,
    partnerId: partnerB,
    on: "2014-06-15"
  },
  {
    line: 3,
    externalId: "h-2",
    type: "dpor_added",
    subscriptionId: SUB,
    partnerId: partners.a.partnerId,
    on: "2015-02-10"
  },
  {
    line: 4,
    externalId: "h-3",
    type: "por_poe",
    subscriptionId: SUB,
    partnerId: partners.a.partnerId,
    on: "2015-03-10"
  }
]

/** History import (SPEC §4) on the in-memory repositories: all rows or none, once per externalId. */
describe("history import of DPOR / OSA / POE events", () => {
  it.effect("a bad row refuses the file and names it; a good file is attributed like live events, once", () =>
    Effect.gen(function* () {
      const { operator, adminA } = yield* start
      const attribution = yield* AttributionService
      const who = (date: string) =>
        Effect.map(attribution.attribute(operator, { subscriptionId: SUB }, "deploy", date), (a) => [
          a.partnerId,
          a.basis
        ])

      const refused = yield* failure(importPorEvents(operator, rows("9999999"), "csv"))
      assert.instanceOf(refused, PorEventRowsRefused)
      assert.deepStrictEqual(
        (refused as PorEventRowsRefused).rows.map((r: any) => [r.line, r.column, r.code]),
        [[2, "partnerId", "unknown_partner_id"]]
      )
      assert.deepStrictEqual(yield* who("2014-09-30"), [null, null])

      assert.strictEqual((yield* failure(importPorEvents(adminA, rows(), "csv")))._tag, "Forbidden")

      const first = yield* importPorEvents(operator, rows(), "csv")
      assert.deepStrictEqual([first.imported, first.unchanged], [3, 0])
      assert.deepStrictEqual(yield* who("2014-09-30"), [partners.b.partnerId, "osa"])
      assert.deepStrictEqual(yield* who("2015-03-05"), [null, null])
      assert.deepStrictEqual(yield* who("2015-03-20"), [partners.a.partnerId, "dpor"])
      const current = yield* PorRepository.use((r) => r.currentDpor(SUB))
      assert.strictEqual(Option.getOrUndefined(current)?.partnerId, partners.a.partnerId)

      const again = yield* importPorEvents(operator, rows(), "json")
      assert.deepStrictEqual([again.imported, again.unchanged], [0, 3])
      const events = yield* PorRepository.use((r) => r.eventsFor([`subscription:${SUB}`]))
      assert.strictEqual(events.length, 3)
    }).pipe(Effect.provide(testLayer()))
  )
})
