/**
 * Browser test: starts the API (which serves apps/partner-portal/dist at /partner/) with the demo seed and
 * drives Debian's Chromium through sign-in, the overview, the language switch, 375 px and sign-out.
 * Run with `pnpm --filter @openpor/partner-portal test` (builds the app first).
 */
import { DEMO_PASSWORD, useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/partner/", chromium })
const focusedField = () => app.page.evaluate(() => document.activeElement?.getAttribute("name"))

describe("partner portal in the browser", () => {
  it("sends a signed-out visitor of a protected page to sign-in", async () => {
    await app.expectSentToSignIn("mailbox", "sign-in?next=%2Fmailbox", "Sign in")
    await app.expectLanguage("en")
    expect(await focusedField()).toBe("email")
    // The session check of a signed-out visitor is not an error (issue 9 item 13): no 401, nothing logged.
    expect(app.problems()).toEqual([])
  })

  it("explains wrong credentials in the live region and focuses the password", async () => {
    await app.signIn("ian@contoso.example", "not-the-password")
    await app.page.getByRole("alert").getByText("The email address or password is incorrect.").waitFor()
    expect(await focusedField()).toBe("password")
  })

  it("signs in and returns to the page that was asked for", async () => {
    await app.page.getByLabel("Password").fill(DEMO_PASSWORD)
    await app.page.getByRole("button", { name: "Sign in", exact: true }).click()
    await app.expectPage("mailbox", "Dev mailbox")
    await app.page.getByText("Signed in as").waitFor()
  })

  it("shows the organization and both locations with PartnerID, city and role", async () => {
    await app.openFromNavigation("Overview")
    await app.expectPage("", "Overview")
    expect(await app.page.locator("main").textContent()).toContain("Contoso")
    for (const [partnerId, city] of [
      ["1000001", "Seattle"],
      ["1000002", "Berlin"]
    ] as const) {
      const card = app.page.locator(".card-list > li").filter({ hasText: partnerId })
      await card.waitFor()
      const text = await card.textContent()
      expect(text).toContain(city)
      expect(text).toContain("Incentives admin")
    }
  })

  it("switches to German at run time and remembers it", async () => {
    await app.switchLanguage("de")
    await app.h1("Übersicht").waitFor()
    await app.page.getByRole("heading", { name: "Ihre Standorte" }).waitFor()
    expect(await app.page.locator(".card-list").textContent()).toContain("Incentives-Administrator")
    await app.expectLanguage("de")
    await app.page.reload()
    await app.h1("Übersicht").waitFor()
    await app.expectLanguage("de")
  })

  it("fits a 375 px wide screen without horizontal scrolling", async () => {
    await app.expectPhoneLayout({ current: "Übersicht", link: "Entwicklungs-Postfach" })
  })

  it("signs out and protects the pages again", async () => {
    await app.signOut("Abmelden", "Sie haben sich abgemeldet.")
    await app.expectNoHorizontalScrolling()
    await app.expectSentToSignIn("", "sign-in", "Anmelden")
  })
})
