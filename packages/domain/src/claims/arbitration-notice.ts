import { Effect } from "effect"
import { localizedEmail, type NewEmail } from "../outbox/outbox.ts"
import { arbitrationTexts } from "./arbitration-notice-texts.ts"
import { claimTexts } from "./email-texts.ts"
import type { Kernel } from "./kernel.ts"
import type { Claim } from "./model.ts"

type Texts = (typeof arbitrationTexts)["en"]

const targets = (c: Claim) =>
  c.solutionArea === "modern_work_security"
    ? `workloads: ${c.workloads.join(", ")}`
    : `subscriptions: ${c.subscriptionIds.join(", ")}`

/** An email to the claim's partner in each recipient's language, with the link to the claim. */
const email = (
  c: Claim,
  to: ReadonlyArray<string>,
  template: string,
  words: (t: Texts) => { readonly subject: string; readonly text: string }
): NewEmail =>
  localizedEmail(to, template, (language, link) => {
    const { subject, text } = words(arbitrationTexts[language])
    return {
      subject,
      text: `${text}${claimTexts[language].openClaim(link(`/partner/claims/${c.id}`))}${arbitrationTexts[language].footer}`
    }
  })

/** The emails of the conversation on a claim (SPEC §6). */
export const conversationEmails = {
  /** The claim joined an arbitration case (seed 004); never names the other party. */
  arbitrationNotice: (c: Claim, to: ReadonlyArray<string>): NewEmail =>
    email(c, to, "claim.arbitration_notice", (t) => ({
      subject: t.noticeSubject(c.name),
      text: t.noticeEmail(c.name, targets(c))
    })),
  /** A reviewer commented: the partner reads it and may answer in the comments. */
  reviewerComment: (c: Claim, to: ReadonlyArray<string>, comment: string): NewEmail =>
    email(c, to, "claim.reviewer_comment", (t) => ({
      subject: t.commentSubject(c.name),
      text: t.commentEmail(c.name, comment)
    }))
}

/**
 * A claim joined an arbitration case (SPEC §6, seed 004: "you will be notified in the comments section"):
 * a system comment on the claim and an email to its partner (the location's Incentives admins and the
 * claim's partner contact). Neither names the other party — no organization, PartnerID or claim.
 */
export const noticeJoinedCase = (k: Kernel, claim: Claim) =>
  Effect.gen(function* () {
    const { settings } = yield* k.contextOf(claim)
    yield* k.addNotice(claim, "arbitration", arbitrationTexts.en.notice(settings.reviewStartBusinessDays))
    yield* k.emailPartner(claim, (to) => conversationEmails.arbitrationNotice(claim, to))
  })

/** The comments now wait for the partner (a reviewer's comment, a request for information or a notice). */
export const awaitingPartner = (now: Date) => ({ awaitingPartnerSince: now, partnerAnsweredAt: null })
