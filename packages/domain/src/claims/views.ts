import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { policy } from "../authorization/policy.ts"
import { businessDaysBetween } from "../calendar/business-calendar.ts"
import type { ClaimView, CustomerRequestView } from "../contract/claims.ts"
import type { LocationId } from "../ids.ts"
import { rowOf } from "../shared/lifecycle.ts"
import { claimDeclinable, consentLifecycle, consentState } from "./consent-lifecycle.ts"
import { claimDeadlines } from "./deadlines.ts"
import { type Kernel, partnerTarget } from "./kernel.ts"
import { offeredActions } from "./lifecycle.ts"
import type { Claim } from "./model.ts"

/** The views of a claim: the claim page (partner and vendor) and the customer's association request. */
export const makeViews = (k: Kernel) => {
  const loadLocation = (id: LocationId) =>
    Effect.flatMap(k.identity.findLocation(id), (l) =>
      Option.isSome(l) ? Effect.succeed(l.value) : Effect.die(new Error(`location ${id} missing`))
    )

  /** For a competing claim: its stage in arbitration and the deadline, never the other parties. */
  const arbitrationOf = (claim: Claim) =>
    Effect.gen(function* () {
      if (claim.caseId === null) return null
      const c = Option.getOrUndefined(yield* k.cases.find(claim.caseId))
      if (c === undefined) return null
      if (c.status === "resolved") {
        const won = c.winnerClaimId === claim.id
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
      const { settings } = yield* k.contextOf(claim)
      return {
        stage,
        deadline: claim.queueDeadlineAt,
        explanation:
          stage === "information_requested"
            ? "Another partner claims the same customer workload or subscription; the reviewer needs more information from you (see comments)"
            : `Another partner claims the same customer workload or subscription; the reviewer compares the proofs of execution and may consult the current partner, which can take longer than ${settings.reviewStartBusinessDays} business days`
      }
    })

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

  const claimView = (actor: Actor, claim: Claim) =>
    Effect.gen(function* () {
      const poe = yield* k.repo.listPoe(claim.id)
      const comments = yield* k.repo.listComments(claim.id)
      const events = yield* k.audit.list({ entityType: "claim", entityId: claim.id, limit: 500 })
      const context = yield* k.contextOf(claim)
      const deadlines = claimDeadlines(claim, context.calendar, context.settings)
      const program = yield* k.enrollments.findProgram(claim.programId)
      const incentivized = Option.match(program, { onNone: () => false, onSome: (p) => p.incentivized })
      const view: ClaimView = {
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
        customerContact: claim.customerContact,
        partnerContact: claim.partnerContact,
        revenue: claim.revenue,
        rejectionReason: claim.rejectionReason,
        rejectionText: claim.rejectionText,
        competing: claim.competing,
        caseId: claim.caseId,
        arbitration: yield* arbitrationOf(claim),
        consent: {
          status: claim.consent.status,
          notifiedAt: claim.consent.notifiedAt,
          windowEndsAt: claim.consent.windowEndsAt,
          respondedAt: claim.consent.respondedAt
        },
        deadlines,
        businessDaysLeft: daysLeft(context.now, context.calendar, deadlines),
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
        comments: comments.map((c) => ({
          id: c.id,
          authorType: c.authorType,
          authorName: c.authorName,
          body: c.body,
          createdAt: c.createdAt
        })),
        history: [...events].reverse().map((e) => {
          const before = e.before as { status?: string } | null
          const after = e.after as { status?: string } | null
          return {
            at: e.at,
            action: e.action,
            actorType: e.actorType,
            from: before?.status ?? null,
            to: after?.status ?? null
          }
        }),
        actions: offeredActions(actor, context)
      }
      return view
    })

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

  return { claimView, requestView }
}

export type Views = ReturnType<typeof makeViews>
