import { type EmailText, localizedEmail, type NewEmail } from "../outbox/outbox.ts"
import { withLanguage } from "../preferences/language.ts"
import { type ClaimTexts, claimTexts, type EndedWhy } from "./email-texts.ts"
import type { Claim, ClaimSettings, RejectionReason } from "./model.ts"

const day = (d: Date) => d.toISOString().slice(0, 10)

/**
 * One email about a claim, in each recipient's language (email-texts.ts): to the partner with a link to
 * the claim in the partner portal, or to the customer contact (`language`: the one chosen on the claim).
 */
const email = (
  c: Claim,
  to: ReadonlyArray<string>,
  template: string,
  words: (t: ClaimTexts) => EmailText,
  audience: "partner" | "customer" = "partner"
): NewEmail =>
  localizedEmail(
    to,
    template,
    (language, link) => {
      const t = claimTexts[language]
      const { subject, text } = words(t)
      const open = audience === "partner" ? t.openClaim(link(`/partner/claims/${c.id}`)) : ""
      return { subject, text: `${text}${open}${t.footer}` }
    },
    audience === "customer" ? (c.customerContact?.language ?? "en") : undefined
  )

/** A rejection, its reason in the reader's words; `text`: the reviewer's own words, or words per language. */
const rejected = (
  c: Claim,
  to: ReadonlyArray<string>,
  reason: RejectionReason,
  text: string | null | ((t: ClaimTexts) => string),
  final: boolean,
  settings: ClaimSettings
): NewEmail =>
  email(c, to, final ? "claim.rejected_final" : "claim.rejected", (t) => {
    const detail = typeof text === "function" ? text(t) : text
    return t.rejected(
      c,
      t.reasons[reason],
      detail === null ? "" : `: ${detail}`,
      final,
      settings.disputeWindowDays
    )
  })

/** Emails of the claims capability, one per transition that concerns the partner or the customer. */
export const claimEmails = {
  /** To the customer contact, in the language chosen on the claim; `link` opens the request (signed). */
  consentRequest: (c: Claim, partnerName: string, link: string, windowEndsAt: Date): NewEmail =>
    localizedEmail(
      [c.customerContact?.email ?? ""],
      "claim.consent_request",
      (language) => {
        const t = claimTexts[language]
        const { subject, text } = t.consentRequest(
          c,
          c.customerContact?.name ?? "",
          partnerName,
          day(windowEndsAt),
          withLanguage(link, language)
        )
        return { subject, text: `${text}${t.footer}` }
      },
      c.customerContact?.language ?? "en"
    ),
  submitted: (c: Claim, to: ReadonlyArray<string>, settings: ClaimSettings): NewEmail =>
    email(c, to, "claim.submitted", (t) => t.submitted(c, settings.reviewStartBusinessDays)),
  infoRequested: (c: Claim, to: ReadonlyArray<string>, comment: string, dueAt: Date): NewEmail =>
    email(c, to, "claim.info_requested", (t) => t.infoRequested(c, comment, day(dueAt))),
  approved: (c: Claim, to: ReadonlyArray<string>): NewEmail =>
    email(c, to, "claim.approved", (t) => t.approved(c)),
  official: (c: Claim, to: ReadonlyArray<string>): NewEmail =>
    email(c, to, "claim.official", (t) => t.official(c)),
  rejected,
  declined: (c: Claim, to: ReadonlyArray<string>): NewEmail =>
    email(c, to, "claim.customer_declined", (t) => t.declined(c)),
  /** The partner did not answer a request for information in time. */
  noPartnerResponse: (c: Claim, to: ReadonlyArray<string>, settings: ClaimSettings): NewEmail =>
    rejected(
      c,
      to,
      "no_partner_response",
      (t) => t.noAnswerWithin(settings.partnerResponseBusinessDays),
      false,
      settings
    ),
  ended: (c: Claim, to: ReadonlyArray<string>, why: EndedWhy): NewEmail =>
    email(c, to, "claim.ended", (t) => t.ended(c, t.endedBecause(why))),
  disassociatedCustomer: (c: Claim, partnerName: string): NewEmail =>
    email(
      c,
      [c.customerContact?.email ?? ""],
      "claim.disassociated",
      (t) => t.disassociatedCustomer(c, partnerName),
      "customer"
    )
}
