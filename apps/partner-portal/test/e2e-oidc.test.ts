/**
 * Browser test of signing in with OpenID Connect (issue 16 item 4): a real OpenID provider runs here
 * (oidc-provider on 127.0.0.1, with a login page of its own); the operator configures it for Contoso through
 * the API (allowed domain contoso.example). In Chromium, Ian opens the partner portal's sign-in page, picks
 * "Sign in with your organization (SSO)", enters his email, signs in on the provider's page and comes back
 * signed in. A user the provider knows but OpenPOR does not is refused with a page that says to ask the
 * admin, with a link back to sign-in. axe at 1280 and 375 px on the sign-in page and the refusal page;
 * screenshots when SCREENSHOTS is set. Run with `./dev -C apps/partner-portal run test`.
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { horizontalOverflow, seriousA11yViolations } from "@openpor/ui/testing/quality.ts"
import { screenshotInto } from "@openpor/ui/testing/screenshots.ts"
import { chromium } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startOidcProvider, type TestOidcProvider } from "../../api/src/testing/oidc-provider.ts"

const app = useBrowserApp({ path: "/partner/", chromium })
let idp: TestOidcProvider
/**
 * The portal as the API's public URL names it (http://localhost:<port>, its default): the provider sends
 * the browser back there, so the flow starts there too (the flow's cookie belongs to that origin).
 */
let portal = ""

beforeAll(async () => {
  const port = new URL(app.url()).port
  portal = `http://localhost:${port}/partner/`
  idp = await startOidcProvider({
    redirectUris: [`http://localhost:${port}/api/v1/auth/oidc/callback`],
    mode: "form",
    accounts: [
      { email: "ian@contoso.example", name: "Ian Contoso" },
      { email: "newbie@contoso.example", name: "Nia Newbie" }
    ]
  })
  const api = apiCaller(new URL(app.url()).origin)
  const owners = await api.as("otto@vendor.example", "GET", "/ops/identity-providers/owners")
  const contoso = (owners.organizations as Array<{ id: string; name: string }>).find(
    (o) => o.name === "Contoso Consulting"
  )!
  await api.as("otto@vendor.example", "POST", "/ops/identity-providers", {
    name: "Contoso ID",
    organizationId: contoso.id,
    tenantId: null,
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomains: ["contoso.example"],
    autoProvision: false,
    enabled: true
  })
})
afterAll(async () => idp?.stop())

/** axe at 1280 and 375 px and no horizontal scrolling at 375 px; screenshots when SCREENSHOTS is set. */
const checkLayout = async (name: string) => {
  for (const width of [1280, 375]) {
    await app.page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
    await app.page.waitForTimeout(100)
    expect(await seriousA11yViolations(app.page), `${name} at ${width}`).toEqual([])
    if (width === 375) expect(await horizontalOverflow(app.page), name).toBeLessThanOrEqual(0)
    await screenshotInto(app.page, process.env.SCREENSHOTS, `oidc-${name}-${width}`)
  }
  await app.page.setViewportSize({ width: 1280, height: 800 })
}

const startSso = async (email: string) => {
  // A fresh browser at the provider too (no provider session left from an earlier sign-in).
  await app.page.context().clearCookies()
  await app.page.goto(`${portal}sign-in`)
  await app.h1("Sign in").waitFor()
  await app.page.getByRole("button", { name: "Sign in with your organization (SSO)" }).click()
  await app.page.getByLabel("Work email address").fill(email)
}

describe("partner portal: signing in with the organization's account", () => {
  it("signs Ian in through Contoso's identity provider and back into the portal", async () => {
    await startSso("not-an-email")
    await app.page.getByRole("button", { name: "Continue" }).click()
    await app.page.getByText("Enter an email address such as name@company.com.").waitFor()
    expect(await app.page.getByLabel("Work email address").getAttribute("aria-invalid")).toBe("true")
    await app.page.getByLabel("Work email address").fill("ian@contoso.example")
    await checkLayout("sign-in")

    await app.page.getByRole("button", { name: "Continue" }).click()
    // The provider's own login page, with the address as the hint.
    await app.page.getByRole("heading", { name: "Contoso ID" }).waitFor()
    expect(new URL(app.page.url()).origin).toBe(idp.issuer)
    expect(await app.page.getByLabel("Work email").inputValue()).toBe("ian@contoso.example")
    await screenshotInto(app.page, process.env.SCREENSHOTS, "oidc-provider-login-1280")
    await app.page.getByRole("button", { name: "Sign in to Contoso ID" }).click()

    await app.expectPage("", "Overview")
    expect(new URL(app.page.url()).origin).toBe(new URL(portal).origin)
    await app.page.getByText("Signed in as Ian").waitFor()
    await screenshotInto(app.page, process.env.SCREENSHOTS, "oidc-signed-in-1280")
    await app.signOut("Sign out", "You have signed out.")
  })

  it("refuses a user the provider knows and OpenPOR does not, with a page that says to ask the admin", async () => {
    await startSso("newbie@contoso.example")
    await app.page.getByRole("button", { name: "Continue" }).click()
    await app.page.getByRole("button", { name: "Sign in to Contoso ID" }).click()
    await app.page
      .getByRole("heading", { level: 1, name: "You do not have an OpenPOR account yet" })
      .waitFor()
    await app.page.getByText(/Ask your organization's OpenPOR administrator to invite you/).waitFor()
    await checkLayout("refused")
    await app.page.getByRole("link", { name: "Back to sign-in" }).click()
    await app.h1("Sign in").waitFor()
  })

  it("shows the refusal in the language of the sign-in page (German)", async () => {
    await app.page.goto(`${portal}sign-in?lang=de`)
    await app.h1("Anmelden").waitFor()
    await app.page.getByRole("button", { name: "Mit Ihrer Organisation anmelden (SSO)" }).click()
    await app.page.getByLabel("Geschäftliche E-Mail-Adresse").fill("someone@tailspin.example")
    await app.page.getByRole("button", { name: "Weiter" }).click()
    await app.page
      .getByRole("heading", {
        level: 1,
        name: "Für diese Adresse ist keine Single Sign-On-Anmeldung eingerichtet"
      })
      .waitFor()
    await app.page.getByRole("link", { name: "Zurück zur Anmeldung" }).waitFor()
  })
})
