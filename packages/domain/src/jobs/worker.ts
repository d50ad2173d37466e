import { Cause, Context, Deferred, Duration, Effect, Exit, Layer, Option } from "effect"
import { Clock } from "../calendar/clock.ts"
import {
  decodeJob,
  InvalidJobPayload,
  isJobKind,
  type Job,
  type JobKind,
  type JobPayload,
  type JobRequest,
  retryDelay
} from "./model.ts"
import { JobQueue } from "./repository.ts"
import { tracedRun } from "./telemetry.ts"

/** Runs one kind of job with its decoded payload; fails (or dies) to retry with backoff. */
export type JobHandler<K extends JobKind> = (payload: JobPayload<K>, job: Job) => Effect.Effect<void, unknown>

/** A handler for every job kind (a kind without one does not compile). */
export type JobHandlerMap = { readonly [K in JobKind]: JobHandler<K> }

/**
 * The handler of every job kind, which the {@link JobWorker} dispatches to (the domain's are
 * `JobHandlersLive`).
 */
export class JobHandlers extends Context.Service<JobHandlers, JobHandlerMap>()(
  "@openpor/domain/jobs/JobHandlers"
) {}

/** A job worker's identity, how long it leases a job, and how often it polls for due jobs. */
export interface WorkerOptions {
  readonly workerId: string
  readonly leaseMillis: number
  readonly pollMillis: number
}

/**
 * What one run of the worker did: found nothing due, ran a job (succeeded, will retry, failed for good), lost
 * its lease, or released the job at shutdown.
 */
export type RunOutcome = "idle" | "succeeded" | "retrying" | "failed" | "lost_lease" | "released"

/** The handler of the request's kind, with its payload (the decoded request pairs them). */
const dispatch = (handlers: JobHandlerMap, request: JobRequest, job: Job): Effect.Effect<void, unknown> =>
  (handlers[request.kind] as (payload: JobRequest["payload"], job: Job) => Effect.Effect<void, unknown>)(
    request.payload,
    job
  )

/**
 * Runs due jobs. `runOne` leases and runs one job; `runUntilIdle` drains the queue (tests, demos);
 * `loop` polls forever; `serve` polls until `stop` is done, then returns once its current job is over
 * (a process shutting down). A worker interrupted while a job runs gives the job back (`released`):
 * another worker takes it at once instead of after the lease expires.
 */
export class JobWorker extends Context.Service<
  JobWorker,
  {
    /** Leases and runs one due job; answers what happened. */
    readonly runOne: (options: WorkerOptions) => Effect.Effect<RunOutcome>
    /** Runs due jobs until none is due (or `maxJobs` ran); answers how many ran. */
    readonly runUntilIdle: (options: WorkerOptions, maxJobs?: number) => Effect.Effect<number>
    /** Runs due jobs forever, polling every `pollMillis`. */
    readonly loop: (options: WorkerOptions) => Effect.Effect<never>
    /**
     * Runs due jobs until `stop` completes, then finishes or releases the job in hand (graceful shutdown).
     */
    readonly serve: (options: WorkerOptions, stop: Deferred.Deferred<void>) => Effect.Effect<void>
  }
>()("@openpor/domain/jobs/JobWorker") {
  static readonly layer = Layer.effect(
    JobWorker,
    Effect.gen(function* () {
      const queue = yield* JobQueue
      const clock = yield* Clock
      const handlers = yield* JobHandlers

      /** The job's handler with its decoded payload; a payload that does not decode fails with InvalidJobPayload. */
      const run = (job: Job): Effect.Effect<void, unknown> =>
        isJobKind(job.kind)
          ? Effect.flatMap(decodeJob(job), (request) => dispatch(handlers, request, job))
          : Effect.fail(`no handler for job kind ${job.kind}`)

      /**
       * Leases one job and runs it. Only the handler can be interrupted: a job leased is always
       * completed, failed, or — interrupted — released, never left leased by a worker that stopped.
       */
      const runOne = Effect.fnUntraced(function* (options: WorkerOptions) {
        return yield* Effect.uninterruptibleMask((restore) =>
          Effect.gen(function* () {
            const now = yield* clock.now
            // Polling is not traced (an idle worker would send a trace per poll); a job's run is (decision 028).
            const leased = yield* queue
              .lease({ workerId: options.workerId, now, leaseMillis: options.leaseMillis })
              .pipe(Effect.withTracerEnabled(false))
            if (Option.isNone(leased)) return "idle" as RunOutcome
            return yield* tracedRun(leased.value, now, runLeased(leased.value, options, restore))
          })
        )
      })

      const runLeased = Effect.fnUntraced(function* (
        job: Job,
        options: WorkerOptions,
        restore: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
      ) {
        const renewLease = Effect.gen(function* () {
          const at = yield* clock.now
          yield* queue.heartbeat(job.id, options.workerId, new Date(at.getTime() + options.leaseMillis))
        })
        const heartbeat = renewLease.pipe(
          Effect.delay(Duration.millis(Math.max(1, Math.floor(options.leaseMillis / 3)))),
          Effect.forever
        )
        const exit = yield* restore(run(job).pipe(Effect.raceFirst(heartbeat))).pipe(Effect.exit)
        if (Exit.isFailure(exit) && Cause.hasInterruptsOnly(exit.cause)) {
          const released = yield* queue.release(job.id, options.workerId)
          yield* Effect.logInfo("job released", { jobId: job.id, kind: job.kind, released })
          return (released ? "released" : "lost_lease") as RunOutcome
        }
        const finishedAt = yield* clock.now
        if (Exit.isSuccess(exit)) {
          const held = yield* queue.complete(job.id, options.workerId, finishedAt)
          return (held ? "succeeded" : "lost_lease") as RunOutcome
        }
        const invalid = Cause.findErrorOption(exit.cause).pipe(
          Option.filter((e): e is InvalidJobPayload => e instanceof InvalidJobPayload)
        )
        const error = Option.isSome(invalid) ? invalid.value.message : Cause.pretty(exit.cause).slice(0, 4000)
        const delay = Option.isSome(invalid)
          ? Option.none()
          : yield* retryDelay(job.attempts, job.maxAttempts)
        const retryAt = Option.isNone(delay)
          ? null
          : new Date(finishedAt.getTime() + Duration.toMillis(delay.value))
        yield* Effect.logWarning("job failed", {
          jobId: job.id,
          kind: job.kind,
          attempts: job.attempts,
          willRetry: retryAt !== null,
          ...(Option.isSome(invalid) ? { error } : {})
        })
        const held = yield* queue.fail(job.id, options.workerId, error, retryAt)
        if (!held) return "lost_lease" as RunOutcome
        return (retryAt === null ? "failed" : "retrying") as RunOutcome
      })

      /** Runs jobs until none is due (or `maxJobs` ran); answers how many ran. */
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

      const serve = (options: WorkerOptions, stop: Deferred.Deferred<void>): Effect.Effect<void> =>
        Effect.gen(function* () {
          while (!(yield* Deferred.isDone(stop))) {
            const outcome = yield* runOne(options).pipe(
              Effect.catchCause((cause) =>
                Effect.logError("job worker error", cause).pipe(Effect.as("idle" as RunOutcome))
              )
            )
            if (outcome === "idle")
              yield* Effect.sleep(Duration.millis(options.pollMillis)).pipe(
                Effect.raceFirst(Deferred.await(stop))
              )
          }
        })

      return JobWorker.of({ runOne, runUntilIdle, loop, serve })
    })
  )
}
