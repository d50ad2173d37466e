import { Effect, Option } from "effect"
import { caseLifecycle } from "../arbitration/lifecycle.ts"
import { ArbitrationCase, type Recommendation } from "../arbitration/model.ts"
import { recommend } from "../arbitration/recommendation.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import type { ArbitrationPolicy } from "../catalog/catalog.ts"
import type { CaseView } from "../contract/claims.ts"
import type { ProgramId } from "../ids.ts"
import { ConcurrentChange, Forbidden, InvalidInput, NotFound, VersionConflict } from "../shared/errors.ts"
import { transition } from "../shared/lifecycle.ts"
import type { Associations } from "./associations.ts"
import { claimEmails } from "./emails.ts"
import { type Kernel, partnerTarget, userIdOf } from "./kernel.ts"
import { type Claim, isOpenClaimStatus, targetKeys } from "./model.ts"
import { caseResolvedEvent } from "./webhook-events.ts"

/** Arbitration between competing claims (SPEC §6): the case with every party side by side, and its resolution. */
export const makeArbitration = (k: Kernel, associations: Associations) => {
  const caseParties = (members: ReadonlyArray<Claim>) =>
    Effect.forEach(members, (claim) =>
      Effect.gen(function* () {
        const poe = yield* k.repo.listPoe(claim.id)
        const active = (yield* k.repo.associationsOfClaim(claim.id)).filter((a) => a.status === "active")
        const registered = Math.min(
          claim.submittedAt?.getTime() ?? Number.POSITIVE_INFINITY,
          ...active.map((a) => a.startedAt.getTime())
        )
        return {
          claim,
          poe,
          holder: active.length > 0,
          registeredAt: Number.isFinite(registered) ? new Date(registered) : null,
          latestPoeAt: poe.length === 0 ? null : new Date(Math.max(...poe.map((p) => p.uploadedAt.getTime())))
        }
      })
    )

  const loadCase = (caseId: string) =>
    Effect.flatMap(k.cases.find(caseId), (c) =>
      Option.isSome(c) ? Effect.succeed(c.value) : Effect.fail(new NotFound({ entity: "case", id: caseId }))
    )

  /** An arbitration case with its parties side by side and the recommendation (vendor staff only). */
  const getCase = Effect.fn("ClaimsService.getCase")(function* (actor: Actor, caseId: string) {
    // Only vendor staff see the parties side by side (SPEC §6 confidentiality).
    if (!policy.viewArbitrationCases(actor)) {
      return yield* new Forbidden({
        action: "viewArbitrationCases",
        reason: "Only the vendor's staff see arbitration cases"
      })
    }
    const c = yield* loadCase(caseId)
    const members = yield* k.repo.listByCase(caseId)
    const parties = yield* caseParties(members)
    const program = yield* k.enrollments.findProgram(c.programId as ProgramId)
    const arbitrationPolicy: ArbitrationPolicy = Option.match(program, {
      onNone: () => "most_recent_poe",
      onSome: (p) => p.arbitrationPolicy
    })
    const recommendation: Recommendation =
      c.status === "open"
        ? recommend(
            arbitrationPolicy,
            parties
              .filter((p) => p.holder || isOpenClaimStatus(p.claim.status))
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
    const views: Array<CaseView["parties"][number]> = []
    for (const p of parties) {
      views.push({
        claimId: p.claim.id,
        partner: {
          organizationId: p.claim.organizationId,
          name: yield* k.organizationName(p.claim),
          partnerId: p.claim.partnerId
        },
        name: p.claim.name,
        status: p.claim.status,
        version: p.claim.version,
        partnerRole: p.claim.partnerRole,
        holder: p.holder,
        registeredAt: p.registeredAt,
        submittedAt: p.claim.submittedAt,
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
          uploadedAt: x.uploadedAt,
          downloadUrl: `/api/v1/claims/${p.claim.id}/poe/${x.id}`
        }))
      })
    }
    const deadline = members
      .map((m) => m.queueDeadlineAt)
      .filter((d): d is Date => d !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0]
    const view: CaseView = {
      id: c.id,
      status: c.status,
      version: c.version,
      programId: c.programId,
      createdAt: c.createdAt,
      resolvedAt: c.resolvedAt,
      winnerClaimId: c.winnerClaimId,
      reasoning: c.reasoning,
      nextDeadline: deadline ?? null,
      parties: views,
      recommendation: { ...recommendation, facts: [...recommendation.facts] }
    }
    return view
  })

  /** Every other open party loses (lost_arbitration), picked up first when still only submitted. */
  const loses = (actor: Actor, party: Claim, now: Date, reasoning: string) =>
    Effect.gen(function* () {
      const loser =
        party.status === "submitted"
          ? yield* k.move(actor, party, "start_review", { reviewStartedAt: now })
          : party
      const lost = yield* k.move(actor, loser, loser.status === "disputed" ? "reject_dispute" : "reject", {
        decidedAt: now,
        rejectedAt: now,
        rejectionReason: "lost_arbitration",
        rejectionText: reasoning,
        partnerActionDueAt: null
      })
      yield* k.jobs.cancelByKey(`partner-response:${lost.id}`)
      const { settings } = yield* k.contextOf(lost)
      yield* k.emailPartner(lost, (to) =>
        claimEmails.rejected(
          lost,
          to,
          "lost_arbitration",
          reasoning,
          lost.status === "rejected_final",
          settings
        )
      )
    })

  /** The winner (not the holder already) is approved; it takes over when its association is official. */
  const wins = (actor: Actor, winner: Claim, now: Date) =>
    Effect.gen(function* () {
      const w =
        winner.status === "submitted"
          ? yield* k.move(actor, winner, "start_review", { reviewStartedAt: now })
          : winner
      const consentDone = w.consent.status === "lapsed" || w.consent.status === "accepted"
      const contested = (yield* k.repo.activeOn(targetKeys(w))).some((a) => a.claimId !== w.id)
      yield* associations.associate(w, now, consentDone, contested ? "pending" : "active")
      const approved = yield* k.move(actor, w, w.status === "disputed" ? "uphold_dispute" : "approve", {
        approvedAt: now,
        decidedAt: now,
        rejectionReason: null,
        rejectionText: null,
        ...(consentDone ? { officialAt: now } : {})
      })
      // A holder is replaced only when the winner's association becomes official.
      if (consentDone && contested) yield* associations.takeOver(approved, now)
      yield* k.emailPartner(approved, (to) => claimEmails.approved(approved, to))
      if (consentDone) yield* k.emailPartner(approved, (to) => claimEmails.official(approved, to))
    })

  /**
   * Resolves a case with a winner and reasoning: the winner's associations become active, the others' claims
   * end. /
   */
  const resolveCase = Effect.fn("ClaimsService.resolveCase")(function* (
    actor: Actor,
    caseId: string,
    input: {
      readonly winnerClaimId: string
      readonly reasoning: string
      readonly version?: number | undefined
    }
  ) {
    yield* authorize("arbitrate", actor)
    const reasoning = input.reasoning.trim()
    if (reasoning === "") {
      return yield* new InvalidInput({
        code: "missing_field",
        reason: "Write the reasoning for the decision",
        details: { field: "reasoning" }
      })
    }
    return yield* k.tx.transaction(
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
        const status = yield* transition(caseLifecycle, {
          id: caseId,
          from: c.status,
          action: "resolve",
          context: undefined,
          permits: (allowedBy) => allowedBy === "arbitrate" && policy.arbitrate(actor)
        })
        const members = yield* k.repo.listByCase(caseId)
        const winner = members.find((m) => m.id === input.winnerClaimId)
        if (winner === undefined) {
          return yield* new InvalidInput({
            code: "invalid_request",
            reason: `Claim ${input.winnerClaimId} is not a party of case ${caseId}`,
            details: { field: "winnerClaimId" }
          })
        }
        const now = yield* k.clock.now
        // Claim the case first: a concurrent resolver waits on this row, then runs again from a fresh read
        // (then version_conflict or illegal_transition).
        const resolved = new ArbitrationCase({
          ...c,
          status,
          resolvedAt: now,
          winnerClaimId: winner.id,
          reasoning,
          resolvedBy: userIdOf(actor),
          version: c.version + 1
        })
        if (!(yield* k.cases.update(resolved, c.version)))
          return yield* new ConcurrentChange({ aggregate: "case" })
        const winnerIsHolder = (yield* caseParties([winner]))[0]!.holder
        // A winner that does not hold the targets yet must be able to win (the claim lifecycle's row).
        if (!winnerIsHolder) yield* k.transitionOf(actor, winner, "win_arbitration")
        for (const m of members) {
          if (m.id !== winner.id && isOpenClaimStatus(m.status)) yield* loses(actor, m, now, reasoning)
        }
        if (!winnerIsHolder) yield* wins(actor, winner, now)
        // Each party's organization learns its own claim's outcome (never the other parties).
        yield* k.webhooks.publish(members.map((m) => caseResolvedEvent(m, caseId, m.id === winner.id)))
        yield* k.audit.append({
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

  return { getCase, resolveCase }
}
