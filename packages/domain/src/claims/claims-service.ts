import { Context, Effect, Layer, Option } from "effect"
import { ArbitrationCase, type Recommendation } from "../arbitration/model.ts"
import { recommend } from "../arbitration/recommendation.ts"
import { CaseRepository } from "../arbitration/repository.ts"
import { AuditLog } from "../audit/audit.ts"
import { Secrets } from "../auth/auth.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import {
  addBusinessDays,
  addDays,
  type BusinessCalendar,
  businessDaysBetween
} from "../calendar/business-calendar.ts"
import { Calendar } from "../calendar/calendar-service.ts"
import { Clock } from "../calendar/clock.ts"
import {
  type ArbitrationPolicy,
  type PartnerRole,
  partnerRoleDefinition,
  type SolutionArea
} from "../catalog/catalog.ts"
import { SUBSCRIPTIONS_EXPIRED_JOB, type Subscription } from "../directory/model.ts"

export { SUBSCRIPTIONS_EXPIRED_JOB }

import { DirectoryRepository } from "../directory/repository.ts"
import { EnrollmentRepository } from "../enrollment/repository.ts"
import { IdentityRepository } from "../identity/repository.ts"
import {
  type LocationId,
  newId,
  type OrganizationId,
  type PartnerId,
  type ProgramId,
  type TenantId,
  type UserId
} from "../ids.ts"
import { JobQueue } from "../jobs/repository.ts"
import { Outbox } from "../outbox/outbox.ts"
import { AppConfig } from "../shared/config.ts"
import {
  ConcurrentChange,
  Conflict,
  Forbidden,
  IllegalTransition,
  InvalidInput,
  NotFound,
  RuleViolations,
  VersionConflict,
  type Violation
} from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { BlobStore } from "./blob-store.ts"
import { claimEmails } from "./emails.ts"
import {
  Association,
  Claim,
  ClaimComment,
  type ClaimSettings,
  type ClaimStatus,
  Consent,
  defaultClaimSettings,
  Poe,
  type RejectionReason,
  type ReviewerRejectionReason,
  targetKeys
} from "./model.ts"
import { contentDisposition, type PoeMediaType, safeDisplayName } from "./poe.ts"
import { type AssociationExists, type ClaimFilter, ClaimRepository } from "./repository.ts"
import { type ClaimAction, claimTransitions, transitionClaim } from "./transitions.ts"
import { validateSubmission } from "./validation.ts"

export const ClaimsConfig = Context.Reference<ClaimSettings>("@openpor/domain/claims/ClaimsConfig", {
  defaultValue: () => defaultClaimSettings
})

export const CONSENT_WINDOW_JOB = "claims.consent_window"
export const PARTNER_RESPONSE_JOB = "claims.partner_response"

/** Proof-of-execution documents one claim holds at most (409 too_many_poe beyond). */
export const MAX_POE_PER_CLAIM = 20

/** Signed customer links stay valid this long; declining is possible at any time. */
const CONSENT_TOKEN_TTL_MILLIS = 400 * 86_400_000

export interface ClaimInput {
  readonly name: string
  readonly partnerId: string
  readonly tenantId: string
  readonly customerDomain: string
  readonly solutionArea: SolutionArea
  readonly partnerRole: PartnerRole
  readonly workloads?: ReadonlyArray<string> | undefined
  readonly subscriptionIds?: ReadonlyArray<string> | undefined
  readonly optOutOfIncentives?: boolean | undefined
  readonly customerContact: { readonly name: string; readonly title: string; readonly email: string }
  readonly partnerContact: { readonly name: string; readonly email: string }
  readonly revenue?:
    | { readonly solutionSellerName: string; readonly customerName: string; readonly isvProductName: string }
    | null
    | undefined
}

export type ClaimPatch = Partial<ClaimInput>

/** Fields a partner may still change in partner_action_required (SPEC §5). */
const EDITABLE_AFTER_SUBMISSION = new Set<keyof ClaimInput>([
  "partnerId",
  "workloads",
  "subscriptionIds",
  "customerContact",
  "partnerContact"
])

export type Decision =
  | {
      readonly decision: "approve"
      readonly comment?: string | undefined
      readonly version?: number | undefined
    }
  | {
      readonly decision: "reject"
      readonly reason?: string | undefined
      readonly comment?: string | undefined
      readonly version?: number | undefined
    }
  | {
      readonly decision: "request_info"
      readonly comment?: string | undefined
      readonly version?: number | undefined
    }

export interface ClaimView {
  readonly id: string
  readonly name: string
  readonly status: string
  readonly version: number
  readonly partnerId: string
  readonly locationId: string
  readonly organizationId: string
  readonly tenantId: string
  readonly customerDomain: string
  readonly solutionArea: string
  readonly partnerRole: string
  readonly programId: string
  readonly workloads: ReadonlyArray<string>
  readonly subscriptionIds: ReadonlyArray<string>
  readonly optOutOfIncentives: boolean
  readonly incentiveEligible: boolean
  readonly customerContact: { readonly name: string; readonly title: string; readonly email: string } | null
  readonly partnerContact: { readonly name: string; readonly email: string } | null
  readonly revenue: {
    readonly solutionSellerName: string
    readonly customerName: string
    readonly isvProductName: string
  } | null
  readonly rejectionReason: string | null
  readonly rejectionText: string | null
  readonly competing: boolean
  readonly caseId: string | null
  /** For a competing claim: that it is in arbitration, the stage and the deadline — never the other parties. */
  readonly arbitration: {
    readonly stage: string
    readonly deadline: string | null
    readonly explanation: string
  } | null
  readonly consent: {
    readonly status: string | null
    readonly notifiedAt: string | null
    readonly windowEndsAt: string | null
    readonly respondedAt: string | null
  }
  readonly deadlines: {
    readonly reviewStartBy: string | null
    readonly partnerResponseBy: string | null
    readonly consentWindowEndsAt: string | null
    readonly disputeBy: string | null
    readonly disputeAnswerBy: string | null
  }
  /** Business days on the vendor calendar from now until each deadline (0 on its last day or once passed). */
  readonly businessDaysLeft: {
    readonly reviewStartBy: number | null
    readonly partnerResponseBy: number | null
    readonly consentWindowEndsAt: number | null
    readonly disputeBy: number | null
    readonly disputeAnswerBy: number | null
  }
  readonly official: boolean
  readonly officialAt: string | null
  readonly submittedAt: string | null
  readonly approvedAt: string | null
  readonly createdAt: string
  readonly updatedAt: string
  /** The documents, listed only for those who may download them (policy.downloadProof). */
  readonly poe: ReadonlyArray<{
    readonly id: string
    readonly fileName: string
    readonly mediaType: string
    readonly size: number
    readonly sha256: string
    readonly uploadedAt: string
  }>
  /** How many documents the claim holds (shown to everyone who sees the claim). */
  readonly poeCount: number
  readonly comments: ReadonlyArray<{
    readonly id: string
    readonly authorType: string
    readonly authorName: string
    readonly body: string
    readonly createdAt: string
  }>
  readonly history: ReadonlyArray<{
    readonly at: string
    readonly action: string
    readonly actorType: string
    readonly from: string | null
    readonly to: string | null
  }>
  /** What the viewer can do now. */
  readonly actions: ReadonlyArray<string>
}

export interface CustomerRequestView {
  readonly claimId: string
  readonly partner: { readonly name: string; readonly partnerId: string }
  readonly solutionArea: string
  readonly workloads: ReadonlyArray<string>
  readonly subscriptionIds: ReadonlyArray<string>
  /** The claimed subscriptions with their product names (null when the directory does not know the ID). */
  readonly subscriptions: ReadonlyArray<{ readonly id: string; readonly product: string | null }>
  readonly status: string
  readonly rejectionReason: string | null
  readonly consent: {
    readonly status: string | null
    readonly windowEndsAt: string | null
    /** When the customer declined or accepted. */
    readonly respondedAt: string | null
  }
  readonly businessDaysLeftToDecline: number | null
  readonly submittedAt: string | null
  readonly rejectedAt: string | null
  readonly officialAt: string | null
  readonly endedAt: string | null
  readonly canDecline: boolean
  readonly canAccept: boolean
}

/** Which of a tenant's association requests: still open to decide, or decided (declined, accepted, lapsed, ended). */
export type CustomerRequestsQuery = {
  readonly view?: "pending" | "decided" | undefined
  /** Cursor: the `nextCursor` of the previous page. */
  readonly before?: string | undefined
  readonly limit?: number | undefined
}

export interface CustomerRequestsPage {
  readonly requests: ReadonlyArray<CustomerRequestView>
  readonly nextCursor: string | null
}

export interface CaseView {
  readonly id: string
  readonly status: "open" | "resolved"
  readonly version: number
  readonly programId: string
  readonly createdAt: string
  readonly resolvedAt: string | null
  readonly winnerClaimId: string | null
  readonly reasoning: string | null
  readonly nextDeadline: string | null
  readonly parties: ReadonlyArray<{
    readonly claimId: string
    readonly partner: { readonly organizationId: string; readonly name: string; readonly partnerId: string }
    readonly name: string
    readonly status: string
    readonly version: number
    readonly partnerRole: string
    readonly holder: boolean
    readonly registeredAt: string | null
    readonly submittedAt: string | null
    readonly consentStatus: string | null
    readonly targets: ReadonlyArray<string>
    readonly partnerContact: { readonly name: string; readonly email: string } | null
    readonly poeCount: number
    /** Listed only for those who may download them (policy.downloadProof). */
    readonly poe: ReadonlyArray<{
      readonly id: string
      readonly fileName: string
      readonly mediaType: string
      readonly size: number
      readonly sha256: string
      readonly uploadedAt: string
      readonly downloadUrl: string
    }>
  }>
  readonly recommendation: {
    readonly policy: string
    readonly recommendedClaimId: string | null
    readonly facts: ReadonlyArray<string>
  }
}

export interface QueueRow {
  readonly claimId: string
  readonly name: string
  readonly status: string
  readonly version: number
  readonly programId: string
  readonly solutionArea: string
  readonly partnerId: string
  readonly partnerName: string
  readonly tenantId: string
  readonly targets: ReadonlyArray<string>
  readonly competing: boolean
  readonly caseId: string | null
  readonly assignedReviewerId: string | null
  /** The assigned reviewer's display name (null when nobody has taken the claim). */
  readonly assignedReviewerName: string | null
  readonly submittedAt: string | null
  readonly nextDeadline: string | null
  /** Business days on the vendor calendar from now until `nextDeadline` (0 on its last day or once passed). */
  readonly businessDaysLeft: number | null
  readonly overdue: boolean
  readonly deadlines: {
    readonly reviewStartBy: string | null
    readonly partnerResponseBy: string | null
    readonly disputeAnswerBy: string | null
  }
}

