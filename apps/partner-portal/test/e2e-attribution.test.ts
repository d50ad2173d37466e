/**
 * Browser test of the partner-of-record subscriptions and the attribution lookup: Northwind names Contoso's
 * PartnerID 1000001 as DPOR on its Microsoft 365 subscription (over the API, as the customer app would);
 * Ian sees the subscription with since-when, submits the DPOR proof of execution after confirmation, and
 * looks up who earns: the answer, its explanation in order and the timeline as intervals.
 * Run with `./dev -C apps/partner-portal run test` (builds the app first).
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { screenshotInto } from "@openpor/ui/testing/screenshots.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"
import { apiAs } from "./support.ts"

const app = useBrowserApp({ path: "/partner/", chromium })
const shot = (name: string) => screenshotInto(app.page, process.env.SCREENSHOTS, name)
const M365 = "aaaaaaaa-0000-4000-8000-000000000005"

/** A call to the API as `email` (bearer token); fails on any error answer. */
const api = apiAs(app)

describe("partner of record and attribution", () => {
  it("says what to expect while no customer has named Contoso", async () => {
    await app.expectSentToSignIn("subscriptions", "sign-in?next=%2Fsubscriptions", "Sign in")
    await app.signIn("ian@contoso.example")
    await app.expectPage("subscriptions", "Subscriptions where you are partner of record")
    await app.page.getByText("No customer has named one of your locations as partner of record yet").waitFor()
  })

  it("lists the subscription once Northwind names Contoso, and records the DPOR's proof of execution", async () => {
    await api("admin@northwind.example", "PUT", `/customer/subscriptions/${M365}/partner-of-record`, {
      partnerId: "1000001"
    })
    await app.page.reload()
    const row = app.page
      .getByRole("table", { name: /Digital Partner of Record/ })
      .getByRole("row")
      .filter({ hasText: M365 })
    await row.getByText("Microsoft 365 E3").waitFor()
    await row.getByText("1000001").waitFor()
    expect(await row.locator("time").count()).toBe(1)
    await shot("subscriptions")
    await row
      .getByRole("button", { name: `Submit proof of execution for Microsoft 365 E3 (${M365})` })
      .click()
    const dialog = app.page.getByRole("alertdialog", {
      name: "Submit proof of execution for Microsoft 365 E3?"
    })
    await dialog.getByRole("button", { name: "Submit proof of execution" }).click()
    await app.page.getByText("Proof of execution recorded").waitFor()
  })

  it("looks up who earns from the subscription, with the explanation and the timeline", async () => {
    await app.page.getByRole("link", { name: `Who earns on Microsoft 365 E3 (${M365})` }).click()
    await app.expectPage(`attribution?subscriptionId=${M365}`, "Who earns: attribution lookup")
    expect(await app.page.getByLabel("Subscription ID").inputValue()).toBe(M365)
    expect(await app.page.getByLabel("Day").inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    await app.page.getByLabel("Incentive").selectOption("deploy")
    await app.page.getByRole("button", { name: "Look up" }).click()
    await app.page.getByText("PartnerID 1000001 earns the Deployment incentive").waitFor()
    await app.page.getByText("Digital Partner of Record (named by the customer)").first().waitFor()
    const why = app.page.getByRole("region", { name: "Why" })
    await why.getByText("Conclusion: the DPOR earns; it has submitted proof of execution.").waitFor()
    await why.getByText("A customer added the current DPOR (replacing an earlier one, if any).").waitFor()
    const intervals = app.page.getByRole("table", { name: /period by period/ }).getByRole("row")
    expect(await intervals.count()).toBeGreaterThanOrEqual(2)
    await intervals.filter({ hasText: "1000001 (one of your locations)" }).first().waitFor()
    await shot("attribution")
  })

  it("explains a subject the organization does not appear on", async () => {
    await app.page.getByLabel("Subscription ID").fill("bbbbbbbb-0000-4000-8000-000000000001")
    await app.page.getByRole("button", { name: "Look up" }).click()
    await app.page
      .getByRole("alert")
      .getByText(
        "Nothing found: the subscription or workload does not exist, or your organization does not appear on it."
      )
      .waitFor()
  })
})
