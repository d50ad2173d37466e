/**
 * Browser test: starts the API (which serves apps/customer-approval/dist at /customer/) with the demo seed
 * and drives Debian's Chromium through sign-in, the tenant overview, the language switch, 375 px and
 * sign-out. Run with `pnpm --filter @openpor/customer-approval test` (builds the app first).
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/customer/", chromium })

describe("customer approval app in the browser", () => {
  it("sends a signed-out visitor to sign-in", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.expectLanguage("en")
    // The session check of a signed-out visitor is not an error (issue 9 item 13): no 401, nothing logged.
    expect(app.problems()).toEqual([])
  })

  it("signs the tenant admin in and shows the tenant", async () => {
    await app.signIn("admin@northwind.example")
    await app.expectPage("", "Overview")
    await app.page.getByRole("heading", { level: 2, name: "Your tenant" }).waitFor()
    const main = await app.page.locator("main").textContent()
    expect(main).toContain("Northwind")
    expect(main).toContain("11111111-1111-4111-8111-111111111111")
    expect(main).toContain("Tenant admin")
    await app.page.getByRole("heading", { level: 2, name: "Association requests" }).waitFor()
  })

  it("switches to German at run time", async () => {
    await app.switchLanguage("de")
    await app.h1("Übersicht").waitFor()
    await app.page.getByRole("heading", { level: 2, name: "Ihr Mandant" }).waitFor()
    expect(await app.page.locator("main").textContent()).toContain("Mandantenadministrator")
    await app.expectLanguage("de")
  })

  it("fits a 375 px wide screen without horizontal scrolling", async () => {
    await app.expectPhoneLayout({ link: "Entwicklungs-Postfach", path: "mailbox" })
  })

  it("signs out", async () => {
    await app.signOut("Abmelden", "Sie haben sich abgemeldet.")
    await app.expectSentToSignIn("mailbox", "sign-in?next=%2Fmailbox", "Anmelden")
  })
})
