import { describe, expect, it } from "vitest"
import { bodyOfDraft, emptyDraft } from "../src/features/claims/lib/claims.ts"
import { messages } from "../src/features/claims/messages.ts"

/** SPEC §8: the claim wizard asks the customer contact's language (default English) and sends it. */
describe("the customer contact's language in the claim wizard", () => {
  it("starts in English and is sent with the contact", () => {
    const draft = emptyDraft()
    expect(draft.customerContactLanguage).toBe("en")
    expect(bodyOfDraft(draft).customerContact.language).toBe("en")
    expect(bodyOfDraft({ ...draft, customerContactLanguage: "sv" }).customerContact.language).toBe("sv")
    // Anything else than the five is sent as English.
    expect(bodyOfDraft({ ...draft, customerContactLanguage: "fr" }).customerContact.language).toBe("en")
  })

  it("labels the field in every language", () => {
    for (const locale of ["en", "de", "hu", "sv", "cs"] as const) {
      expect(messages[locale].wizard.contactLanguage.length).toBeGreaterThan(0)
      expect(messages[locale].wizard.contactLanguageHint.length).toBeGreaterThan(0)
    }
    expect(messages.de.wizard.contactLanguage).not.toBe(messages.en.wizard.contactLanguage)
  })
})
