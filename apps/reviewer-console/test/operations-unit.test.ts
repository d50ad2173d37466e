import { ApiError } from "@openpor/api-client"
import { describe, expect, it } from "vitest"
import { auditDiff } from "../src/features/audit/diff.ts"
import { CSV_COLUMNS, csvTemplate, problemsOf } from "../src/features/directory/csv.ts"
import { formatCalendarDate } from "../src/features/operations/format.ts"

describe("auditDiff", () => {
  it("lists only the fields that changed, nested ones with dotted paths", () => {
    expect(
      auditDiff(
        { status: "submitted", version: 3, consent: { status: "awaiting_response", windowEndsAt: "x" } },
        { status: "approved", version: 4, consent: { status: "awaiting_response", windowEndsAt: "x" } }
      )
    ).toEqual([
      { field: "status", before: "submitted", after: "approved" },
      { field: "version", before: "3", after: "4" }
    ])
  })

  it("shows a creation and a removal as one side only", () => {
    expect(auditDiff(null, { date: "2027-12-24", name: "Christmas Eve" })).toEqual([
      { field: "date", before: undefined, after: "2027-12-24" },
      { field: "name", before: undefined, after: "Christmas Eve" }
    ])
    expect(auditDiff({ name: "New Year's Eve" }, null)).toEqual([
      { field: "name", before: "New Year's Eve", after: undefined }
    ])
  })

  it("reads lists as text and compares plain values as one line", () => {
    expect(auditDiff({ workloads: ["teams"] }, { workloads: ["teams", "intune"] })).toEqual([
      { field: "workloads", before: "teams", after: "teams, intune" }
    ])
    expect(auditDiff("a", "b")).toEqual([{ field: "", before: "a", after: "b" }])
    expect(auditDiff(null, null)).toEqual([])
    expect(auditDiff({ a: 1 }, { a: 1 })).toEqual([])
  })
})

describe("formatCalendarDate", () => {
  it("shows a holiday's date with its weekday, whatever the viewer's time zone", () => {
    expect(formatCalendarDate("en", "2027-12-24")).toBe("Friday, December 24, 2027")
    expect(formatCalendarDate("de", "2027-12-24")).toBe("Freitag, 24. Dezember 2027")
    expect(formatCalendarDate("en", "not a date")).toBe("not a date")
  })
})

describe("directory import problems", () => {
  it("lists each schema issue with its place in the data, or the API's message (which names the CSV line)", () => {
    const issues = new ApiError(400, "invalid_request", "Invalid body", {
      issues: [
        {
          path: ["subscriptions", 0, "channel"],
          message: "Expected one of volume_licensing, web_direct, csp"
        },
        { path: "tenants.1.name", message: "Expected a non-empty string" }
      ]
    })
    expect(problemsOf(issues)).toEqual([
      "subscriptions.0.channel: Expected one of volume_licensing, web_direct, csp",
      "tenants.1.name: Expected a non-empty string"
    ])
    const line = new ApiError(
      400,
      "invalid_csv",
      "Line 3: tenant 1 differs from line 2 (name, domains or workloads)"
    )
    expect(problemsOf(line)).toEqual(["Line 3: tenant 1 differs from line 2 (name, domains or workloads)"])
  })

  it("offers a template with exactly the columns the import expects", () => {
    expect(csvTemplate.split("\n")[0]).toBe(CSV_COLUMNS.join(","))
    expect(csvTemplate.split("\n")[1]?.split(",")).toHaveLength(CSV_COLUMNS.length)
  })
})
