import { addBusinessDays, type BusinessCalendar } from "../calendar/business-calendar.ts"
import { disputeBy } from "./lifecycle.ts"
import type { Claim, ClaimSettings } from "./model.ts"

/** The deadlines of a claim (SPEC §5), from its dates and the configured numbers of days. */
export const claimDeadlines = (claim: Claim, calendar: BusinessCalendar, settings: ClaimSettings) => ({
  reviewStartBy:
    claim.submittedAt !== null && (claim.status === "submitted" || claim.status === "under_review")
      ? addBusinessDays(calendar, claim.submittedAt, settings.reviewStartBusinessDays)
      : null,
  partnerResponseBy: claim.status === "partner_action_required" ? claim.partnerActionDueAt : null,
  consentWindowEndsAt: claim.consent.windowEndsAt,
  disputeBy: disputeBy(claim, calendar, settings),
  disputeAnswerBy:
    claim.status === "disputed" && claim.disputedAt !== null
      ? addBusinessDays(calendar, claim.disputedAt, settings.disputeAnswerBusinessDays)
      : null
})

/** The next SLA deadline of an open claim (stored, so the queue is an index scan). */
export const queueDeadline = (c: Claim, calendar: BusinessCalendar, settings: ClaimSettings): Date | null => {
  const d = claimDeadlines(c, calendar, settings)
  // Each of these is set only in its own open status (review, partner response, dispute answer).
  return d.reviewStartBy ?? d.partnerResponseBy ?? d.disputeAnswerBy
}
