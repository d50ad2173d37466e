import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import type { TenantId } from "../ids.ts"
import { Forbidden, NotFound } from "../shared/errors.ts"
import { transition } from "../shared/lifecycle.ts"
import type { Associations } from "./associations.ts"
import { claimDeclinable, consentLifecycle, consentState } from "./consent-lifecycle.ts"
import { claimEmails } from "./emails.ts"
import type { Kernel } from "./kernel.ts"
import { permitsOn } from "./lifecycle.ts"
import { type Claim, ClaimStatus, Consent } from "./model.ts"
import type { Views } from "./views.ts"

/** Signed customer links stay valid this long; declining is possible at any time. */
const CONSENT_TOKEN_TTL_MILLIS = 400 * 86_400_000

/** Which of a tenant's association requests: still open to decide, or decided (declined, accepted, lapsed, ended). */
export type CustomerRequestsQuery = {
  readonly view?: "pending" | "decided" | undefined
  /** Cursor: the `nextCursor` of the previous page. */
  readonly before?: string | undefined
  readonly limit?: number | undefined
}

/** The statuses a customer sees requests in: every status after the first submission (not a draft). */
const SUBMITTED_STATUSES = ClaimStatus.literals.filter((status) => status !== "draft")

const constantTimeEqual = (a: string, b: string): boolean => {
  if (a.length !== b.length) return false
  let diff = 0
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i)
  return diff === 0
}

/** Still to decide: the consent window is open and the claim can still be declined. */
const pendingRequest = (claim: Claim) =>
  claim.consent.status === "awaiting_response" && claimDeclinable(claim)

/** The customer's side: signed links, the tenant's association requests, decline and accept. */
export const makeConsent = (k: Kernel, views: Views, associations: Associations) => {
  /** The signed token of the customer's one-click decline link for a claim. */
  const consentToken = (claim: Claim) =>
    Effect.map(k.clock.now, (now) => {
      const expires = now.getTime() + CONSENT_TOKEN_TTL_MILLIS
      return `${claim.id}.${expires}.${k.secrets.sign(`consent.v1.${claim.id}.${expires}`)}`
    })

  /** The actor for a signed customer link, or NotFound when it is not valid. */
  const verifyConsentToken = (token: string) =>
    Effect.gen(function* () {
      const parts = token.split(".")
      const invalid = new NotFound({ entity: "consent link", id: "token" })
      if (parts.length !== 3) return yield* invalid
      const [claimId, expiresText, signature] = parts as [string, string, string]
      const expires = Number(expiresText)
      const expected = k.secrets.sign(`consent.v1.${claimId}.${expires}`)
      if (!Number.isFinite(expires) || !constantTimeEqual(expected, signature)) return yield* invalid
      if ((yield* k.clock.now).getTime() > expires) return yield* invalid
      const claim = yield* k.repo.find(claimId)
      if (Option.isNone(claim) || claim.value.customerContact === null) return yield* invalid
      const actor: Actor = {
        kind: "customer_contact",
        tenantId: claim.value.tenantId as TenantId,
        email: claim.value.customerContact.email,
        claimId
      }
      return actor
    })

  /** The customer's access to a submitted claim: its tenant's admins, or the signed link of that claim. */
  const tenantAccess = (actor: Actor, claim: Claim) =>
    Effect.gen(function* () {
      const mine =
        claim.status !== "draft" &&
        ((actor.kind === "customer_contact" && actor.claimId === claim.id) ||
          (actor.kind === "customer" && actor.tenantId === claim.tenantId))
      if (!mine) return yield* k.notFound(claim.id)
      yield* authorize("declineAssociation", actor, { tenantId: claim.tenantId as TenantId })
    })

  /** The claims against the customer's tenant, as the customer sees them. */
  const customerRequests = Effect.fn("ClaimsService.customerRequests")(function* (
    actor: Actor,
    query: CustomerRequestsQuery = {}
  ) {
    if (actor.kind === "customer_contact") {
      const claim = yield* k.load(actor.claimId)
      yield* tenantAccess(actor, claim)
      return { requests: [yield* views.requestView(claim)], nextCursor: null }
    }
    if (actor.kind !== "customer")
      return yield* new Forbidden({
        action: "declineAssociation",
        reason: "Only the customer's tenant admins see association requests"
      })
    yield* authorize("declineAssociation", actor, { tenantId: actor.tenantId })
    // A tenant has few requests: select and page them here, and build the views of one page only.
    const claims = yield* k.repo.list({ tenantId: actor.tenantId, statuses: SUBMITTED_STATUSES, limit: 500 })
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
      (yield* k.directory.subscriptionsOf(actor.tenantId)).map((x) => [x.id as string, x.product as string])
    )
    return {
      requests: yield* Effect.forEach(page, (claim) => views.requestView(claim, products)),
      nextCursor: selected.length > limit && page.length > 0 ? key(page.at(-1)!) : null
    }
  })

  /**
   * The customer declines a claim (any time before it is final): the claim is rejected `customer_declined`. /
   */
  const customerDecline = Effect.fn("ClaimsService.customerDecline")(function* (
    actor: Actor,
    id: string,
    reason?: string
  ) {
    return yield* k.change(actor, id, {
      access: (claim) => tenantAccess(actor, claim),
      action: () => "customer_decline",
      changes: (claim, now) =>
        Effect.gen(function* () {
          const consent = yield* transition(consentLifecycle, {
            id: claim.id,
            from: consentState(claim),
            action: "decline",
            context: claim,
            permits: permitsOn(actor, claim)
          })
          yield* k.repo.endAssociations(claim.id, now, "customer_declined")
          return {
            rejectionReason: "customer_declined" as const,
            rejectionText: reason?.trim() || null,
            rejectedAt: now,
            decidedAt: now,
            partnerActionDueAt: null,
            ...(claim.status === "approved" ? { endedAt: now } : {}),
            consent: new Consent({
              ...claim.consent,
              status: consent === "not_requested" ? null : consent,
              respondedAt: now
            })
          }
        }),
      effects: (next) =>
        Effect.gen(function* () {
          yield* k.jobs.cancelByKey(`consent:${next.id}`)
          yield* k.jobs.cancelByKey(`partner-response:${next.id}`)
          yield* k.emailPartner(next, (to) => claimEmails.declined(next, to))
        }),
      view: (next) => views.requestView(next)
    })
  })

  /** The customer accepts a claim before its consent window ends. */
  const customerAccept = Effect.fn("ClaimsService.customerAccept")(function* (actor: Actor, id: string) {
    return yield* k.command(actor, id, { access: (claim) => tenantAccess(actor, claim) }, (claim) =>
      Effect.gen(function* () {
        const next = yield* associations.consentDone(actor, claim, "accept", yield* k.clock.now)
        yield* k.jobs.cancelByKey(`consent:${claim.id}`)
        return yield* views.requestView(next)
      })
    )
  })

  return { consentToken, verifyConsentToken, customerRequests, customerDecline, customerAccept }
}

export type ConsentUseCases = ReturnType<typeof makeConsent>
