import type { NewEmail } from "../outbox/outbox.ts"

/** Emails of the enrollment capability. Plain text; links point at the partner portal. */
interface Ctx {
  readonly to: ReadonlyArray<string>
  readonly portalUrl: string
  readonly programName: string
  readonly partnerId: string
  readonly locationName: string
}

const footer = (portalUrl: string) =>
  `\n\nOpen the partner portal: ${portalUrl}/partner/\n\nThis message was sent by OpenPOR.`

export const enrollmentEmails = {
  invitation: (c: Ctx): NewEmail => ({
    to: c.to,
    template: "enrollment.invitation",
    subject: "Partner incentive enrollment invitation",
    text: `Your location ${c.locationName} (PartnerID ${c.partnerId}) is eligible for the incentive program "${c.programName}".\n\nTo enroll, sign in as an Incentives admin of the location, open Incentives and choose Enroll; then complete the payout (bank) and tax profiles for the program.${footer(c.portalUrl)}`
  }),
  enrolled: (c: Ctx): NewEmail => ({
    to: c.to,
    template: "enrollment.enrolled",
    subject: `Enrollment complete: ${c.programName}`,
    text: `The bank and tax information of ${c.locationName} (PartnerID ${c.partnerId}) for "${c.programName}" has been validated. The enrollment is complete; nothing more is needed.${footer(c.portalUrl)}`
  }),
  actionRequired: (c: Ctx & { readonly reason: string }): NewEmail => ({
    to: c.to,
    template: "enrollment.action_required",
    subject: `Action required: ${c.programName}`,
    text: `The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) in "${c.programName}" needs your action: ${c.reason}\n\nUpdate the bank or tax profile in the partner portal and submit again.${footer(c.portalUrl)}`
  }),
  inactive: (c: Ctx & { readonly reason: string }): NewEmail => ({
    to: c.to,
    template: "enrollment.inactive",
    subject: `Enrollment inactive: ${c.programName}`,
    text: `The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) in "${c.programName}" is now inactive: ${c.reason}${footer(c.portalUrl)}`
  }),
  renewed: (c: Ctx & { readonly fiscalYear: string }): NewEmail => ({
    to: c.to,
    template: "enrollment.renewed",
    subject: `Enrollment renewed for ${c.fiscalYear}: ${c.programName}`,
    text: `The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) in "${c.programName}" continues in ${c.fiscalYear}. No action is needed.${footer(c.portalUrl)}`
  }),
  discontinued: (c: Ctx): NewEmail => ({
    to: c.to,
    template: "enrollment.discontinued",
    subject: `Program discontinued: ${c.programName}`,
    text: `The incentive program "${c.programName}" is no longer offered. The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) is closed.${footer(c.portalUrl)}`
  })
}
