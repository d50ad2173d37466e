import type { ResponseOf } from "@openpor/api-client"

/** One row of `GET /api/v1/review/queue`. */
export type QueueRow = ResponseOf<"reviewQueue">["items"][number]
/** `GET /api/v1/claims/{id}` as a reviewer or auditor sees it. */
export type ClaimView = ResponseOf<"getClaim">
export type Poe = ClaimView["poe"][number]
/** `GET /api/v1/review/cases/{caseId}` */
export type CaseView = ResponseOf<"getArbitrationCase">
export type CaseParty = CaseView["parties"][number]
export type Program = ResponseOf<"listPrograms">["programs"][number]

export const QUEUE_STATUSES = ["submitted", "under_review", "partner_action_required", "disputed"] as const
export type QueueStatus = (typeof QUEUE_STATUSES)[number]

export const SOLUTION_AREAS = ["business_applications", "modern_work_security"] as const
export type SolutionArea = (typeof SOLUTION_AREAS)[number]

/** The reasons a reviewer may give when rejecting (SPEC §5; the others are set by the system). */
export const REVIEWER_REASONS = [
  "insufficient_poe",
  "missing_customer_consent_on_poe",
  "missing_products",
  "poe_unavailable",
  "other"
] as const
export type ReviewerReason = (typeof REVIEWER_REASONS)[number]

export type Decision = "approve" | "reject" | "request_info"
