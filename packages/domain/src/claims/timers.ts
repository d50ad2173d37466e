import { Effect, Option } from "effect"
import { rowOf } from "../shared/lifecycle.ts"
import type { Associations } from "./associations.ts"
import { consentLifecycle, consentState } from "./consent-lifecycle.ts"
import { claimEmails } from "./emails.ts"
import type { Kernel } from "./kernel.ts"
import { claimLifecycle } from "./lifecycle.ts"

/**
 * What happens on its own (jobs): the consent window passes, the partner does not answer a request for
 * information in time, subscriptions expire. A timer whose claim has moved on meanwhile does nothing.
 */
export const makeTimers = (k: Kernel, associations: Associations) => {
  /**
   * The consent window's timer: the consent lapses and an approved claim's association becomes official. /
   */
  const consentWindowElapsed = Effect.fn("ClaimsService.consentWindowElapsed")(function* (claimId: string) {
    yield* k.tx.transaction(
      Effect.gen(function* () {
        const claim = Option.getOrUndefined(yield* k.repo.findForUpdate(claimId))
        if (
          claim === undefined ||
          rowOf(consentLifecycle, consentState(claim), "lapse") === undefined ||
          claim.consent.windowEndsAt === null
        )
          return
        const now = yield* k.clock.now
        if (now.getTime() < claim.consent.windowEndsAt.getTime()) {
          return yield* Effect.die(new Error(`consent window of ${claimId} has not ended yet`))
        }
        yield* associations.consentDone("system", claim, "lapse", now).pipe(Effect.orDie)
      })
    )
  })

  /**
   * The partner-response timer: a claim still waiting for the partner is rejected (`no_partner_response`). /
   */
  const partnerResponseElapsed = Effect.fn("ClaimsService.partnerResponseElapsed")(function* (
    claimId: string
  ) {
    yield* k.tx.transaction(
      Effect.gen(function* () {
        const claim = Option.getOrUndefined(yield* k.repo.findForUpdate(claimId))
        if (
          claim === undefined ||
          rowOf(claimLifecycle, claim.status, "no_partner_response") === undefined ||
          claim.partnerActionDueAt === null
        )
          return
        const now = yield* k.clock.now
        if (now.getTime() < claim.partnerActionDueAt.getTime()) return
        const next = yield* k
          .move("system", claim, "no_partner_response", {
            rejectionReason: "no_partner_response",
            rejectionText: null,
            rejectedAt: now,
            decidedAt: now,
            partnerActionDueAt: null
          })
          .pipe(Effect.orDie)
        const { settings } = yield* k.contextOf(next)
        yield* k.emailPartner(next, (to) => claimEmails.noPartnerResponse(next, to, settings))
      })
    )
  })

  /** Ends the claims and associations on subscriptions that expired. */
  const subscriptionsExpired = Effect.fn("ClaimsService.subscriptionsExpired")(function* (
    subscriptionIds: ReadonlyArray<string>
  ) {
    let ended = 0
    for (const subscriptionId of subscriptionIds) {
      const key = subscriptionId.toLowerCase()
      for (const c of yield* k.repo.claimsWithSubscription(key)) {
        if (rowOf(claimLifecycle, c.status, "subscription_expired") === undefined) continue
        yield* k.tx.transaction(
          Effect.gen(function* () {
            const claim = Option.getOrUndefined(yield* k.repo.findForUpdate(c.id))
            if (
              claim === undefined ||
              rowOf(claimLifecycle, claim.status, "subscription_expired") === undefined
            )
              return
            const now = yield* k.clock.now
            yield* k.repo.endAssociations(claim.id, now, "subscription_expired", [`subscription:${key}`])
            const remaining = (yield* k.repo.associationsOfClaim(claim.id)).filter(
              (a) => a.status === "active"
            )
            if (remaining.length > 0) return
            const next = yield* k
              .move("system", claim, "subscription_expired", { endedAt: now })
              .pipe(Effect.orDie)
            yield* k.jobs.cancelByKey(`consent:${claim.id}`)
            yield* k.emailPartner(next, (to) =>
              claimEmails.ended(next, to, { kind: "subscription_expired", subscriptionId })
            )
            ended++
          })
        )
      }
    }
    return ended
  })

  return { consentWindowElapsed, partnerResponseElapsed, subscriptionsExpired }
}
