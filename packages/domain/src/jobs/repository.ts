import { Context, Effect, Layer, type Option } from "effect"
import type { Clock } from "../calendar/clock.ts"
import type { JobId } from "../ids.ts"
import { makeJobQueueMemory } from "../testing/memory/jobs.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import type { Job, NewJob } from "./model.ts"

/**
 * Durable job queue. Workers lease one job at a time; a lease that is not renewed expires and the job
 * can be leased by another worker (PostgreSQL: FOR UPDATE SKIP LOCKED; SQLite: one writer).
 */
export class JobQueue extends Context.Service<
  JobQueue,
  {
    /** Joins the caller's transaction. With a uniqueKey that is already pending/running, returns that job. */
    readonly enqueue: (job: NewJob) => Effect.Effect<Job>
    /** Leases the next due job to a worker until the lease expires, if any is due. */
    readonly lease: (options: {
      readonly workerId: string
      readonly now: Date
      readonly leaseMillis: number
      readonly kinds?: ReadonlyArray<string> | undefined
    }) => Effect.Effect<Option.Option<Job>>
    /** Extends the lease; false when the worker no longer holds it. */
    readonly heartbeat: (id: JobId, workerId: string, leaseUntil: Date) => Effect.Effect<boolean>
    /** Marks it succeeded; false when the worker no longer holds the lease (another worker took over). */
    readonly complete: (id: JobId, workerId: string, now: Date) => Effect.Effect<boolean>
    /** Records a failed attempt: pending again at retryAt, or failed for good when retryAt is null. */
    readonly fail: (
      id: JobId,
      workerId: string,
      error: string,
      retryAt: Date | null
    ) => Effect.Effect<boolean>
    /**
     * Gives a running job back (a worker stopping before it finished): pending again, due as it was,
     * the lease cleared and the attempt not counted, so another worker takes it at once. False when
     * the worker no longer holds the lease.
     */
    readonly release: (id: JobId, workerId: string) => Effect.Effect<boolean>
    /** The job of this id. */
    readonly find: (id: JobId) => Effect.Effect<Option.Option<Job>>
    /** Jobs by status and kind, in run order. */
    readonly list: (filter: {
      readonly status?: string | undefined
      readonly kind?: string | undefined
      readonly limit: number
    }) => Effect.Effect<ReadonlyArray<Job>>
    /** Cancels pending jobs with this unique key (a timer that is no longer needed). */
    readonly cancelByKey: (uniqueKey: string) => Effect.Effect<number>
  }
>()("@openpor/domain/jobs/JobQueue") {
  /** In memory, for workflow tests (see testing/layers.ts); its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<JobQueue, never, MemoryStore | Clock> = Layer.effect(
    JobQueue,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeJobQueueMemory)
  )
}
