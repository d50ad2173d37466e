import { Effect, Option } from "effect"
import { caseLifecycle } from "../arbitration/lifecycle.ts"
import { ArbitrationCase } from "../arbitration/model.ts"
import type { Actor } from "../authorization/actor.ts"
import { addBusinessDays } from "../calendar/business-calendar.ts"
import type { Subscription } from "../directory/model.ts"
import { newId, type TenantId } from "../ids.ts"
import { AppConfig } from "../shared/config.ts"
import { InvalidInput, RuleViolations, type Violation } from "../shared/errors.ts"
import { isSystem, transition } from "../shared/lifecycle.ts"
import { awaitingPartner, noticeJoinedCase } from "./arbitration-notice.ts"
import { CONSENT_WINDOW_JOB } from "./config.ts"
import type { ConsentUseCases } from "./consent.ts"
import { consentLifecycle, consentState } from "./consent-lifecycle.ts"
import { claimEmails } from "./emails.ts"
import type { Kernel } from "./kernel.ts"
import { permitsOn } from "./lifecycle.ts"
import { type Claim, Consent, targetKeys } from "./model.ts"
import { validateSubmission } from "./validation.ts"
import type { Views } from "./views.ts"

/** Every problem of a submission together: only missing fields is 400, any rule broken is 422 (rules first). */
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

