import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { messages } from "../src/features/notifications/messages.ts"
import { messages as programs } from "../src/features/programs/messages.ts"

describe("home-page notification strings", () => {
  it("are complete in all five languages, each translated", () => {
    expect(checkCatalog(messages as Parameters<typeof checkCatalog>[0])).toEqual([])
    for (const locale of ["de", "hu", "sv", "cs"] as const)
      for (const [key, value] of Object.entries(messages.en))
        expect(messages[locale][key as keyof typeof messages.en], `${locale} ${key}`).not.toBe(value)
  })

  it("of the program guide page are complete in all five languages, each translated", () => {
    expect(checkCatalog(programs as Parameters<typeof checkCatalog>[0])).toEqual([])
    for (const locale of ["de", "hu", "sv", "cs"] as const)
      for (const [key, value] of Object.entries(programs.en))
        expect(programs[locale][key as keyof typeof programs.en], `${locale} ${key}`).not.toBe(value)
  })
})
