import {
  AttributionService,
  ClaimsService,
  EnrollmentService,
  JobHandlers,
  JobKind,
  JobWorker,
  Outbox,
  type WorkerOptions
} from "@openpor/domain"
import { Context, Effect, Layer } from "effect"

/** Every job kind the API processes run, each with its decoded payload (a missing kind does not compile). */
export const JobHandlersLive = Layer.effect(
  JobHandlers,
  Effect.gen(function* () {
    const outbox = yield* Outbox
    const enrollment = yield* EnrollmentService
    const claims = yield* ClaimsService
    const attribution = yield* AttributionService
    return JobHandlers.of({
      [JobKind.consentWindow]: ({ claimId }) => claims.consentWindowElapsed(claimId),
      [JobKind.partnerResponse]: ({ claimId }) => claims.partnerResponseElapsed(claimId),
      [JobKind.subscriptionsExpired]: ({ subscriptionIds }) =>
        Effect.asVoid(claims.subscriptionsExpired(subscriptionIds)),
      [JobKind.deliverEmail]: outbox.deliver,
      [JobKind.fiscalYearRollover]: ({ fiscalYear }) => Effect.asVoid(enrollment.rollover(fiscalYear)),
      [JobKind.attributionBatch]: ({ batchId }) => Effect.asVoid(attribution.runBatch(batchId))
    })
  })
)

/** How this process's workers lease jobs (the lease from OPENPOR_JOB_LEASE_SECONDS). */
export const workerOptions = (workerId: string, leaseMillis: number): WorkerOptions => ({
  workerId,
  leaseMillis,
  pollMillis: 500
})

/** Runs every due job now (used after the test clock moves, so demos are deterministic). */
export class DrainJobs extends Context.Service<DrainJobs, { readonly drain: Effect.Effect<number> }>()(
  "@openpor/api/DrainJobs"
) {
  static readonly layer = (leaseMillis: number) =>
    Layer.effect(
      DrainJobs,
      Effect.gen(function* () {
        const worker = yield* JobWorker
        return DrainJobs.of({
          drain: worker.runUntilIdle(workerOptions(`drain-${process.pid}`, leaseMillis), 1000)
        })
      })
    )
}
