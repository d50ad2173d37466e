/**
 * Browser test: starts the API (which serves apps/reviewer-console/dist at /review/) with the demo seed and
 * drives Debian's Chromium through sign-in, the vendor roles, the language switch, 375 px and sign-out.
 * Run with `pnpm --filter @openpor/reviewer-console test` (builds the app first).
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/review/", chromium })

describe("reviewer console in the browser", () => {
  it("sends a signed-out visitor to sign-in", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.expectLanguage("en")
    // The session check of a signed-out visitor is not an error (issue 9 item 13): no 401, nothing logged.
    expect(app.problems()).toEqual([])
  })

  it("signs the reviewer in and shows the vendor roles", async () => {
    await app.signIn("rita@vendor.example")
    await app.expectPage("", "Overview")
    await app.page.getByRole("heading", { level: 2, name: "Your vendor roles" }).waitFor()
    await app.page.getByRole("heading", { level: 3, name: "Reviewer", exact: true }).waitFor()
    expect(await app.page.locator(".card-list > li").count()).toBe(1)
  })

  it("switches to German at run time", async () => {
    await app.switchLanguage("de")
    await app.h1("Übersicht").waitFor()
    await app.page.getByRole("heading", { level: 2, name: "Ihre Anbieterrollen" }).waitFor()
    await app.page.getByRole("heading", { level: 3, name: "Prüfer", exact: true }).waitFor()
    await app.expectLanguage("de")
  })

  it("fits a 375 px wide screen without horizontal scrolling", async () => {
    await app.expectPhoneLayout({ link: "Entwicklungs-Postfach", path: "mailbox" })
  })

  it("signs out", async () => {
    await app.signOut("Abmelden", "Sie haben sich abgemeldet.")
    await app.expectSentToSignIn("", "sign-in", "Anmelden")
  })
})
