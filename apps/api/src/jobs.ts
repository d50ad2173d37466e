import {
  ATTRIBUTION_BATCH_JOB,
  AttributionService,
  ClaimsService,
  CONSENT_WINDOW_JOB,
  DELIVER_EMAIL_JOB,
  EnrollmentService,
  FISCAL_YEAR_ROLLOVER_JOB,
  type Job,
  JobHandlers,
  JobWorker,
  Outbox,
  PARTNER_RESPONSE_JOB,
  SUBSCRIPTIONS_EXPIRED_JOB,
  type WorkerOptions
} from "@openpor/domain"
import { Context, Effect, Layer } from "effect"

/** Every job kind the API processes run. Later capabilities add their timers here. */
export const JobHandlersLive = Layer.effect(
  JobHandlers,
  Effect.gen(function* () {
    const outbox = yield* Outbox
    const enrollment = yield* EnrollmentService
    const claims = yield* ClaimsService
    const attribution = yield* AttributionService
    const claimId = (job: Job) => {
      const id = (job.payload as { claimId?: unknown } | null)?.claimId
      return typeof id === "string"
        ? Effect.succeed(id)
        : Effect.die(new Error(`job ${job.id} has no claimId`))
    }
    return new Map<string, (job: Job) => Effect.Effect<void, unknown>>([
      [
        ATTRIBUTION_BATCH_JOB,
        (job) => {
          const batchId = (job.payload as { batchId?: unknown } | null)?.batchId
          return typeof batchId === "string"
            ? Effect.asVoid(attribution.runBatch(batchId))
            : Effect.die(new Error(`job ${job.id} has no batchId`))
        }
      ],
      [CONSENT_WINDOW_JOB, (job) => Effect.flatMap(claimId(job), claims.consentWindowElapsed)],
      [PARTNER_RESPONSE_JOB, (job) => Effect.flatMap(claimId(job), claims.partnerResponseElapsed)],
      [
        SUBSCRIPTIONS_EXPIRED_JOB,
        (job) => {
          const ids = (job.payload as { subscriptionIds?: unknown } | null)?.subscriptionIds
          return Array.isArray(ids)
            ? Effect.asVoid(claims.subscriptionsExpired(ids.map(String)))
            : Effect.die(new Error(`job ${job.id} has no subscriptionIds`))
        }
      ],
      [DELIVER_EMAIL_JOB, outbox.deliver],
      [
        FISCAL_YEAR_ROLLOVER_JOB,
        (job) => {
          const fiscalYear = (job.payload as { fiscalYear?: unknown } | null)?.fiscalYear
          return typeof fiscalYear === "string"
            ? Effect.asVoid(enrollment.rollover(fiscalYear))
            : Effect.die(new Error(`job ${job.id} has no fiscalYear`))
        }
      ]
    ])
  })
)

export const workerOptions = (workerId: string, leaseMillis = 60_000): WorkerOptions => ({
  workerId,
  leaseMillis,
  pollMillis: 500
})

/** Runs every due job now (used after the test clock moves, so demos are deterministic). */
export class DrainJobs extends Context.Service<DrainJobs, { readonly drain: Effect.Effect<number> }>()(
  "@openpor/api/DrainJobs"
) {
  static readonly layer = Layer.effect(
    DrainJobs,
    Effect.gen(function* () {
      const worker = yield* JobWorker
      return DrainJobs.of({ drain: worker.runUntilIdle(workerOptions(`drain-${process.pid}`), 1000) })
    })
  )
}
