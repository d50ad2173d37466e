import { describe, expect, it } from "vitest"
import { claimTexts } from "../src/claims/email-texts.ts"
import { enrollmentTexts } from "../src/enrollment/email-texts.ts"
import { payoutTexts } from "../src/enrollment/payout-email-texts.ts"
import { identityTexts } from "../src/identity/email-texts.ts"
import { porTexts } from "../src/por/email-texts.ts"
import { Language, withLanguage } from "../src/preferences/language.ts"

describe("withLanguage", () => {
  it("puts lang last in the query, replaces an earlier one and keeps the rest", () => {
    expect(withLanguage("https://x.example/partner/", "de")).toBe("https://x.example/partner/?lang=de")
    expect(withLanguage("https://x.example/customer/?token=a.b", "sv")).toBe(
      "https://x.example/customer/?token=a.b&lang=sv"
    )
    expect(withLanguage("https://x.example/p?lang=en&a=1#top", "cs")).toBe(
      "https://x.example/p?a=1&lang=cs#top"
    )
  })
})

describe("email texts", () => {
  const facts = {
    name: "Rollout",
    partnerId: "1000001",
    solutionArea: "modern_work_security" as const,
    workloads: ["teams"],
    subscriptionIds: [],
    programName: "Online Services Advisor",
    locationName: "Contoso Seattle"
  }
  it("every language writes every template, each differently from English", () => {
    for (const language of Language.literals) {
      const claims = claimTexts[language]
      const enrollment = enrollmentTexts[language]
      const samples = [
        claims.consentRequest(facts, "Nora", "Contoso", "2026-12-01", "https://l"),
        claims.submitted(facts, 5),
        claims.infoRequested(facts, "Why?", "2026-12-01"),
        claims.arbitrationNotice(facts, 5),
        claims.reviewerComment(facts, "Hi"),
        claims.approved(facts),
        claims.official(facts),
        claims.rejected(facts, "duplicate", "", false, 30),
        claims.declined(facts),
        claims.ended(facts, "why"),
        claims.disassociatedCustomer(facts, "Contoso"),
        enrollment.invitation(facts),
        enrollment.enrolled(facts),
        enrollment.actionRequired(facts, "r"),
        enrollment.inactive(facts, "r"),
        enrollment.renewed(facts, "FY27"),
        enrollment.discontinued(facts),
        payoutTexts[language]({ kind: "bank", label: "Ops", currency: "EUR", last4: "1234" }, "added", "l"),
        payoutTexts[language]({ kind: "tax", legalName: "Contoso", country: "SE" }, "changed", "l"),
        identityTexts[language].invitation("Quinn", 7, "https://l"),
        identityTexts[language].invitationNotDelivered("Contoso", "https://l"),
        identityTexts[language].roleAssigned("Quinn", "incentives_admin", "https://l"),
        identityTexts[language].roleRemoved("Quinn", "incentives_admin", "https://l"),
        ...(["added", "replaced", "removed"] as const).map((k) =>
          porTexts[language][k]({ customer: "Northwind", partnerId: "1", subscriptionId: "s", product: "p" })
        )
      ]
      for (const [i, sample] of samples.entries()) {
        expect(sample.subject.length, `${language} ${i}`).toBeGreaterThan(0)
        expect(sample.text.length, `${language} ${i}`).toBeGreaterThan(0)
      }
      if (language !== "en") {
        expect(claims.footer).not.toBe(claimTexts.en.footer)
        expect(enrollment.invitation(facts).subject).not.toBe(enrollmentTexts.en.invitation(facts).subject)
        expect(claims.submitted(facts, 5).text).not.toBe(claimTexts.en.submitted(facts, 5).text)
        expect(identityTexts[language].invitation("Q", 7, "l").subject).not.toBe(
          identityTexts.en.invitation("Q", 7, "l").subject
        )
        expect(porTexts[language].footer("l")).not.toBe(porTexts.en.footer("l"))
      }
    }
  })

  it("names rejection reasons and why an association ended in the reader's words, never as codes", () => {
    const whys = [
      { kind: "by_partner", text: "customer left" },
      { kind: "lost_arbitration" },
      { kind: "subscription_expired", subscriptionId: "sub-1" }
    ] as const
    for (const language of Language.literals) {
      const t = claimTexts[language]
      for (const [reason, words] of Object.entries(t.reasons)) {
        expect(words, `${language} ${reason}`).not.toContain("_")
        if (language !== "en")
          expect(words, `${language} ${reason}`).not.toBe(claimTexts.en.reasons[reason as "other"])
      }
      expect(t.noAnswerWithin(14)).toContain("14")
      for (const why of whys) {
        const words = t.endedBecause(why)
        expect(words.length).toBeGreaterThan(0)
        if (language !== "en")
          expect(words, `${language} ${why.kind}`).not.toBe(claimTexts.en.endedBecause(why))
      }
      expect(t.endedBecause(whys[0])).toContain("customer left")
      expect(t.endedBecause(whys[2])).toContain("sub-1")
    }
    expect(
      claimTexts.de.rejected(facts, claimTexts.de.reasons.insufficient_poe, "", true, 30).text
    ).toContain("Ausführungsnachweis reicht nicht aus")
  })

  it("says why an enrollment needs action or became inactive in the reader's words", () => {
    const reasons = [
      { kind: "requirements_not_met", requirements: ["Signed incentives agreement"] },
      { kind: "not_renewed", fiscalYear: "FY27", requirements: ["Designation"], noAgreement: true },
      { kind: "not_renewed_tax", fiscalYear: "FY27" },
      { kind: "payout_missing", fiscalYear: "FY27" }
    ] as const
    for (const language of Language.literals) {
      const t = enrollmentTexts[language]
      expect(t.reason({ kind: "returned", text: "IBAN does not match" })).toBe("IBAN does not match")
      for (const reason of reasons) {
        const words = t.reason(reason)
        if (reason.kind !== "requirements_not_met") expect(words).toContain("FY27")
        if (language !== "en")
          expect(words, `${language} ${reason.kind}`).not.toBe(enrollmentTexts.en.reason(reason))
      }
      expect(t.reason(reasons[1])).toContain("Designation")
    }
    expect(enrollmentTexts.en.reason(reasons[1])).toBe(
      "Not renewed for FY27: eligibility requirements not met: Designation; no active incentives agreement"
    )
    expect(enrollmentTexts.de.reason(reasons[3])).toBe("Auszahlungsdaten (Bank) fehlen für FY27")
  })
})
