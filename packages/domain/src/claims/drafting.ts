import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { type PartnerRole, partnerRoleDefinition, type SolutionArea } from "../catalog/catalog.ts"
import { type LocationId, newId, type OrganizationId, type PartnerId, type ProgramId } from "../ids.ts"
import type { Language } from "../preferences/language.ts"
import { Forbidden, RuleViolations } from "../shared/errors.ts"
import { ClaimShapeInvalid, FieldNotEditable } from "./errors.ts"
import { type ClaimChanges, type Kernel, userIdOf } from "./kernel.ts"
import { claimListScope } from "./list-scope.ts"
import { Claim, Consent } from "./model.ts"
import { type ClaimFilter, historyEntryOf } from "./repository.ts"
import type { Views } from "./views.ts"

/**
 * The fields of a new claim: name, partner and customer, solution area and partner role, the workloads or
 * subscriptions it claims, and the contacts.
 */
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
  readonly customerContact: {
    readonly name: string
    readonly title: string
    readonly email: string
    /** The contact's language for emails (SPEC §8); absent: English. */
    readonly language?: Language
  }
  readonly partnerContact: { readonly name: string; readonly email: string }
  readonly revenue?:
    | { readonly solutionSellerName: string; readonly customerName: string; readonly isvProductName: string }
    | null
    | undefined
}

/** A change to a claim's fields (only some are editable after submission). */
export type ClaimPatch = Partial<ClaimInput>

/** Fields a partner may still change in partner_action_required (SPEC §5). */
const EDITABLE_AFTER_SUBMISSION = new Set<keyof ClaimInput>([
  "partnerId",
  "workloads",
  "subscriptionIds",
  "customerContact",
  "partnerContact"
])

const normalEmail = (email: string) => email.trim().toLowerCase()

/**
 * Why a claim's products do not fit its solution area (Modern Work and Security claims name workloads;
 * Business Applications claims name subscriptions), or undefined when they do. Pure: bulk import
 * (bulk-claims/) reports it per row.
 */
export const shapeProblem = (input: {
  readonly solutionArea: SolutionArea
  readonly workloads: ReadonlyArray<string>
  readonly subscriptionIds: ReadonlyArray<string>
  readonly optOut: boolean
}):
  | { readonly field: "workloads" | "subscriptionIds" | "optOutOfIncentives"; readonly reason: string }
  | undefined => {
  if (input.solutionArea === "modern_work_security" && input.subscriptionIds.length > 0)
    return {
      field: "subscriptionIds",
      reason: "Modern Work and Security claims name workloads, not subscriptionIds"
    }
  if (input.solutionArea === "business_applications" && input.workloads.length > 0)
    return { field: "workloads", reason: "Business Applications claims name subscriptionIds, not workloads" }
  if (input.optOut && input.solutionArea !== "modern_work_security")
    return {
      field: "optOutOfIncentives",
      reason: "Opting out of incentive payments applies to Modern Work and Security claims only"
    }
  if (new Set(input.workloads).size !== input.workloads.length)
    return { field: "workloads", reason: "A workload or subscription appears twice" }
  if (new Set(input.subscriptionIds.map((s) => s.toLowerCase())).size !== input.subscriptionIds.length)
    return { field: "subscriptionIds", reason: "A workload or subscription appears twice" }
  return undefined
}

const shapeCheck = (input: Parameters<typeof shapeProblem>[0]) => {
  const problem = shapeProblem(input)
  return problem === undefined ? Effect.void : Effect.fail(new ClaimShapeInvalid({ reason: problem.reason }))
}

export const programFor = (role: PartnerRole) =>
  (partnerRoleDefinition(role)?.programId ?? "prg_unknown") as ProgramId

/**
 * A new draft claim of `input` at the actor's `location` (checked by the caller), as every draft is made:
 * by hand (POST /claims) or from a row of a bulk import (bulk-claims/).
 */
export const newDraft = (
  actor: Actor,
  location: {
    readonly id: LocationId
    readonly organizationId: OrganizationId
    readonly partnerId: PartnerId
  },
  input: ClaimInput,
  now: Date
): Claim => {
  const workloads = [...(input.workloads ?? [])]
  const subscriptionIds = [...(input.subscriptionIds ?? [])]
  const optOut = input.optOutOfIncentives ?? false
  return new Claim({
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
    optOutOfIncentives: optOut,
    customerContact: { ...input.customerContact, email: normalEmail(input.customerContact.email) },
    partnerContact: { ...input.partnerContact, email: normalEmail(input.partnerContact.email) },
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
    queueDeadlineAt: null,
    acknowledgements: [],
    awaitingPartnerSince: null,
    partnerAnsweredAt: null
  })
}

/** The audit entry of a new draft (its history's first entry). */
export const draftCreated = (actor: Actor, claim: Claim) => ({
  actor,
  action: "claim.created",
  entityType: "claim",
  entityId: claim.id,
  before: null,
  after: { status: "draft", version: 1, name: claim.name, partnerId: claim.partnerId }
})

