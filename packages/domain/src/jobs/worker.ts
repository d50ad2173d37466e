import { Cause, Context, Duration, Effect, Exit, Layer, Option } from "effect"
import { Clock } from "../calendar/clock.ts"
import type { Job } from "./model.ts"
import { backoffMillis } from "./model.ts"
import { JobQueue } from "./repository.ts"

/** A job handler: fails (or dies) to retry with backoff. */
export type JobHandler = (job: Job) => Effect.Effect<void, unknown>

export class JobHandlers extends Context.Service<JobHandlers, ReadonlyMap<string, JobHandler>>()(
  "@openpor/domain/jobs/JobHandlers"
) {}

export interface WorkerOptions {
  readonly workerId: string
  readonly leaseMillis: number
  readonly pollMillis: number
}

export type RunOutcome = "idle" | "succeeded" | "retrying" | "failed" | "lost_lease"

/**
 * Runs due jobs. `runOne` leases and runs one job; `runUntilIdle` drains the queue (tests, demos);
 * `loop` polls forever (the worker fiber of an API process).
 */
export class JobWorker extends Context.Service<
  JobWorker,
  {
    readonly runOne: (options: WorkerOptions) => Effect.Effect<RunOutcome>
    readonly runUntilIdle: (options: WorkerOptions, maxJobs?: number) => Effect.Effect<number>
    readonly loop: (options: WorkerOptions) => Effect.Effect<never>
  }
>()("@openpor/domain/jobs/JobWorker") {
  static readonly layer = Layer.effect(
    JobWorker,
    Effect.gen(function* () {
      const queue = yield* JobQueue
      const clock = yield* Clock
      const handlers = yield* JobHandlers

      const runOne = Effect.fn("JobWorker.runOne")(function* (options: WorkerOptions) {
        const now = yield* clock.now
        const leased = yield* queue.lease({
          workerId: options.workerId,
          now,
          leaseMillis: options.leaseMillis
        })
        if (Option.isNone(leased)) return "idle" as RunOutcome
        const job = leased.value
        const handler = handlers.get(job.kind)
        const heartbeat = Effect.gen(function* () {
          const at = yield* clock.now
          yield* queue.heartbeat(job.id, options.workerId, new Date(at.getTime() + options.leaseMillis))
        }).pipe(
          Effect.delay(Duration.millis(Math.max(1, Math.floor(options.leaseMillis / 3)))),
          Effect.forever
        )
        const exit = yield* (
          handler === undefined ? Effect.fail(`no handler for job kind ${job.kind}`) : handler(job)
        ).pipe(Effect.raceFirst(heartbeat), Effect.exit)
        const finishedAt = yield* clock.now
        if (Exit.isSuccess(exit)) {
          const held = yield* queue.complete(job.id, options.workerId, finishedAt)
          return (held ? "succeeded" : "lost_lease") as RunOutcome
        }
        const error = Cause.pretty(exit.cause).slice(0, 4000)
        const attempts = job.attempts
        const retryAt =
          attempts >= job.maxAttempts ? null : new Date(finishedAt.getTime() + backoffMillis(attempts))
        yield* Effect.logWarning("job failed", {
          jobId: job.id,
          kind: job.kind,
          attempts,
          willRetry: retryAt !== null
        })
        const held = yield* queue.fail(job.id, options.workerId, error, retryAt)
        if (!held) return "lost_lease" as RunOutcome
        return (retryAt === null ? "failed" : "retrying") as RunOutcome
      })

      const runUntilIdle = Effect.fn("JobWorker.runUntilIdle")(function* (
        options: WorkerOptions,
        maxJobs = 10_000
      ) {
        let ran = 0
        while (ran < maxJobs) {
          const outcome = yield* runOne(options)
          if (outcome === "idle") break
          ran++
        }
        return ran
      })

      const loop = (options: WorkerOptions): Effect.Effect<never> =>
        runOne(options).pipe(
          Effect.catchCause((cause) =>
            Effect.logError("job worker error", cause).pipe(Effect.as("idle" as RunOutcome))
          ),
          Effect.flatMap((outcome) =>
            outcome === "idle" ? Effect.sleep(Duration.millis(options.pollMillis)) : Effect.void
          ),
          Effect.forever
        )

      return JobWorker.of({ runOne, runUntilIdle, loop })
    })
  )
}
