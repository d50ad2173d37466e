import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { addBusinessDays } from "../calendar/business-calendar.ts"
import type { User } from "../identity/model.ts"
import type { UserId } from "../ids.ts"
import { InvalidInput } from "../shared/errors.ts"
import { awaitingPartner, conversationEmails } from "./arbitration-notice.ts"
import type { Associations } from "./associations.ts"
import { PARTNER_RESPONSE_JOB } from "./config.ts"
import { claimEmails } from "./emails.ts"
import { ArbitrationRequired } from "./errors.ts"
import { type Kernel, partnerTarget, userIdOf } from "./kernel.ts"
import { type Claim, ReviewerRejectionReason } from "./model.ts"
import type { Views } from "./views.ts"

/** A reviewer's decision; `reason` (one of ReviewerRejectionReason) applies to a rejection only. */
export interface Decision {
  readonly decision: "approve" | "reject" | "request_info"
  readonly reason?: string | undefined
  readonly comment?: string | undefined
  readonly version?: number | undefined
}

const missing = (field: string, reason: string) =>
  new InvalidInput({ code: "missing_field", reason, details: { field } })

/** The reviewer's work on one claim: decide (approve, reject, request information), comment, assign. */
export const makeReview = (k: Kernel, views: Views, associations: Associations) => {
  /** Deciding on (or assigning) a submitted claim picks it up first: review started. */
  const pickUp = (actor: Actor, claim: Claim, now: Date, reviewerId: UserId | null) =>
    claim.status === "submitted"
      ? k.move(actor, claim, "start_review", { reviewStartedAt: now, assignedReviewerId: reviewerId })
      : Effect.succeed(claim)

  const approve = (actor: Actor, claim: Claim, now: Date, comment: string) =>
    Effect.gen(function* () {
      if (
        claim.caseId !== null &&
        Option.exists(yield* k.cases.find(claim.caseId), (c) => c.status === "open")
      )
        return yield* new ArbitrationRequired({ caseId: claim.caseId })
      const action = claim.status === "disputed" ? "uphold_dispute" : "approve"
      const to = yield* k.transitionOf(actor, claim, action)
      const consentDone = claim.consent.status === "lapsed" || claim.consent.status === "accepted"
      yield* associations.associate(claim, now, consentDone)
      const next = yield* k.write(
        actor,
        claim,
        to,
        {
          approvedAt: now,
          decidedAt: now,
          rejectionReason: null,
          rejectionText: null,
          ...(consentDone ? { officialAt: now } : {})
        },
        { action: `claim.${action}` }
      )
      if (comment !== "") yield* k.addComment(actor, next, comment)
      yield* k.emailPartner(next, (to) => claimEmails.approved(next, to))
      if (consentDone) yield* k.emailPartner(next, (to) => claimEmails.official(next, to))
      return next
    })

  const reject = (actor: Actor, claim: Claim, now: Date, reasonText: string | undefined, comment: string) =>
    Effect.gen(function* () {
      const reasons = ReviewerRejectionReason.literals
      const reason = reasons.find((r) => r === reasonText)
      if (reason === undefined) {
        return yield* new InvalidInput({
          code: reasonText === undefined ? "missing_field" : "invalid_request",
          reason: `Give a rejection reason: ${reasons.join(", ")}`,
          details: { field: "reason" }
        })
      }
      if (reason === "other" && comment === "")
        return yield* missing("comment", "Explain the reason 'other' in the comment")
      const next = yield* k.move(actor, claim, claim.status === "disputed" ? "reject_dispute" : "reject", {
        decidedAt: now,
        rejectedAt: now,
        rejectionReason: reason,
        rejectionText: comment === "" ? null : comment,
        partnerActionDueAt: null
      })
      if (comment !== "") yield* k.addComment(actor, next, comment)
      yield* k.jobs.cancelByKey(`partner-response:${claim.id}`)
      const { settings } = yield* k.contextOf(next)
      yield* k.emailPartner(next, (to) =>
        claimEmails.rejected(next, to, reason, next.rejectionText, next.status === "rejected_final", settings)
      )
      return next
    })

  const requestInfo = (actor: Actor, claim: Claim, now: Date, comment: string) =>
    Effect.gen(function* () {
      if (comment === "") return yield* missing("comment", "Say what information you need in the comment")
      const { calendar, settings } = yield* k.contextOf(claim)
      const dueAt = addBusinessDays(calendar, now, settings.partnerResponseBusinessDays)
      const next = yield* k.move(actor, claim, "request_info", {
        partnerActionDueAt: dueAt,
        ...awaitingPartner(now)
      })
      yield* k.addComment(actor, next, comment)
      yield* k.jobs.enqueue({
        kind: PARTNER_RESPONSE_JOB,
        payload: { claimId: claim.id },
        runAt: dueAt,
        uniqueKey: `partner-response:${claim.id}`
      })
      yield* k.emailPartner(next, (to) => claimEmails.infoRequested(next, to, comment, dueAt))
      return next
    })

  /** A reviewer approves, rejects (with a reason) or asks the partner for information. */
  const decide = Effect.fn("ClaimsService.decide")(function* (actor: Actor, id: string, decision: Decision) {
    yield* authorize("reviewClaims", actor)
    const comment = decision.comment?.trim() ?? ""
    return yield* k.command(actor, id, { version: decision.version, access: () => Effect.void }, (loaded) =>
      Effect.gen(function* () {
        const now = yield* k.clock.now
        const claim = yield* pickUp(actor, loaded, now, actor.kind === "vendor" ? actor.userId : null)
        const next =
          decision.decision === "approve"
            ? yield* approve(actor, claim, now, comment)
            : decision.decision === "reject"
              ? yield* reject(actor, claim, now, decision.reason, comment)
              : yield* requestInfo(actor, claim, now, comment)
        return yield* views.claimView(actor, next)
      })
    )
  })

  /**
   * What a comment does to the conversation (SPEC §6): a reviewer's comment is emailed to the partner and
   * waits for an answer; the partner's comment answers it (the review queue shows the claim as answered).
   */
  const conversationAfter = (actor: Actor, claim: Claim, text: string, at: Date) =>
    Effect.gen(function* () {
      if (actor.kind === "vendor") {
        yield* k.repo.setConversation(claim.id, awaitingPartner(at))
        yield* k.emailPartner(claim, (to) => conversationEmails.reviewerComment(claim, to, text))
      } else if (
        actor.kind === "partner" &&
        claim.awaitingPartnerSince !== null &&
        claim.partnerAnsweredAt === null
      ) {
        yield* k.repo.setConversation(claim.id, {
          awaitingPartnerSince: claim.awaitingPartnerSince,
          partnerAnsweredAt: at
        })
      }
    })

  /**
   * A comment on a claim, answered with the comment alone (not the claim: a claim's comments are paged).
   * `signedIn` is the authenticated user, when the caller has it: the author's name without a read.
   */
  const comment = Effect.fn("ClaimsService.comment")(function* (
    actor: Actor,
    id: string,
    body: string,
    signedIn?: Pick<User, "id" | "displayName">
  ) {
    const text = body.trim()
    if (text === "") return yield* missing("body", "Write a comment")
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        // Locked: the comment's mark on the conversation (below) is written over a current claim.
        const claim = yield* k.loadForUpdate(id)
        yield* k.visible(actor, claim)
        yield* authorize("commentOnClaim", actor, partnerTarget(claim))
        const added = yield* k.addComment(actor, claim, text, signedIn)
        yield* conversationAfter(actor, claim, text, added.createdAt)
        yield* k.audit.append({
          actor,
          action: "claim.commented",
          entityType: "claim",
          entityId: claim.id,
          before: null,
          after: { commentId: added.id }
        })
        return views.commentView(added)
      })
    )
  })

  /** Assigns a claim to a reviewer (or unassigns it). */
  const assign = Effect.fn("ClaimsService.assign")(function* (
    actor: Actor,
    id: string,
    input: { readonly reviewerId?: string | undefined; readonly version?: number | undefined }
  ) {
    yield* authorize("reviewClaims", actor)
    return yield* k.command(actor, id, { version: input.version, access: () => Effect.void }, (claim) =>
      Effect.gen(function* () {
        const reviewerId = (input.reviewerId ?? userIdOf(actor)) as UserId
        const reviewer = yield* k.identity.findUserById(reviewerId)
        const reviewerRoles = yield* k.identity.rolesOf(reviewerId)
        if (Option.isNone(reviewer) || !reviewerRoles.some((r) => r.role === "reviewer")) {
          return yield* new InvalidInput({
            code: "invalid_request",
            reason: `${reviewerId} is not a reviewer`,
            details: { field: "reviewerId" }
          })
        }
        const now = yield* k.clock.now
        const next =
          claim.status === "submitted"
            ? yield* pickUp(actor, claim, now, reviewerId)
            : yield* k.move(
                actor,
                claim,
                "assign",
                { assignedReviewerId: reviewerId },
                {
                  action: "claim.assigned",
                  before: { assignedReviewerId: claim.assignedReviewerId },
                  after: { assignedReviewerId: reviewerId }
                }
              )
        return yield* views.claimView(actor, next)
      })
    )
  })

  return { decide, comment, assign }
}