/** Drafting a claim: create, edit (draft, or some fields in partner_action_required), read and list. */
export const makeDrafting = (k: Kernel, views: Views) => {
  /** The location named by a PartnerID must belong to the actor's organization; the actor drafts there. */
  const ownLocation = (actor: Actor, partnerId: string) =>
    Effect.gen(function* () {
      if (actor.kind !== "partner")
        return yield* new Forbidden({ action: "draftClaim", reason: "Only partner users file claims" })
      const location = yield* k.identity.findLocationByPartnerId(partnerId as PartnerId)
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
      yield* authorize("draftClaim", actor, {
        organizationId: location.value.organizationId,
        locationId: location.value.id
      })
      return location.value
    })

  /**
   * Drafts a claim for one of the actor's locations; checks its shape (workloads or subscriptions by solution
   * area). /
   */
  const create = Effect.fn("ClaimsService.create")(function* (actor: Actor, input: ClaimInput) {
    const location = yield* ownLocation(actor, input.partnerId)
    const workloads = [...(input.workloads ?? [])]
    const subscriptionIds = [...(input.subscriptionIds ?? [])]
    const optOut = input.optOutOfIncentives ?? false
    yield* shapeCheck({ solutionArea: input.solutionArea, workloads, subscriptionIds, optOut })
    const claim = newDraft(actor, location, input, yield* k.clock.now)
    const created = yield* k.tx.transaction(
      Effect.gen(function* () {
        yield* k.repo.insert(claim)
        return yield* k.audit.append(draftCreated(actor, claim))
      })
    )
    // A new claim has no POE or comments yet, and one history entry: its creation.
    return yield* views.claimView(actor, claim, {
      poe: [],
      comments: [],
      history: [historyEntryOf(created)]
    })
  })

  /** The fields a patch changes, after the rules of what may change and how the products fit. */
  const patchChanges = (actor: Actor, claim: Claim, patch: ClaimPatch) =>
    Effect.gen(function* () {
      if (claim.status === "partner_action_required") {
        const locked = (Object.keys(patch) as Array<keyof ClaimInput>).filter(
          (key) => !EDITABLE_AFTER_SUBMISSION.has(key)
        )
        if (locked.length > 0) return yield* new FieldNotEditable({ fields: locked })
      }
      const location =
        patch.partnerId === undefined || patch.partnerId === claim.partnerId
          ? undefined
          : yield* ownLocation(actor, patch.partnerId)
      const solutionArea = patch.solutionArea ?? claim.solutionArea
      const partnerRole = patch.partnerRole ?? claim.partnerRole
      const workloads = [...(patch.workloads ?? claim.workloads)]
      const subscriptionIds = [...(patch.subscriptionIds ?? claim.subscriptionIds)].map((s) =>
        s.trim().toLowerCase()
      )
      const optOut = patch.optOutOfIncentives ?? claim.optOutOfIncentives
      yield* shapeCheck({ solutionArea, workloads, subscriptionIds, optOut })
      const changes: ClaimChanges = {
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
              customerContact: { ...patch.customerContact, email: normalEmail(patch.customerContact.email) }
            }),
        ...(patch.partnerContact === undefined
          ? {}
          : { partnerContact: { ...patch.partnerContact, email: normalEmail(patch.partnerContact.email) } }),
        ...(patch.revenue === undefined ? {} : { revenue: patch.revenue })
      }
      return changes
    })

  /** Changes a claim's fields: any in a draft, only some in `partner_action_required`. */
  const update = Effect.fn("ClaimsService.update")(function* (
    actor: Actor,
    id: string,
    patch: ClaimPatch,
    version?: number
  ) {
    return yield* k.change(actor, id, {
      version,
      action: () => "edit",
      changes: (claim) => patchChanges(actor, claim, patch),
      view: (next) => views.claimView(actor, next)
    })
  })

  /** A claim's view, with the actions the actor is offered. */
  const get = Effect.fn("ClaimsService.get")(function* (actor: Actor, id: string) {
    const claim = yield* k.load(id)
    yield* k.visible(actor, claim)
    return yield* views.claimView(actor, claim)
  })

  /** The claims the actor may see (its locations', its tenant's, or all for vendor staff), newest first. */
  const list = Effect.fn("ClaimsService.list")(function* (
    actor: Actor,
    filter: Omit<ClaimFilter, "organizationId" | "locationIds">
  ) {
    const scope = yield* claimListScope(actor, k.identity)
    if (scope._tag === "None") return []
    const claims = yield* k.repo.list(
      scope._tag === "All"
        ? filter
        : { ...filter, organizationId: scope.organizationId, locationIds: scope.locationIds }
    )
    return yield* views.claimViews(actor, claims)
  })

  /** A page of a claim's comments, newest first, for whoever may see the claim. */
  const comments = Effect.fn("ClaimsService.comments")(function* (
    actor: Actor,
    id: string,
    page: { readonly before?: { readonly at: Date; readonly id: string } | undefined; readonly limit: number }
  ) {
    const claim = yield* k.load(id)
    yield* k.visible(actor, claim)
    const rows = yield* k.repo.commentsPage(claim.id, page.before, page.limit)
    return rows.map(views.commentView)
  })

  /** A page of a claim's history (its audit rows), newest first, for whoever may see the claim. */
  const history = Effect.fn("ClaimsService.history")(function* (
    actor: Actor,
    id: string,
    page: { readonly before?: { readonly at: Date; readonly id: string } | undefined; readonly limit: number }
  ) {
    const claim = yield* k.load(id)
    yield* k.visible(actor, claim)
    const events = yield* k.audit.list({
      entityType: "claim",
      entityId: claim.id,
      limit: page.limit,
      cursor: page.before === undefined ? undefined : { at: page.before.at.toISOString(), id: page.before.id }
    })
    return events.map((e) => ({ ...views.historyEntry(e), id: e.id }))
  })

  return { create, update, get, list, comments, history }
}
