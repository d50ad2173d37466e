/**
 * Browser test of Claims → Import from CSV (SPEC §12, issue 16 item 2): Ian downloads nothing but sees the
 * template link, uploads a small CSV with three good rows and two bad ones, watches the progressbar finish,
 * reads the summary and the refused rows (line, column and what to do, in his language), and finds the
 * three drafts in the claims list; the import is listed under past imports; a file that is not CSV is
 * refused next to the file field. axe-core at 1280 and 375 px, no horizontal scrolling on a phone, and the
 * report in the other four languages. Run with `./dev -C apps/partner-portal run test` (builds the app first).
 */
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
import { importMessages } from "../src/features/claims/import/messages.ts"

const app = useBrowserApp({ path: "/partner/", chromium })

const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const HEADER =
  "name,partnerId,tenantId,customerDomain,solutionArea,partnerRole,workloads,subscriptionIds,optOutOfIncentives,customerContactName,customerContactTitle,customerContactEmail,customerContactLanguage,partnerContactName,partnerContactEmail,solutionSellerName,customerName,isvProductName"
const row = (name: string, workloads: string, domain = "northwind.example") =>
  `${name},1000001,${NORTHWIND},${domain},modern_work_security,use_or_consume,${workloads},,false,Nora North,CIO,nora@northwind.example,en,Ian Contoso,ian@contoso.example,,,`
const CSV = [
  HEADER,
  row("Bulk Teams rollout", "teams"),
  row("Bulk Exchange migration", "exchange"),
  row("Bulk Intune and SharePoint", "intune;sharepoint"),
  row("Bulk fax line", "teams;fax"),
  row("Bulk wrong domain", "teams", "contoso.example")
].join("\n")

const shoot = async (name: string) => {
  for (const width of [1280, 375]) {
    await app.page.setViewportSize({ width, height: 900 })
    await app.page.waitForLoadState("networkidle")
    await screenshotInto(app.page, process.env.SCREENSHOTS, `bulk-claims-${name}-${width}`)
    expect({ name, width, violations: await seriousA11yViolations(app.page) }).toEqual({
      name,
      width,
      violations: []
    })
    if (width === 375) expect(await horizontalOverflow(app.page)).toBe(0)
  }
  await app.page.setViewportSize({ width: 1280, height: 900 })
}

describe("Claims → Import from CSV", () => {
  it("uploads a CSV, shows its progress and report, and the good rows become drafts", async () => {
    await app.expectSentToSignIn(
      "claims/import",
      `sign-in?next=${encodeURIComponent("/claims/import")}`,
      "Sign in"
    )
    // Signed in by hand (exact button name: the page also offers single sign-on).
    await app.page.getByLabel("Email address").fill("ian@contoso.example")
    await app.page.getByLabel("Password").fill("demo-Passw0rd!")
    await app.page.getByRole("button", { name: "Sign in", exact: true }).click()
    await app.waitForPath("claims/import")
    await app.page.goto(app.url("claims"))
    await app.page.getByRole("link", { name: "Import from CSV" }).click()
    await app.waitForPath("claims/import")
    await app.h1("Import claims from CSV").waitFor()
    const template = app.page.getByRole("link", { name: "Download the template (CSV)" })
    expect(await template.getAttribute("href")).toBe("/api/v1/claim-imports/template.csv")
    await app.page.getByText("No imports yet").waitFor()
    await shoot("upload")

    // A file that is not CSV with the template's header: refused next to the field, nothing imported.
    const file = app.page.getByLabel("CSV file")
    await file.setInputFiles({
      name: "notes.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("just some notes\n")
    })
    await app.page.getByRole("button", { name: "Upload and import" }).click()
    await app.page
      .getByRole("alert")
      .getByText(/not a CSV file with the template's header row/)
      .waitFor()
    expect(await file.getAttribute("aria-invalid")).toBe("true")
    await shoot("refused-file")

    await file.setInputFiles({ name: "northwind-claims.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) })
    await app.page.getByRole("button", { name: "Upload and import" }).click()
    await app.page.waitForURL((url) => /\/claims\/import\/cimp_/.test(url.pathname))
    await app.h1("Import of northwind-claims.csv").waitFor()
    const progress = app.page.getByRole("progressbar", { name: "Rows processed" })
    await progress.waitFor()
    expect(await progress.getAttribute("aria-valuemax")).toBe("5")
    await app.page.getByText("Completed", { exact: true }).waitFor({ timeout: 20_000 })
    expect(await progress.getAttribute("aria-valuenow")).toBe("5")
    await app.page.getByText("5 of 5 rows processed").waitFor()

    const summary = app.page.locator(".claim-import-summary")
    expect((await summary.textContent())?.replace(/\s+/g, " ")).toMatch(
      /Drafts created\s*3.*Already imported \(nothing created\)\s*0.*Rows refused\s*2/
    )
    const table = app.page.getByRole("table", {
      name: "Refused rows: the line of the file, the column and what to do"
    })
    await table.waitFor()
    const rows = table.locator("tbody tr")
    expect(await rows.count()).toBe(2)
    expect(await rows.nth(0).textContent()).toMatch(
      /^5\s*Workloads\s*workloads\s*fax is not a workload of the catalog\./
    )
    expect(await rows.nth(1).textContent()).toMatch(
      /^6\s*Customer domain\s*customerDomain\s*The customer domain does not belong/
    )
    await shoot("report")

    // The report in the other languages: nothing of the page left in English.
    const report = new URL(app.page.url()).pathname.replace(/^\/partner\//, "")
    for (const locale of ["de", "hu", "sv", "cs"] as const) {
      await app.page.goto(app.url(`${report}?lang=${locale}`))
      await app.page.waitForLoadState("networkidle")
      await app.page.locator(".claim-import-summary").waitFor()
      await app.expectLanguage(locale)
      const english = englishOnlyStrings([importMessages], locale)
      expect({ locale, english: untranslatedIn(await pageText(app.page), english) }).toEqual({
        locale,
        english: []
      })
      expect(await horizontalOverflow(app.page)).toBe(0)
    }
    await app.page.goto(app.url(`${report}?lang=en`))
    await app.page.locator(".claim-import-summary").waitFor()

    // The drafts are in the claims list.
    await app.page.getByRole("link", { name: "Open the drafts in the claims list" }).click()
    await app.page.waitForURL((url) => url.pathname.endsWith("/claims") && url.search === "?status=draft")
    for (const name of ["Bulk Teams rollout", "Bulk Exchange migration", "Bulk Intune and SharePoint"])
      await app.page.getByRole("link", { name }).waitFor()
    expect(await app.page.getByRole("link", { name: "Bulk fax line" }).count()).toBe(0)

    // Past imports list the file with its counts.
    await app.page.goto(app.url("claims/import"))
    const history = app.page.getByRole("table", { name: "Your imports, newest first" })
    await history.waitFor()
    expect((await history.locator("tbody tr").first().textContent())?.replace(/\s+/g, " ")).toMatch(
      /northwind-claims\.csv.*Completed.*3.*0.*2/
    )
    await shoot("history")
  }, 120_000)
})