export interface QueueQuery {
  readonly statuses?: ReadonlyArray<ClaimStatus> | undefined
  readonly programId?: string | undefined
  readonly solutionArea?: string | undefined
  readonly competing?: boolean | undefined
  readonly assignedReviewerId?: string | undefined
  readonly overdue?: boolean | undefined
  readonly after?: { readonly deadline: string; readonly id: string } | undefined
  readonly limit: number
}

/** The next SLA deadline of an open claim (stored, so the queue is an index scan). */
export const queueDeadline = (c: Claim, calendar: BusinessCalendar, settings: ClaimSettings): Date | null => {
  switch (c.status) {
    case "submitted":
    case "under_review":
      return c.submittedAt === null
        ? null
        : addBusinessDays(calendar, c.submittedAt, settings.reviewStartBusinessDays)
    case "partner_action_required":
      return c.partnerActionDueAt
    case "disputed":
      return c.disputedAt === null
        ? null
        : addBusinessDays(calendar, c.disputedAt, settings.disputeAnswerBusinessDays)
    default:
      return null
  }
}

type Failure =
  | ConcurrentChange
  | Forbidden
  | NotFound
  | InvalidInput
  | IllegalTransition
  | VersionConflict
  | Conflict
  | RuleViolations

const notFound = (id: string) => new NotFound({ entity: "claim", id })

/** One business-rule violation (422) with its code and a message that says what to do. */
const violation = (code: string, message: string) => new RuleViolations({ violations: [{ code, message }] })

/** The acting user's id (partner, customer and vendor users have one; a signed link does not). */
const userIdOf = (actor: Actor): UserId =>
  actor.kind === "customer_contact" ? ("usr_customer_link" as UserId) : actor.userId

export class ClaimsService extends Context.Service<
  ClaimsService,
  {
    readonly create: (actor: Actor, input: ClaimInput) => Effect.Effect<ClaimView, Failure>
    readonly update: (
      actor: Actor,
      id: string,
      patch: ClaimPatch,
      version?: number
    ) => Effect.Effect<ClaimView, Failure>
    readonly get: (actor: Actor, id: string) => Effect.Effect<ClaimView, Failure>
    readonly list: (
      actor: Actor,
      filter: Omit<ClaimFilter, "organizationId" | "locationIds">
    ) => Effect.Effect<ReadonlyArray<ClaimView>, Failure>
    readonly attachPoe: (
      actor: Actor,
      id: string,
      file: { readonly fileName: string; readonly bytes: Uint8Array; readonly type: PoeMediaType }
    ) => Effect.Effect<ClaimView, Failure>
    readonly removePoe: (actor: Actor, id: string, poeId: string) => Effect.Effect<ClaimView, Failure>
    readonly downloadPoe: (
      actor: Actor,
      id: string,
      poeId: string
    ) => Effect.Effect<
      { readonly bytes: Uint8Array; readonly mediaType: string; readonly disposition: string },
      Failure
    >
    readonly submit: (actor: Actor, id: string, version?: number) => Effect.Effect<ClaimView, Failure>
    readonly comment: (actor: Actor, id: string, body: string) => Effect.Effect<ClaimView, Failure>
    readonly decide: (actor: Actor, id: string, decision: Decision) => Effect.Effect<ClaimView, Failure>
    readonly dispute: (actor: Actor, id: string, reason: string) => Effect.Effect<ClaimView, Failure>
    readonly disassociate: (actor: Actor, id: string, reason: string) => Effect.Effect<ClaimView, Failure>
    readonly customerRequests: (
      actor: Actor,
      query?: CustomerRequestsQuery
    ) => Effect.Effect<CustomerRequestsPage, Failure>
    readonly customerDecline: (
      actor: Actor,
      id: string,
      reason?: string
    ) => Effect.Effect<CustomerRequestView, Failure>
    readonly customerAccept: (actor: Actor, id: string) => Effect.Effect<CustomerRequestView, Failure>
    /** The actor for a signed customer link, or Unauthenticated-like NotFound when it is not valid. */
    readonly verifyConsentToken: (token: string) => Effect.Effect<Actor, NotFound>
    readonly consentToken: (claim: Claim) => Effect.Effect<string>
    readonly consentWindowElapsed: (claimId: string) => Effect.Effect<void>
    readonly partnerResponseElapsed: (claimId: string) => Effect.Effect<void>
    readonly subscriptionsExpired: (subscriptionIds: ReadonlyArray<string>) => Effect.Effect<number>
    /** Vendor staff: every party of an arbitration case side by side, with the policy's recommendation. */
    readonly getCase: (actor: Actor, caseId: string) => Effect.Effect<CaseView, Failure>
    readonly resolveCase: (
      actor: Actor,
      caseId: string,
      input: {
        readonly winnerClaimId: string
        readonly reasoning: string
        readonly version?: number | undefined
      }
    ) => Effect.Effect<CaseView, Failure>
    readonly queue: (actor: Actor, query: QueueQuery) => Effect.Effect<ReadonlyArray<QueueRow>, Failure>
    readonly assign: (
      actor: Actor,
      id: string,
      input: { readonly reviewerId?: string | undefined; readonly version?: number | undefined }
    ) => Effect.Effect<ClaimView, Failure>
  }
