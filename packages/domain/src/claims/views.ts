import { Effect, Option } from "effect"
import type { ArbitrationCase } from "../arbitration/model.ts"
import type { AuditEvent } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { policy } from "../authorization/policy.ts"
import { businessDaysBetween } from "../calendar/business-calendar.ts"
import {
  type ClaimSummary,
  type ClaimView,
  type CommentView,
  type CustomerRequestView,
  EMBEDDED_COMMENTS,
  EMBEDDED_HISTORY,
  type HistoryEntryView
} from "../contract/claims.ts"
import type { Program } from "../enrollment/model.ts"
import type { LocationId } from "../ids.ts"
import { rowOf } from "../shared/lifecycle.ts"
import { ClaimsConfig } from "./config.ts"
import { claimDeclinable, consentLifecycle, consentState } from "./consent-lifecycle.ts"
import { claimDeadlines } from "./deadlines.ts"
import { type Kernel, partnerTarget } from "./kernel.ts"
import { type ClaimContext, offeredActions } from "./lifecycle.ts"
import { type Claim, type ClaimComment, noticeOf } from "./model.ts"
import { type ClaimHistoryEntry, type ClaimViewData, historyEntryOf } from "./repository.ts"

/** The views of a claim: the claim page (partner and vendor) and the customer's association request. */
export const makeViews = (k: Kernel) => {
  const loadLocation = (id: LocationId) =>
    Effect.flatMap(k.identity.findLocation(id), (l) =>
      Option.isSome(l) ? Effect.succeed(l.value) : Effect.die(new Error(`location ${id} missing`))
    )

  /** For a competing claim: its stage in arbitration and the deadline, never the other parties. */
  const arbitrationOf = (
    claim: Claim,
    found: ArbitrationCase | undefined,
    settings: ClaimContext["settings"]
  ): ClaimView["arbitration"] => {
    if (claim.caseId === null || found === undefined) return null
    if (found.status === "resolved") {
      const won = found.winnerClaimId === claim.id
      return {
        stage: "resolved" as const,
        deadline: null,
        explanation: won
          ? "Another partner claimed the same customer workload or subscription; the review decided for your claim"
          : "Another partner claimed the same customer workload or subscription; the review decided for the other claim"
      }
    }
    const stage =
      claim.status === "partner_action_required"
        ? ("information_requested" as const)
        : ("under_review" as const)
    return {
      stage,
      deadline: claim.queueDeadlineAt,
      explanation:
        stage === "information_requested"
          ? "Another partner claims the same customer workload or subscription; the reviewer needs more information from you (see comments)"
          : `Another partner claims the same customer workload or subscription; the reviewer compares the proofs of execution and may consult the current partner, which can take longer than ${settings.reviewStartBusinessDays} business days`
    }
  }

  /** The business days left until each deadline, on the vendor calendar and the business clock. */
  const daysLeft = (
    now: Date,
    calendar: Parameters<typeof businessDaysBetween>[0],
    deadlines: ReturnType<typeof claimDeadlines>
  ): ClaimView["businessDaysLeft"] => {
    const left = (at: Date | null) => (at === null ? null : businessDaysBetween(calendar, now, at))
    return {
      reviewStartBy: left(deadlines.reviewStartBy),
      partnerResponseBy: left(deadlines.partnerResponseBy),
      consentWindowEndsAt: left(deadlines.consentWindowEndsAt),
      disputeBy: left(deadlines.disputeBy),
      disputeAnswerBy: left(deadlines.disputeAnswerBy)
    }
  }

  const commentView = (c: ClaimComment): CommentView => ({
    id: c.id,
    authorType: c.authorType,
    authorName: c.authorName,
    body: c.body,
    createdAt: c.createdAt,
    notice: noticeOf(c)
  })

  const historyView = (e: ClaimHistoryEntry): HistoryEntryView => ({
    at: e.at,
    action: e.action,
    actorType: e.actorType,
    from: e.from,
    to: e.to,
    ...(e.acknowledgements === undefined ? {} : { acknowledgements: e.acknowledgements })
  })

  /** An audit row as the claim's history shows it: the action and the status it moved from and to. */
  const historyEntry = (e: AuditEvent): HistoryEntryView => historyView(historyEntryOf(e))

  const groupBy = <A>(items: ReadonlyArray<A>, key: (a: A) => string) => {
    const out = new Map<string, Array<A>>()
    for (const item of items) {
      const k = key(item)
      const list = out.get(k)
      if (list === undefined) out.set(k, [item])
      else list.push(item)
    }
    return out
  }

  /**
   * A page of claims as lists show them, with a fixed number of reads whatever its size: the POE of all
   * of them in one statement (with the newest comments and history when `embed` asks for them), the
   * calendar and the program catalog from memory (their version tokens came with the session), and
   * the arbitration cases of the competing ones in one more.
   */
  const summariesWith = (
    actor: Actor,
    claims: ReadonlyArray<Claim>,
    embed: { readonly comments: number; readonly history: number },
    known?: ClaimViewData
  ) =>
    Effect.gen(function* () {
      if (claims.length === 0)
        return {
          summaries: [] as Array<ClaimSummary>,
          comments: [],
          history: [],
          programs: new Map<string, Program>()
        }
      const ids = claims.map((c) => c.id)
      const data = known ?? (yield* k.repo.viewDataOf(ids, embed))
      const poeOf = groupBy(data.poe, (p) => p.claimId)
      const now = yield* k.clock.now
      const calendar = yield* k.calendarService.current
      const settings = yield* ClaimsConfig
      const programs = new Map((yield* k.enrollments.listPrograms).map((p) => [p.id as string, p]))
      const caseIds = [...new Set(claims.flatMap((c) => (c.caseId === null ? [] : [c.caseId])))]
      const cases = new Map<string, ArbitrationCase>(
        (yield* k.cases.findMany(caseIds)).map((c) => [c.id as string, c])
      )
      const summaries = claims.map((claim) => {
        const poe = poeOf.get(claim.id) ?? []
        const context: ClaimContext = { claim, now, calendar, settings }
        const deadlines = claimDeadlines(claim, calendar, settings)
        const incentivized = programs.get(claim.programId)?.incentivized ?? false
        const view: ClaimSummary = {
          id: claim.id,
          name: claim.name,
          status: claim.status,
          version: claim.version,
          partnerId: claim.partnerId,
          locationId: claim.locationId,
          organizationId: claim.organizationId,
          tenantId: claim.tenantId,
          customerDomain: claim.customerDomain,
          solutionArea: claim.solutionArea,
          partnerRole: claim.partnerRole,
          programId: claim.programId,
          workloads: claim.workloads,
          subscriptionIds: claim.subscriptionIds,
          optOutOfIncentives: claim.optOutOfIncentives,
          incentiveEligible: incentivized && !claim.optOutOfIncentives,
          customerContact:
            claim.customerContact === null
              ? null
              : { ...claim.customerContact, language: claim.customerContact.language ?? "en" },
          partnerContact: claim.partnerContact,
          revenue: claim.revenue,
          rejectionReason: claim.rejectionReason,
          rejectionText: claim.rejectionText,
          competing: claim.competing,
          caseId: claim.caseId,
          arbitration: arbitrationOf(
            claim,
            claim.caseId === null ? undefined : cases.get(claim.caseId),
            settings
          ),
          consent: {
            status: claim.consent.status,
            notifiedAt: claim.consent.notifiedAt,
            windowEndsAt: claim.consent.windowEndsAt,
            respondedAt: claim.consent.respondedAt
          },
          deadlines,
          businessDaysLeft: daysLeft(now, calendar, deadlines),
          official: claim.officialAt !== null && claim.status === "approved",
          officialAt: claim.officialAt,
          submittedAt: claim.submittedAt,
          approvedAt: claim.approvedAt,
          createdAt: claim.createdAt,
          updatedAt: claim.updatedAt,
          // One rule for POE in every view and the download (policy.downloadProof).
          poe: policy.downloadProof(actor, partnerTarget(claim))
            ? poe.map((p) => ({
                id: p.id,
                fileName: p.fileName,
                mediaType: p.mediaType,
                size: p.size,
                sha256: p.sha256,
                uploadedAt: p.uploadedAt
              }))
            : [],
          poeCount: poe.length,
          actions: offeredActions(actor, context)
        }
        return view
      })
      return { summaries, comments: data.comments, history: data.history, programs }
    })

  /** Claims as lists show them (see summariesWith). */
  const claimViews = (actor: Actor, claims: ReadonlyArray<Claim>) =>
    Effect.map(summariesWith(actor, claims, { comments: 0, history: 0 }), (r) => r.summaries)

  /**
   * The claim page: the summary with the newest comments and history entries (oldest first), read with
   * the POE in the same statement; one more of each is read to tell whether older ones exist.
   */
  const claimView = (actor: Actor, claim: Claim, known?: ClaimViewData) =>
    Effect.map(
      summariesWith(
        actor,
        [claim],
        { comments: EMBEDDED_COMMENTS + 1, history: EMBEDDED_HISTORY + 1 },
        known
      ),
      ({ summaries, comments, history, programs }): ClaimView => ({
        ...(summaries[0] as ClaimSummary),
        requiredAcknowledgements: (programs.get(claim.programId)?.acknowledgements ?? []).map((a) => ({
          id: a.id,
          text: a.text
        })),
        acknowledgements: claim.acknowledgements.map((a) => ({ id: a.id, text: a.text })),
        comments: comments.slice(0, EMBEDDED_COMMENTS).reverse().map(commentView),
        hasOlderComments: comments.length > EMBEDDED_COMMENTS,
        history: history.slice(0, EMBEDDED_HISTORY).reverse().map(historyView),
        hasOlderHistory: history.length > EMBEDDED_HISTORY
      })
    )

  /** Product names of the claim's subscriptions: from `products` (a tenant's, looked up once) or one by one. */
  const subscriptionProducts = (claim: Claim, products?: ReadonlyMap<string, string>) =>
    Effect.forEach(claim.subscriptionIds, (id) =>
      products !== undefined
        ? Effect.succeed({ id, product: products.get(id) ?? null })
        : Effect.map(k.directory.findSubscription(id as never), (found) => ({
            id,
            product: Option.match(found, { onNone: () => null, onSome: (x) => x.product as string })
          }))
    )

  const requestView = (claim: Claim, products?: ReadonlyMap<string, string>) =>
    Effect.gen(function* () {
      const { now, calendar } = yield* k.contextOf(claim)
      const location = yield* loadLocation(claim.locationId)
      const org = yield* k.organizationName(claim)
      const windowEndsAt = claim.consent.status === "awaiting_response" ? claim.consent.windowEndsAt : null
      const declinable = claimDeclinable(claim)
      const view: CustomerRequestView = {
        claimId: claim.id,
        partner: { name: `${org} (${location.city})`, partnerId: claim.partnerId },
        solutionArea: claim.solutionArea,
        workloads: claim.workloads,
        subscriptionIds: claim.subscriptionIds,
        subscriptions: yield* subscriptionProducts(claim, products),
        status: claim.status,
        rejectionReason: claim.rejectionReason,
        consent: {
          status: claim.consent.status,
          windowEndsAt: claim.consent.windowEndsAt,
          respondedAt: claim.consent.respondedAt
        },
        businessDaysLeftToDecline:
          windowEndsAt === null ? null : businessDaysBetween(calendar, now, windowEndsAt),
        submittedAt: claim.submittedAt,
        rejectedAt: claim.rejectedAt,
        officialAt: claim.officialAt,
        endedAt: claim.endedAt,
        canDecline: declinable,
        canAccept: declinable && rowOf(consentLifecycle, consentState(claim), "accept") !== undefined
      }
      return view
    })

  return { claimView, claimViews, requestView, commentView, historyEntry }
}

export type Views = ReturnType<typeof makeViews>
