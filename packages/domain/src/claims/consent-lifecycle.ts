import { IllegalTransition } from "../shared/errors.ts"
import { lifecycle, rowOf } from "../shared/lifecycle.ts"
import { claimLifecycle } from "./lifecycle.ts"
import type { Claim, ConsentStatus } from "./model.ts"

/** A claim's consent state; `not_requested` until the first submission asks the customer. */
export type ConsentState = ConsentStatus | "not_requested"
/**
 * What happens to a claim's customer consent: requested at submission, accepted or declined by the customer,
 * or lapsed at the window's end.
 */
export type ConsentAction = "request" | "accept" | "decline" | "lapse"

/** A claim's consent state, `not_requested` before submission. */
export const consentState = (claim: Pick<Claim, "consent">): ConsentState =>
  claim.consent.status ?? "not_requested"

/** A customer decides only while the claim can still be declined (it is neither final nor ended). */
export const claimDeclinable = (claim: Pick<Claim, "status">): boolean =>
  rowOf(claimLifecycle, claim.status, "customer_decline") !== undefined

const stillDeclinable = (claim: Claim): IllegalTransition | undefined =>
  claimDeclinable(claim)
    ? undefined
    : new IllegalTransition({
        aggregate: "claim",
        id: claim.id,
        from: claim.status,
        action: "customer_accept"
      })

/**
 * The customer's consent to an association (SPEC §5), the claim's second state machine: the first
 * submission asks the customer (a window of `consentWindowBusinessDays`); the customer may accept
 * early, the window may pass (lapse: the association becomes official), and the customer may decline
 * at any time — also after accepting or after the window passed. The claim's own move on a decline is
 * the claim lifecycle's `customer_decline`.
 */
export const consentLifecycle = lifecycle<ConsentState, ConsentAction, Claim, IllegalTransition>({
  aggregate: "consent",
  states: ["not_requested", "awaiting_response", "accepted", "declined", "lapsed"],
  actions: ["request", "accept", "decline", "lapse"],
  table: {
    not_requested: {
      request: { to: "awaiting_response", allowedBy: "submitClaim" },
      // A claim imported without a consent request can still be declined by its customer.
      decline: { to: "declined", allowedBy: "declineAssociation" }
    },
    awaiting_response: {
      accept: { to: "accepted", allowedBy: "declineAssociation", guard: stillDeclinable },
      decline: { to: "declined", allowedBy: "declineAssociation" },
      lapse: { to: "lapsed", allowedBy: "system" }
    },
    accepted: { decline: { to: "declined", allowedBy: "declineAssociation" } },
    lapsed: { decline: { to: "declined", allowedBy: "declineAssociation" } },
    declined: {}
  }
})
