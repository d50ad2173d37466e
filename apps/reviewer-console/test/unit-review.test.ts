import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { LOCALES } from "@openpor/ui/i18n/locales.ts"
import { describe, expect, it } from "vitest"
import { filterParams, hasFilters, parseFilters, queueQuery } from "../src/features/review/lib/filters.ts"
import { fileSize, previewKind, targetName } from "../src/features/review/lib/format.ts"
import { REVIEWER_REASONS } from "../src/features/review/lib/types.ts"
import { reviewMessages } from "../src/features/review/messages.ts"

describe("review strings", () => {
  it("are complete in all five languages", () => {
    expect(checkCatalog(reviewMessages)).toEqual([])
  })

  it("name every rejection reason a reviewer may give and every queue status, translated", () => {
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      for (const reason of REVIEWER_REASONS)
        expect(reviewMessages[locale].reason[reason]).not.toBe(reviewMessages.en.reason[reason])
      expect(reviewMessages[locale].queue.title).not.toBe(reviewMessages.en.queue.title)
    }
  })
})

describe("queue filters in the URL", () => {
  it("read known values, ignore unknown ones and write back only what is set", () => {
    const filters = parseFilters({
      status: "disputed",
      area: "nowhere",
      competing: "1",
      mine: "true",
      x: "y"
    })
    expect(filters).toEqual({
      status: "disputed",
      program: undefined,
      area: undefined,
      competing: true,
      overdue: false,
      mine: true,
      answered: false
    })
    expect(filterParams(filters)).toEqual({
      status: "disputed",
      program: undefined,
      area: undefined,
      competing: "1",
      overdue: undefined,
      mine: "1",
      answered: undefined
    })
    expect(queueQuery(filters)).toEqual({ status: "disputed", competing: "true", assignedReviewer: "me" })
    expect(hasFilters(parseFilters({}))).toBe(false)
    expect(
      queueQuery(parseFilters({ program: "prg_osa", overdue: "1", area: "business_applications" }))
    ).toEqual({
      programId: "prg_osa",
      solutionArea: "business_applications",
      overdue: "true"
    })
  })
})

describe("proof documents", () => {
  it("are previewed by type and sized for people", () => {
    expect(previewKind("application/pdf")).toBe("pdf")
    expect(previewKind("image/jpeg")).toBe("image")
    expect(previewKind("application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe(
      "docx"
    )
    const t = (key: string, p: { count: string }) => `${p.count} ${key}`
    expect(fileSize("en", 812, t)).toBe("812 size.bytes")
    expect(fileSize("de", 1536, t)).toBe("1,5 size.kb")
    expect(targetName("workload:11111111-1111-4111-8111-111111111111:teams")).toBe("teams")
    expect(targetName("subscription:aaaaaaaa-0000-4000-8000-000000000001")).toBe(
      "aaaaaaaa-0000-4000-8000-000000000001"
    )
  })
})
