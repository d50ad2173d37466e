import type { WebhookEvent } from "../webhooks/model.ts"
import type { Claim } from "./model.ts"

/**
 * The webhook events of one written change of a claim (SPEC §12): its status, its customer's consent,
 * joining an arbitration case. Each names only this claim and its own organization, so a partner's
 * endpoints never learn about the other parties of its case.
 */
export const claimChangeEvents = (before: Claim, after: Claim): ReadonlyArray<WebhookEvent> => {
  const party = { claimId: after.id, organizationId: after.organizationId, partnerId: after.partnerId }
  const events: Array<WebhookEvent> = []
  if (after.status !== before.status)
    events.push({
      type: "claim.status_changed",
      organizationId: after.organizationId,
      data: { ...party, from: before.status, to: after.status }
    })
  if (after.consent.status !== before.consent.status)
    events.push({
      type: "claim.consent_changed",
      organizationId: after.organizationId,
      data: { ...party, from: before.consent.status, to: after.consent.status }
    })
  if (after.caseId !== null && after.caseId !== before.caseId)
    events.push({
      type: "claim.arbitration_joined",
      organizationId: after.organizationId,
      data: { ...party, caseId: after.caseId }
    })
  return events
}

/** The end of a claim's case, told to its own organization: this claim's outcome only. */
export const caseResolvedEvent = (claim: Claim, caseId: string, won: boolean): WebhookEvent => ({
  type: "claim.case_resolved",
  organizationId: claim.organizationId,
  data: {
    claimId: claim.id,
    organizationId: claim.organizationId,
    partnerId: claim.partnerId,
    caseId,
    outcome: won ? "won" : "lost"
  }
})
