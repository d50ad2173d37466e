import { Effect, Layer } from "effect"
import {
  AttributionService,
  ClaimsService,
  EnrollmentService,
  JobHandlers,
  JobKind,
  Outbox
} from "../index.ts"

/** Every job kind, run by the services under test (as apps/api/src/jobs.ts wires them for the API). */
export const testJobHandlers: Layer.Layer<
  JobHandlers,
  never,
  AttributionService | ClaimsService | EnrollmentService | Outbox
> = Layer.effect(
  JobHandlers,
  Effect.gen(function* () {
    const claims = yield* ClaimsService
    const enrollment = yield* EnrollmentService
    const attribution = yield* AttributionService
    const outbox = yield* Outbox
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
