import {
  type SolutionArea as ApiSolutionArea,
  OPEN_CLAIM_STATUSES,
  type OpenClaimStatus,
  REVIEWER_REJECTION_REASONS,
  type ResponseOf,
  SOLUTION_AREAS
} from "@openpor/api-client"

/** One row of `GET /api/v1/review/queue`. */
export type QueueRow = ResponseOf<"reviewQueue">["items"][number]
/** `GET /api/v1/claims/{id}` as a reviewer or auditor sees it. */
export type ClaimView = ResponseOf<"getClaim">
export type Poe = ClaimView["poe"][number]
/** `GET /api/v1/review/cases/{caseId}` */
export type CaseView = ResponseOf<"getArbitrationCase">
export type CaseParty = CaseView["parties"][number]
export type Program = ResponseOf<"listPrograms">["programs"][number]

/** The review queue's statuses: the open claim statuses of the API's vocabulary. */
export const QUEUE_STATUSES = OPEN_CLAIM_STATUSES
export type QueueStatus = OpenClaimStatus

export { SOLUTION_AREAS }
export type SolutionArea = ApiSolutionArea

/** The reasons a reviewer may give when rejecting (SPEC §5; the others are set by the system). */
export const REVIEWER_REASONS = REVIEWER_REJECTION_REASONS
export type ReviewerReason = (typeof REVIEWER_REASONS)[number]

export type Decision = "approve" | "reject" | "request_info"
