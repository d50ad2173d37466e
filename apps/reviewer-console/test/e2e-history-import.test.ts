/**
 * Browser test of the operator's history import (issue 15 item 10, SPEC §4): starts the API (serving
 * apps/reviewer-console/dist at /review/) with the demo data, uploads CSV and JSON files of DPOR / OSA /
 * POE events and reads the per-row report. Run with `./dev -C apps/reviewer-console exec vitest run
 * test/e2e-history-import.test.ts` after `vite build`.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/review/", chromium })
const sections = () => app.page.getByRole("navigation", { name: "Operations screens" })

const SUB = "aaaaaaaa-0000-4000-8000-000000000005"
const HISTORY = `externalId,type,subscriptionId,partnerId,on
ui-1,osa_form,${SUB},3000001,2014-06-15
ui-2,dpor_added,${SUB},1000001,2015-02-10
ui-3,por_poe,${SUB},1000001,2015-03-10
`

const upload = async (name: string, mimeType: string, content: string, importLabel = "Import") => {
  await app.page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer: Buffer.from(content) })
  await app.page.getByRole("button", { name: importLabel, exact: true }).click()
  await app.page.getByRole("alertdialog").getByRole("button", { name: importLabel }).click()
}
const report = (file: string) => app.page.getByRole("table", { name: `Rows of ${file}` })

describe("reviewer console: history import", () => {
  it("offers the operator the screen, the columns and a CSV template", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.signIn("otto@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Operations")
    await app.page.getByRole("heading", { level: 2, name: "History import" }).getByRole("link").click()
    await app.expectPage("operations/history-import", "History import")
    await sections().getByRole("link", { name: "History import" }).waitFor()
    await app.page.getByText("Columns and template").click()
    const template = app.page.getByRole("link", { name: "Download the CSV template" })
    expect(await template.getAttribute("download")).toBe("history-import.csv")
    const href = decodeURIComponent((await template.getAttribute("href")) ?? "")
    expect(href).toContain("externalId,type,subscriptionId,partnerId,on")
    await app.page.getByLabel("CSV or JSON file", { exact: true }).waitFor()
    // Nothing chosen yet: the message is next to the field.
    await app.page.getByRole("button", { name: "Import", exact: true }).click()
    await app.page.getByText("Choose a CSV or JSON file to import.").waitFor()
  })

  it("a file with a bad row stores nothing and names the row, its column and why", async () => {
    await upload("broken.csv", "text/csv", HISTORY.replace("1000001,2015-02-10", "9999999,2015-02-10"))
    await app.page
      .getByText("1 row refused; nothing was stored. Correct it and import the file again.")
      .waitFor()
    const rows = await report("broken.csv").getByRole("row").allTextContents()
    expect(rows).toHaveLength(2)
    expect(rows[1]).toContain("3")
    expect(rows[1]).toContain("ui-2")
    expect(rows[1]).toContain("partnerId")
    expect(rows[1]).toContain("No location has this PartnerID.")
    app.clearProblems()
  })

  it("imports a CSV, and the same events as JSON again change nothing", async () => {
    await upload("history.csv", "text/csv", HISTORY)
    await app.page.getByText("3 events imported; 0 were there already.").waitFor()
    const imported = await report("history.csv").getByRole("row").allTextContents()
    expect(imported.slice(1).every((row) => row.includes("Imported"))).toBe(true)

    const json = JSON.stringify({
      events: HISTORY.trim()
        .split("\n")
        .slice(1)
        .map((line) => {
          const [externalId, type, subscriptionId, partnerId, on] = line.split(",")
          return { externalId, type, subscriptionId, partnerId, on }
        })
    })
    await upload("history.json", "application/json", json)
    await app.page.getByText("0 events imported; 3 were there already.").waitFor()
    const again = await report("history.json").getByRole("row").allTextContents()
    expect(again.slice(1).every((row) => row.includes("Already imported"))).toBe(true)
  })

  it("speaks the operator's language and fits 375 px", async () => {
    await app.switchLanguage("de")
    await app.page.getByRole("heading", { level: 1, name: "Historie importieren" }).waitFor()
    await app.page.getByLabel("CSV- oder JSON-Datei", { exact: true }).waitFor()
    await app.page.setViewportSize({ width: 375, height: 800 })
    const overflow = await app.page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth
    )
    expect(overflow).toBe(false)
    // The refused-row reasons are in German too.
    await upload("kaputt.csv", "text/csv", HISTORY.replace("2014-06-15", "2014-06-31"), "Importieren")
    await app.page.getByText("Schreiben Sie das Datum als JJJJ-MM-TT.").waitFor()
  })
})
