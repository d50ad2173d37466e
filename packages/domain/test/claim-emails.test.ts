import { assert, describe, it } from "@effect/vitest"
import { claimEmails } from "../src/claims/emails.ts"
import { defaultClaimSettings } from "../src/index.ts"
import { claimWith } from "./claim-fixtures.ts"

/** The deadlines the claims emails name come from the configured numbers, not from the text. */
describe("claims emails: deadline texts from ClaimsConfig", () => {
  const claim = claimWith()
  const to = ["ian@contoso.example"]

  it("the defaults: review within 5 business days, dispute within 30 days, no answer within 14 business days", () => {
    assert.include(claimEmails.submitted(claim, to, defaultClaimSettings).text, "within 5 business days")
    assert.include(
      claimEmails.rejected(claim, to, "insufficient_poe", null, false, defaultClaimSettings).text,
      "once, within 30 days"
    )
    assert.include(
      claimEmails.noPartnerResponse(claim, to, defaultClaimSettings).text,
      "(no answer from the partner): the request for information was not answered within 14 business days"
    )
  })

  it("other configured numbers appear instead", () => {
    const settings = {
      ...defaultClaimSettings,
      reviewStartBusinessDays: 7,
      disputeWindowDays: 45,
      partnerResponseBusinessDays: 10
    }
    assert.include(claimEmails.submitted(claim, to, settings).text, "within 7 business days")
    assert.include(claimEmails.rejected(claim, to, "other", "x", false, settings).text, "within 45 days")
    assert.include(
      claimEmails.noPartnerResponse(claim, to, settings).text,
      "not answered within 10 business days"
    )
    // A final rejection offers no dispute at all.
    assert.notInclude(claimEmails.rejected(claim, to, "other", null, true, settings).text, "dispute")
  })
})
