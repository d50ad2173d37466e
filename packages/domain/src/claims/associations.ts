import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { newId, type TenantId } from "../ids.ts"
import { isSystem, transition } from "../shared/lifecycle.ts"
import { consentLifecycle, consentState } from "./consent-lifecycle.ts"
import { claimEmails } from "./emails.ts"
import { AssociationTaken } from "./errors.ts"
import type { Kernel } from "./kernel.ts"
import { permitsOn } from "./lifecycle.ts"
import { Association, type Claim, Consent, targetKeys } from "./model.ts"
import type { AssociationExists } from "./repository.ts"

/** The customer associations of claims: created on approval, official after consent, taken over in arbitration. */
export const makeAssociations = (k: Kernel) => {
  /** Creates the associations of an approved claim; the database refuses a second active holder. */
  const associate = (claim: Claim, now: Date, official: boolean, status: "active" | "pending" = "active") =>
    Effect.forEach(targetKeys(claim), (targetKey) =>
      k.repo.insertAssociation(
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
        Effect.fail(new AssociationTaken({ reason: e.message }))
      )
    )

  /**
   * The winner takes over: in one transaction the holder's association ends and the winner's starts
   * at the same instant — never two active associations, never a gap caused by the switch itself.
   */
  const takeOver = (winner: Claim, now: Date) =>
    Effect.gen(function* () {
      const keys = targetKeys(winner)
      const holders = (yield* k.repo.activeOn(keys)).filter((a) => a.claimId !== winner.id)
      for (const holderId of new Set(holders.map((h) => h.claimId))) {
        yield* k.repo.endAssociations(holderId, now, "superseded", keys)
        const remaining = (yield* k.repo.associationsOfClaim(holderId)).filter((a) => a.status === "active")
        const holder = Option.getOrUndefined(yield* k.repo.findForUpdate(holderId))
        if (holder !== undefined && remaining.length === 0 && holder.status === "approved") {
          const ended = yield* k
            .move("system", holder, "superseded", { endedAt: now, rejectionReason: "lost_arbitration" })
            .pipe(Effect.orDie)
          yield* k.emailPartner(ended, (to) => claimEmails.ended(ended, to, { kind: "lost_arbitration" }))
        }
      }
      yield* k.repo.activateAssociations(winner.id, now)
    })

  /**
   * Consent given (accepted) or lapsed, through the consent lifecycle: an approved claim's association
   * becomes official now (taking over from a holder when it won an arbitration).
   */
  const consentDone = (actor: Actor | "system", claim: Claim, action: "accept" | "lapse", now: Date) =>
    Effect.gen(function* () {
      const status = yield* transition(consentLifecycle, {
        id: claim.id,
        from: consentState(claim),
        action,
        context: claim,
        permits: actor === "system" ? isSystem : permitsOn(actor, claim)
      })
      if (status === "not_requested") return yield* Effect.die(new Error("consent cannot be withdrawn"))
      const official = claim.status === "approved" && claim.officialAt === null
      // The claim's status stays: only the consent lifecycle moved.
      const next = yield* k.write(
        actor,
        claim,
        claim.status,
        {
          consent: new Consent({
            ...claim.consent,
            status,
            respondedAt: status === "accepted" ? now : claim.consent.respondedAt
          }),
          ...(official ? { officialAt: now } : {})
        },
        {
          action: `claim.consent_${status}`,
          before: { status: claim.status, consent: claim.consent.status },
          after: { status: claim.status, consent: status, official }
        }
      )
      if (official) {
        const pending = (yield* k.repo.associationsOfClaim(claim.id)).some((a) => a.status === "pending")
        if (pending) yield* takeOver(next, now)
        else yield* k.repo.markOfficial(claim.id, now)
        yield* k.emailPartner(next, (to) => claimEmails.official(next, to))
      }
      return next
    })

  return { associate, takeOver, consentDone }
}

export type Associations = ReturnType<typeof makeAssociations>
