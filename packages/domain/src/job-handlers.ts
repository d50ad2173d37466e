import { Effect, Layer } from "effect"
import { AttributionService } from "./attribution/attribution-service.ts"
import { BulkClaimsService } from "./bulk-claims/bulk-import.ts"
import { ClaimsService } from "./claims/claims-service.ts"
import { EnrollmentService } from "./enrollment/enrollment-service.ts"
import { JobKind } from "./jobs/model.ts"
import { JobHandlers } from "./jobs/worker.ts"
import { Outbox } from "./outbox/outbox.ts"
import { WebhookService } from "./webhooks/webhook-service.ts"

/**
 * Every job kind and the use case that runs it, with its decoded payload (a kind without a handler
 * does not compile). The API's processes and the in-memory test layer run the same map.
 */
export const JobHandlersLive: Layer.Layer<
  JobHandlers,
  never,
  AttributionService | BulkClaimsService | ClaimsService | EnrollmentService | Outbox | WebhookService
> = Layer.effect(
  JobHandlers,
  Effect.gen(function* () {
    const claims = yield* ClaimsService
    const enrollment = yield* EnrollmentService
    const attribution = yield* AttributionService
    const outbox = yield* Outbox
    const webhooks = yield* WebhookService
    const bulkClaims = yield* BulkClaimsService
    return JobHandlers.of({
      [JobKind.consentWindow]: ({ claimId }) => claims.consentWindowElapsed(claimId),
      [JobKind.partnerResponse]: ({ claimId }) => claims.partnerResponseElapsed(claimId),
      [JobKind.subscriptionsExpired]: ({ subscriptionIds }) =>
        Effect.asVoid(claims.subscriptionsExpired(subscriptionIds)),
      [JobKind.deliverEmail]: outbox.deliver,
      [JobKind.fiscalYearRollover]: ({ fiscalYear }) => Effect.asVoid(enrollment.rollover(fiscalYear)),
      [JobKind.attributionBatch]: ({ batchId }) => Effect.asVoid(attribution.runBatch(batchId)),
      [JobKind.bulkClaims]: ({ importId }, job) => bulkClaims.runJob(importId, job),
      [JobKind.deliverWebhook]: webhooks.deliver
    })
  })
)
