import { CLAIM_IMPORT_COLUMNS, CLAIM_IMPORT_PROBLEMS, CLAIM_IMPORT_STATUSES } from "@openpor/api-client"
import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { claimFieldOf } from "../src/features/claims/import/api.ts"
import { importMessages } from "../src/features/claims/import/messages.ts"
import { messages as claimMessages } from "../src/features/claims/messages.ts"

describe("Claims → Import from CSV", () => {
  it("is complete in all five languages", () => {
    expect(checkCatalog(importMessages)).toEqual([])
  })

  it.each(["en", "de", "hu", "sv", "cs"] as const)(
    "explains every refusal code, names every status and column (%s)",
    (locale) => {
      const own = importMessages[locale]
      const claims = claimMessages[locale]
      const problems = { ...claims.problems, ...own.problems } as Record<
        string,
        { message: string; todo: string }
      >
      expect(CLAIM_IMPORT_PROBLEMS.filter((code) => problems[code]?.message === undefined)).toEqual([])
      expect(CLAIM_IMPORT_STATUSES.filter((s) => own.statuses[s] === undefined)).toEqual([])
      const fields = claims.fields as Record<string, string>
      const columns = own.columns as Record<string, string>
      expect(
        CLAIM_IMPORT_COLUMNS.filter((c) => (fields[claimFieldOf(c)] ?? columns[c]) === undefined)
      ).toEqual([])
    }
  )
})
