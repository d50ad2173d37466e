/**
 * Browser test of the tenant admin's journey: starts the API (which serves apps/customer-approval/dist at
 * /customer/) with the demo data and drives Debian's Chromium by role and label. Partners submit their
 * requests through the API, as the partner portal would. Run with `./dev -C apps/customer-approval run test`.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { type Api, apiOf, businessAppsClaim, modernWorkClaim, SUBSCRIPTION } from "./support.ts"

const app = useBrowserApp({ path: "/customer/", chromium })
let api: Api
const requests = { teams: "", sales: "", intune: "" }

beforeAll(async () => {
  api = apiOf(new URL(app.url()).origin)
  requests.teams = await api.submitRequest(
    modernWorkClaim("Northwind Teams adoption", ["teams", "sharepoint"])
  )
  requests.sales = await api.submitRequest(businessAppsClaim("Northwind Sales", [SUBSCRIPTION.sales]))
  requests.intune = await api.submitRequest(
    modernWorkClaim("Northwind Intune", ["intune"], "2000001"),
    "ina@fabrikam.example"
  )
})

const section = (name: string) => app.page.getByRole("region", { name })
const card = (partner: RegExp, product: string) =>
  section("Waiting for your decision").getByRole("article", { name: partner }).filter({ hasText: product })

describe("customer approval app: the tenant admin's requests", () => {
  it("sends a signed-out visitor to sign-in", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.expectLanguage("en")
    // The session check of a signed-out visitor is not an error (issue 9 item 13): no 401, nothing logged.
    expect(app.problems()).toEqual([])
  })

  it("shows the tenant admin every pending request submitted through the API, with what it is for and until when", async () => {
    await app.signIn("admin@northwind.example")
    await app.expectPage("", "Association requests")
    const pending = section("Waiting for your decision")
    await expect.poll(() => pending.getByRole("article").count()).toBe(3)
    const sales = card(/Contoso Consulting/, "Dynamics 365 Sales")
    await expect.poll(() => sales.textContent()).toContain("PartnerID 1000001")
    const text = (await sales.textContent()) ?? ""
    expect(text).toContain(SUBSCRIPTION.sales)
    expect(text).toContain("Business Applications")
    expect(text).toContain("5 business days left")
    expect(text).toMatch(/Decline by/)
    const teams = card(/Contoso Consulting/, "Microsoft Teams")
    expect(await teams.textContent()).toContain("SharePoint Online")
    expect(await section("Decided requests").textContent()).toContain("No decided requests yet.")
  })

  it("declines a request after confirming in a dialog that Escape closes, and shows it in the history at once", async () => {
    const teams = card(/Contoso Consulting/, "Microsoft Teams")
    await teams.getByRole("button", { name: "Decline" }).click()
    const dialog = app.page.getByRole("alertdialog", {
      name: "Decline the request of Contoso Consulting (Seattle)?"
    })
    await dialog.waitFor()
    // Escape closes the dialog and nothing happens.
    await app.page.keyboard.press("Escape")
    await dialog.waitFor({ state: "hidden" })
    await expect.poll(() => section("Waiting for your decision").getByRole("article").count()).toBe(3)
    // Focus is kept inside the open dialog.
    await teams.getByRole("button", { name: "Decline" }).click()
    await dialog.waitFor()
    for (let i = 0; i < 6; i++) await app.page.keyboard.press("Tab")
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    await dialog.getByLabel("Reason (optional)").fill("We already work with another partner for Teams.")
    await dialog.getByRole("button", { name: "Decline" }).click()
    await dialog.waitFor({ state: "hidden" })
    await app.page
      .getByRole("status")
      .getByText("You declined the request of Contoso Consulting (Seattle).")
      .waitFor()
    await expect.poll(() => section("Waiting for your decision").getByRole("article").count()).toBe(2)
    const history = section("Decided requests").getByRole("table", {
      name: "Decided association requests, newest first"
    })
    const row = history.getByRole("row").filter({ hasText: "Microsoft Teams" })
    await row.waitFor()
    expect(await row.textContent()).toMatch(/Declined\s*on \w{3} \d{1,2}, \d{4}/)
    // The partner's side: the claim is rejected because the customer declined.
    const claim = await api.call(await api.signIn("ian@contoso.example"), "GET", `/claims/${requests.teams}`)
    expect(claim).toMatchObject({ status: "rejected", rejectionReason: "customer_declined" })
  })

  it("accepts a request early after confirming", async () => {
    const intune = card(/Fabrikam Solutions/, "Microsoft Intune")
    await intune.getByRole("button", { name: "Accept now" }).click()
    const dialog = app.page.getByRole("alertdialog", {
      name: "Accept the request of Fabrikam Solutions (Budapest) now?"
    })
    await dialog.getByRole("button", { name: "Accept now" }).click()
    await dialog.waitFor({ state: "hidden" })
    const row = section("Decided requests").getByRole("row").filter({ hasText: "Microsoft Intune" })
    await row.waitFor()
    expect(await row.textContent()).toContain("Accepted")
    // An accepted association can still be ended from the history.
    await row.getByRole("button", { name: "End association" }).waitFor()
    await expect.poll(() => section("Waiting for your decision").getByRole("article").count()).toBe(1)
  })

  it("shows a decline that failed in the dialog and keeps it open", async () => {
    const sales = card(/Contoso Consulting/, "Dynamics 365 Sales")
    // Meanwhile the request was declined elsewhere (e.g. by the contact from the email link).
    const admin = await api.signIn("admin@northwind.example")
    await api.call(admin, "POST", `/customer/requests/${requests.sales}/decline`, {})
    await sales.getByRole("button", { name: "Decline" }).click()
    const dialog = app.page.getByRole("alertdialog")
    await dialog.getByRole("button", { name: "Decline" }).click()
    await dialog
      .getByRole("alert")
      .getByText("This has changed in the meantime. Reload the page and try again.")
      .waitFor()
    await dialog.getByRole("button", { name: "Cancel" }).click()
    await dialog.waitFor({ state: "hidden" })
  })

  it("pages the decided requests on the server, ten at a time", async () => {
    // Eleven more decided requests: a partner asks again and again, the customer declines each time.
    const admin = await api.signIn("admin@northwind.example")
    for (let i = 0; i < 11; i++) {
      const id = await api.submitRequest(modernWorkClaim(`Northwind Exchange, try ${i + 1}`, ["exchange"]))
      await api.call(admin, "POST", `/customer/requests/${id}/decline`, {})
    }
    await app.page.reload()
    const rows = () => section("Decided requests").getByRole("row").count()
    await expect.poll(rows).toBe(11) // the header row and ten requests
    const pages = app.page.getByRole("navigation", { name: "Pages of decided requests" })
    expect(await pages.getByRole("button", { name: "Previous page" }).isDisabled()).toBe(true)
    await pages.getByRole("button", { name: "Next page" }).click()
    await pages.getByText("Page 2").waitFor()
    await expect.poll(rows).toBe(5) // 14 decided requests in all
    expect(await pages.getByRole("button", { name: "Next page" }).isDisabled()).toBe(true)
    await pages.getByRole("button", { name: "Previous page" }).click()
    await pages.getByText("Page 1").waitFor()
    await expect.poll(rows).toBe(11)
  })

  it("declines by keyboard alone", async () => {
    await api.submitRequest(modernWorkClaim("Northwind Exchange, once more", ["exchange"]))
    await app.page.reload()
    await section("Waiting for your decision").getByRole("article").waitFor()
    const focusedName = () =>
      app.page.evaluate(() => {
        const element = document.activeElement
        return element === null
          ? ""
          : (element.getAttribute("aria-label") ?? element.textContent ?? "").trim()
      })
    await app.page.getByRole("heading", { level: 1, name: "Association requests" }).focus()
    for (let i = 0; i < 40 && (await focusedName()) !== "Decline"; i++) await app.page.keyboard.press("Tab")
    expect(await focusedName()).toBe("Decline")
    await app.page.keyboard.press("Enter")
    const dialog = app.page.getByRole("alertdialog")
    await dialog.waitFor()
    // Focus starts inside the dialog, in the reason field.
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    await app.page.keyboard.type("Not our partner")
    for (let i = 0; i < 5 && (await focusedName()) !== "Decline"; i++) await app.page.keyboard.press("Tab")
    await app.page.keyboard.press("Enter")
    await dialog.waitFor({ state: "hidden" })
    await app.page
      .getByRole("status")
      .getByText(/^You declined the request of Contoso Consulting/)
      .first()
      .waitFor()
    await expect.poll(() => section("Waiting for your decision").getByRole("article").count()).toBe(0)
    await section("Waiting for your decision")
      .getByText("No requests are waiting for your decision.")
      .waitFor()
  })

  it("switches to German at run time", async () => {
    await app.page.reload()
    await app.switchLanguage("de")
    await app.h1("Zuordnungsanfragen").waitFor()
    await app.page.getByRole("heading", { level: 2, name: "Entschiedene Anfragen" }).waitFor()
    await app.expectLanguage("de")
  })

  it("signs out", async () => {
    await app.signOut("Abmelden", "Sie haben sich abgemeldet.")
    await app.expectSentToSignIn("subscriptions", "sign-in?next=%2Fsubscriptions", "Anmelden")
  })
})
