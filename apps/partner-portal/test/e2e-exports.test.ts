/**
 * Browser test of the partner portal's downloads (issue 16 item 3, SPEC §12): the claims list's "Export
 * CSV" follows the list's filters, the attribution page exports the organization's associations and the
 * timelines of typed subscriptions; each download is captured and read back with a CSV parser. axe-core at
 * 1280 and 375 px; the labels in the four other languages. Run after `vite build` with
 * `./dev -C apps/partner-portal exec vitest run test/e2e-exports.test.ts`.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
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
import { apiAs } from "./support.ts"

/** The API's CSV parser (csv-parse), to read the downloads as a spreadsheet would. */
const { parse } = createRequire(new URL("../../api/package.json", import.meta.url))("csv-parse/sync") as {
  parse: (text: string, options: object) => Array<Record<string, string>>
}

const app = useBrowserApp({ path: "/partner/", chromium })
const api = apiAs(app)
const shot = (name: string) => screenshotInto(app.page, process.env.SCREENSHOTS, name)
const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const M365 = "aaaaaaaa-0000-4000-8000-000000000005"
const TRICKY = 'Northwind, "Teams"\nrollout ő ř'

/** Clicks the link `name` and answers the downloaded file's name and parsed CSV rows. */
const downloadCsv = async (name: string) => {
  const [download] = await Promise.all([
    app.page.waitForEvent("download"),
    app.page.getByRole("link", { name }).click()
  ])
  const path = await download.path()
  return {
    fileName: download.suggestedFilename(),
    rows: parse(readFileSync(path, "utf8"), { columns: true, bom: true })
  }
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

describe("partner portal: exports", () => {
  it("the claims list's Export CSV downloads the list's claims with its filters, read back by a CSV parser", async () => {
    const claim = (name: string, workloads: string[]) => ({
      name,
      partnerId: "1000001",
      tenantId: NORTHWIND,
      customerDomain: "northwind.example",
      solutionArea: "modern_work_security",
      partnerRole: "use_or_consume",
      workloads,
      customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
      partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
    })
    const tricky = await api("ian@contoso.example", "POST", "/claims", claim(TRICKY, ["teams"]))
    await api("ian@contoso.example", "POST", "/claims", claim("Northwind Exchange", ["exchange"]))
    await api("ina@fabrikam.example", "POST", "/claims", {
      ...claim("Fabrikam secret", ["intune"]),
      partnerId: "2000001",
      partnerContact: { name: "Ina", email: "ina@fabrikam.example" }
    })

    await app.expectSentToSignIn("claims", "sign-in?next=%2Fclaims", "Sign in")
    await app.signIn("ian@contoso.example")
    await app.expectPage("claims", "Customer claims")
    const all = await downloadCsv("Export CSV")
    expect(all.fileName).toMatch(/^claims-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(all.rows.map((r) => r.name).sort()).toEqual(["Northwind Exchange", TRICKY].sort())
    expect(all.rows.find((r) => r.name === TRICKY)).toMatchObject({
      id: tricky.id,
      status: "draft",
      workloads: "teams"
    })

    // The search filter of the list applies to the download too.
    await app.page.getByLabel("Claim name or tenant ID").fill("Exchange")
    await app.page.getByRole("button", { name: "Search" }).click()
    await app.waitForPath("claims?q=Exchange")
    const link = app.page.getByRole("link", { name: "Export CSV" })
    expect(await link.getAttribute("href")).toBe("/api/v1/exports/claims.csv?q=Exchange")
    const searched = await downloadCsv("Export CSV")
    expect(searched.rows.map((r) => r.name)).toEqual(["Northwind Exchange"])
    await checkQuality("claims-export")
  })

  it("the attribution page downloads the associations and the timelines of typed subscriptions", async () => {
    await api("admin@northwind.example", "PUT", `/customer/subscriptions/${M365}/partner-of-record`, {
      partnerId: "1000001"
    })
    await app.page.goto(app.url("attribution"))
    await app.expectPage("attribution", "Who earns: attribution lookup")
    const associations = await downloadCsv("Export associations (CSV)")
    expect(associations.fileName).toMatch(/^associations-\d{4}-\d{2}-\d{2}\.csv$/)
    expect(associations.rows).toEqual([])

    await app.page.getByText("Enter at least one subscription ID to export its timeline.").waitFor()
    await app.page.getByLabel("Subscriptions to export").fill(`${M365}\nbbbbbbbb-0000-4000-8000-000000000001`)
    await app.page.getByRole("radio", { name: "Deployment" }).check()
    const timelines = await downloadCsv("Export timelines (CSV)")
    expect(timelines.fileName).toMatch(/^attribution-timelines-\d{4}-\d{2}-\d{2}\.csv$/)
    const mine = timelines.rows.filter((r) => r.subscriptionId === M365)
    // Contoso is the subscription's DPOR: its timeline, interval by interval (no problem).
    expect(mine.length).toBeGreaterThan(0)
    expect(mine.every((r) => r.problem === "" && /^\d{4}-\d{2}-\d{2}$/.test(r.from ?? ""))).toBe(true)
    expect(mine.every((r) => r.incentive === "deploy")).toBe(true)
    // Woodgrove's subscription: Contoso does not appear on it, so nothing is told about it.
    expect(timelines.rows.filter((r) => r.subscriptionId !== M365)).toEqual([
      expect.objectContaining({ problem: "not_found", partnerId: "" })
    ])
    await checkQuality("attribution-exports")
  })

  it("says the downloads in the four other languages", async () => {
    for (const [page, heading] of [
      ["claims", "claims-export"],
      ["attribution", "attribution-exports"]
    ] as const) {
      for (const locale of ["de", "hu", "sv", "cs"] as const) {
        await app.page.goto(app.url(`${page}?lang=${locale}`))
        await app.page.waitForLoadState("networkidle")
        await app.expectLanguage(locale)
        await app.page
          .getByRole("link", { name: messages[locale].claimsCsv })
          .or(app.page.getByRole("link", { name: messages[locale].associationsCsv }))
          .first()
          .waitFor()
        const english = englishOnlyStrings([messages], locale)
        expect({ heading, locale, english: untranslatedIn(await pageText(app.page), english) }).toEqual({
          heading,
          locale,
          english: []
        })
      }
    }
  })
})
