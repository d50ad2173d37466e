import type { RoleName } from "@openpor/api-client"
import { describe, expect, it } from "vitest"
import { checkCatalog, lookupMessage, messageKeys, placeholders } from "../src/i18n/catalog.ts"
import { formatDateTime, formatList } from "../src/i18n/format.ts"
import {
  LOCALE_NAMES,
  LOCALE_STORAGE_KEY,
  LOCALES,
  matchLocale,
  pickInitialLocale,
  readStoredLocale,
  storeLocale
} from "../src/i18n/locales.ts"
import { sharedMessages } from "../src/i18n/messages/index.ts"
import { roleLabel } from "../src/i18n/roles.ts"

/** Every role of the API (the `Record<RoleName, string>` type of the English role names keeps it complete). */
const ROLE_NAMES = Object.keys(sharedMessages.en.roles) as RoleName[]

describe("shared dictionaries", () => {
  it("have every English key, no extra keys, no empty strings and the same placeholders in all five languages", () => {
    expect(checkCatalog(sharedMessages)).toEqual([])
  })

  it("are real translations, not copies of English", () => {
    const keys = messageKeys(sharedMessages.en)
    for (const locale of LOCALES.filter((code) => code !== "en")) {
      const identical = keys.filter(
        (key) => lookupMessage(sharedMessages[locale], key) === lookupMessage(sharedMessages.en, key)
      )
      // Only words that are the same in both languages (e.g. "Partner", "Auditor") may match.
      expect(identical.length, `${locale}: ${identical.join(", ")}`).toBeLessThanOrEqual(4)
    }
  })

  it("name every role of the API", () => {
    for (const locale of LOCALES) {
      for (const role of ROLE_NAMES) expect(Object.hasOwn(sharedMessages[locale].roles, role)).toBe(true)
    }
    expect(roleLabel(sharedMessages.de, "incentives_admin")).toBe("Incentives-Administrator")
    expect(roleLabel(sharedMessages.en, "some_future_role")).toBe("some_future_role")
    expect(roleLabel(sharedMessages.en, "toString")).toBe("toString")
  })

  it("offer each language under its own name", () => {
    expect(Object.keys(LOCALE_NAMES).sort()).toEqual([...LOCALES].sort())
    expect(LOCALE_NAMES.cs).toBe("Čeština")
  })
})

describe("checkCatalog", () => {
  const en = { a: "A {{ n }}", group: { b: "B" } }

  it("reports missing, extra, empty and placeholder problems", () => {
    const problems = checkCatalog({
      en,
      de: { a: "A {{ n }}", group: { b: "" } },
      hu: { a: "A {{ m }}", group: { b: "B" } },
      sv: { a: "A {{n}}", group: {} } as unknown as typeof en,
      cs: { a: "A {{ n }}", group: { b: "B", c: "C" } }
    })
    expect(problems).toEqual([
      { locale: "de", key: "group.b", problem: "empty" },
      { locale: "hu", key: "a", problem: "placeholders" },
      { locale: "sv", key: "group.b", problem: "missing" },
      { locale: "cs", key: "group.c", problem: "extra" }
    ])
  })

  it("lists keys and placeholders", () => {
    expect(messageKeys(en)).toEqual(["a", "group.b"])
    expect(placeholders("{{ b }} and {{a}} and {{ b }}")).toEqual(["a", "b"])
    expect(lookupMessage(en, "group")).toBeUndefined()
    expect(lookupMessage(en, "a.b")).toBeUndefined()
  })
})

describe("initial language", () => {
  it("prefers the remembered choice, then the browser languages, then English", () => {
    expect(pickInitialLocale("sv", ["de-DE"])).toBe("sv")
    expect(pickInitialLocale("xx", ["fr-FR", "de-AT", "en"])).toBe("de")
    expect(pickInitialLocale(null, ["cs_CZ"])).toBe("cs")
    expect(pickInitialLocale(undefined, ["fr", "es"])).toBe("en")
    expect(pickInitialLocale(null, [])).toBe("en")
  })

  it("matches language tags case-insensitively", () => {
    expect(matchLocale("HU-hu")).toBe("hu")
    expect(matchLocale("se")).toBeUndefined()
  })

  it("survives unavailable storage", () => {
    const throwing = {
      getItem: () => {
        throw new Error("denied")
      },
      setItem: () => {
        throw new Error("denied")
      }
    }
    expect(readStoredLocale(throwing)).toBeNull()
    expect(() => storeLocale(throwing, "de")).not.toThrow()
    expect(readStoredLocale(undefined)).toBeNull()
  })

  it("remembers the choice under one key", () => {
    const map = new Map<string, string>()
    const storage = {
      getItem: (key: string) => map.get(key) ?? null,
      setItem: (key: string, value: string) => map.set(key, value)
    }
    storeLocale(storage, "hu")
    expect(map.get(LOCALE_STORAGE_KEY)).toBe("hu")
    expect(readStoredLocale(storage)).toBe("hu")
  })
})

describe("formatting", () => {
  it("formats timestamps per language and passes invalid input through", () => {
    const iso = "2025-03-14T09:30:00Z"
    expect(formatDateTime("en", iso)).toMatch(/2025/)
    expect(formatDateTime("de", iso)).not.toBe(formatDateTime("en", iso))
    expect(formatDateTime("en", "not a date")).toBe("not a date")
  })

  it("joins lists in the language", () => {
    expect(formatList("en", ["a", "b", "c"])).toBe("a, b, and c")
    expect(formatList("de", ["a", "b"])).toBe("a und b")
  })
})
