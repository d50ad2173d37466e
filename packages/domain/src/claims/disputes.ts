import { Effect } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { InvalidInput } from "../shared/errors.ts"
import { claimEmails } from "./emails.ts"
import type { Kernel } from "./kernel.ts"
import type { Views } from "./views.ts"

/** A reason the partner must give, trimmed (400 missing_field when empty). */
const reasonGiven = (reason: string, missing: string) => {
  const text = reason.trim()
  return text === ""
    ? Effect.fail(new InvalidInput({ code: "missing_field", reason: missing, details: { field: "reason" } }))
    : Effect.succeed(text)
}

/**
 * The partner's answers to a decision: dispute a rejection (the rule is the guard of `dispute` in the
 * claim lifecycle), or end an approved association (disassociate → rejected_final).
 */
export const makeDisputes = (k: Kernel, views: Views) => {
  /** The partner disputes a rejection (once, within the dispute window). */
  const dispute = Effect.fn("ClaimsService.dispute")(function* (actor: Actor, id: string, reason: string) {
    return yield* k.change(actor, id, {
      action: () => "dispute",
      changes: (_, now) =>
        Effect.as(reasonGiven(reason, "Explain why you dispute the decision"), {
          disputeUsed: true,
          disputedAt: now
        }),
      effects: (next) => Effect.asVoid(k.addComment(actor, next, `Dispute: ${reason.trim()}`)),
      view: (next) => views.claimView(actor, next)
    })
  })

  /** The partner ends its claim's association with a reason (the claim becomes `rejected_final`). */
  const disassociate = Effect.fn("ClaimsService.disassociate")(function* (
    actor: Actor,
    id: string,
    reason: string
  ) {
    return yield* k.change(actor, id, {
      action: () => "disassociate",
      changes: (claim, now) =>
        Effect.gen(function* () {
          const text = yield* reasonGiven(reason, "Give the reason for ending the association")
          yield* k.repo.endAssociations(claim.id, now, "partner_request")
          return {
            rejectionReason: "partner_request" as const,
            rejectionText: text,
            rejectedAt: now,
            endedAt: now
          }
        }),
      effects: (next) =>
        Effect.gen(function* () {
          const text = reason.trim()
          yield* k.addComment(actor, next, `Disassociated: ${text}`)
          yield* k.jobs.cancelByKey(`consent:${next.id}`)
          const partnerName = yield* k.organizationName(next)
          if (next.customerContact !== null)
            yield* k.outbox.enqueueEmail(claimEmails.disassociatedCustomer(next, partnerName))
          yield* k.emailPartner(next, (to) => claimEmails.ended(next, to, { kind: "by_partner", text }))
        }),
      view: (next) => views.claimView(actor, next)
    })
  })

  return { dispute, disassociate }
}
