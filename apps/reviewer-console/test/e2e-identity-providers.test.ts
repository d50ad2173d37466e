/**
 * Browser test of Operations → Identity providers (issue 16 item 4): Otto (operator) adds Contoso's OpenID
 * Connect provider — the required fields and the API's problems show next to their fields, the issuer is a
 * real OpenID provider started here (oidc-provider on 127.0.0.1), the secret is never shown again (only its
 * hint) — then lets it create users, disables it and deletes it after confirming; Aude (auditor) reads the
 * list without any button that changes it. axe at 1280 and 375 px, no horizontal scrolling at 375 px;
 * screenshots when SCREENSHOTS is set. Run with `./dev -C apps/reviewer-console run test`.
 */

import { LOCALES } from "@openpor/ui/i18n/locales.ts"
import { sharedMessages } from "@openpor/ui/i18n/messages/index.ts"
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
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startOidcProvider, type TestOidcProvider } from "../../api/src/testing/oidc-provider.ts"
import { messages } from "../src/i18n/messages/index.ts"

const app = useBrowserApp({ path: "/review/", chromium })
let idp: TestOidcProvider

beforeAll(async () => {
  idp = await startOidcProvider({
    redirectUris: ["http://localhost:3000/api/v1/auth/oidc/callback"],
    mode: "auto"
  })
})
afterAll(async () => idp?.stop())

const table = () => app.page.getByRole("table", { name: "Identity providers" })
const contosoRow = () => table().getByRole("row").filter({ hasText: "Contoso ID" })
const toast = (text: string) => app.page.getByRole("status").filter({ hasText: text })

/** axe at 1280 and 375 px and no horizontal scrolling at 375 px; screenshots when SCREENSHOTS is set. */
const checkLayout = async (name: string) => {
  for (const width of [1280, 375]) {
    await app.page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
    await app.page.waitForTimeout(100)
    expect(await seriousA11yViolations(app.page), `${name} at ${width}`).toEqual([])
    if (width === 375) expect(await horizontalOverflow(app.page), name).toBeLessThanOrEqual(0)
    await screenshotInto(app.page, process.env.SCREENSHOTS, `oidc-console-${name}-${width}`)
  }
  await app.page.setViewportSize({ width: 1280, height: 800 })
}

