import { describe, expect, it } from "vitest"
import { sharedMessages } from "../src/i18n/messages/index.ts"
import { englishOnlyStrings, untranslatedIn } from "../src/testing/quality.ts"

describe("englishOnlyStrings", () => {
  const catalog = {
    en: {
      a: "Sign out",
      b: "Signed in as {{ name }}",
      c: "Partner",
      d: "Business Applications",
      e: "on {{ date }}"
    },
    de: {
      a: "Abmelden",
      b: "Angemeldet als {{ name }}",
      c: "Partner",
      d: "Geschäftsanwendungen (Business Applications)",
      e: "am {{ date }}"
    },
    hu: {
      a: "Kijelentkezés",
      b: "Bejelentkezve: {{ name }}",
      c: "Partner",
      d: "Üzleti alkalmazások",
      e: "{{ date }}"
    },
    sv: {
      a: "Logga ut",
      b: "Inloggad som {{ name }}",
      c: "Partner",
      d: "Affärsprogram",
      e: "den {{ date }}"
    },
    cs: {
      a: "Odhlásit se",
      b: "Přihlášený uživatel: {{ name }}",
      c: "Partner",
      d: "Podnikové aplikace",
      e: "dne {{ date }}"
    }
  }

  it("keeps English pieces whose translation differs, cut at placeholders, without names kept in English", () => {
    expect(englishOnlyStrings([catalog], "de").sort()).toEqual(["Sign out", "Signed in as"])
    expect(englishOnlyStrings([catalog], "hu").sort()).toEqual([
      "Business Applications",
      "Sign out",
      "Signed in as"
    ])
  })

  it("finds them in a page's text", () => {
    const englishOnly = englishOnlyStrings([catalog], "de")
    const page = (text: string) => ({ text, pieces: text.split("\n") })
    expect(untranslatedIn(page("Angemeldet als Ada\nAbmelden"), englishOnly)).toEqual([])
    expect(untranslatedIn(page("Angemeldet als Ada\nSign out"), englishOnly)).toEqual(["Sign out"])
  })

  it("counts single words only as the whole text of an element", () => {
    const englishOnly = ["Customer", "Sign out"]
    expect(
      untranslatedIn(
        { text: "Dynamics 365 Customer Service", pieces: ["Dynamics 365 Customer Service"] },
        englishOnly
      )
    ).toEqual([])
    expect(untranslatedIn({ text: "Kunde\nCustomer", pieces: ["Kunde", "Customer"] }, englishOnly)).toEqual([
      "Customer"
    ])
  })

  it("covers the shared strings", () => {
    expect(englishOnlyStrings([sharedMessages], "de")).toContain("Skip to main content")
  })
})
