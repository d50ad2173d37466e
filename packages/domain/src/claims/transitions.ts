import { Effect } from "effect"
import { IllegalTransition } from "../shared/errors.ts"
import type { ClaimStatus } from "./model.ts"

/**
 * The claim lifecycle of SPEC §5 as data: every allowed (status, action) → status.
 * `transitionClaim` is the only checker; any other pair is illegal_transition (409).
 */
export type ClaimAction =
  | "edit"
  | "attach_poe"
  | "remove_poe"
  | "submit"
  | "start_review"
  | "approve"
  | "reject"
  | "request_info"
  | "resubmit"
  | "no_partner_response"
  | "customer_decline"
  | "dispute"
  | "uphold_dispute"
  | "reject_dispute"
  | "disassociate"
  | "subscription_expired"
  | "superseded"

export const claimTransitions: Readonly<Record<ClaimStatus, Partial<Record<ClaimAction, ClaimStatus>>>> = {
  draft: { edit: "draft", attach_poe: "draft", remove_poe: "draft", submit: "submitted" },
  submitted: {
    start_review: "under_review",
    approve: "approved",
    reject: "rejected",
    request_info: "partner_action_required",
    customer_decline: "rejected"
  },
  under_review: {
    approve: "approved",
    reject: "rejected",
    request_info: "partner_action_required",
    customer_decline: "rejected"
  },
  partner_action_required: {
    edit: "partner_action_required",
    attach_poe: "partner_action_required",
    remove_poe: "partner_action_required",
    resubmit: "submitted",
    no_partner_response: "rejected",
    reject: "rejected",
    customer_decline: "rejected"
  },
  approved: {
    // The holder of an approved association may add newer proof at any time (SPEC §5): no status change.
    attach_poe: "approved",
    customer_decline: "rejected",
    disassociate: "rejected_final",
    subscription_expired: "ended",
    superseded: "ended"
  },
  rejected: { dispute: "disputed" },
  disputed: {
    uphold_dispute: "approved",
    reject_dispute: "rejected_final",
    customer_decline: "rejected_final"
  },
  rejected_final: {},
  ended: {}
}

export const claimActions: ReadonlyArray<ClaimAction> = [
  "edit",
  "attach_poe",
  "remove_poe",
  "submit",
  "start_review",
  "approve",
  "reject",
  "request_info",
  "resubmit",
  "no_partner_response",
  "customer_decline",
  "dispute",
  "uphold_dispute",
  "reject_dispute",
  "disassociate",
  "subscription_expired",
  "superseded"
]

export const transitionClaim = (id: string, from: ClaimStatus, action: ClaimAction) => {
  const to = claimTransitions[from][action]
  return to === undefined
    ? Effect.fail(new IllegalTransition({ aggregate: "claim", id, from, action }))
    : Effect.succeed(to)
}
