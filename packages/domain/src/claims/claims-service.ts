import { Context, Effect, Layer } from "effect"
import { makeArbitration } from "./arbitration.ts"
import { makeAssociations } from "./associations.ts"
import { makeConsent } from "./consent.ts"
import { makeDisputes } from "./disputes.ts"
import { makeDrafting } from "./drafting.ts"
import { makeKernel } from "./kernel.ts"
import { makePoeTemplate } from "./poe-template.ts"
import { makeProof } from "./proof.ts"
import { makeQueue } from "./queue.ts"
import { makeReview } from "./review.ts"
import { makeSubmission } from "./submission.ts"
import { makeTimers } from "./timers.ts"
import { makeViews } from "./views.ts"

export * from "./config.ts"
export type { CustomerRequestsQuery } from "./consent.ts"
export { claimDeadlines, queueDeadline } from "./deadlines.ts"
export type { ClaimInput, ClaimPatch } from "./drafting.ts"
export type { QueueQuery } from "./queue.ts"
export type { Decision } from "./review.ts"

/**
 * The claims capability, one use case per file (drafting, proof, submission, review, consent,
 * disputes, arbitration, queue, timers) over one kernel (kernel.ts) and the lifecycles
 * (lifecycle.ts, consent-lifecycle.ts, arbitration/lifecycle.ts). Each method's error type is the
 * union its own use case can raise.
 */
const makeClaims = Effect.gen(function* () {
  const k = yield* makeKernel
  const views = makeViews(k)
  const associations = makeAssociations(k)
  const consent = makeConsent(k, views, associations)
  return {
    ...makeDrafting(k, views),
    ...makeProof(k, views),
    ...makePoeTemplate(k),
    ...makeSubmission(k, views, consent),
    ...makeReview(k, views, associations),
    ...consent,
    ...makeDisputes(k, views),
    ...makeArbitration(k, associations),
    ...makeQueue(k),
    ...makeTimers(k, associations)
  }
})

/**
 * The methods of {@link ClaimsService}: drafting, proof of execution, submission, review, consent, disputes,
 * arbitration, the review queue and the timers.
 */
export type ClaimsApi = Effect.Success<typeof makeClaims>

/**
 * The claims capability (SPEC §5–6): a partner drafts a Claiming Partner of Record claim, attaches proof of
 * execution and submits it; a reviewer decides; the customer may decline within the consent window; competing
 * claims go to arbitration. Every method takes the acting user first and fails only with the errors its use
 * case can raise.
 * @example
 * ```ts
 * import { type Actor, ClaimsService } from "@openpor/domain"
 * import { Effect } from "effect"
 *
 * const approve = (reviewer: Actor, claimId: string) =>
 *   Effect.gen(function* () {
 *     const claims = yield* ClaimsService
 *     return yield* claims.decide(reviewer, claimId, { decision: "approve" })
 *   })
 * ```
 */
export class ClaimsService extends Context.Service<ClaimsService, ClaimsApi>()(
  "@openpor/domain/claims/ClaimsService"
) {
  static readonly layer = Layer.effect(ClaimsService, makeClaims)
}
