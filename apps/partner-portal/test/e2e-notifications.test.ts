/**
 * Browser test of the home-page notifications and the default program guide (SPEC §3, seed 003): Ian (Incentives admin of Contoso
 * Consulting Berlin) sees the location's invitation on the home page, follows it to the enrollment, and
 * after a reload it is gone for him — still on the Incentives overview, and still a notification for Ada,
 * the organization's Global admin.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"
import { apiAs } from "./support.ts"

const app = useBrowserApp({ path: "/partner/", chromium })
const api = apiAs(app)
const PROGRAM = "Modern Work and Security Usage"
const LOCATION = "Contoso Consulting Berlin"

describe("home-page notifications", () => {
  it("shows the invitation; following it opens the enrollment; after a reload it is gone for that user", async () => {
    await app.page.goto(app.url())
    await app.signIn("ian@contoso.example")
    const notifications = app.page.getByRole("region", { name: "Notifications" })
    await notifications
      .getByText(`${LOCATION} (PartnerID 1000002) is invited to enroll in ${PROGRAM}.`)
      .waitFor()
    await notifications
      .getByRole("link", { name: `Open the invitation to ${PROGRAM} for ${LOCATION}` })
      .click()
    await app.expectPage("incentives/enr_1000002_mws_usage", `Enroll in ${PROGRAM}`)

    await app.page.goto(app.url())
    await app.page.reload()
    await notifications.getByText("No new notifications.", { exact: false }).waitFor()
    expect(await notifications.getByText(`is invited to enroll in ${PROGRAM}`).count()).toBe(0)

    // The enrollment stays on the overview.
    await notifications.getByRole("link", { name: "All enrollments are on the Incentives overview." }).click()
    await app.expectPage("incentives", "Incentives")
    const table = app.page.getByRole("table", { name: new RegExp(LOCATION) })
    await table.getByRole("row").filter({ hasText: PROGRAM }).getByText("Invited", { exact: true }).waitFor()

    // Another user of the same location still has it.
    const ada = (await api("ada@contoso.example", "GET", "/me/notifications")) as { notifications: any[] }
    expect(ada.notifications.map((n) => n.enrollmentId)).toEqual(["enr_1000002_mws_usage"])
  })

  it("saves the language Ian chooses in the switcher as his language (for emails)", async () => {
    const language = async () => ((await api("ian@contoso.example", "GET", "/me/language")) as any).language
    expect(await language()).toBeNull()
    await app.page.getByLabel("Language").selectOption("de")
    for (let attempt = 0; attempt < 50 && (await language()) !== "de"; attempt++)
      await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await language()).toBe("de")
    await app.page.getByLabel("Sprache").selectOption("en")
  })

  it("links a program without an operator's guide to the portal's page about it", async () => {
    await app.page.goto(app.url("incentives"))
    const table = app.page.getByRole("table", { name: new RegExp(LOCATION) })
    const guide = table.getByRole("link", { name: `Program guide: ${PROGRAM}` })
    expect(await guide.getAttribute("href")).toBe("/partner/programs/prg_mws_usage")
    await guide.click()
    await app.expectPage("programs/prg_mws_usage", `Program guide: ${PROGRAM}`)
    const requirements = app.page.getByRole("region", { name: "Eligibility requirements" })
    await requirements.getByRole("listitem").first().waitFor()
    await app.page.getByText("Partner roles a claim in this program can name").waitFor()
  })

  it("opens the apps in the language a user chose once they sign in", async () => {
    await api("ada@contoso.example", "PATCH", "/me", { language: "sv" })
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("ada@contoso.example")
    await app.page.waitForFunction(() => document.documentElement.lang === "sv")
    await app.page.getByRole("heading", { name: "Aviseringar", level: 2 }).waitFor()
  })
})
