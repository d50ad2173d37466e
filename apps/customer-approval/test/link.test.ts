/**
 * The customer contact's signed link from the consent email, in a fresh browser that never signed in:
 * the request opens directly, in the language of the email, and can be declined; a used, a tampered and
 * an expired link each get a page that says what happened — never the sign-in form.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { type Api, apiOf, businessAppsClaim, modernWorkClaim, SUBSCRIPTION } from "./support.ts"

const app = useBrowserApp({ path: "/customer/", chromium })
let api: Api
let link = ""
let otherLink = ""

/** The link as the email has it, on the address the test API listens at. */
const onTestServer = (emailLink: string) => emailLink.replace(/^https?:\/\/[^/]+/, new URL(app.url()).origin)

beforeAll(async () => {
  api = apiOf(new URL(app.url()).origin)
  const teams = await api.submitRequest(modernWorkClaim("Northwind Teams adoption", ["teams"]))
  link = onTestServer(await api.consentLink(teams))
  const sales = await api.submitRequest(businessAppsClaim("Northwind Sales", [SUBSCRIPTION.sales]))
  otherLink = onTestServer(await api.consentLink(sales))
})

const signInForm = () => app.page.getByRole("button", { name: /Sign in|Anmelden/ })

describe("the signed link of the consent email", () => {
  it("opens that request directly, without an account, in the language of the email", async () => {
    // The browser prefers German and remembers it; the email was English, so the page is too.
    await app.page.goto(app.url())
    await app.switchLanguage("de")
    await app.page.goto(link)
    await app.h1("Association request").waitFor()
    await app.expectLanguage("en")
    const request = app.page.getByRole("article", { name: "Contoso Consulting (Seattle)" })
    await request.waitFor()
    const text = (await request.textContent()) ?? ""
    expect(text).toContain("Microsoft Teams")
    expect(text).toContain("PartnerID 1000001")
    expect(text).toContain("5 business days left")
    expect(await signInForm().count()).toBe(0)
    expect(app.problems()).toEqual([])
    // A link that names its language opens in it.
    await app.page.goto(`${otherLink}&lang=de`)
    await app.h1("Zuordnungsanfrage").waitFor()
    await app.page
      .getByRole("article", { name: "Contoso Consulting (Seattle)" })
      .getByText("Dynamics 365 Sales")
      .waitFor()
  })

  it("shows the deadline in the viewer's time zone", async () => {
    const cdp = await app.page.context().newCDPSession(app.page)
    await cdp.send("Emulation.setTimezoneOverride", { timezoneId: "America/Los_Angeles" })
    await app.page.goto(link)
    const deadline = app.page.getByRole("article").getByRole("time").nth(1)
    const instant = (await deadline.getAttribute("datetime"))!
    const expected = new Intl.DateTimeFormat("en", {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "America/Los_Angeles"
    }).format(new Date(instant))
    const normalize = (text: string) => text.replace(/\s+/g, " ").trim()
    expect(normalize((await deadline.textContent()) ?? "")).toBe(normalize(expected))
    await cdp.send("Emulation.setTimezoneOverride", { timezoneId: "" })
    await cdp.detach()
  })

  it("declines from there after confirming; the result shows at once", async () => {
    await app.page.goto(link)
    const request = app.page.getByRole("article", { name: "Contoso Consulting (Seattle)" })
    await request.getByRole("button", { name: "Decline" }).click()
    const dialog = app.page.getByRole("alertdialog", {
      name: "Decline the request of Contoso Consulting (Seattle)?"
    })
    await dialog.getByLabel("Reason (optional)").fill("We did not work with Contoso on Teams.")
    await dialog.getByRole("button", { name: "Decline" }).click()
    await dialog.waitFor({ state: "hidden" })
    await app.page.getByText(/This request was declined on .+\. Nothing more to do\./).waitFor()
    expect(await request.getByRole("button", { name: "Decline" }).count()).toBe(0)
    expect(await request.textContent()).toContain("Declined")
  })

  it("shows a used link as decided", async () => {
    await app.page.goto(link)
    await app.page.getByText(/This request was declined on .+\. Nothing more to do\./).waitFor()
    expect(await app.page.getByRole("button", { name: "Decline" }).count()).toBe(0)
  })

  it("explains a tampered link and whom to ask, without a sign-in wall", async () => {
    app.clearProblems()
    const tampered = link.replace(/.{6}$/, "AAAAAA")
    await app.page.goto(tampered)
    await app.h1("This link does not work").waitFor()
    await app.page
      .getByText(/Open it again from the email .* or ask your organization's tenant admin/)
      .waitFor()
    await app.page.getByRole("link", { name: "Sign in as tenant admin" }).waitFor()
    expect(await signInForm().count()).toBe(0)
    expect(app.problems()).toEqual([
      expect.stringMatching(/^401 .*\/api\/v1\/customer\/requests\?token=/),
      expect.stringMatching(/console error/)
    ])
  })

  it("explains an expired link", async () => {
    const expires = Number(decodeURIComponent(new URL(otherLink).searchParams.get("token")!).split(".")[1])
    await api.setClock(new Date(expires + 60_000).toISOString())
    await app.page.goto(otherLink)
    await app.h1("This link has expired").waitFor()
    await app.page.getByText(/Ask the partner who sent the request for a new one/).waitFor()
    expect(await signInForm().count()).toBe(0)
  })
})
