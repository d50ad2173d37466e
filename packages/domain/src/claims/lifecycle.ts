import { Effect } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { policy } from "../authorization/policy.ts"
import { addDays, type BusinessCalendar } from "../calendar/business-calendar.ts"
import type { ClaimViewAction } from "../contract/claims.ts"
import type { TenantId } from "../ids.ts"
import { RuleViolations } from "../shared/errors.ts"
import { type AllowedBy, available, forbidden, lifecycle, type Permits, rowOf } from "../shared/lifecycle.ts"
import type { Claim, ClaimSettings, ClaimStatus } from "./model.ts"

/** What a claim's guards look at: the claim, the business clock, the vendor calendar, the settings. */
export interface ClaimContext {
  readonly claim: Claim
  readonly now: Date
  readonly calendar: BusinessCalendar
  readonly settings: ClaimSettings
}

/** An action on a claim, the key of a row of `claimLifecycle`. */
export type ClaimAction =
  | "edit"
  | "attach_poe"
  | "remove_poe"
  | "submit"
  | "start_review"
  | "assign"
  | "approve"
  | "reject"
  | "request_info"
  | "resubmit"
  | "no_partner_response"
  | "customer_decline"
  | "dispute"
  | "uphold_dispute"
  | "reject_dispute"
  | "win_arbitration"
  | "disassociate"
  | "subscription_expired"
  | "superseded"

const violation = (code: string, message: string) => new RuleViolations({ violations: [{ code, message }] })

/**
 * The dispute rule of SPEC §5, written once: a rejection can be disputed once, never a customer's
 * decline, within `disputeWindowDays` days of the rejection. `closesAt` is the end of the window, or the
 * reason the claim cannot be disputed at all. The guard of `dispute`, the offered action and
 * `deadlines.disputeBy` all come from here.
 */
export const disputeWindow = (
  claim: Claim,
  calendar: BusinessCalendar,
  settings: ClaimSettings,
  now: Date
): { readonly closesAt: Date } | { readonly refused: RuleViolations } => {
  if (claim.disputeUsed)
    return {
      refused: violation(
        "dispute_already_used",
        "A claim can be disputed once; this one was disputed already"
      )
    }
  if (claim.rejectionReason === "customer_declined")
    return {
      refused: violation(
        "dispute_not_allowed",
        "The customer declined this association; a customer's decline cannot be disputed"
      )
    }
  return { closesAt: addDays(calendar, claim.rejectedAt ?? now, settings.disputeWindowDays) }
}

const disputeGuard = ({ claim, now, calendar, settings }: ClaimContext): RuleViolations | undefined => {
  const window = disputeWindow(claim, calendar, settings, now)
  if ("refused" in window) return window.refused
  return now.getTime() > window.closesAt.getTime()
    ? violation(
        "dispute_window_closed",
        `A dispute is possible within ${settings.disputeWindowDays} days of the rejection; that window closed on ${window.closesAt.toISOString().slice(0, 10)}`
      )
    : undefined
}

/** When the claim's dispute window closes, or null when it cannot be disputed (its deadline in views). */
export const disputeBy = (claim: Claim, calendar: BusinessCalendar, settings: ClaimSettings): Date | null => {
  if (rowOf(claimLifecycle, claim.status, "dispute") === undefined || claim.rejectedAt === null) return null
  const window = disputeWindow(claim, calendar, settings, claim.rejectedAt)
  return "closesAt" in window ? window.closesAt : null
}

const reviewer = "reviewClaims" as const
const customer = "declineAssociation" as const

/**
 * The claim lifecycle of SPEC §5 as data: every allowed (status, action) → status, who may do it, and
 * its business guard. `transition` (shared/lifecycle.ts) is the only checker; any other pair is
 * illegal_transition (409).
 */
