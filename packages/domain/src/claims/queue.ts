import { Effect } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { businessDaysBetween } from "../calendar/business-calendar.ts"
import type { QueueRow } from "../contract/claims.ts"
import type { UserId } from "../ids.ts"
import { ClaimsConfig } from "./config.ts"
import { claimDeadlines } from "./deadlines.ts"
import type { Kernel } from "./kernel.ts"
import { type ClaimStatus, OPEN_STATUSES, targetKeys } from "./model.ts"

/** Filters and paging of the reviewers' queue (statuses, program, solution area, …). */
export interface QueueQuery {
  readonly statuses?: ReadonlyArray<ClaimStatus> | undefined
  readonly programId?: string | undefined
  readonly solutionArea?: string | undefined
  readonly competing?: boolean | undefined
  readonly assignedReviewerId?: string | undefined
  readonly overdue?: boolean | undefined
  /** true: only claims whose partner answered the reviewer's last comment or notice; false: the others. */
  readonly answered?: boolean | undefined
  readonly after?: { readonly deadline: string; readonly id: string } | undefined
  readonly limit: number
}

/** The review queue: open claims by their next SLA deadline (stored with the claim). */
export const makeQueue = (k: Kernel) => {
  /** The reviewers' queue: open claims by their next deadline, with filters and paging. */
  const queue = Effect.fn("ClaimsService.queue")(function* (actor: Actor, filter: QueueQuery) {
    yield* authorize("readReviewQueue", actor)
    const { overdue, statuses, ...rest } = filter
    const now = yield* k.clock.now
    const rows = yield* k.repo.queue({
      ...rest,
      statuses: statuses ?? OPEN_STATUSES,
      ...(overdue === true ? { overdueAt: now } : {})
    })
    const calendar = yield* k.calendarService.current
    // The reviewers of the whole page in one read, whatever the page size.
    const reviewers = yield* k.identity.findUsersByIds(
      rows.flatMap((c) => (c.assignedReviewerId === null ? [] : [c.assignedReviewerId as UserId]))
    )
    const reviewerNames = new Map<string, string>(reviewers.map((u) => [u.id, u.displayName]))
    // The partners' names of the whole page in one read, too.
    const partnerNames = yield* k.repo.organizationNames(rows.map((c) => c.organizationId))
    const settings = yield* ClaimsConfig
    const out: Array<QueueRow> = []
    for (const claim of rows) {
      const deadlines = claimDeadlines(claim, calendar, settings)
      const deadline = claim.queueDeadlineAt
      out.push({
        claimId: claim.id,
        name: claim.name,
        status: claim.status,
        version: claim.version,
        programId: claim.programId,
        solutionArea: claim.solutionArea,
        partnerId: claim.partnerId,
        partnerName: partnerNames.get(claim.organizationId) ?? claim.partnerId,
        tenantId: claim.tenantId,
        targets: targetKeys(claim),
        competing: claim.competing,
        caseId: claim.caseId,
        assignedReviewerId: claim.assignedReviewerId,
        assignedReviewerName:
          claim.assignedReviewerId === null
            ? null
            : (reviewerNames.get(claim.assignedReviewerId) ?? claim.assignedReviewerId),
        submittedAt: claim.submittedAt,
        nextDeadline: deadline,
        businessDaysLeft: deadline === null ? null : businessDaysBetween(calendar, now, deadline),
        // Overdue on the reviewer's side: the review start or the dispute answer is late.
        overdue:
          deadline !== null &&
          (claim.status === "submitted" || claim.status === "disputed") &&
          deadline.getTime() < now.getTime(),
        deadlines: {
          reviewStartBy: deadlines.reviewStartBy,
          partnerResponseBy: deadlines.partnerResponseBy,
          disputeAnswerBy: deadlines.disputeAnswerBy
        },
        // The conversation (SPEC §6): waiting for the partner, or answered by the partner.
        awaitingPartner: claim.awaitingPartnerSince !== null && claim.partnerAnsweredAt === null,
        answered: claim.awaitingPartnerSince !== null && claim.partnerAnsweredAt !== null,
        partnerAnsweredAt: claim.partnerAnsweredAt
      })
    }
    return out
  })

  return { queue }
}
