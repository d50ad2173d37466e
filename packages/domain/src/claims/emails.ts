import type { NewEmail } from "../outbox/outbox.ts"
import type { Claim, ClaimSettings } from "./model.ts"

const targets = (c: Claim) =>
  c.solutionArea === "modern_work_security"
    ? `workloads: ${c.workloads.join(", ")}`
    : `subscriptions: ${c.subscriptionIds.join(", ")}`

const footer = "\n\nThis message was sent by OpenPOR."

const rejected = (
  c: Claim,
  to: ReadonlyArray<string>,
  reason: string,
  text: string | null,
  final: boolean,
  settings: ClaimSettings
): NewEmail => ({
  to,
  template: final ? "claim.rejected_final" : "claim.rejected",
  subject: `Claim ${final ? "rejected (final)" : "rejected"}: ${c.name}`,
  text: `Your claim "${c.name}" was rejected (${reason})${text === null ? "" : `: ${text}`}.${final ? "" : `\n\nYou can dispute this decision once, within ${settings.disputeWindowDays} days.`}${footer}`
})

/** Emails of the claims capability, one per transition that concerns the partner or the customer. */
export const claimEmails = {
  consentRequest: (c: Claim, partnerName: string, link: string, windowEndsAt: Date): NewEmail => ({
    to: [c.customerContact?.email ?? ""],
    template: "claim.consent_request",
    subject: `${partnerName} asks to be your partner of record`,
    text: `Hello ${c.customerContact?.name ?? ""},\n\n${partnerName} (PartnerID ${c.partnerId}) has asked to be associated with your organization for ${targets(c)}.\n\nIf you agree, you do not need to do anything: the association becomes official after ${windowEndsAt.toISOString().slice(0, 10)} once it is approved. By accepting, you give this partner access to some usage data so it can support you.\n\nTo decline (you can do so at any time), open:\n${link}${footer}`
  }),
  submitted: (c: Claim, to: ReadonlyArray<string>, settings: ClaimSettings): NewEmail => ({
    to,
    template: "claim.submitted",
    subject: `Claim submitted: ${c.name}`,
    text: `Your claim "${c.name}" (${targets(c)}) was submitted. The vendor reviews it within ${settings.reviewStartBusinessDays} business days; the customer has been asked for consent.${footer}`
  }),
  infoRequested: (c: Claim, to: ReadonlyArray<string>, comment: string, dueAt: Date): NewEmail => ({
    to,
    template: "claim.info_requested",
    subject: `Information requested: ${c.name}`,
    text: `The reviewer needs more information on your claim "${c.name}":\n\n${comment}\n\nAnswer in the claim's comments, update it if needed and submit it again by ${dueAt.toISOString().slice(0, 10)}; otherwise it is rejected.${footer}`
  }),
  approved: (c: Claim, to: ReadonlyArray<string>): NewEmail => ({
    to,
    template: "claim.approved",
    subject: `Claim approved: ${c.name}`,
    text: `Your claim "${c.name}" (${targets(c)}) was approved. It becomes official when the customer's consent window has passed without a decline.${footer}`
  }),
  official: (c: Claim, to: ReadonlyArray<string>): NewEmail => ({
    to,
    template: "claim.official",
    subject: `Association official: ${c.name}`,
    text: `Your association for "${c.name}" (${targets(c)}) is official.${footer}`
  }),
  rejected,
  declined: (c: Claim, to: ReadonlyArray<string>): NewEmail => ({
    to,
    template: "claim.customer_declined",
    subject: `Customer declined: ${c.name}`,
    text: `The customer declined the association requested by your claim "${c.name}" (${targets(c)}). The claim is rejected and any association has ended.${footer}`
  }),
  /** The partner did not answer a request for information in time. */
  noPartnerResponse: (c: Claim, to: ReadonlyArray<string>, settings: ClaimSettings): NewEmail =>
    rejected(
      c,
      to,
      "no_partner_response",
      `no answer within ${settings.partnerResponseBusinessDays} business days`,
      false,
      settings
    ),
  ended: (c: Claim, to: ReadonlyArray<string>, why: string): NewEmail => ({
    to,
    template: "claim.ended",
    subject: `Association ended: ${c.name}`,
    text: `The association of your claim "${c.name}" ended: ${why}.${footer}`
  }),
  disassociatedCustomer: (c: Claim, partnerName: string): NewEmail => ({
    to: [c.customerContact?.email ?? ""],
    template: "claim.disassociated",
    subject: `${partnerName} is no longer your partner of record`,
    text: `${partnerName} (PartnerID ${c.partnerId}) ended its association with your organization for ${targets(c)}.${footer}`
  })
}
