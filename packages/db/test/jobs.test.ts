import { assert, describe, it } from "@effect/vitest"
import {
  type Job,
  type JobHandlerMap,
  JobHandlers,
  JobKind,
  JobQueue,
  JobWorker,
  type NewJob,
  type OutboxId,
  type WorkerOptions
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { TestClock } from "effect/testing"
import { afterAll, beforeAll } from "vitest"
import { createTestDatabase, dialects, type TestDatabase, testLayer } from "./harness.ts"

const options = (workerId: string): WorkerOptions => ({ workerId, leaseMillis: 30_000, pollMillis: 50 })

/** Handlers that run `handler` whatever the kind (each test enqueues jobs of one kind). */
const handlers = (handler: (job: Job) => Effect.Effect<void, unknown>): JobHandlerMap =>
  Object.fromEntries(
    Object.values(JobKind).map((kind) => [kind, (_payload: unknown, job: Job) => handler(job)])
  ) as unknown as JobHandlerMap

describe.each(dialects)("jobs on %s", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  const workerLayer = (handler: (job: Job) => Effect.Effect<void, unknown>) =>
    JobWorker.layer.pipe(
      Layer.provideMerge(Layer.succeed(JobHandlers, handlers(handler))),
      Layer.provideMerge(testLayer(database))
    )

  it("two workers with their own connections never run the same job", async () => {
    const runs = new Map<string, Array<string>>()
    const handler = (workerId: string) => (job: Job) =>
      Effect.promise(async () => {
        runs.set(job.id, [...(runs.get(job.id) ?? []), workerId])
        await new Promise((r) => setTimeout(r, 2))
      })
    await Effect.runPromise(
      Effect.gen(function* () {
        const queue = yield* JobQueue
        for (let i = 0; i < 60; i++)
          yield* queue.enqueue({ kind: JobKind.consentWindow, payload: { claimId: `clm_count_${i}` } })
      }).pipe(Effect.provide(testLayer(database)))
    )
    // Each worker has its own layer, i.e. its own pool / SQLite connection, like two processes.
    const worker = (id: string) =>
      Effect.runPromise(
        JobWorker.use((w) => w.runUntilIdle(options(id))).pipe(Effect.provide(workerLayer(handler(id))))
      )
    const [a, b] = await Promise.all([worker("worker-a"), worker("worker-b")])
    assert.strictEqual(a + b, 60)
    assert.strictEqual(runs.size, 60)
    for (const [id, workers] of runs)
      assert.deepStrictEqual(workers.length, 1, `job ${id} ran ${workers.length} times`)
    assert.isAbove(a, 0)
    assert.isAbove(b, 0)
  })

  it.effect("a lease held by a dead worker expires and another worker takes the job over", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(Date.parse("2026-03-02T09:00:00Z"))
      const queue = yield* JobQueue
      const kind = JobKind.partnerResponse
      const job = yield* queue.enqueue({ kind, payload: { claimId: "clm_takeover" } })
      const now = new Date(Date.parse("2026-03-02T09:00:00Z"))
      const leased = yield* queue.lease({ workerId: "dead", now, leaseMillis: 30_000, kinds: [kind] })
      assert.isTrue(Option.isSome(leased))
      // While the lease is valid nobody else gets the job.
      const worker = yield* JobWorker
      assert.strictEqual(yield* worker.runOne(options("alive")), "idle")
      yield* TestClock.adjust(30_001)
      assert.strictEqual(yield* worker.runOne(options("alive")), "succeeded")
      const done = yield* queue.find(job.id)
      assert.strictEqual(Option.getOrThrow(done).status, "succeeded")
      assert.strictEqual(Option.getOrThrow(done).attempts, 2)
      // The dead worker coming back cannot complete or fail what it no longer holds.
      assert.isFalse(yield* queue.complete(job.id, "dead", now))
      assert.isFalse(yield* queue.fail(job.id, "dead", "late", null))
    }).pipe(Effect.provide(workerLayer(() => Effect.void)))
  )

  it.effect("a failing job is retried with backoff and fails for good after max attempts", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(Date.parse("2026-03-02T09:00:00Z"))
      const queue = yield* JobQueue
      const worker = yield* JobWorker
      const job = yield* queue.enqueue({
        kind: JobKind.deliverEmail,
        payload: { outboxId: "msg_flaky" as OutboxId },
        maxAttempts: 3
      })
      assert.strictEqual(yield* worker.runOne(options("w")), "retrying")
      // Not due before the backoff (5 s after the first failure).
      yield* TestClock.adjust(4_000)
      assert.strictEqual(yield* worker.runOne(options("w")), "idle")
      yield* TestClock.adjust(1_001)
      assert.strictEqual(yield* worker.runOne(options("w")), "retrying")
      yield* TestClock.adjust(10_001)
      assert.strictEqual(yield* worker.runOne(options("w")), "failed")
      const failed = Option.getOrThrow(yield* queue.find(job.id))
      assert.strictEqual(failed.status, "failed")
      assert.strictEqual(failed.attempts, 3)
      assert.match(failed.lastError ?? "", /smtp down/)
      yield* TestClock.adjust(3_600_000)
      assert.strictEqual(yield* worker.runOne(options("w")), "idle")
    }).pipe(Effect.provide(workerLayer(() => Effect.fail("smtp down"))))
  )

  it.effect("a job whose stored payload does not fit its kind fails for good at once, saying why", () => {
    let ran = false
    return Effect.gen(function* () {
      const queue = yield* JobQueue
      const worker = yield* JobWorker
      const stored = { kind: JobKind.fiscalYearRollover, payload: { year: 2026 } }
      const job = yield* queue.enqueue(stored as unknown as NewJob)
      assert.strictEqual(yield* worker.runOne(options("w")), "failed")
      const failed = Option.getOrThrow(yield* queue.find(job.id))
      assert.strictEqual(failed.status, "failed")
      assert.strictEqual(failed.attempts, 1)
      assert.match(failed.lastError ?? "", /enrollment\.fiscal_year_rollover\) has an invalid payload/)
      assert.match(failed.lastError ?? "", /fiscalYear/)
      assert.isFalse(ran, "the handler never sees an invalid payload")
    }).pipe(
      Effect.provide(
        workerLayer(() =>
          Effect.sync(() => {
            ran = true
          })
        )
      )
    )
  })

  it.effect("a unique key keeps one open job per timer", () =>
    Effect.gen(function* () {
      const queue = yield* JobQueue
      const first = yield* queue.enqueue({
        kind: JobKind.consentWindow,
        payload: { claimId: "claim-1" },
        uniqueKey: `claim-1:consent:${dialect}`
      })
      const second = yield* queue.enqueue({
        kind: JobKind.consentWindow,
        payload: { claimId: "claim-1" },
        uniqueKey: `claim-1:consent:${dialect}`
      })
      assert.strictEqual(second.id, first.id)
      assert.strictEqual(yield* queue.cancelByKey(`claim-1:consent:${dialect}`), 1)
      const third = yield* queue.enqueue({
        kind: JobKind.consentWindow,
        payload: { claimId: "claim-1" },
        uniqueKey: `claim-1:consent:${dialect}`
      })
      assert.notStrictEqual(third.id, first.id)
    }).pipe(Effect.provide(testLayer(database)))
  )
})
