import { assert, describe, it } from "@effect/vitest"
import { Deferred, Effect, Fiber, Layer, Option } from "effect"
import { TestClock } from "effect/testing"
import {
  Clock,
  type Job,
  type JobHandlerMap,
  JobHandlers,
  JobKind,
  JobQueue,
  JobWorker,
  type WorkerOptions
} from "../src/index.ts"
import { MemoryStore } from "../src/testing/memory/store.ts"

/**
 * A worker stopping (a process draining on SIGTERM, decision 027): it finishes the job it runs and
 * takes no other; interrupted while a job runs, it gives the job back at once — pending, due as it
 * was, the attempt not counted — so another worker runs it without waiting for the lease to expire.
 */
const options = (workerId: string): WorkerOptions => ({ workerId, leaseMillis: 60_000, pollMillis: 500 })

/** Every kind runs `handler` (the tests enqueue consent-window jobs). */
const layer = (handler: (job: Job) => Effect.Effect<void>) =>
  JobWorker.layer.pipe(
    Layer.provideMerge(
      Layer.succeed(
        JobHandlers,
        Object.fromEntries(
          Object.values(JobKind).map((kind) => [kind, (_payload: unknown, job: Job) => handler(job)])
        ) as unknown as JobHandlerMap
      )
    ),
    Layer.provideMerge(JobQueue.layerTest),
    Layer.provideMerge(Clock.layer),
    Layer.provideMerge(MemoryStore.layer)
  )

const start = Date.parse("2026-03-02T09:00:00Z")
const enqueue = (claimId: string) =>
  JobQueue.use((q) => q.enqueue({ kind: JobKind.consentWindow, payload: { claimId } }))
const find = (job: Job) => JobQueue.use((q) => q.find(job.id)).pipe(Effect.map(Option.getOrThrow))

describe("a worker that stops", () => {
  const ran: Array<string> = []
  // Each job takes ten minutes of (test) time.
  const slow = layer((job) =>
    Effect.sleep("10 minutes").pipe(
      Effect.andThen(Effect.sync(() => ran.push((job.payload as { claimId: string }).claimId)))
    )
  )

  it.effect("finishes the job it is running and takes no other", () =>
    Effect.gen(function* () {
      ran.length = 0
      yield* TestClock.setTime(start)
      const first = yield* enqueue("clm_first")
      const second = yield* enqueue("clm_second")
      const stop = yield* Deferred.make<void>()
      const worker = yield* JobWorker
      const fiber = yield* Effect.forkChild(worker.serve(options("w1"), stop))
      yield* TestClock.adjust("1 minute")
      assert.strictEqual((yield* find(first)).status, "running")
      yield* Deferred.succeed(stop, undefined)
      yield* TestClock.adjust("9 minutes")
      yield* Fiber.join(fiber)
      assert.deepStrictEqual(ran, ["clm_first"])
      assert.strictEqual((yield* find(first)).status, "succeeded")
      const untouched = yield* find(second)
      assert.strictEqual(untouched.status, "pending")
      assert.strictEqual(untouched.attempts, 0)
    }).pipe(Effect.provide(slow))
  )

  it.effect("an idle worker returns as soon as it is told to stop", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(start)
      const stop = yield* Deferred.make<void>()
      const fiber = yield* Effect.forkChild(JobWorker.use((w) => w.serve(options("w1"), stop)))
      yield* TestClock.adjust("2 seconds")
      yield* Deferred.succeed(stop, undefined)
      yield* Fiber.join(fiber)
    }).pipe(Effect.provide(slow))
  )

  it.effect("interrupted mid-job, it releases the job and another worker runs it at once", () =>
    Effect.gen(function* () {
      ran.length = 0
      yield* TestClock.setTime(start)
      const job = yield* enqueue("clm_released")
      const stop = yield* Deferred.make<void>()
      const worker = yield* JobWorker
      const fiber = yield* Effect.forkChild(worker.serve(options("w1"), stop))
      yield* TestClock.adjust("1 minute")
      const running = yield* find(job)
      assert.strictEqual(running.status, "running")
      assert.strictEqual(running.leasedBy, "w1")
      assert.strictEqual(running.attempts, 1)
      // The shutdown deadline: the worker is interrupted while its job still runs.
      yield* Deferred.succeed(stop, undefined)
      yield* Fiber.interrupt(fiber)
      const released = yield* find(job)
      assert.strictEqual(released.status, "pending")
      assert.strictEqual(released.leasedBy, null)
      assert.strictEqual(released.leaseUntil, null)
      assert.strictEqual(released.attempts, 0, "the interrupted attempt is not counted")
      assert.strictEqual(released.runAt.getTime(), start, "due as it was")
      assert.deepStrictEqual(ran, [])
      // Well within the first worker's lease (60 s from its last heartbeat), another worker takes it.
      const other = yield* Effect.forkChild(worker.runOne(options("w2")))
      yield* TestClock.adjust("10 minutes")
      assert.strictEqual(yield* Fiber.join(other), "succeeded")
      const done = yield* find(job)
      assert.strictEqual(done.status, "succeeded")
      assert.strictEqual(done.attempts, 1)
      assert.deepStrictEqual(ran, ["clm_released"])
    }).pipe(Effect.provide(slow))
  )

  it.effect("only the lease holder can release a job", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(start)
      const job = yield* enqueue("clm_held")
      const queue = yield* JobQueue
      yield* queue.lease({ workerId: "w1", now: new Date(start), leaseMillis: 60_000 })
      assert.isFalse(yield* queue.release(job.id, "w2"))
      assert.strictEqual((yield* find(job)).status, "running")
      assert.isTrue(yield* queue.release(job.id, "w1"))
      assert.isFalse(yield* queue.release(job.id, "w1"), "no longer held")
      assert.strictEqual((yield* find(job)).status, "pending")
    }).pipe(Effect.provide(slow))
  )
})