export const claimLifecycle = lifecycle<ClaimStatus, ClaimAction, ClaimContext, RuleViolations>({
  aggregate: "claim",
  states: [
    "draft",
    "submitted",
    "under_review",
    "partner_action_required",
    "approved",
    "rejected",
    "disputed",
    "rejected_final",
    "ended"
  ],
  actions: [
    "edit",
    "attach_poe",
    "remove_poe",
    "submit",
    "start_review",
    "assign",
    "approve",
    "reject",
    "request_info",
    "resubmit",
    "no_partner_response",
    "customer_decline",
    "dispute",
    "uphold_dispute",
    "reject_dispute",
    "win_arbitration",
    "disassociate",
    "subscription_expired",
    "superseded"
  ],
  table: {
    draft: {
      edit: { to: "draft", allowedBy: "draftClaim" },
      attach_poe: { to: "draft", allowedBy: "draftClaim" },
      remove_poe: { to: "draft", allowedBy: "draftClaim" },
      submit: { to: "submitted", allowedBy: "submitClaim" }
    },
    submitted: {
      start_review: { to: "under_review", allowedBy: reviewer },
      approve: { to: "approved", allowedBy: reviewer },
      reject: { to: "rejected", allowedBy: reviewer },
      request_info: { to: "partner_action_required", allowedBy: reviewer },
      customer_decline: { to: "rejected", allowedBy: customer },
      win_arbitration: { to: "approved", allowedBy: "arbitrate" }
    },
    under_review: {
      assign: { to: "under_review", allowedBy: reviewer },
      approve: { to: "approved", allowedBy: reviewer },
      reject: { to: "rejected", allowedBy: reviewer },
      request_info: { to: "partner_action_required", allowedBy: reviewer },
      customer_decline: { to: "rejected", allowedBy: customer },
      win_arbitration: { to: "approved", allowedBy: "arbitrate" }
    },
    // After submission only the PartnerID, products, contacts and proof can change (Incentives admin).
    partner_action_required: {
      edit: { to: "partner_action_required", allowedBy: "submitClaim" },
      attach_poe: { to: "partner_action_required", allowedBy: "submitClaim" },
      remove_poe: { to: "partner_action_required", allowedBy: "submitClaim" },
      resubmit: { to: "submitted", allowedBy: "submitClaim" },
      assign: { to: "partner_action_required", allowedBy: reviewer },
      no_partner_response: { to: "rejected", allowedBy: "system" },
      reject: { to: "rejected", allowedBy: reviewer },
      customer_decline: { to: "rejected", allowedBy: customer }
    },
    approved: {
      // The holder of an approved association may add newer proof at any time (SPEC §5): no status change.
      attach_poe: { to: "approved", allowedBy: "submitClaim" },
      customer_decline: { to: "rejected", allowedBy: customer },
      disassociate: { to: "rejected_final", allowedBy: "submitClaim" },
      subscription_expired: { to: "ended", allowedBy: "system" },
      superseded: { to: "ended", allowedBy: "system" }
    },
    rejected: { dispute: { to: "disputed", allowedBy: "submitClaim", guard: disputeGuard } },
    disputed: {
      assign: { to: "disputed", allowedBy: reviewer },
      uphold_dispute: { to: "approved", allowedBy: reviewer },
      reject_dispute: { to: "rejected_final", allowedBy: reviewer },
      customer_decline: { to: "rejected_final", allowedBy: customer },
      win_arbitration: { to: "approved", allowedBy: "arbitrate" }
    },
    rejected_final: {},
    ended: {}
  }
})

/** Every {@link ClaimAction}, in table order. */
export const claimActions: ReadonlyArray<ClaimAction> = claimLifecycle.actions

/** Whether the actor holds a policy action on this claim (partner actions on its location, customer ones on its tenant). */
export const permitsOn =
  (actor: Actor | "system", claim: Pick<Claim, "organizationId" | "locationId" | "tenantId">): Permits =>
  (allowedBy: AllowedBy) => {
    if (actor === "system" || allowedBy === "system") return actor === "system" && allowedBy === "system"
    if (allowedBy === "declineAssociation" || allowedBy === "manageDpor" || allowedBy === "viewTenant")
      return policy[allowedBy](actor, { tenantId: claim.tenantId as TenantId })
    return (policy[allowedBy] as (actor: Actor, target: unknown) => boolean)(actor, {
      organizationId: claim.organizationId,
      locationId: claim.locationId
    })
  }

/**
 * Authorize before looking at the state: when the claim's status has no row for `action`, the actor
 * must still hold every policy action the action's rows name (in any status) — so someone without the
 * rights is refused (403) before being told that the state does not allow it (409). With a row,
 * `transition` checks that row's own `allowedBy`.
 */
export const authorizeBeforeState = (from: ClaimStatus, action: ClaimAction, permits: Permits) => {
  if (rowOf(claimLifecycle, from, action) !== undefined) return Effect.void
  const named = claimLifecycle.states.flatMap((s) => {
    const row = rowOf(claimLifecycle, s, action)
    return row === undefined ? [] : [row.allowedBy]
  })
  const missing = named.find((allowedBy) => !permits(allowedBy))
  return missing === undefined ? Effect.void : Effect.fail(forbidden(missing))
}

/** The public action names of claim views (and so the apps' buttons), each from its lifecycle actions. */
const offered: ReadonlyArray<readonly [ClaimViewAction, ReadonlyArray<ClaimAction>]> = [
  ["edit", ["edit"]],
  ["attach_poe", ["attach_poe"]],
  ["submit", ["submit", "resubmit"]],
  ["dispute", ["dispute"]],
  ["disassociate", ["disassociate"]],
  ["approve", ["approve", "uphold_dispute"]],
  ["reject", ["reject", "reject_dispute"]],
  ["request_info", ["request_info"]]
]

/** What the viewer can do now: the table's actions the actor holds and whose guards hold, then comment. */
export const offeredActions = (actor: Actor, context: ClaimContext): ReadonlyArray<ClaimViewAction> => {
  const can = new Set(
    available(claimLifecycle, context.claim.status, context, permitsOn(actor, context.claim))
  )
  const out = offered.filter(([, actions]) => actions.some((a) => can.has(a))).map(([name]) => name)
  const target = { organizationId: context.claim.organizationId, locationId: context.claim.locationId }
  return policy.commentOnClaim(actor, target) ? [...out, "comment" as const] : out
}
