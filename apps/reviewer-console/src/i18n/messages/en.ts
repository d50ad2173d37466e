import { en as operations } from "../../features/operations/catalog.ts"
import { en as review } from "../../features/review/messages.ts"
/** Reviewer console strings; English is the reference. Shared strings live in @openpor/ui. */
export const en = {
  app: {
    name: "Reviewer console"
  },
  signIn: {
    intro: "Sign in with your vendor account to review claims and run the incentive programs."
  },
  home: {
    title: "Overview",
    roles: "Your vendor roles",
    rolesIntro: "What you may do in this console depends on your roles.",
    noRoles: "Your account has no vendor roles.",
    otherAccount:
      "This console is for the vendor's reviewers, operators and auditors. The account {{ email }} is not a vendor account. Sign out and sign in with your vendor account."
  },
  roleDescriptions: {
    reviewer:
      "Works the review queue: requests information, approves, rejects, arbitrates competing claims and resolves disputes.",
    operator:
      "Manages the program catalog, eligibility, invitations, the customer directory and calendars, and validates bank and tax profiles.",
    auditor: "Reads everything and changes nothing."
  },
  review: review,
  ...operations
}

export type ReviewerMessages = typeof en
