import { assert, describe, it } from "@effect/vitest"
import { Holiday, HolidayRepository, Transactor } from "@openpor/domain"
import { Effect, Exit } from "effect"
import { afterAll, beforeAll } from "vitest"
import { createTestDatabase, dialects, type TestDatabase, testLayer } from "./harness.ts"

describe.each(dialects)("transactions on %s", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  const run = <A, E>(effect: Effect.Effect<A, E, HolidayRepository | Transactor>) =>
    Effect.runPromiseExit(effect.pipe(Effect.provide(testLayer(database))))

  it("commits every write of the transaction together", async () => {
    await run(
      Transactor.use((tx) =>
        tx.transaction(
          Effect.gen(function* () {
            const h = yield* HolidayRepository
            yield* h.upsert(new Holiday({ date: "2026-12-24", name: "Christmas Eve" }))
            yield* h.upsert(new Holiday({ date: "2026-12-25", name: "Christmas Day" }))
          })
        )
      )
    )
    const list = await run(HolidayRepository.use((h) => h.list))
    assert.isTrue(Exit.isSuccess(list))
    if (Exit.isSuccess(list))
      assert.deepStrictEqual(
        list.value.map((h) => h.date),
        ["2026-12-24", "2026-12-25"]
      )
  })

  it("rolls back every write when the effect fails or dies, and nested calls join the outer transaction", async () => {
    const failing = await run(
      Transactor.use((tx) =>
        tx.transaction(
          Effect.gen(function* () {
            const h = yield* HolidayRepository
            yield* h.upsert(new Holiday({ date: "2027-01-01", name: "New Year" }))
            yield* tx.transaction(h.upsert(new Holiday({ date: "2027-01-06", name: "Epiphany" })))
            return yield* Effect.fail("business rule broken")
          })
        )
      )
    )
    assert.isTrue(Exit.isFailure(failing))
    const dying = await run(
      Transactor.use((tx) =>
        tx.transaction(
          Effect.gen(function* () {
            yield* HolidayRepository.use((h) => h.remove("2026-12-24"))
            return yield* Effect.die(new Error("bug"))
          })
        )
      )
    )
    assert.isTrue(Exit.isFailure(dying))
    const list = await run(HolidayRepository.use((h) => h.list))
    if (Exit.isSuccess(list))
      assert.deepStrictEqual(
        list.value.map((h) => h.date),
        ["2026-12-24", "2026-12-25"]
      )
    else assert.fail("listing failed")
  })
})