describe("reviewer console: identity providers", () => {
  it("lets Otto add Contoso's provider: field errors next to their fields, the secret write-only", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    // No single sign-on for vendor staff: the console's sign-in page offers none.
    expect(await app.page.getByRole("button", { name: "Sign in with your organization (SSO)" }).count()).toBe(
      0
    )
    await app.signIn("otto@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Operations")
    await app.page.getByRole("heading", { level: 2, name: "Identity providers" }).getByRole("link").click()
    await app.expectPage("operations/identity-providers", "Identity providers")
    await app.page.getByText("No identity providers yet.").waitFor()
    await checkLayout("empty")

    await app.page.getByRole("button", { name: "Add identity provider" }).click()
    const dialog = app.page.getByRole("dialog", { name: "Add an identity provider" })
    await dialog.getByRole("button", { name: "Save" }).click()
    // Required fields, each marked next to itself.
    await expect.poll(() => dialog.getByLabel("Name").getAttribute("aria-invalid")).toBe("true")
    expect(await dialog.getByLabel("Client secret").getAttribute("aria-invalid")).toBe("true")

    await dialog.getByLabel("Name").fill("Contoso ID")
    await dialog
      .getByLabel("Organization or tenant")
      .selectOption({ label: "Contoso Consulting · Partner organizations" })
    await dialog.getByLabel("Issuer URL").fill("http://login.contoso.example")
    await dialog.getByLabel("Client ID").fill(idp.clientId)
    await dialog.getByLabel("Client secret").fill(idp.clientSecret)
    await dialog.getByLabel("Allowed email domains").fill("contoso.example, not a domain")
    await dialog.getByRole("button", { name: "Save" }).click()
    // The API's problems, in the user's language, next to their fields.
    await dialog
      .getByText("Enter an https URL without query or fragment (http only for localhost in development).")
      .waitFor()
    await dialog.getByText("Enter email domains such as contoso.com.").waitFor()
    expect(await dialog.getByLabel("Issuer URL").getAttribute("aria-invalid")).toBe("true")
    await checkLayout("dialog-errors")
    // The 422 answers above were the point; nothing else may go wrong from here on.
    app.clearProblems()

    await dialog.getByLabel("Issuer URL").fill(idp.issuer)
    await dialog.getByLabel("Allowed email domains").fill("contoso.example")
    await dialog.getByRole("button", { name: "Save" }).click()
    await toast("Contoso ID was added.").waitFor()
    await contosoRow().filter({ hasText: "Contoso Consulting" }).filter({ hasText: "Enabled" }).waitFor()
    expect(await contosoRow().textContent()).toContain("…7f3a")
    expect(await app.page.textContent("body")).not.toContain(idp.clientSecret)
    await app.page.getByText("/api/v1/auth/oidc/callback").waitFor()
    await checkLayout("list")
  })

  it("edits it without retyping the secret, disables it and deletes it after confirming", async () => {
    await contosoRow().getByRole("button", { name: "Edit Contoso ID" }).click()
    const dialog = app.page.getByRole("dialog", { name: "Edit Contoso ID" })
    expect(await dialog.getByLabel("Client secret").inputValue()).toBe("")
    await dialog.getByText("The saved secret ends in …7f3a. Leave this empty to keep it.").waitFor()
    await dialog.getByRole("checkbox", { name: "Create unknown users without roles" }).check()
    await dialog.getByRole("button", { name: "Save" }).click()
    await toast("Contoso ID was saved.").waitFor()
    await contosoRow().filter({ hasText: "Creates users" }).waitFor()

    await contosoRow().getByRole("button", { name: "Disable Contoso ID" }).click()
    await toast("Contoso ID is disabled.").waitFor()
    await contosoRow().filter({ hasText: "Disabled" }).waitFor()
    await contosoRow().getByRole("button", { name: "Enable Contoso ID" }).click()
    await contosoRow().filter({ hasText: "Enabled" }).waitFor()

    // The list and the edit dialog in the other four languages: no English left.
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const t = messages[locale].identityProviders
      await app.page.goto(app.url(`operations/identity-providers?lang=${locale}`))
      await app.h1(t.title).waitFor()
      await app.page
        .getByRole("table", { name: t.caption })
        .getByRole("row")
        .filter({ hasText: "Contoso ID" })
        .waitFor()
      await app.page.getByRole("button", { name: `${t.edit} Contoso ID` }).click()
      await app.page.getByRole("dialog", { name: t.editTitle.replace("{{ name }}", "Contoso ID") }).waitFor()
      const left = untranslatedIn(
        await pageText(app.page),
        englishOnlyStrings([messages, sharedMessages], locale)
      )
      expect(left, locale).toEqual([])
      await app.page.keyboard.press("Escape")
    }
    await app.page.goto(app.url("operations/identity-providers?lang=en"))
    await app.h1("Identity providers").waitFor()

    // Aude reads the same list, with no button that changes it.
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("aude@vendor.example")
    await app.expectPage("", "Overview")
    await app.page.goto(app.url("operations/identity-providers"))
    await contosoRow().waitFor()
    expect(await app.page.getByRole("button", { name: "Add identity provider" }).count()).toBe(0)
    expect(await contosoRow().getByRole("button").count()).toBe(0)
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("otto@vendor.example")
    await app.expectPage("", "Overview")
    await app.page.goto(app.url("operations/identity-providers"))

    await contosoRow().getByRole("button", { name: "Delete Contoso ID" }).click()
    const confirm = app.page.getByRole("alertdialog", { name: "Delete the identity provider Contoso ID?" })
    await confirm.getByText(/Users of Contoso Consulting can no longer sign in/).waitFor()
    await checkLayout("delete-confirm")
    await confirm.getByRole("button", { name: "Delete" }).click()
    await toast("Contoso ID was deleted.").waitFor()
    await app.page.getByText("No identity providers yet.").waitFor()
    expect(app.problems()).toEqual([])
  })
})
