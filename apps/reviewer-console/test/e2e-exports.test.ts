/**
 * Browser test of the reviewer console's downloads (issue 16 item 3, SPEC §12): the review queue's "Export
 * claims (CSV)" follows its status filter; the audit log page downloads its filtered entries as CSV and
 * JSON Lines. Each download is captured and read back (CSV parser, JSON per line). axe-core at 1280 and
 * 375 px; the labels in the four other languages. Run after `vite build` with
 * `./dev -C apps/reviewer-console exec vitest run test/e2e-exports.test.ts`.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { DEMO_PASSWORD, useBrowserApp } from "@openpor/ui/testing/browser.ts"
import {
  englishOnlyStrings,
  horizontalOverflow,
  pageText,
  seriousA11yViolations,
  untranslatedIn
} from "@openpor/ui/testing/quality.ts"
import { screenshotInto } from "@openpor/ui/testing/screenshots.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"
import { messages } from "../src/features/exports/messages.ts"

/** The API's CSV parser (csv-parse), to read the downloads as a spreadsheet would. */
const { parse } = createRequire(new URL("../../api/package.json", import.meta.url))("csv-parse/sync") as {
  parse: (text: string, options: object) => Array<Record<string, string>>
}

const app = useBrowserApp({ path: "/review/", chromium })
const shot = (name: string) => screenshotInto(app.page, process.env.SCREENSHOTS, name)
const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const TRICKY = 'Northwind, "Teams"\nrollout ő ř'

/** Creates a draft claim as Ian over the API (bearer token) and answers its id. */
const draftAsIan = async (name: string) => {
  const origin = new URL(app.url()).origin
  const { token } = (await fetch(`${origin}/api/v1/auth/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "ian@contoso.example", password: DEMO_PASSWORD })
  }).then((r) => r.json())) as { token: string }
  const res = await fetch(`${origin}/api/v1/claims`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({
      name,
      partnerId: "1000001",
      tenantId: NORTHWIND,
      customerDomain: "northwind.example",
      solutionArea: "modern_work_security",
      partnerRole: "use_or_consume",
      workloads: ["teams"],
      customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
      partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
    })
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: string }).id
}

/** Clicks the link `name` and answers the downloaded file's name and text. */
const download = async (name: string) => {
  const [file] = await Promise.all([
    app.page.waitForEvent("download"),
    app.page.getByRole("link", { name }).click()
  ])
  return { fileName: file.suggestedFilename(), text: readFileSync(await file.path(), "utf8") }
}

const checkQuality = async (name: string) => {
  for (const width of [1280, 375]) {
    await app.page.setViewportSize({ width, height: 900 })
    await app.page.waitForLoadState("networkidle")
    await shot(`${name}-${width}`)
    expect({ width, violations: await seriousA11yViolations(app.page) }).toEqual({ width, violations: [] })
    if (width === 375) expect(await horizontalOverflow(app.page)).toBe(0)
  }
  await app.page.setViewportSize({ width: 1280, height: 800 })
}

describe("reviewer console: exports", () => {
  let claimId = ""

  it("the queue's Export claims (CSV) downloads the claims, with the queue's status filter", async () => {
    claimId = await draftAsIan(TRICKY)
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.signIn("rita@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Review queue")
    await app.expectPage("queue", "Review queue")
    const all = await download("Export claims (CSV)")
    expect(all.fileName).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/)
    const rows = parse(all.text, { columns: true, bom: true })
    expect(rows.find((r) => r.id === claimId)).toMatchObject({
      name: TRICKY,
      status: "draft",
      partnerId: "1000001"
    })

    await app.page.goto(app.url("queue?status=submitted"))
    await app.expectPage("queue?status=submitted", "Review queue")
    const link = app.page.getByRole("link", { name: "Export claims (CSV)" })
    expect(await link.getAttribute("href")).toBe("/api/v1/exports/claims.csv?status=submitted")
    const submitted = parse((await download("Export claims (CSV)")).text, { columns: true, bom: true })
    expect(submitted.every((r) => r.status === "submitted")).toBe(true)
    expect(submitted.some((r) => r.id === claimId)).toBe(false)
    await checkQuality("queue-export")
  })

  it("the audit log downloads the entries of its filters as CSV and JSON Lines", async () => {
    await app.page.goto(app.url(`audit?entityType=claim&entityId=${claimId}`))
    await app.expectPage(`audit?entityType=claim&entityId=${claimId}`, "Audit log")
    const csvLink = app.page.getByRole("link", { name: "Export CSV" })
    expect(await csvLink.getAttribute("href")).toBe(
      `/api/v1/exports/audit.csv?entityType=claim&entityId=${claimId}`
    )
    const csv = await download("Export CSV")
    expect(csv.fileName).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.csv$/)
    const rows = parse(csv.text, { columns: true, bom: true })
    expect(rows.length).toBeGreaterThan(0)
    expect(rows.every((r) => r.entityType === "claim" && r.entityId === claimId)).toBe(true)
    expect(JSON.parse(rows.at(-1)!.after!).name).toBe(TRICKY)

    const jsonl = await download("Export JSON Lines")
    expect(jsonl.fileName).toMatch(/^audit-\d{4}-\d{2}-\d{2}\.jsonl$/)
    const events = jsonl.text
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line))
    expect(events.map((e) => e.id)).toEqual(rows.map((r) => r.id))
    expect(events.at(-1)).toMatchObject({ action: "claim.created", actorEmail: "ian@contoso.example" })
    await checkQuality("audit-export")
  })

  it("says the downloads in the four other languages", async () => {
    for (const page of ["queue", "audit"]) {
      for (const locale of ["de", "hu", "sv", "cs"] as const) {
        await app.page.goto(app.url(`${page}?lang=${locale}`))
        await app.page.waitForLoadState("networkidle")
        await app.expectLanguage(locale)
        await app.page
          .getByRole("link", {
            name: page === "queue" ? messages[locale].claimsCsv : messages[locale].auditCsv
          })
          .waitFor()
        const english = englishOnlyStrings([messages], locale)
        expect({ page, locale, english: untranslatedIn(await pageText(app.page), english) }).toEqual({
          page,
          locale,
          english: []
        })
      }
    }
  })
})
