import { type EmailText, localizedEmail, type NewEmail } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"
import { type EnrollmentEmailFacts, type EnrollmentEmailReason, enrollmentTexts } from "./email-texts.ts"

/**
 * Emails of the enrollment capability, in each recipient's language (email-texts.ts). Plain text; links
 * open the partner portal in the email's language.
 */
interface Ctx extends EnrollmentEmailFacts {
  readonly to: ReadonlyArray<string>
  /** The public address (the Outbox builds the links from it in each recipient's language). */
  readonly portalUrl: string
}

type Texts = (typeof enrollmentTexts)[Language]

/** One enrollment email: its words in the recipient's language and the partner portal's link. */
const email = (c: Ctx, template: string, words: (t: Texts) => EmailText, path = "/partner/"): NewEmail =>
  localizedEmail(c.to, template, (language, link) => {
    const t = enrollmentTexts[language]
    const { subject, text } = words(t)
    return { subject, text: `${text}${t.footer(link(path))}` }
  })

export const enrollmentEmails = {
  invitation: (c: Ctx): NewEmail =>
    email(c, "enrollment.invitation", (t) => t.invitation(c), "/partner/incentives"),
  enrolled: (c: Ctx): NewEmail => email(c, "enrollment.enrolled", (t) => t.enrolled(c)),
  actionRequired: (c: Ctx & { readonly reason: EnrollmentEmailReason }): NewEmail =>
    email(c, "enrollment.action_required", (t) => t.actionRequired(c, t.reason(c.reason))),
  inactive: (c: Ctx & { readonly reason: EnrollmentEmailReason }): NewEmail =>
    email(c, "enrollment.inactive", (t) => t.inactive(c, t.reason(c.reason))),
  renewed: (c: Ctx & { readonly fiscalYear: string }): NewEmail =>
    email(c, "enrollment.renewed", (t) => t.renewed(c, c.fiscalYear)),
  discontinued: (c: Ctx): NewEmail => email(c, "enrollment.discontinued", (t) => t.discontinued(c))
}
