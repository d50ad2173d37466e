import { assert, describe, it } from "@effect/vitest"
import { ConcurrentChange, Holiday, HolidayRepository, Transactor } from "@openpor/domain"
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

describe.each(dialects)("transactions on %s after a concurrent change", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  const run = <A, E>(effect: Effect.Effect<A, E, HolidayRepository | Transactor>) =>
    Effect.runPromiseExit(effect.pipe(Effect.provide(testLayer(database))))

  it("reruns the whole transaction after ConcurrentChange, the failed attempts' writes rolled back", async () => {
    let attempts = 0
    const exit = await run(
      Transactor.use((tx) =>
        tx.transaction(
          Effect.gen(function* () {
            attempts++
            const h = yield* HolidayRepository
            yield* h.upsert(new Holiday({ date: `2028-01-0${attempts}`, name: `Attempt ${attempts}` }))
            if (attempts < 3) return yield* new ConcurrentChange({ aggregate: "claim" })
            return attempts
          })
        )
      )
    )
    assert.isTrue(Exit.isSuccess(exit))
    assert.strictEqual(attempts, 3)
    const list = await run(HolidayRepository.use((h) => h.list))
    if (Exit.isSuccess(list))
      assert.deepStrictEqual(
        list.value.filter((h) => h.date.startsWith("2028")).map((h) => h.date),
        ["2028-01-03"]
      )
    else assert.fail("listing failed")
  })

  it("gives up after a bounded number of attempts with the ConcurrentChange; other failures are not rerun", async () => {
    let attempts = 0
    const exhausted = await run(
      Transactor.use((tx) =>
        tx.transaction(
          Effect.suspend(() => {
            attempts++
            return Effect.fail(new ConcurrentChange({ aggregate: "case" }))
          })
        )
      )
    )
    assert.isTrue(Exit.isFailure(exhausted))
    assert.isTrue(attempts > 1 && attempts <= 10)
    let once = 0
    const plain = await run(
      Transactor.use((tx) =>
        tx.transaction(
          Effect.suspend(() => {
            once++
            return Effect.fail("business rule broken")
          })
        )
      )
    )
    assert.isTrue(Exit.isFailure(plain))
    assert.strictEqual(once, 1)
  })
})

describe.each(dialects.filter((d) => d === "postgres"))("transactions on %s under a deadlock", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  it("retries a transaction PostgreSQL aborted as a deadlock victim, so both complete", async () => {
    const layer = testLayer(database)
    await Effect.runPromise(
      Effect.gen(function* () {
        const h = yield* HolidayRepository
        yield* h.upsert(new Holiday({ date: "2026-05-01", name: "A" }))
        yield* h.upsert(new Holiday({ date: "2026-05-02", name: "B" }))
      }).pipe(Effect.provide(layer))
    )
    // Each transaction locks one row, waits until the other holds its row, then wants the other row.
    let arrived = 0
    const bothHoldOne = new Promise<void>((resolve) => {
      const check = setInterval(() => {
        if (arrived >= 2) {
          clearInterval(check)
          resolve()
        }
      }, 5)
    })
    const crossing = (first: string, second: string, name: string) =>
      Transactor.use((tx) =>
        tx.transaction(
          Effect.gen(function* () {
            const h = yield* HolidayRepository
            yield* h.upsert(new Holiday({ date: first, name }))
            arrived++
            yield* Effect.promise(() => Promise.race([bothHoldOne, new Promise((r) => setTimeout(r, 2000))]))
            yield* h.upsert(new Holiday({ date: second, name }))
          })
        )
      ).pipe(Effect.provide(layer))
    const [x, y] = await Promise.all([
      Effect.runPromiseExit(crossing("2026-05-01", "2026-05-02", "left")),
      Effect.runPromiseExit(crossing("2026-05-02", "2026-05-01", "right"))
    ])
    assert.isTrue(Exit.isSuccess(x))
    assert.isTrue(Exit.isSuccess(y))
    const list = await Effect.runPromise(HolidayRepository.use((h) => h.list).pipe(Effect.provide(layer)))
    // Whoever committed last wrote both rows: the two transactions did not interleave.
    const names = new Set(list.filter((h) => h.date.startsWith("2026-05")).map((h) => h.name))
    assert.strictEqual(names.size, 1)
  })
})
