import { describe, expect, it } from "vitest"
import { Language, type PoeTemplateFacts, poeTemplateDocument } from "../src/index.ts"

const facts: PoeTemplateFacts = {
  claimId: "clm_1",
  claimName: "Northwind Teams rollout",
  customer: {
    name: "Northwind Traders",
    tenantId: "11111111-1111-4111-8111-111111111111",
    domain: "northwind.example",
    contact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" }
  },
  partner: {
    organizationName: "Contoso Consulting",
    partnerId: "1000001",
    location: { name: "Contoso Berlin", city: "Berlin", country: "DE" },
    contact: { name: "Ian Contoso", email: "ian@contoso.example" }
  },
  solutionArea: "modern_work_security",
  partnerRole: "use_or_consume",
  targets: [
    { kind: "workload", code: "teams", product: "Microsoft Teams" },
    { kind: "workload", code: "intune", product: "Microsoft Intune" }
  ],
  preparedAt: new Date("2026-11-30T09:00:00.000Z")
}

const allText = (language: Language, f = facts) => {
  const d = poeTemplateDocument(f, language)
  return [
    d.title,
    d.subtitle,
    d.intro,
    ...d.sections.flatMap((s) => [
      s.heading,
      ...s.fields.flatMap((x) => [x.label, x.value]),
      ...s.paragraphs,
      ...s.blanks
    ]),
    d.signatures.heading,
    ...d.signatures.parties.flatMap((p) => [p.heading, ...p.fields.flatMap((x) => [x.label, x.value])]),
    d.footer
  ]
}

describe("the POE template's text (SPEC §5)", () => {
  it("names the customer, the partner, the role and each workload, with signature lines for both parties, in every language", () => {
    for (const language of Language.literals) {
      const d = poeTemplateDocument(facts, language)
      const text = allText(language).join("\n")
      for (const expected of [
        "Northwind Traders",
        "northwind.example",
        "Contoso Consulting",
        "1000001",
        "Contoso Berlin, Berlin, DE",
        "Microsoft Teams (teams)",
        "Microsoft Intune (intune)",
        "Modern Work and Security",
        "Nora North",
        "2026-11-30"
      ])
        expect({ language, expected, found: text.includes(expected) }).toEqual({
          language,
          expected,
          found: true
        })
      expect(d.language).toBe(language)
      expect(d.signatures.parties).toHaveLength(2)
      for (const party of d.signatures.parties) expect(party.fields).toHaveLength(4)
      expect(d.fileName.endsWith(" – Northwind Teams rollout.pdf")).toBe(true)
    }
  })

  it("writes every language in its own words: no English label left outside English", () => {
    const english = new Set(allText("en"))
    // What the claim says (names, identifiers, products; not the role, a label) and words that are the same.
    const en = poeTemplateDocument(facts, "en")
    const same = new Set([
      ...en.sections.flatMap((s) => s.fields.map((f) => f.value)).filter((v) => v !== "Use or consume"),
      ...en.signatures.parties.flatMap((p) => p.fields.map((f) => f.value)),
      "",
      "Partner",
      "Partner: Contoso Consulting",
      "PartnerID",
      "Name",
      // German uses the English word, as the partner portal does.
      "Workloads"
    ])
    for (const language of ["de", "hu", "sv", "cs"] as const) {
      const leftovers = allText(language).filter((s) => english.has(s) && !same.has(s))
      expect({ language, leftovers }).toEqual({ language, leftovers: [] })
      const d = poeTemplateDocument(facts, language)
      expect(d.title).not.toBe("Proof of execution")
      expect(d.sections.map((s) => s.heading)).not.toEqual(
        poeTemplateDocument(facts, "en").sections.map((s) => s.heading)
      )
    }
  })

  it("lists subscriptions with their products, or the ID alone when the directory does not know it", () => {
    const bizApps: PoeTemplateFacts = {
      ...facts,
      solutionArea: "business_applications",
      partnerRole: "build_intent_advisor",
      targets: [
        { kind: "subscription", id: "sub-1", product: "Dynamics 365 Sales" },
        { kind: "subscription", id: "sub-2", product: null }
      ]
    }
    const association = poeTemplateDocument(bizApps, "en").sections[2]!
    expect(association.fields).toContainEqual({
      label: "Subscriptions",
      value: "sub-1 – Dynamics 365 Sales\nsub-2"
    })
    expect(association.fields).toContainEqual({ label: "Partner role", value: "Build intent – Advisor" })
    expect(poeTemplateDocument(bizApps, "de").sections[3]!.paragraphs[0]).toContain("Abonnements")
  })
})