/** Submitting a claim (and resubmitting it after a request for information). */
export const makeSubmission = (k: Kernel, views: Views, consent: ConsentUseCases) => {
  /** Loads what validation needs and runs it; the held/open targets of other organizations. */
  const checkSubmission = (claim: Claim, acknowledged: ReadonlyArray<string>) =>
    Effect.gen(function* () {
      const tenant = Option.getOrUndefined(yield* k.directory.findTenant(claim.tenantId as TenantId))
      const subscriptions = new Map<string, Subscription>()
      for (const s of claim.subscriptionIds) {
        const found = yield* k.directory.findSubscription(s as never)
        if (Option.isSome(found)) subscriptions.set(s.toLowerCase(), found.value)
      }
      const program = Option.getOrUndefined(yield* k.enrollments.findProgram(claim.programId))
      const enrollment = yield* k.enrollments.findEnrollmentFor(claim.locationId, claim.programId)
      const holders = yield* k.repo.holdersOf(targetKeys(claim))
      const own = (h: (typeof holders)[number]) => h.organizationId === claim.organizationId
      const violations = validateSubmission(claim, {
        tenant,
        subscriptions,
        program,
        locationEnrolled: Option.isSome(enrollment) && enrollment.value.state === "enrolled",
        poeCount: (yield* k.repo.listPoe(claim.id)).length,
        ownHeldOrOpenTargets: new Set(
          holders.filter((h) => own(h) && h.claimId !== claim.id).map((h) => h.targetKey)
        ),
        acknowledged
      })
      if (violations.length > 0) return yield* failWith(violations)
      return {
        others: holders.filter((h) => !own(h) && h.claimId !== claim.id).map((h) => h.claimId),
        // Every statement was confirmed: the claim keeps them as they read now (SPEC §5).
        acknowledgements: (program?.acknowledgements ?? []).map((a) => ({ id: a.id, text: a.text }))
      }
    })

  /**
   * Puts a claim into an arbitration case (competing) without moving it; `notify`: it was in no open case
   * before (not merely moved by a merge), so its partner is told in the comments and by email.
   */
  const joinCase = (claim: Claim, caseId: string, notify: boolean) =>
    claim.caseId === caseId && claim.competing
      ? Effect.void
      : Effect.gen(function* () {
          const now = yield* k.clock.now
          const joined = yield* k.write(
            "system",
            claim,
            claim.status,
            { competing: true, caseId, ...(notify ? awaitingPartner(now) : {}) },
            {
              action: "claim.joined_arbitration",
              before: { status: claim.status, competing: claim.competing, caseId: claim.caseId },
              after: { status: claim.status, competing: true, caseId }
            }
          )
          if (notify) yield* noticeJoinedCase(k, joined)
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
        const found = yield* k.repo.findForUpdate(id)
        if (Option.isSome(found)) members.push(found.value)
      }
      const openCases: Array<ArbitrationCase> = []
      for (const caseId of new Set(members.map((m) => m.caseId).filter((c): c is string => c !== null))) {
        const found = yield* k.cases.find(caseId)
        if (Option.isSome(found) && found.value.status === "open") openCases.push(found.value)
      }
      const now = yield* k.clock.now
      // A claim moved by a merge was in arbitration already: its partner was told then.
      const openBefore = new Set(openCases.map((c) => c.id as string))
      const wasInOpenCase = (c: Claim) => c.caseId !== null && openBefore.has(c.caseId)
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
        yield* k.cases.insert(target)
        yield* k.audit.append({
          actor: "system",
          action: "case.opened",
          entityType: "case",
          entityId: target.id,
          before: null,
          after: { claims: [claim.id, ...members.map((m) => m.id)] }
        })
      }
      for (const merged of openCases.slice(1)) {
        for (const m of yield* k.repo.listByCase(merged.id)) members.push(m)
        const status = yield* transition(caseLifecycle, {
          id: merged.id,
          from: merged.status,
          action: "merge",
          context: undefined,
          permits: isSystem
        }).pipe(Effect.orDie)
        yield* k.cases.update(
          new ArbitrationCase({
            ...merged,
            status,
            resolvedAt: now,
            reasoning: `Merged into case ${target.id}`,
            version: merged.version + 1
          }),
          merged.version
        )
        yield* k.audit.append({
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
        const fresh = yield* k.repo.findForUpdate(id)
        if (Option.isSome(fresh)) yield* joinCase(fresh.value, target.id, !wasInOpenCase(fresh.value))
      }
      return { caseId: target.id, wasInOpenCase }
    })

  /** `acknowledgements`: the ids of the program's statements the partner confirms (all are required). */
  const submit = Effect.fn("ClaimsService.submit")(function* (
    actor: Actor,
    id: string,
    version?: number,
    acknowledgements: ReadonlyArray<string> = []
  ) {
    // Set by `changes` (run again with the transaction on a concurrent change), read by `effects`.
    let joinsCase = false
    return yield* k.change(actor, id, {
      version,
      action: (claim) => (claim.status === "partner_action_required" ? "resubmit" : "submit"),
      changes: (claim, now) =>
        Effect.gen(function* () {
          const checked = yield* checkSubmission(claim, acknowledgements)
          const others = checked.others
          const { calendar, settings } = yield* k.contextOf(claim)
          // The first submission asks the customer for consent (the consent lifecycle's `request`).
          const asked =
            consentState(claim) === "not_requested"
              ? yield* transition(consentLifecycle, {
                  id: claim.id,
                  from: "not_requested",
                  action: "request",
                  context: claim,
                  permits: permitsOn(actor, claim)
                })
              : undefined
          // Another partner holds or claims the same targets: all of them form (or join) one arbitration case.
          const formed = others.length > 0 ? yield* formCase(claim, others) : undefined
          const caseId = formed?.caseId ?? claim.caseId
          // Joining a case (not staying in it) posts the arbitration notice (effects below).
          joinsCase = formed !== undefined && caseId !== claim.caseId && !formed.wasInOpenCase(claim)
          return {
            submittedAt: now,
            acknowledgedAt: now,
            acknowledgements: checked.acknowledgements,
            partnerActionDueAt: null,
            competing: claim.competing || others.length > 0,
            caseId,
            ...(joinsCase ? awaitingPartner(now) : {}),
            ...(asked === "awaiting_response"
              ? {
                  consent: new Consent({
                    status: asked,
                    notifiedAt: now,
                    windowEndsAt: addBusinessDays(calendar, now, settings.consentWindowBusinessDays),
                    respondedAt: null
                  })
                }
              : {})
          }
        }),
      effects: (next, claim) =>
        Effect.gen(function* () {
          if (claim.status === "partner_action_required")
            yield* k.jobs.cancelByKey(`partner-response:${claim.id}`)
          const windowEndsAt = next.consent.windowEndsAt
          if (consentState(claim) === "not_requested" && windowEndsAt !== null) {
            yield* k.jobs.enqueue({
              kind: CONSENT_WINDOW_JOB,
              payload: { claimId: claim.id },
              runAt: windowEndsAt,
              uniqueKey: `consent:${claim.id}`
            })
            const token = yield* consent.consentToken(next)
            const { publicUrl } = yield* AppConfig
            const partnerName = yield* k.organizationName(next)
            yield* k.outbox.enqueueEmail(
              claimEmails.consentRequest(
                next,
                partnerName,
                `${publicUrl}/customer/?token=${encodeURIComponent(token)}`,
                windowEndsAt
              )
            )
          }
          const { settings } = yield* k.contextOf(next)
          yield* k.emailPartner(next, (to) => claimEmails.submitted(next, to, settings))
          if (joinsCase) yield* noticeJoinedCase(k, next)
        }),
      view: (next) => views.claimView(actor, next)
    })
  })

  return { submit }
}