>()("@openpor/domain/claims/ClaimsService") {
  static readonly layer = Layer.effect(
    ClaimsService,
    Effect.gen(function* () {
      const repo = yield* ClaimRepository
      const directory = yield* DirectoryRepository
      const identity = yield* IdentityRepository
      const enrollments = yield* EnrollmentRepository
      const clock = yield* Clock
      const calendarService = yield* Calendar
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const outbox = yield* Outbox
      const jobs = yield* JobQueue
      const secrets = yield* Secrets
      const blobs = yield* BlobStore
      const cases = yield* CaseRepository

      const load = (id: string) =>
        Effect.flatMap(
          repo.find(id),
          Option.match({ onNone: () => Effect.fail(notFound(id)), onSome: Effect.succeed })
        )

      /** Inside a write transaction: the claim, locked until the transaction ends (writers queue up). */
      const loadForUpdate = (id: string) =>
        Effect.flatMap(
          repo.findForUpdate(id),
          Option.match({ onNone: () => Effect.fail(notFound(id)), onSome: Effect.succeed })
        )

      const loadLocation = (id: LocationId) =>
        Effect.flatMap(identity.findLocation(id), (l) =>
          Option.isSome(l) ? Effect.succeed(l.value) : Effect.die(new Error(`location ${id} missing`))
        )

      const partnerTarget = (claim: Claim) => ({
        organizationId: claim.organizationId,
        locationId: claim.locationId
      })

      /** A claim is visible to its organization (with a claims role), vendor staff, and the customer tenant. */
      const visible = (actor: Actor, claim: Claim) =>
        Effect.gen(function* () {
          if (actor.kind === "partner") {
            if (actor.organizationId !== claim.organizationId) return yield* notFound(claim.id)
            yield* authorize("viewClaims", actor, partnerTarget(claim))
            return
          }
          if (actor.kind === "vendor") {
            yield* authorize("viewClaims", actor, partnerTarget(claim))
            return
          }
          return yield* notFound(claim.id)
        })

      /**
       * Writes a claim if nobody changed it meanwhile (optimistic version), and audits the change. A
       * changed row is a ConcurrentChange: the Transactor runs the whole transaction again from its
       * first read, so a write never fails because of another request (only the client's own
       * `version`, checked against a fresh read, gives version_conflict), and no error names the
       * other claim — which may belong to another organization.
       */
      const save = (
        actor: Actor | "system",
        claim: Claim,
        next: Claim,
        action: string,
        before: unknown,
        after: unknown
      ) =>
        Effect.gen(function* () {
          if (!(yield* repo.update(next, claim.version))) {
            return yield* new ConcurrentChange({ aggregate: "claim" })
          }
          yield* audit.append({ actor, action, entityType: "claim", entityId: claim.id, before, after })
          return next
        })

      /** Applies one row of the transition table; optimistic write; audit with before/after. */
      const apply = (
        actor: Actor | "system",
        claim: Claim,
        action: ClaimAction,
        changes: Partial<Omit<Claim, "id" | "status" | "version">> = {},
        auditAction?: string
      ) =>
        Effect.gen(function* () {
          const to = yield* transitionClaim(claim.id, claim.status, action)
          const now = yield* clock.now
          const moved = new Claim({
            ...claim,
            ...changes,
            status: to,
            updatedAt: now,
            version: claim.version + 1
          })
          // The next SLA deadline is stored with the claim, so the review queue is an index scan.
          const next = new Claim({
            ...moved,
            queueDeadlineAt: queueDeadline(moved, yield* calendarService.current, yield* ClaimsConfig)
          })
          return yield* save(
            actor,
            claim,
            next,
            auditAction ?? `claim.${action}`,
            { status: claim.status, version: claim.version },
            { status: next.status, version: next.version, rejectionReason: next.rejectionReason }
          )
        })

      const admins = (claim: Claim) =>
        Effect.map(identity.usersWithLocationRole(claim.locationId, "incentives_admin"), (us) =>
          us.map((u) => u.email)
        )

      const emailPartner = (
        claim: Claim,
        build: (to: ReadonlyArray<string>) => import("../outbox/outbox.ts").NewEmail
      ) =>
        Effect.gen(function* () {
          const to = [
            ...new Set([
              ...(yield* admins(claim)),
              ...(claim.partnerContact === null ? [] : [claim.partnerContact.email])
            ])
          ]
          if (to.length > 0) yield* outbox.enqueueEmail(build(to))
        })

      const organizationName = (claim: Claim) =>
        Effect.map(identity.findOrganization(claim.organizationId), (o) =>
          Option.match(o, { onNone: () => claim.partnerId, onSome: (x) => x.name })
        )

      const consentToken = (claim: Claim) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const expires = now.getTime() + CONSENT_TOKEN_TTL_MILLIS
          const payload = `consent.v1.${claim.id}.${expires}`
          return `${claim.id}.${expires}.${secrets.sign(payload)}`
        })

      const verifyConsentToken = (token: string) =>
        Effect.gen(function* () {
          const parts = token.split(".")
          const invalid = new NotFound({ entity: "consent link", id: "token" })
          if (parts.length !== 3) return yield* invalid
          const [claimId, expiresText, signature] = parts as [string, string, string]
          const expires = Number(expiresText)
          const expected = secrets.sign(`consent.v1.${claimId}.${expires}`)
          if (!Number.isFinite(expires) || !constantTimeEqual(expected, signature)) return yield* invalid
          if ((yield* clock.now).getTime() > expires) return yield* invalid
          const claim = yield* repo.find(claimId)
          if (Option.isNone(claim) || claim.value.customerContact === null) return yield* invalid
          const actor: Actor = {
            kind: "customer_contact",
            tenantId: claim.value.tenantId as TenantId,
            email: claim.value.customerContact.email,
            claimId
          }
          return actor
        })

      const deadlinesOf = (claim: Claim) =>
        Effect.gen(function* () {
          const calendar = yield* calendarService.current
          const settings = yield* ClaimsConfig
          const canDispute =
            claim.status === "rejected" &&
            !claim.disputeUsed &&
            claim.rejectionReason !== "customer_declined" &&
            claim.rejectedAt !== null
          return {
            reviewStartBy:
              claim.submittedAt !== null && (claim.status === "submitted" || claim.status === "under_review")
                ? addBusinessDays(calendar, claim.submittedAt, settings.reviewStartBusinessDays).toISOString()
                : null,
            partnerResponseBy:
              claim.status === "partner_action_required"
                ? (claim.partnerActionDueAt?.toISOString() ?? null)
                : null,
            consentWindowEndsAt: claim.consent.windowEndsAt?.toISOString() ?? null,
            disputeBy: canDispute
              ? addDays(calendar, claim.rejectedAt!, settings.disputeWindowDays).toISOString()
              : null,
            disputeAnswerBy:
              claim.status === "disputed" && claim.disputedAt !== null
                ? addBusinessDays(
                    calendar,
                    claim.disputedAt,
                    settings.disputeAnswerBusinessDays
                  ).toISOString()
                : null
          }
        })

      /** The business days left until each deadline, on the vendor calendar and the business clock. */
      const businessDaysLeftOf = <K extends string>(deadlines: Readonly<Record<K, string | null>>) =>
        Effect.gen(function* () {
          const calendar = yield* calendarService.current
          const now = yield* clock.now
          const out = {} as Record<K, number | null>
          for (const key of Object.keys(deadlines) as K[]) {
            const at = deadlines[key]
            out[key] = at === null ? null : businessDaysBetween(calendar, now, new Date(at))
          }
          return out
        })

      const actionsFor = (actor: Actor, claim: Claim): ReadonlyArray<string> => {
        const target = partnerTarget(claim)
        const out: Array<string> = []
        const can = (a: ClaimAction) => claimTransitionsAllow(claim, a)
        if (actor.kind === "partner" && actor.organizationId === claim.organizationId) {
          const drafter = policy.draftClaim(actor, target)
          const admin = policy.submitClaim(actor, target)
          if (claim.status === "draft" && drafter) out.push("edit", "attach_poe")
          if (claim.status === "partner_action_required" && admin) out.push("edit", "attach_poe")
          if (claim.status === "approved" && admin) out.push("attach_poe")
          if ((claim.status === "draft" && admin) || (claim.status === "partner_action_required" && admin))
            out.push("submit")
          if (admin && can("dispute") && !claim.disputeUsed && claim.rejectionReason !== "customer_declined")
            out.push("dispute")
          if (admin && can("disassociate")) out.push("disassociate")
          if (policy.commentOnClaim(actor, target)) out.push("comment")
        }
        if (actor.kind === "vendor" && policy.reviewClaims(actor)) {
          if (can("approve") || can("uphold_dispute")) out.push("approve")
          if (can("reject") || can("reject_dispute")) out.push("reject")
          if (can("request_info")) out.push("request_info")
          out.push("comment")
        }
        return out
      }

      const arbitrationOf = (claim: Claim) =>
        Effect.gen(function* () {
          if (claim.caseId === null) return null
          const c = Option.getOrUndefined(yield* cases.find(claim.caseId))
          if (c === undefined) return null
          if (c.status === "resolved") {
            const won = c.winnerClaimId === claim.id
            return {
              stage: "resolved",
              deadline: null,
              explanation: won
                ? "Another partner claimed the same customer workload or subscription; the review decided for your claim"
                : "Another partner claimed the same customer workload or subscription; the review decided for the other claim"
            }
          }
          const stage = claim.status === "partner_action_required" ? "information_requested" : "under_review"
          return {
            stage,
            deadline: claim.queueDeadlineAt?.toISOString() ?? null,
            explanation:
              stage === "information_requested"
                ? "Another partner claims the same customer workload or subscription; the reviewer needs more information from you (see comments)"
                : "Another partner claims the same customer workload or subscription; the reviewer compares the proofs of execution and may consult the current partner, which can take longer than 5 business days"
          }
        })

      const toView = (actor: Actor, claim: Claim) =>
        Effect.gen(function* () {
          const poe = yield* repo.listPoe(claim.id)
          const comments = yield* repo.listComments(claim.id)
          const events = yield* audit.list({ entityType: "claim", entityId: claim.id, limit: 500 })
          const deadlines = yield* deadlinesOf(claim)
          const program = yield* enrollments.findProgram(claim.programId)
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
              notifiedAt: claim.consent.notifiedAt?.toISOString() ?? null,
              windowEndsAt: claim.consent.windowEndsAt?.toISOString() ?? null,
              respondedAt: claim.consent.respondedAt?.toISOString() ?? null
            },
            deadlines,
            businessDaysLeft: yield* businessDaysLeftOf(deadlines),
            official: claim.officialAt !== null && claim.status === "approved",
            officialAt: claim.officialAt?.toISOString() ?? null,
            submittedAt: claim.submittedAt?.toISOString() ?? null,
            approvedAt: claim.approvedAt?.toISOString() ?? null,
            createdAt: claim.createdAt.toISOString(),
            updatedAt: claim.updatedAt.toISOString(),
            // One rule for POE in every view and the download (policy.downloadProof).
            poe: policy.downloadProof(actor, partnerTarget(claim))
              ? poe.map((p) => ({
                  id: p.id,
                  fileName: p.fileName,
                  mediaType: p.mediaType,
                  size: p.size,
                  sha256: p.sha256,
                  uploadedAt: p.uploadedAt.toISOString()
                }))
              : [],
            poeCount: poe.length,
            comments: comments.map((c) => ({
              id: c.id,
              authorType: c.authorType,
              authorName: c.authorName,
              body: c.body,
              createdAt: c.createdAt.toISOString()
            })),
            history: [...events].reverse().map((e) => {
              const before = e.before as { status?: string } | null
              const after = e.after as { status?: string } | null
              return {
                at: e.at.toISOString(),
                action: e.action,
                actorType: e.actorType,
                from: before?.status ?? null,
                to: after?.status ?? null
              }
            }),
            actions: actionsFor(actor, claim)
          }
          return view
        })

      /** The location named by a PartnerID must belong to the actor's organization. */
      const ownLocation = (actor: Actor, partnerId: string) =>
        Effect.gen(function* () {
          if (actor.kind !== "partner")
            return yield* new Forbidden({ action: "draftClaim", reason: "Only partner users file claims" })
          const location = yield* identity.findLocationByPartnerId(partnerId as PartnerId)
          if (Option.isNone(location) || location.value.organizationId !== actor.organizationId) {
            return yield* new RuleViolations({
              violations: [
                {
                  code: "location_not_enrolled",
                  message: `PartnerID ${partnerId} is not a location of your organization; choose one of your PartnerIDs`,
                  field: "partnerId"
                }
              ]
            })
          }
          return location.value
        })

      const shapeCheck = (input: {
        solutionArea: SolutionArea
        workloads: ReadonlyArray<string>
        subscriptionIds: ReadonlyArray<string>
        optOut: boolean
        partnerRole: PartnerRole
      }) => {
        if (input.solutionArea === "modern_work_security" && input.subscriptionIds.length > 0) {
          return Effect.fail(
            new InvalidInput({
              code: "invalid_request",
              reason: "Modern Work and Security claims name workloads, not subscriptionIds"
            })
          )
        }
        if (input.solutionArea === "business_applications" && input.workloads.length > 0) {
          return Effect.fail(
            new InvalidInput({
              code: "invalid_request",
              reason: "Business Applications claims name subscriptionIds, not workloads"
            })
          )
        }
        if (input.optOut && input.solutionArea !== "modern_work_security") {
          return Effect.fail(
            new InvalidInput({
              code: "invalid_request",
              reason: "Opting out of incentive payments applies to Modern Work and Security claims only"
            })
          )
        }
        if (
          new Set(input.workloads).size !== input.workloads.length ||
          new Set(input.subscriptionIds.map((s) => s.toLowerCase())).size !== input.subscriptionIds.length
        ) {
          return Effect.fail(
            new InvalidInput({ code: "invalid_request", reason: "A workload or subscription appears twice" })
          )
        }
        return Effect.void
      }

      const programFor = (role: PartnerRole) =>
        (partnerRoleDefinition(role)?.programId ?? "prg_unknown") as ProgramId

      const create = Effect.fn("ClaimsService.create")(function* (actor: Actor, input: ClaimInput) {
        const location = yield* ownLocation(actor, input.partnerId)
        yield* authorize("draftClaim", actor, {
          organizationId: location.organizationId,
          locationId: location.id
        })
        const workloads = [...(input.workloads ?? [])]
        const subscriptionIds = [...(input.subscriptionIds ?? [])]
        yield* shapeCheck({
          solutionArea: input.solutionArea,
          workloads,
          subscriptionIds,
          optOut: input.optOutOfIncentives ?? false,
          partnerRole: input.partnerRole
        })
        const now = yield* clock.now
        const claim = new Claim({
          id: newId("clm"),
          name: input.name.trim(),
          organizationId: location.organizationId,
          locationId: location.id,
          partnerId: location.partnerId,
          tenantId: input.tenantId.trim().toLowerCase(),
          customerDomain: input.customerDomain.trim().toLowerCase(),
          solutionArea: input.solutionArea,
          partnerRole: input.partnerRole,
          programId: programFor(input.partnerRole),
          workloads,
          subscriptionIds: subscriptionIds.map((s) => s.trim().toLowerCase()),
          optOutOfIncentives: input.optOutOfIncentives ?? false,
          customerContact: {
            ...input.customerContact,
            email: input.customerContact.email.trim().toLowerCase()
          },
          partnerContact: { ...input.partnerContact, email: input.partnerContact.email.trim().toLowerCase() },
          revenue: input.revenue ?? null,
          status: "draft",
          version: 1,
          rejectionReason: null,
          rejectionText: null,
          competing: false,
          caseId: null,
          consent: new Consent({ status: null, notifiedAt: null, windowEndsAt: null, respondedAt: null }),
          acknowledgedAt: null,
          submittedAt: null,
          reviewStartedAt: null,
          assignedReviewerId: null,
          partnerActionDueAt: null,
          decidedAt: null,
          rejectedAt: null,
          disputeUsed: false,
          disputedAt: null,
          approvedAt: null,
          officialAt: null,
          endedAt: null,
          createdBy: userIdOf(actor),
          createdAt: now,
          updatedAt: now,
          queueDeadlineAt: null
        })
        yield* tx.transaction(
          Effect.gen(function* () {
            yield* repo.insert(claim)
            yield* audit.append({
              actor,
              action: "claim.created",
              entityType: "claim",
              entityId: claim.id,
              before: null,
              after: { status: "draft", version: 1, name: claim.name, partnerId: claim.partnerId }
            })
          })
        )
        return yield* toView(actor, claim)
      })

      const update = Effect.fn("ClaimsService.update")(function* (
        actor: Actor,
        id: string,
        patch: ClaimPatch,
        version?: number
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* loadForUpdate(id)
            yield* visible(actor, claim)
            if (version !== undefined && version !== claim.version) {
              return yield* new VersionConflict({
                aggregate: "claim",
                id,
                expected: version,
                actual: claim.version
              })
            }
            if (claim.status === "partner_action_required") {
              yield* authorize("submitClaim", actor, partnerTarget(claim))
              const locked = (Object.keys(patch) as Array<keyof ClaimInput>).filter(
                (k) => !EDITABLE_AFTER_SUBMISSION.has(k)
              )
              if (locked.length > 0) {
                return yield* new Conflict({
                  code: "field_not_editable",
                  reason: `After submission only the PartnerID, products, contacts and proof of execution can change; not ${locked.join(", ")}`
                })
              }
            } else {
              yield* authorize("draftClaim", actor, partnerTarget(claim))
            }
            const location =
              patch.partnerId === undefined || patch.partnerId === claim.partnerId
                ? undefined
                : yield* ownLocation(actor, patch.partnerId)
            if (location !== undefined)
              yield* authorize("draftClaim", actor, {
                organizationId: location.organizationId,
                locationId: location.id
              })
            const solutionArea = patch.solutionArea ?? claim.solutionArea
            const partnerRole = patch.partnerRole ?? claim.partnerRole
            const workloads = [...(patch.workloads ?? claim.workloads)]
            const subscriptionIds = [...(patch.subscriptionIds ?? claim.subscriptionIds)].map((s) =>
              s.trim().toLowerCase()
            )
            const optOut = patch.optOutOfIncentives ?? claim.optOutOfIncentives
            yield* shapeCheck({ solutionArea, workloads, subscriptionIds, optOut, partnerRole })
            const changes: Partial<Claim> = {
              ...(patch.name === undefined ? {} : { name: patch.name.trim() }),
              ...(location === undefined ? {} : { locationId: location.id, partnerId: location.partnerId }),
              ...(patch.tenantId === undefined ? {} : { tenantId: patch.tenantId.trim().toLowerCase() }),
              ...(patch.customerDomain === undefined
                ? {}
                : { customerDomain: patch.customerDomain.trim().toLowerCase() }),
              solutionArea,
              partnerRole,
              programId: programFor(partnerRole),
              workloads,
              subscriptionIds,
              optOutOfIncentives: optOut,
              ...(patch.customerContact === undefined
                ? {}
                : {
                    customerContact: {
                      ...patch.customerContact,
                      email: patch.customerContact.email.trim().toLowerCase()
                    }
                  }),
              ...(patch.partnerContact === undefined
                ? {}
                : {
                    partnerContact: {
                      ...patch.partnerContact,
                      email: patch.partnerContact.email.trim().toLowerCase()
                    }
                  }),
              ...(patch.revenue === undefined ? {} : { revenue: patch.revenue })
            }
            const next = yield* apply(actor, claim, "edit", changes)
            return yield* toView(actor, next)
          })
        )
      })

      const get = Effect.fn("ClaimsService.get")(function* (actor: Actor, id: string) {
        const claim = yield* load(id)
        yield* visible(actor, claim)
        return yield* toView(actor, claim)
      })

      const list = Effect.fn("ClaimsService.list")(function* (
        actor: Actor,
        filter: Omit<ClaimFilter, "organizationId" | "locationIds">
      ) {
        if (actor.kind === "partner") {
          const orgWide = policy.viewClaims(actor, { organizationId: actor.organizationId })
          const locations = yield* identity.locationsOf(actor.organizationId)
          const visibleLocations = locations.filter((l) =>
            policy.viewClaims(actor, { organizationId: l.organizationId, locationId: l.id })
          )
          if (!orgWide && visibleLocations.length === 0) return []
          const claims = yield* repo.list({
            ...filter,
            organizationId: actor.organizationId,
            locationIds: visibleLocations.map((l) => l.id)
          })
          return yield* Effect.forEach(claims, (c) => toView(actor, c))
        }
        if (actor.kind === "vendor") {
          yield* authorize("viewClaims", actor, { organizationId: "" as OrganizationId })
          const claims = yield* repo.list(filter)
          return yield* Effect.forEach(claims, (c) => toView(actor, c))
        }
        return yield* new Forbidden({
          action: "viewClaims",
          reason: "Customers see association requests at /api/v1/customer/requests"
        })
      })

      const attachPoe = Effect.fn("ClaimsService.attachPoe")(function* (
        actor: Actor,
        id: string,
        file: { readonly fileName: string; readonly bytes: Uint8Array; readonly type: PoeMediaType }
      ) {
        // Checked here to refuse early, and again on the locked claim below (the binding check).
        const claim = yield* load(id)
        yield* visible(actor, claim)
        const mayAttach = (c: Claim) =>
          Effect.gen(function* () {
            yield* authorize(c.status === "draft" ? "draftClaim" : "submitClaim", actor, partnerTarget(c))
            yield* transitionClaim(c.id, c.status, "attach_poe")
            if ((yield* repo.listPoe(c.id)).length >= MAX_POE_PER_CLAIM)
              return yield* new Conflict({
                code: "too_many_poe",
                reason: `A claim holds at most ${MAX_POE_PER_CLAIM} proof-of-execution documents`
              })
          })
        yield* mayAttach(claim)
        const poeId = newId<string>("poe")
        const sha256 = yield* Effect.promise(async (): Promise<string> => {
          const digest = await globalThis.crypto.subtle.digest(
            "SHA-256",
            file.bytes as Uint8Array<ArrayBuffer>
          )
          return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, "0")).join("")
        })
        const blobKey = `poe/${claim.id}/${poeId}`
        // The file is stored first; a crash before the row commits leaves only an unreferenced blob.
        yield* blobs.put(blobKey, file.bytes)
        const now = yield* clock.now
        const poe = new Poe({
          id: poeId,
          claimId: claim.id,
          fileName: safeDisplayName(file.fileName, file.type),
          mediaType: file.type,
          size: file.bytes.byteLength,
          sha256,
          blobKey,
          uploadedBy: userIdOf(actor),
          uploadedAt: now
        })
        // Uploads without a version never conflict with each other: they queue on the claim's lock.
        return yield* tx.transaction(
          Effect.gen(function* () {
            const current = yield* loadForUpdate(id)
            yield* mayAttach(current)
            yield* repo.insertPoe(poe)
            const next = yield* apply(actor, current, "attach_poe", {}, "claim.poe_attached")
            return yield* toView(actor, next)
          })
        )
      })

      const removePoe = Effect.fn("ClaimsService.removePoe")(function* (
        actor: Actor,
        id: string,
        poeId: string
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* loadForUpdate(id)
            yield* visible(actor, claim)
            yield* authorize(
              claim.status === "draft" ? "draftClaim" : "submitClaim",
              actor,
              partnerTarget(claim)
            )
            yield* transitionClaim(claim.id, claim.status, "remove_poe")
            if (!(yield* repo.deletePoe(claim.id, poeId)))
              return yield* new NotFound({ entity: "proof of execution", id: poeId })
            const next = yield* apply(actor, claim, "remove_poe", {}, "claim.poe_removed")
            return yield* toView(actor, next)
          })
        )
      })

      const downloadPoe = Effect.fn("ClaimsService.downloadPoe")(function* (
        actor: Actor,
        id: string,
        poeId: string
      ) {
        const claim = yield* load(id)
        yield* visible(actor, claim)
        yield* authorize("downloadProof", actor, partnerTarget(claim))
        const poe = (yield* repo.listPoe(claim.id)).find((p) => p.id === poeId)
        if (poe === undefined) return yield* new NotFound({ entity: "proof of execution", id: poeId })
        const bytes = yield* blobs.get(poe.blobKey)
        if (Option.isNone(bytes))
          return yield* Effect.die(new Error(`blob ${poe.blobKey} of ${poe.id} is missing`))
        return { bytes: bytes.value, mediaType: poe.mediaType, disposition: contentDisposition(poe.fileName) }
      })

      /** Loads what validation needs and runs it; the held/open targets of the own organization. */
      const checkSubmission = (claim: Claim) =>
        Effect.gen(function* () {
          const tenant = Option.getOrUndefined(yield* directory.findTenant(claim.tenantId as TenantId))
          const subscriptions = new Map<string, Subscription>()
          for (const s of claim.subscriptionIds) {
            const found = yield* directory.findSubscription(s as never)
            if (Option.isSome(found)) subscriptions.set(s.toLowerCase(), found.value)
          }
          const program = Option.getOrUndefined(yield* enrollments.findProgram(claim.programId))
          const enrollment = yield* enrollments.findEnrollmentFor(claim.locationId, claim.programId)
          const locationEnrolled = Option.isSome(enrollment) && enrollment.value.state === "enrolled"
          const poeCount = (yield* repo.listPoe(claim.id)).length
          const holders = yield* repo.holdersOf(targetKeys(claim))
          const ownHeldOrOpenTargets = new Set(
            holders
              .filter((h) => h.organizationId === claim.organizationId && h.claimId !== claim.id)
              .map((h) => h.targetKey)
          )
          const violations = validateSubmission(claim, {
            tenant,
            subscriptions,
            program,
            locationEnrolled,
            poeCount,
            ownHeldOrOpenTargets
          })
          const others = holders.filter(
            (h) => h.organizationId !== claim.organizationId && h.claimId !== claim.id
          )
          return { violations, others }
        })

      const failWith = (violations: ReadonlyArray<Violation>) =>
        violations.every((v) => v.code === "missing_field")
          ? Effect.fail(
              new InvalidInput({
                code: "missing_field",
                reason: violations.map((v) => v.message).join("; "),
                details: { violations }
              })
            )
          : Effect.fail(
              new RuleViolations({
                violations: [
                  ...violations.filter((v) => v.code !== "missing_field"),
                  ...violations.filter((v) => v.code === "missing_field")
                ]
              })
            )

      const submit = Effect.fn("ClaimsService.submit")(function* (
        actor: Actor,
        id: string,
        version?: number
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* loadForUpdate(id)
            yield* visible(actor, claim)
            yield* authorize("submitClaim", actor, partnerTarget(claim))
            if (version !== undefined && version !== claim.version) {
              return yield* new VersionConflict({
                aggregate: "claim",
                id,
                expected: version,
                actual: claim.version
              })
            }
            const action: ClaimAction = claim.status === "partner_action_required" ? "resubmit" : "submit"
            yield* transitionClaim(claim.id, claim.status, action)
            const { violations, others } = yield* checkSubmission(claim)
            if (violations.length > 0) return yield* failWith(violations)
            const now = yield* clock.now
            const calendar = yield* calendarService.current
            const settings = yield* ClaimsConfig
            const firstSubmission = claim.consent.status === null
            const windowEndsAt = firstSubmission
              ? addBusinessDays(calendar, now, settings.consentWindowBusinessDays)
              : claim.consent.windowEndsAt
            // Another partner holds or claims the same targets: all of them form (or join) one arbitration case.
            const caseId =
              others.length > 0
                ? yield* formCase(
                    claim,
                    others.map((o) => o.claimId)
                  )
                : claim.caseId
            const next = yield* apply(actor, claim, action, {
              submittedAt: now,
              acknowledgedAt: now,
              partnerActionDueAt: null,
              competing: claim.competing || others.length > 0,
              caseId,
              ...(firstSubmission
                ? {
                    consent: new Consent({
                      status: "awaiting_response",
                      notifiedAt: now,
                      windowEndsAt,
                      respondedAt: null
                    })
                  }
                : {})
            })
            if (action === "resubmit") yield* jobs.cancelByKey(`partner-response:${claim.id}`)
            if (firstSubmission && windowEndsAt !== null) {
              yield* jobs.enqueue({
                kind: CONSENT_WINDOW_JOB,
                payload: { claimId: claim.id },
                runAt: windowEndsAt,
                uniqueKey: `consent:${claim.id}`
              })
              const token = yield* consentToken(next)
              const { publicUrl } = yield* AppConfig
              const partnerName = yield* organizationName(next)
              yield* outbox.enqueueEmail(
                claimEmails.consentRequest(
                  next,
                  partnerName,
                  `${publicUrl}/customer/?token=${encodeURIComponent(token)}`,
                  windowEndsAt
                )
              )
            }
            yield* emailPartner(next, (to) => claimEmails.submitted(next, to))
            return yield* toView(actor, next)
          })
        )
      })

      /** Puts a claim into an arbitration case (competing) without moving it. */
      const setCase = (claim: Claim, caseId: string) =>
        Effect.gen(function* () {
          if (claim.caseId === caseId && claim.competing) return
          const now = yield* clock.now
          yield* save(
            "system",
            claim,
            new Claim({ ...claim, competing: true, caseId, updatedAt: now, version: claim.version + 1 }),
            "claim.joined_arbitration",
            { status: claim.status, competing: claim.competing, caseId: claim.caseId },
            { status: claim.status, competing: true, caseId }
          )
        })

      /**
       * All claims on one workload/subscription form one case (SPEC §6): the new claim joins the open
       * case of any party; open cases of several parties are merged into the oldest.
       */
      const formCase = (claim: Claim, otherIds: ReadonlyArray<string>) =>
        Effect.gen(function* () {
          const members: Array<Claim> = []
          // Locked in id order, so two transactions forming cases over the same claims cannot deadlock.
          for (const id of [...new Set(otherIds)].sort()) {
            const found = yield* repo.findForUpdate(id)
            if (Option.isSome(found)) members.push(found.value)
          }
          const openCases: Array<ArbitrationCase> = []
          for (const caseId of new Set(members.map((m) => m.caseId).filter((c): c is string => c !== null))) {
            const found = yield* cases.find(caseId)
            if (Option.isSome(found) && found.value.status === "open") openCases.push(found.value)
          }
          const now = yield* clock.now
          openCases.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
          let target = openCases[0]
          if (target === undefined) {
            target = new ArbitrationCase({
              id: newId("case"),
              status: "open",
              programId: claim.programId,
              createdAt: now,
              resolvedAt: null,
              winnerClaimId: null,
              reasoning: null,
              resolvedBy: null,
              version: 1
            })
            yield* cases.insert(target)
            yield* audit.append({
              actor: "system",
              action: "case.opened",
              entityType: "case",
              entityId: target.id,
              before: null,
              after: { claims: [claim.id, ...members.map((m) => m.id)] }
            })
          }
          for (const merged of openCases.slice(1)) {
            for (const m of yield* repo.listByCase(merged.id)) members.push(m)
            yield* cases.update(
              new ArbitrationCase({
                ...merged,
                status: "resolved",
                resolvedAt: now,
                reasoning: `Merged into case ${target.id}`,
                version: merged.version + 1
              }),
              merged.version
            )
            yield* audit.append({
              actor: "system",
              action: "case.merged",
              entityType: "case",
              entityId: merged.id,
              before: { status: "open" },
              after: { mergedInto: target.id }
            })
          }
          for (const id of new Set(members.map((m) => m.id))) {
            if (id === claim.id) continue
            const fresh = yield* repo.findForUpdate(id)
            if (Option.isSome(fresh)) yield* setCase(fresh.value, target.id)
          }
          return target.id
        })

      const comment = Effect.fn("ClaimsService.comment")(function* (actor: Actor, id: string, body: string) {
        const text = body.trim()
        if (text === "")
          return yield* new InvalidInput({
            code: "missing_field",
            reason: "Write a comment",
            details: { field: "body" }
          })
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* load(id)
            yield* visible(actor, claim)
            yield* authorize("commentOnClaim", actor, partnerTarget(claim))
            const author = yield* authorOf(actor)
            const now = yield* clock.now
            const c = new ClaimComment({
              id: newId("cmt"),
              claimId: claim.id,
              ...author,
              body: text,
              createdAt: now
            })
            yield* repo.insertComment(c)
            yield* audit.append({
              actor,
              action: "claim.commented",
              entityType: "claim",
              entityId: claim.id,
              before: null,
              after: { commentId: c.id }
            })
            return yield* toView(actor, claim)
          })
        )
      })

      const authorOf = (actor: Actor) =>
        Effect.gen(function* () {
          if (actor.kind === "customer_contact") {
            return { authorType: "customer" as const, authorId: actor.email, authorName: actor.email }
          }
          const user = yield* identity.findUserById(actor.userId)
          const name = Option.match(user, {
            onNone: () => actor.userId as string,
            onSome: (u) => u.displayName
          })
          return {
            authorType:
              actor.kind === "vendor"
                ? ("vendor" as const)
                : actor.kind === "customer"
                  ? ("customer" as const)
                  : ("partner" as const),
            authorId: actor.userId as string,
            authorName: actor.kind === "vendor" ? `Reviewer (${name})` : name
          }
        })

      const addComment = (actor: Actor, claim: Claim, body: string) =>
        Effect.gen(function* () {
          const author = yield* authorOf(actor)
          yield* repo.insertComment(
            new ClaimComment({
              id: newId("cmt"),
              claimId: claim.id,
              ...author,
              body,
              createdAt: yield* clock.now
            })
          )
        })

      /** Creates the associations of an approved claim; the database refuses a second active holder. */
      const associate = (
        claim: Claim,
        now: Date,
        official: boolean,
        status: "active" | "pending" = "active"
      ) =>
        Effect.forEach(targetKeys(claim), (targetKey) =>
          repo.insertAssociation(
            new Association({
              id: newId("asc"),
              claimId: claim.id,
              targetKey,
              organizationId: claim.organizationId,
              locationId: claim.locationId,
              partnerId: claim.partnerId,
              tenantId: claim.tenantId as TenantId,
              status,
              startedAt: now,
              officialAt: official && status === "active" ? now : null,
              endedAt: null,
              endReason: null
            })
          )
        ).pipe(
          Effect.catchTag("AssociationExists", (e: AssociationExists) =>
            Effect.fail(
              new Conflict({
                code: "association_exists",
                reason: `${e.message}; resolve it through arbitration`
              })
            )
          )
        )

      const decide = Effect.fn("ClaimsService.decide")(function* (
        actor: Actor,
        id: string,
        decision: Decision
      ) {
        yield* authorize("reviewClaims", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            let claim = yield* loadForUpdate(id)
            if (decision.version !== undefined && decision.version !== claim.version) {
              return yield* new VersionConflict({
                aggregate: "claim",
                id,
                expected: decision.version,
                actual: claim.version
              })
            }
            const now = yield* clock.now
            const calendar = yield* calendarService.current
            const settings = yield* ClaimsConfig
            const comment = decision.comment?.trim() ?? ""
            // Deciding on a submitted claim picks it up first (review started).
            if (claim.status === "submitted") {
              claim = yield* apply(actor, claim, "start_review", {
                reviewStartedAt: now,
                assignedReviewerId: actor.kind === "vendor" ? actor.userId : null
              })
            }
            if (decision.decision === "approve") {
              if (
                claim.caseId !== null &&
                Option.exists(yield* cases.find(claim.caseId), (c) => c.status === "open")
              ) {
                return yield* new Conflict({
                  code: "arbitration_required",
                  reason: `This claim competes with others in case ${claim.caseId}; resolve the case with a winner and a reasoning`
                })
              }
              const action: ClaimAction = claim.status === "disputed" ? "uphold_dispute" : "approve"
              yield* transitionClaim(claim.id, claim.status, action)
              const consentDone = claim.consent.status === "lapsed" || claim.consent.status === "accepted"
              yield* associate(claim, now, consentDone)
              const next = yield* apply(actor, claim, action, {
                approvedAt: now,
                decidedAt: now,
                rejectionReason: null,
                rejectionText: null,
                ...(consentDone ? { officialAt: now } : {})
              })
              if (comment !== "") yield* addComment(actor, next, comment)
              yield* emailPartner(next, (to) => claimEmails.approved(next, to))
              if (consentDone) yield* emailPartner(next, (to) => claimEmails.official(next, to))
              return yield* toView(actor, next)
            }
            if (decision.decision === "reject") {
              const reason = decision.reason as ReviewerRejectionReason | undefined
              const allowed: ReadonlyArray<string> = [
                "insufficient_poe",
                "missing_customer_consent_on_poe",
                "missing_products",
                "poe_unavailable",
                "other"
              ]
              if (reason === undefined || !allowed.includes(reason)) {
                return yield* new InvalidInput({
                  code: reason === undefined ? "missing_field" : "invalid_request",
                  reason: `Give a rejection reason: ${allowed.join(", ")}`,
                  details: { field: "reason" }
                })
              }
              if (reason === "other" && comment === "") {
                return yield* new InvalidInput({
                  code: "missing_field",
                  reason: "Explain the reason 'other' in the comment",
                  details: { field: "comment" }
                })
              }
              const action: ClaimAction = claim.status === "disputed" ? "reject_dispute" : "reject"
              const next = yield* apply(actor, claim, action, {
                decidedAt: now,
                rejectedAt: now,
                rejectionReason: reason,
                rejectionText: comment === "" ? null : comment,
                partnerActionDueAt: null
              })
              if (comment !== "") yield* addComment(actor, next, comment)
              yield* jobs.cancelByKey(`partner-response:${claim.id}`)
              yield* emailPartner(next, (to) =>
                claimEmails.rejected(next, to, reason, next.rejectionText, next.status === "rejected_final")
              )
              return yield* toView(actor, next)
            }
            if (comment === "") {
              return yield* new InvalidInput({
                code: "missing_field",
                reason: "Say what information you need in the comment",
                details: { field: "comment" }
              })
            }
            const dueAt = addBusinessDays(calendar, now, settings.partnerResponseBusinessDays)
            const next = yield* apply(actor, claim, "request_info", { partnerActionDueAt: dueAt })
            yield* addComment(actor, next, comment)
            yield* jobs.enqueue({
              kind: PARTNER_RESPONSE_JOB,
              payload: { claimId: claim.id },
              runAt: dueAt,
              uniqueKey: `partner-response:${claim.id}`
            })
            yield* emailPartner(next, (to) => claimEmails.infoRequested(next, to, comment, dueAt))
            return yield* toView(actor, next)
          })
        )
      })

      /**
       * The winner takes over: in one transaction the holder's association ends and the winner's starts
       * at the same instant — never two active associations, never a gap caused by the switch itself.
       */
      const takeOver = (winner: Claim, now: Date) =>
        Effect.gen(function* () {
          const keys = targetKeys(winner)
          const holders = (yield* repo.activeOn(keys)).filter((a) => a.claimId !== winner.id)
          for (const holderId of new Set(holders.map((h) => h.claimId))) {
            yield* repo.endAssociations(holderId, now, "superseded", keys)
            const remaining = (yield* repo.associationsOfClaim(holderId)).filter((a) => a.status === "active")
            const holder = Option.getOrUndefined(yield* repo.findForUpdate(holderId))
            if (holder !== undefined && remaining.length === 0 && holder.status === "approved") {
              const ended = yield* apply("system", holder, "superseded", {
                endedAt: now,
                rejectionReason: "lost_arbitration"
              }).pipe(Effect.orDie)
              yield* emailPartner(ended, (to) =>
                claimEmails.ended(ended, to, "another partner's claim won the arbitration")
              )
            }
          }
          yield* repo.activateAssociations(winner.id, now)
        })

      const caseParties = (members: ReadonlyArray<Claim>) =>
        Effect.gen(function* () {
          const parties = []
          for (const m of members) {
            const poe = yield* repo.listPoe(m.id)
            const associations = yield* repo.associationsOfClaim(m.id)
            const active = associations.filter((a) => a.status === "active")
            const started = active.map((a) => a.startedAt.getTime())
            const registered = Math.min(m.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY, ...started)
            parties.push({
              claim: m,
              poe,
              holder: active.length > 0,
              registeredAt: Number.isFinite(registered) ? new Date(registered) : null,
              latestPoeAt:
                poe.length === 0 ? null : new Date(Math.max(...poe.map((p) => p.uploadedAt.getTime())))
            })
          }
          return parties
        })

      const loadCase = (caseId: string) =>
        Effect.flatMap(
          cases.find(caseId),
          Option.match({
            onNone: () => Effect.fail(new NotFound({ entity: "case", id: caseId })),
            onSome: Effect.succeed
          })
        )

      const getCase = Effect.fn("ClaimsService.getCase")(function* (
        actor: Actor,
        caseId: string
      ): Effect.fn.Return<CaseView, Failure> {
        // Only vendor staff see the parties side by side (SPEC §6 confidentiality).
        if (!policy.viewArbitrationCases(actor)) {
          return yield* new Forbidden({
            action: "viewArbitrationCases",
            reason: "Only the vendor's staff see arbitration cases"
          })
        }
        const c = yield* loadCase(caseId)
        const members = yield* repo.listByCase(caseId)
        const parties = yield* caseParties(members)
        const program = yield* enrollments.findProgram(c.programId as ProgramId)
        const arbitrationPolicy: ArbitrationPolicy = Option.match(program, {
          onNone: () => "most_recent_poe",
          onSome: (p) => p.arbitrationPolicy
        })
        const recommendation: Recommendation =
          c.status === "open"
            ? recommend(
                arbitrationPolicy,
                parties
                  .filter(
                    (p) =>
                      p.holder ||
                      ["submitted", "under_review", "partner_action_required", "disputed"].includes(
                        p.claim.status
                      )
                  )
                  .map((p) => ({
                    claimId: p.claim.id,
                    partnerId: p.claim.partnerId,
                    holder: p.holder,
                    registeredAt: p.registeredAt,
                    latestPoeAt: p.latestPoeAt
                  }))
              )
            : {
                policy: arbitrationPolicy,
                recommendedClaimId: c.winnerClaimId,
                facts: [`Resolved: ${c.reasoning ?? ""}`]
              }
        const views = []
        for (const p of parties) {
          const organization = yield* organizationName(p.claim)
          views.push({
            claimId: p.claim.id,
            partner: {
              organizationId: p.claim.organizationId,
              name: organization,
              partnerId: p.claim.partnerId
            },
            name: p.claim.name,
            status: p.claim.status,
            version: p.claim.version,
            partnerRole: p.claim.partnerRole,
            holder: p.holder,
            registeredAt: p.registeredAt?.toISOString() ?? null,
            submittedAt: p.claim.submittedAt?.toISOString() ?? null,
            consentStatus: p.claim.consent.status,
            targets: targetKeys(p.claim),
            partnerContact: p.claim.partnerContact,
            poeCount: p.poe.length,
            poe: (policy.downloadProof(actor, partnerTarget(p.claim)) ? p.poe : []).map((x) => ({
              id: x.id,
              fileName: x.fileName,
              mediaType: x.mediaType,
              size: x.size,
              sha256: x.sha256,
              uploadedAt: x.uploadedAt.toISOString(),
              downloadUrl: `/api/v1/claims/${p.claim.id}/poe/${x.id}`
            }))
          })
        }
        const deadline = members
          .map((m) => m.queueDeadlineAt)
          .filter((d): d is Date => d !== null)
          .sort((a, b) => a.getTime() - b.getTime())[0]
        return {
          id: c.id,
          status: c.status,
          version: c.version,
          programId: c.programId,
          createdAt: c.createdAt.toISOString(),
          resolvedAt: c.resolvedAt?.toISOString() ?? null,
          winnerClaimId: c.winnerClaimId,
          reasoning: c.reasoning,
          nextDeadline: deadline?.toISOString() ?? null,
          parties: views,
          recommendation: { ...recommendation, facts: [...recommendation.facts] }
        }
      })

      const resolveCase = Effect.fn("ClaimsService.resolveCase")(function* (
        actor: Actor,
        caseId: string,
        input: {
          readonly winnerClaimId: string
          readonly reasoning: string
          readonly version?: number | undefined
        }
      ): Effect.fn.Return<CaseView, Failure> {
        yield* authorize("arbitrate", actor)
        const reasoning = input.reasoning.trim()
        if (reasoning === "") {
          return yield* new InvalidInput({
            code: "missing_field",
            reason: "Write the reasoning for the decision",
            details: { field: "reasoning" }
          })
        }
        return yield* tx.transaction(
          Effect.gen(function* () {
            const c = yield* loadCase(caseId)
            if (input.version !== undefined && input.version !== c.version) {
              return yield* new VersionConflict({
                aggregate: "case",
                id: caseId,
                expected: input.version,
                actual: c.version
              })
            }
            if (c.status !== "open")
              return yield* new IllegalTransition({
                aggregate: "case",
                id: caseId,
                from: c.status,
                action: "resolve"
              })
            const members = yield* repo.listByCase(caseId)
            const winner = members.find((m) => m.id === input.winnerClaimId)
            if (winner === undefined) {
              return yield* new InvalidInput({
                code: "invalid_request",
                reason: `Claim ${input.winnerClaimId} is not a party of case ${caseId}`,
                details: { field: "winnerClaimId" }
              })
            }
            const now = yield* clock.now
            // Claim the case first: a concurrent resolver waits on this row, then runs again from a fresh read.
            const resolved = new ArbitrationCase({
              ...c,
              status: "resolved",
              resolvedAt: now,
              winnerClaimId: winner.id,
              reasoning,
              resolvedBy: userIdOf(actor),
              version: c.version + 1
            })
            // Resolved meanwhile: run again from a fresh read (then version_conflict or illegal_transition).
            if (!(yield* cases.update(resolved, c.version)))
              return yield* new ConcurrentChange({ aggregate: "case" })
            const holders = (yield* caseParties(members)).filter((p) => p.holder).map((p) => p.claim.id)
            const winnerIsHolder = holders.includes(winner.id)
            if (!winnerIsHolder && !["submitted", "under_review", "disputed"].includes(winner.status)) {
              return yield* new IllegalTransition({
                aggregate: "claim",
                id: winner.id,
                from: winner.status,
                action: "win_arbitration"
              })
            }
            // Everyone else who is still open loses.
            for (const m of members) {
              if (m.id === winner.id) continue
              let loser = m
              if (
                !["submitted", "under_review", "partner_action_required", "disputed"].includes(loser.status)
              )
                continue
              if (loser.status === "submitted")
                loser = yield* apply(actor, loser, "start_review", { reviewStartedAt: now })
              const lost = yield* apply(
                actor,
                loser,
                loser.status === "disputed" ? "reject_dispute" : "reject",
                {
                  decidedAt: now,
                  rejectedAt: now,
                  rejectionReason: "lost_arbitration",
                  rejectionText: reasoning,
                  partnerActionDueAt: null
                }
              )
              yield* jobs.cancelByKey(`partner-response:${lost.id}`)
              yield* emailPartner(lost, (to) =>
                claimEmails.rejected(
                  lost,
                  to,
                  "lost_arbitration",
                  reasoning,
                  lost.status === "rejected_final"
                )
              )
            }
            if (!winnerIsHolder) {
              let w = winner
              if (w.status === "submitted")
                w = yield* apply(actor, w, "start_review", { reviewStartedAt: now })
              const consentDoneAlready = w.consent.status === "lapsed" || w.consent.status === "accepted"
              const contested = (yield* repo.activeOn(targetKeys(w))).some((a) => a.claimId !== w.id)
              yield* associate(w, now, consentDoneAlready, contested ? "pending" : "active")
              const approved = yield* apply(
                actor,
                w,
                w.status === "disputed" ? "uphold_dispute" : "approve",
                {
                  approvedAt: now,
                  decidedAt: now,
                  rejectionReason: null,
                  rejectionText: null,
                  ...(consentDoneAlready ? { officialAt: now } : {})
                }
              )
              // A holder is replaced only when the winner's association becomes official.
              if (consentDoneAlready && contested) yield* takeOver(approved, now)
              yield* emailPartner(approved, (to) => claimEmails.approved(approved, to))
              if (consentDoneAlready)
                yield* emailPartner(approved, (to) => claimEmails.official(approved, to))
            }
            yield* audit.append({
              actor,
              action: "case.resolved",
              entityType: "case",
              entityId: caseId,
              before: { status: "open", version: c.version },
              after: { status: "resolved", winnerClaimId: winner.id, reasoning, version: resolved.version }
            })
            return yield* getCase(actor, caseId)
          })
        )
      })

      const queue = Effect.fn("ClaimsService.queue")(function* (actor: Actor, filter: QueueQuery) {
        yield* authorize("readReviewQueue", actor)
        const now = yield* clock.now
        const { overdue, statuses, ...rest } = filter
        const rows = yield* repo.queue({
          ...rest,
          statuses: statuses ?? ["submitted", "under_review", "partner_action_required", "disputed"],
          ...(overdue === true ? { overdueAt: now } : {})
        })
        const calendar = yield* calendarService.current
        // The reviewers of the whole page in one read, whatever the page size.
        const reviewers = yield* identity.findUsersByIds(
          rows.flatMap((c) => (c.assignedReviewerId === null ? [] : [c.assignedReviewerId as UserId]))
        )
        const reviewerNames = new Map<string, string>(reviewers.map((u) => [u.id, u.displayName]))
        const out = []
        for (const claim of rows) {
          const deadlines = yield* deadlinesOf(claim)
          out.push({
            claimId: claim.id,
            name: claim.name,
            status: claim.status,
            version: claim.version,
            programId: claim.programId,
            solutionArea: claim.solutionArea,
            partnerId: claim.partnerId,
            partnerName: yield* organizationName(claim),
            tenantId: claim.tenantId,
            targets: targetKeys(claim),
            competing: claim.competing,
            caseId: claim.caseId,
            assignedReviewerId: claim.assignedReviewerId,
            assignedReviewerName:
              claim.assignedReviewerId === null
                ? null
                : (reviewerNames.get(claim.assignedReviewerId) ?? claim.assignedReviewerId),
            submittedAt: claim.submittedAt?.toISOString() ?? null,
            nextDeadline: claim.queueDeadlineAt?.toISOString() ?? null,
            businessDaysLeft:
              claim.queueDeadlineAt === null
                ? null
                : businessDaysBetween(calendar, now, claim.queueDeadlineAt),
            overdue:
              claim.queueDeadlineAt !== null &&
              (claim.status === "submitted" || claim.status === "disputed") &&
              claim.queueDeadlineAt.getTime() < now.getTime(),
            deadlines: {
              reviewStartBy: deadlines.reviewStartBy,
              partnerResponseBy: deadlines.partnerResponseBy,
              disputeAnswerBy: deadlines.disputeAnswerBy
            }
          })
        }
        return out
      })

      const assign = Effect.fn("ClaimsService.assign")(function* (
        actor: Actor,
        id: string,
        input: { readonly reviewerId?: string | undefined; readonly version?: number | undefined }
      ) {
        yield* authorize("reviewClaims", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* loadForUpdate(id)
            if (input.version !== undefined && input.version !== claim.version) {
              return yield* new VersionConflict({
                aggregate: "claim",
                id,
                expected: input.version,
                actual: claim.version
              })
            }
            const reviewerId = (input.reviewerId ?? userIdOf(actor)) as UserId
            const reviewer = yield* identity.findUserById(reviewerId)
            const reviewerRoles = yield* identity.rolesOf(reviewerId)
            if (Option.isNone(reviewer) || !reviewerRoles.some((r) => r.role === "reviewer")) {
              return yield* new InvalidInput({
                code: "invalid_request",
                reason: `${reviewerId} is not a reviewer`,
                details: { field: "reviewerId" }
              })
            }
            const now = yield* clock.now
            const next =
              claim.status === "submitted"
                ? yield* apply(actor, claim, "start_review", {
                    reviewStartedAt: now,
                    assignedReviewerId: reviewerId
                  })
                : yield* reassign(actor, claim, reviewerId)
            return yield* toView(actor, next)
          })
        )
      })

      const reassign = (actor: Actor, claim: Claim, reviewerId: UserId) =>
        Effect.gen(function* () {
          if (!["under_review", "partner_action_required", "disputed"].includes(claim.status)) {
            return yield* new IllegalTransition({
              aggregate: "claim",
              id: claim.id,
              from: claim.status,
              action: "assign"
            })
          }
          const now = yield* clock.now
          return yield* save(
            actor,
            claim,
            new Claim({
              ...claim,
              assignedReviewerId: reviewerId,
              updatedAt: now,
              version: claim.version + 1
            }),
            "claim.assigned",
            { assignedReviewerId: claim.assignedReviewerId },
            { assignedReviewerId: reviewerId }
          )
        })

      /** The preamble of a partner action that needs a reason: load, visibility, role, transition, text. */
      const partnerAction = (
        actor: Actor,
        id: string,
        action: ClaimAction,
        reason: string,
        missing: string
      ) =>
        Effect.gen(function* () {
          const claim = yield* loadForUpdate(id)
          yield* visible(actor, claim)
          yield* authorize("submitClaim", actor, partnerTarget(claim))
          yield* transitionClaim(claim.id, claim.status, action)
          const text = reason.trim()
          if (text === "")
            return yield* new InvalidInput({
              code: "missing_field",
              reason: missing,
              details: { field: "reason" }
            })
          return { claim, text }
        })

      const dispute = Effect.fn("ClaimsService.dispute")(function* (
        actor: Actor,
        id: string,
        reason: string
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const { claim, text } = yield* partnerAction(
              actor,
              id,
              "dispute",
              reason,
              "Explain why you dispute the decision"
            )
            const now = yield* clock.now
            const calendar = yield* calendarService.current
            const settings = yield* ClaimsConfig
            if (claim.disputeUsed) {
              return yield* violation(
                "dispute_already_used",
                "A claim can be disputed once; this one was disputed already"
              )
            }
            if (claim.rejectionReason === "customer_declined") {
              return yield* violation(
                "dispute_not_allowed",
                "The customer declined this association; a customer's decline cannot be disputed"
              )
            }
            const closes = addDays(calendar, claim.rejectedAt ?? now, settings.disputeWindowDays)
            if (now.getTime() > closes.getTime()) {
              return yield* violation(
                "dispute_window_closed",
                `A dispute is possible within ${settings.disputeWindowDays} days of the rejection; that window closed on ${closes.toISOString().slice(0, 10)}`
              )
            }
            const next = yield* apply(actor, claim, "dispute", { disputeUsed: true, disputedAt: now })
            yield* addComment(actor, next, `Dispute: ${text}`)
            return yield* toView(actor, next)
          })
        )
      })

      const disassociate = Effect.fn("ClaimsService.disassociate")(function* (
        actor: Actor,
        id: string,
        reason: string
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const { claim, text } = yield* partnerAction(
              actor,
              id,
              "disassociate",
              reason,
              "Give the reason for ending the association"
            )
            const now = yield* clock.now
            yield* repo.endAssociations(claim.id, now, "partner_request")
            const next = yield* apply(actor, claim, "disassociate", {
              rejectionReason: "partner_request",
              rejectionText: text,
              rejectedAt: now,
              endedAt: now
            })
            yield* addComment(actor, next, `Disassociated: ${text}`)
            yield* jobs.cancelByKey(`consent:${claim.id}`)
            const partnerName = yield* organizationName(next)
            if (next.customerContact !== null)
              yield* outbox.enqueueEmail(claimEmails.disassociatedCustomer(next, partnerName))
            yield* emailPartner(next, (to) =>
              claimEmails.ended(next, to, `your organization ended it (${text})`)
            )
            return yield* toView(actor, next)
          })
        )
      })

      const tenantClaim = (actor: Actor, id: string, forUpdate = false) =>
        Effect.gen(function* () {
          const claim = yield* forUpdate ? loadForUpdate(id) : load(id)
          if (claim.status === "draft") return yield* notFound(id)
          if (actor.kind === "customer_contact") {
            if (actor.claimId !== claim.id) return yield* notFound(id)
          } else if (actor.kind === "customer") {
            if (actor.tenantId !== claim.tenantId) return yield* notFound(id)
          } else {
            return yield* notFound(id)
          }
          yield* authorize("declineAssociation", actor, { tenantId: claim.tenantId as TenantId })
          return claim
        })

      /** Product names of the claim's subscriptions: from `products` (a tenant's, looked up once) or one by one. */
      const subscriptionProducts = (claim: Claim, products?: ReadonlyMap<string, string>) =>
        Effect.forEach(claim.subscriptionIds, (id) =>
          products !== undefined
            ? Effect.succeed({ id, product: products.get(id) ?? null })
            : Effect.map(directory.findSubscription(id as never), (found) => ({
                id,
                product: Option.match(found, { onNone: () => null, onSome: (x) => x.product as string })
              }))
        )

      const requestView = (claim: Claim, products?: ReadonlyMap<string, string>) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const calendar = yield* calendarService.current
          const location = yield* loadLocation(claim.locationId)
          const org = yield* organizationName(claim)
          const awaiting = claim.consent.status === "awaiting_response" && claim.consent.windowEndsAt !== null
          const declinable = claimTransitionsAllow(claim, "customer_decline")
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
              windowEndsAt: claim.consent.windowEndsAt?.toISOString() ?? null,
              respondedAt: claim.consent.respondedAt?.toISOString() ?? null
            },
            businessDaysLeftToDecline: awaiting
              ? businessDaysBetween(calendar, now, claim.consent.windowEndsAt!)
              : null,
            submittedAt: claim.submittedAt?.toISOString() ?? null,
            rejectedAt: claim.rejectedAt?.toISOString() ?? null,
            officialAt: claim.officialAt?.toISOString() ?? null,
            endedAt: claim.endedAt?.toISOString() ?? null,
            canDecline: declinable,
            canAccept: declinable && claim.consent.status === "awaiting_response"
          }
          return view
        })

      /** Still to decide: the consent window is open and the claim can still be declined. */
      const pendingRequest = (claim: Claim) =>
        claim.consent.status === "awaiting_response" && claimTransitionsAllow(claim, "customer_decline")

      const customerRequests = Effect.fn("ClaimsService.customerRequests")(function* (
        actor: Actor,
        query: CustomerRequestsQuery = {}
      ) {
        if (actor.kind === "customer_contact") {
          const claim = yield* tenantClaim(actor, actor.claimId)
          return { requests: [yield* requestView(claim)], nextCursor: null }
        }
        if (actor.kind !== "customer")
          return yield* new Forbidden({
            action: "declineAssociation",
            reason: "Only the customer's tenant admins see association requests"
          })
        yield* authorize("declineAssociation", actor, { tenantId: actor.tenantId })
        // A tenant has few requests: select and page them here, and build the views of one page only.
        const claims = yield* repo.list({
          tenantId: actor.tenantId,
          statuses: [
            "submitted",
            "under_review",
            "partner_action_required",
            "approved",
            "rejected",
            "disputed",
            "rejected_final",
            "ended"
          ],
          limit: 500
        })
        const limit = query.limit ?? 100
        // Newest submission first; the cursor is the last row's `<submittedAt>|<id>` (stable under changes).
        const key = (claim: Claim) => `${claim.submittedAt?.toISOString() ?? ""}|${claim.id}`
        const selected = claims
          .filter(
            (claim) =>
              (query.view === undefined || pendingRequest(claim) === (query.view === "pending")) &&
              (query.before === undefined || key(claim) < query.before)
          )
          .sort((x, y) => (key(x) < key(y) ? 1 : key(x) > key(y) ? -1 : 0))
        const page = selected.slice(0, limit)
        const products = new Map(
          (yield* directory.subscriptionsOf(actor.tenantId)).map((x) => [x.id as string, x.product as string])
        )
        return {
          requests: yield* Effect.forEach(page, (claim) => requestView(claim, products)),
          nextCursor: selected.length > limit && page.length > 0 ? key(page.at(-1)!) : null
        }
      })

      const customerDecline = Effect.fn("ClaimsService.customerDecline")(function* (
        actor: Actor,
        id: string,
        reason?: string
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* tenantClaim(actor, id, true)
            yield* transitionClaim(claim.id, claim.status, "customer_decline")
            const now = yield* clock.now
            yield* repo.endAssociations(claim.id, now, "customer_declined")
            const next = yield* apply(actor, claim, "customer_decline", {
              rejectionReason: "customer_declined" as RejectionReason,
              rejectionText: reason?.trim() || null,
              rejectedAt: now,
              decidedAt: now,
              partnerActionDueAt: null,
              ...(claim.status === "approved" ? { endedAt: now } : {}),
              consent: new Consent({ ...claim.consent, status: "declined", respondedAt: now })
            })
            yield* jobs.cancelByKey(`consent:${claim.id}`)
            yield* jobs.cancelByKey(`partner-response:${claim.id}`)
            yield* emailPartner(next, (to) => claimEmails.declined(next, to))
            return yield* requestView(next)
          })
        )
      })

      const customerAccept = Effect.fn("ClaimsService.customerAccept")(function* (actor: Actor, id: string) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* tenantClaim(actor, id, true)
            if (
              claim.consent.status !== "awaiting_response" ||
              !claimTransitionsAllow(claim, "customer_decline")
            ) {
              return yield* new IllegalTransition({
                aggregate: "claim",
                id,
                from: `${claim.status}/${claim.consent.status}`,
                action: "customer_accept"
              })
            }
            const now = yield* clock.now
            const next = yield* consentDone(actor, claim, "accepted", now)
            yield* jobs.cancelByKey(`consent:${claim.id}`)
            return yield* requestView(next)
          })
        )
      })

      /** Consent given or lapsed: an approved claim's association becomes official now. */
      const consentDone = (actor: Actor | "system", claim: Claim, status: "accepted" | "lapsed", now: Date) =>
        Effect.gen(function* () {
          const official = claim.status === "approved" && claim.officialAt === null
          const nextClaim = new Claim({
            ...claim,
            consent: new Consent({
              ...claim.consent,
              status,
              respondedAt: status === "accepted" ? now : claim.consent.respondedAt
            }),
            ...(official ? { officialAt: now } : {}),
            updatedAt: now,
            version: claim.version + 1
          })
          yield* save(
            actor,
            claim,
            nextClaim,
            `claim.consent_${status}`,
            { status: claim.status, consent: claim.consent.status },
            { status: claim.status, consent: status, official }
          )
          if (official) {
            const pending = (yield* repo.associationsOfClaim(claim.id)).some((a) => a.status === "pending")
            if (pending) yield* takeOver(nextClaim, now)
            else yield* repo.markOfficial(claim.id, now)
            yield* emailPartner(nextClaim, (to) => claimEmails.official(nextClaim, to))
          }
          return nextClaim
        })

      const consentWindowElapsed = Effect.fn("ClaimsService.consentWindowElapsed")(function* (
        claimId: string
      ) {
        yield* tx.transaction(
          Effect.gen(function* () {
            const claim = Option.getOrUndefined(yield* repo.findForUpdate(claimId))
            if (
              claim === undefined ||
              claim.consent.status !== "awaiting_response" ||
              claim.consent.windowEndsAt === null
            )
              return
            const now = yield* clock.now
            if (now.getTime() < claim.consent.windowEndsAt.getTime()) {
              return yield* Effect.die(new Error(`consent window of ${claimId} has not ended yet`))
            }
            yield* consentDone("system", claim, "lapsed", now).pipe(Effect.orDie)
          })
        )
      })

      const partnerResponseElapsed = Effect.fn("ClaimsService.partnerResponseElapsed")(function* (
        claimId: string
      ) {
        yield* tx.transaction(
          Effect.gen(function* () {
            const claim = Option.getOrUndefined(yield* repo.findForUpdate(claimId))
            if (
              claim === undefined ||
              claim.status !== "partner_action_required" ||
              claim.partnerActionDueAt === null
            )
              return
            const now = yield* clock.now
            if (now.getTime() < claim.partnerActionDueAt.getTime()) return
            const next = yield* apply("system", claim, "no_partner_response", {
              rejectionReason: "no_partner_response",
              rejectionText: null,
              rejectedAt: now,
              decidedAt: now,
              partnerActionDueAt: null
            }).pipe(Effect.orDie)
            yield* emailPartner(next, (to) =>
              claimEmails.rejected(
                next,
                to,
                "no_partner_response",
                "no answer within 14 business days",
                false
              )
            )
          })
        )
      })

      const subscriptionsExpired = Effect.fn("ClaimsService.subscriptionsExpired")(function* (
        subscriptionIds: ReadonlyArray<string>
      ) {
        let ended = 0
        for (const subscriptionId of subscriptionIds) {
          const claims = yield* repo.claimsWithSubscription(subscriptionId.toLowerCase())
          for (const c of claims) {
            if (c.status !== "approved") continue
            yield* tx.transaction(
              Effect.gen(function* () {
                const claim = Option.getOrUndefined(yield* repo.findForUpdate(c.id))
                if (claim === undefined || claim.status !== "approved") return
                const now = yield* clock.now
                yield* repo.endAssociations(claim.id, now, "subscription_expired", [
                  `subscription:${subscriptionId.toLowerCase()}`
                ])
                const remaining = (yield* repo.associationsOfClaim(claim.id)).filter(
                  (a) => a.status === "active"
                )
                if (remaining.length > 0) return
                const next = yield* apply("system", claim, "subscription_expired", { endedAt: now }).pipe(
                  Effect.orDie
                )
                yield* jobs.cancelByKey(`consent:${claim.id}`)
                yield* emailPartner(next, (to) =>
                  claimEmails.ended(next, to, `subscription ${subscriptionId} expired`)
                )
                ended++
              })
            )
          }
        }
        return ended
      })

      return ClaimsService.of({
        create,
        update,
        get,
        list,
        attachPoe,
        removePoe,
        downloadPoe,
        submit,
        comment,
        decide,
        dispute,
        disassociate,
        customerRequests,
        customerDecline,
        customerAccept,
        verifyConsentToken,
        consentToken,
        consentWindowElapsed,
        partnerResponseElapsed,
        subscriptionsExpired,
        getCase,
        resolveCase,
        queue,
        assign
      })
    })
  )
}

const claimTransitionsAllow = (claim: Claim, action: ClaimAction): boolean =>
  claimTransitions[claim.status][action] !== undefined

const constantTimeEqual = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}
