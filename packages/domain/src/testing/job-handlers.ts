import { Effect, Layer } from "effect"
import { ClaimsService, EnrollmentService, JobHandlers, Outbox } from "../index.ts"

/**
 * The handlers of the job kinds the claims and enrollment workflows schedule, run by the services
 * under test (as apps/api/src/jobs.ts wires them). Attribution batches need the POR and attribution
 * repositories, which this layer does not have: such a job dies (and fails for good), loudly.
 */
export const testJobHandlers: Layer.Layer<JobHandlers, never, ClaimsService | EnrollmentService | Outbox> =
  Layer.effect(
    JobHandlers,
    Effect.gen(function* () {
      const claims = yield* ClaimsService
      const enrollment = yield* EnrollmentService
      const outbox = yield* Outbox
      return JobHandlers.of({
        "claims.consent_window": ({ claimId }) => claims.consentWindowElapsed(claimId),
        "claims.partner_response": ({ claimId }) => claims.partnerResponseElapsed(claimId),
        "claims.subscriptions_expired": ({ subscriptionIds }) =>
          Effect.asVoid(claims.subscriptionsExpired(subscriptionIds)),
        "enrollment.fiscal_year_rollover": ({ fiscalYear }) => Effect.asVoid(enrollment.rollover(fiscalYear)),
        "outbox.deliver_email": (payload) => outbox.deliver(payload),
        "attribution.batch": ({ batchId }) =>
          Effect.die(
            new Error(`attribution batch ${batchId}: the domain test layer has no attribution repositories`)
          )
      })
    })
  )
