/**
 * Browser test of a claim's Usage tab (issue 15 item 4): Ian's Modern Work claim on Northwind's Teams is
 * approved and accepted by the customer (through the API), so its association is official; the claim page
 * then offers a Usage tab whose chart and table show the demo's year of Northwind usage plus a month the
 * operator imports in the test. A claim that is not official yet says when usage is shown. axe-core at
 * 1280 and 375 px, no horizontal scrolling on a phone, and the tab in the other four languages.
 * Run with `./dev -C apps/partner-portal run test` (builds the app first).
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
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
import { usageMessages } from "../src/features/claims/usage/messages.ts"

const app = useBrowserApp({ path: "/partner/", chromium })

const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)

/** Calls the API with a bearer token as `email`; fails on an error answer. */
/** Calls the API as `email`; fails on an error answer. */
const call = (email: string, method: string, path: string, body?: unknown) =>
  apiCaller(new URL(app.url()).origin).as(email, method, path, body)

/** Ian files a Modern Work claim on Northwind, attaches a PDF and submits it (confirming every statement). */
const submitted = async (name: string, workloads: string[]) => {
  const draft = await call("ian@contoso.example", "POST", "/claims", {
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
  const form = new FormData()
  form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
  const withPoe = await call("ian@contoso.example", "POST", `/claims/${draft.id}/poe`, form)
  const required = (withPoe.requiredAcknowledgements ?? []) as Array<{ id: string }>
  await call("ian@contoso.example", "POST", `/claims/${draft.id}/submit`, {
    acknowledgements: required.map((a) => a.id)
  })
  return draft.id as string
}

describe("a claim's Usage tab", () => {
  it("shows the usage of an official association as a chart and a table; before that, when it is shown", async () => {
    const official = await submitted("Northwind Teams usage", ["teams"])
    await call("rita@vendor.example", "POST", `/review/claims/${official}/decision`, { decision: "approve" })
    await call("admin@northwind.example", "POST", `/customer/requests/${official}/accept`)
    // The operator imports one more (older) month of Teams usage.
    await call("otto@vendor.example", "POST", "/ops/usage/import", {
      rows: [
        { tenantId: NORTHWIND, workload: "teams", month: "2020-01", activeUsers: 123, licensedSeats: 456 }
      ]
    })
    const pending = await submitted("Northwind Intune usage", ["intune"])

    await app.expectSentToSignIn(
      `claims/${official}`,
      `sign-in?next=${encodeURIComponent(`/claims/${official}`)}`,
      "Sign in"
    )
    await app.signIn("ian@contoso.example")
    await app.h1("Northwind Teams usage").waitFor()
    await app.page
      .getByRole("navigation", { name: "Claim sections" })
      .getByRole("link", { name: "Usage" })
      .click()
    await app.waitForPath(`claims/${official}/usage`)
    await app.page.getByRole("heading", { level: 2, name: "Usage" }).waitFor()
    const chart = app.page.getByRole("img", {
      name: /Active users and licensed seats by month: Microsoft Teams/
    })
    await chart.waitFor()
    const table = app.page.getByRole("table", { name: "Usage by month: Microsoft Teams" })
    await table.waitFor()
    // The demo's twelve months and the imported one: one row each, oldest first.
    const rows = table.locator("tbody tr")
    expect(await rows.count()).toBe(13)
    expect(await rows.first().textContent()).toMatch(/January 2020[\s\S]*123[\s\S]*456[\s\S]*27\s?%/)
    expect(await app.page.locator('[data-testid="usage-chart"] rect.usage-chart__active').count()).toBe(13)
    expect(await app.page.getByRole("tab").count()).toBe(0)
    expect(await app.page.locator('.claim-tabs a[aria-current="page"]').textContent()).toBe("Usage")

    for (const width of [1280, 375]) {
      await app.page.setViewportSize({ width, height: 900 })
      await app.page.waitForLoadState("networkidle")
      await screenshotInto(app.page, process.env.SCREENSHOTS, `usage-${width}`)
      expect({ width, violations: await seriousA11yViolations(app.page) }).toEqual({ width, violations: [] })
      if (width === 375) expect(await horizontalOverflow(app.page)).toBe(0)
    }

    // In the other languages, nothing of the tab is left in English.
    for (const locale of ["de", "hu", "sv", "cs"] as const) {
      await app.page.goto(app.url(`claims/${official}/usage?lang=${locale}`))
      await app.page.waitForLoadState("networkidle")
      await app.page.locator('[data-testid="usage-chart"]').waitFor()
      await app.expectLanguage(locale)
      const english = englishOnlyStrings([usageMessages], locale)
      expect({ locale, english: untranslatedIn(await pageText(app.page), english) }).toEqual({
        locale,
        english: []
      })
      expect(await horizontalOverflow(app.page)).toBe(0)
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })

    // Not official yet: no Usage tab on the claim; its address says when usage is shown.
    await app.page.goto(app.url(`claims/${pending}?lang=en`))
    await app.h1("Northwind Intune usage").waitFor()
    expect(await app.page.getByRole("navigation", { name: "Claim sections" }).count()).toBe(0)
    await app.page.goto(app.url(`claims/${pending}/usage`))
    await app.page.getByText("Usage is not available for this claim").waitFor()
    expect(await app.page.getByRole("img").count()).toBe(0)
  })
})
