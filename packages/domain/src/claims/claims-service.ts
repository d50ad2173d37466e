import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import { Secrets } from "../auth/auth.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import { addBusinessDays, addDays, businessDaysBetween } from "../calendar/business-calendar.ts"
import { Calendar } from "../calendar/calendar-service.ts"
import { Clock } from "../calendar/clock.ts"
import { type PartnerRole, partnerRoleDefinition, type SolutionArea } from "../catalog/catalog.ts"
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
  readonly official: boolean
  readonly officialAt: string | null
  readonly submittedAt: string | null
  readonly approvedAt: string | null
  readonly createdAt: string
  readonly updatedAt: string
  readonly poe: ReadonlyArray<{
    readonly id: string
    readonly fileName: string
    readonly mediaType: string
    readonly size: number
    readonly sha256: string
    readonly uploadedAt: string
  }>
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
  readonly status: string
  readonly consent: { readonly status: string | null; readonly windowEndsAt: string | null }
  readonly businessDaysLeftToDecline: number | null
  readonly submittedAt: string | null
  readonly canDecline: boolean
  readonly canAccept: boolean
}

type Failure =
  | Forbidden
  | NotFound
  | InvalidInput
  | IllegalTransition
  | VersionConflict
  | Conflict
  | RuleViolations

const notFound = (id: string) => new NotFound({ entity: "claim", id })

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
    readonly customerRequests: (actor: Actor) => Effect.Effect<ReadonlyArray<CustomerRequestView>, Failure>
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

      const load = (id: string) =>
        Effect.flatMap(
          repo.find(id),
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
          const next = new Claim({
            ...claim,
            ...changes,
            status: to,
            updatedAt: now,
            version: claim.version + 1
          })
          if (!(yield* repo.update(next, claim.version))) {
            const current = yield* repo.find(claim.id)
            return yield* new VersionConflict({
              aggregate: "claim",
              id: claim.id,
              expected: claim.version,
              actual: Option.match(current, { onNone: () => -1, onSome: (c) => c.version })
            })
          }
          yield* audit.append({
            actor,
            action: auditAction ?? `claim.${action}`,
            entityType: "claim",
            entityId: claim.id,
            before: { status: claim.status, version: claim.version },
            after: { status: next.status, version: next.version, rejectionReason: next.rejectionReason }
          })
          return next
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

      const actionsFor = (actor: Actor, claim: Claim): ReadonlyArray<string> => {
        const target = partnerTarget(claim)
        const out: Array<string> = []
        const can = (a: ClaimAction) => claimTransitionsAllow(claim, a)
        if (actor.kind === "partner" && actor.organizationId === claim.organizationId) {
          const drafter = policy.draftClaim(actor, target)
          const admin = policy.submitClaim(actor, target)
          if (claim.status === "draft" && drafter) out.push("edit", "attach_poe")
          if (claim.status === "partner_action_required" && admin) out.push("edit", "attach_poe")
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
            consent: {
              status: claim.consent.status,
              notifiedAt: claim.consent.notifiedAt?.toISOString() ?? null,
              windowEndsAt: claim.consent.windowEndsAt?.toISOString() ?? null,
              respondedAt: claim.consent.respondedAt?.toISOString() ?? null
            },
            deadlines,
            official: claim.officialAt !== null && claim.status === "approved",
            officialAt: claim.officialAt?.toISOString() ?? null,
            submittedAt: claim.submittedAt?.toISOString() ?? null,
            approvedAt: claim.approvedAt?.toISOString() ?? null,
            createdAt: claim.createdAt.toISOString(),
            updatedAt: claim.updatedAt.toISOString(),
            poe: poe.map((p) => ({
              id: p.id,
              fileName: p.fileName,
              mediaType: p.mediaType,
              size: p.size,
              sha256: p.sha256,
              uploadedAt: p.uploadedAt.toISOString()
            })),
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
          updatedAt: now
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
            const claim = yield* load(id)
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
        const claim = yield* load(id)
        yield* visible(actor, claim)
        yield* authorize(claim.status === "draft" ? "draftClaim" : "submitClaim", actor, partnerTarget(claim))
        yield* transitionClaim(claim.id, claim.status, "attach_poe")
        const existing = yield* repo.listPoe(claim.id)
        if (existing.length >= 20)
          return yield* new Conflict({
            code: "too_many_poe",
            reason: "A claim holds at most 20 proof-of-execution documents"
          })
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
        return yield* tx.transaction(
          Effect.gen(function* () {
            yield* repo.insertPoe(poe)
            const next = yield* apply(actor, claim, "attach_poe", {}, "claim.poe_attached")
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
            const claim = yield* load(id)
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
            const claim = yield* load(id)
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
            const next = yield* apply(actor, claim, action, {
              submittedAt: now,
              acknowledgedAt: now,
              partnerActionDueAt: null,
              competing: claim.competing || others.length > 0,
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
            // Another partner holds or claims the same targets: every open claim on them is competing.
            for (const other of others) {
              if (other.status === "association") continue
              const o = yield* repo.find(other.claimId)
              if (Option.isSome(o) && !o.value.competing) yield* markCompeting(o.value)
            }
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

      /** Flags a claim as competing without moving it (used where no transition fits). */
      const markCompeting = (claim: Claim) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const next = new Claim({ ...claim, competing: true, updatedAt: now, version: claim.version + 1 })
          if (!(yield* repo.update(next, claim.version))) return
          yield* audit.append({
            actor: "system",
            action: "claim.marked_competing",
            entityType: "claim",
            entityId: claim.id,
            before: { status: claim.status, competing: claim.competing },
            after: { status: claim.status, competing: true }
          })
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

      /** Creates the active associations of an approved claim; the database refuses a second holder. */
      const associate = (claim: Claim, now: Date, official: boolean) =>
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
              status: "active",
              startedAt: now,
              officialAt: official ? now : null,
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
            let claim = yield* load(id)
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

      const dispute = Effect.fn("ClaimsService.dispute")(function* (
        actor: Actor,
        id: string,
        reason: string
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* load(id)
            yield* visible(actor, claim)
            yield* authorize("submitClaim", actor, partnerTarget(claim))
            yield* transitionClaim(claim.id, claim.status, "dispute")
            const text = reason.trim()
            if (text === "")
              return yield* new InvalidInput({
                code: "missing_field",
                reason: "Explain why you dispute the decision",
                details: { field: "reason" }
              })
            const now = yield* clock.now
            const calendar = yield* calendarService.current
            const settings = yield* ClaimsConfig
            if (claim.disputeUsed) {
              return yield* new RuleViolations({
                violations: [
                  {
                    code: "dispute_already_used",
                    message: "A claim can be disputed once; this one was disputed already"
                  }
                ]
              })
            }
            if (claim.rejectionReason === "customer_declined") {
              return yield* new RuleViolations({
                violations: [
                  {
                    code: "dispute_not_allowed",
                    message: "The customer declined this association; a customer's decline cannot be disputed"
                  }
                ]
              })
            }
            const closes = addDays(calendar, claim.rejectedAt ?? now, settings.disputeWindowDays)
            if (now.getTime() > closes.getTime()) {
              return yield* new RuleViolations({
                violations: [
                  {
                    code: "dispute_window_closed",
                    message: `A dispute is possible within ${settings.disputeWindowDays} days of the rejection; that window closed on ${closes.toISOString().slice(0, 10)}`
                  }
                ]
              })
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
            const claim = yield* load(id)
            yield* visible(actor, claim)
            yield* authorize("submitClaim", actor, partnerTarget(claim))
            yield* transitionClaim(claim.id, claim.status, "disassociate")
            const text = reason.trim()
            if (text === "")
              return yield* new InvalidInput({
                code: "missing_field",
                reason: "Give the reason for ending the association",
                details: { field: "reason" }
              })
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

      const tenantClaim = (actor: Actor, id: string) =>
        Effect.gen(function* () {
          const claim = yield* load(id)
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

      const requestView = (claim: Claim) =>
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
            status: claim.status,
            consent: {
              status: claim.consent.status,
              windowEndsAt: claim.consent.windowEndsAt?.toISOString() ?? null
            },
            businessDaysLeftToDecline: awaiting
              ? businessDaysBetween(calendar, now, claim.consent.windowEndsAt!)
              : null,
            submittedAt: claim.submittedAt?.toISOString() ?? null,
            canDecline: declinable,
            canAccept: declinable && claim.consent.status === "awaiting_response"
          }
          return view
        })

      const customerRequests = Effect.fn("ClaimsService.customerRequests")(function* (actor: Actor) {
        if (actor.kind === "customer_contact") {
          const claim = yield* tenantClaim(actor, actor.claimId)
          return [yield* requestView(claim)]
        }
        if (actor.kind !== "customer")
          return yield* new Forbidden({
            action: "declineAssociation",
            reason: "Only the customer's tenant admins see association requests"
          })
        yield* authorize("declineAssociation", actor, { tenantId: actor.tenantId })
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
        return yield* Effect.forEach(claims, requestView)
      })

      const customerDecline = Effect.fn("ClaimsService.customerDecline")(function* (
        actor: Actor,
        id: string,
        reason?: string
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const claim = yield* tenantClaim(actor, id)
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
            const claim = yield* tenantClaim(actor, id)
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
          if (!(yield* repo.update(nextClaim, claim.version))) {
            return yield* new VersionConflict({
              aggregate: "claim",
              id: claim.id,
              expected: claim.version,
              actual: -1
            })
          }
          yield* audit.append({
            actor,
            action: `claim.consent_${status}`,
            entityType: "claim",
            entityId: claim.id,
            before: { status: claim.status, consent: claim.consent.status },
            after: { status: claim.status, consent: status, official }
          })
          if (official) {
            yield* repo.markOfficial(claim.id, now)
            yield* emailPartner(nextClaim, (to) => claimEmails.official(nextClaim, to))
          }
          return nextClaim
        })

      const consentWindowElapsed = Effect.fn("ClaimsService.consentWindowElapsed")(function* (
        claimId: string
      ) {
        yield* tx.transaction(
          Effect.gen(function* () {
            const claim = Option.getOrUndefined(yield* repo.find(claimId))
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
            const claim = Option.getOrUndefined(yield* repo.find(claimId))
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
                const claim = Option.getOrUndefined(yield* repo.find(c.id))
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
        subscriptionsExpired
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
