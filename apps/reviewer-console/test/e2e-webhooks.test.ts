/**
 * Browser test of Operations → Webhooks (issue 16 item 1): Otto (operator) adds a vendor-wide endpoint at a
 * receiver started here on 127.0.0.1, sees its secret once, sends a test event and sees it delivered, pages
 * through the deliveries, edits, disables and enables it and rotates its secret; Aude (auditor) reads the
 * endpoint and its deliveries with no button that changes anything. axe at 1280 and 375 px, no horizontal scrolling at 375 px.
 * Run with `./dev -C apps/reviewer-console run test`.
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { useWebhookReceiver } from "@openpor/ui/testing/webhook-receiver.ts"
import { failuresAtBothWidths } from "@openpor/ui/testing/widths.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/review/", chromium })
const receiver = useWebhookReceiver("vendor")

const sections = () => app.page.getByRole("navigation", { name: "Operations screens" })
const deliveries = () => app.page.getByRole("table", { name: "Deliveries to this endpoint, newest first" })
const toast = (text: string) => app.page.getByRole("status").filter({ hasText: text })
let endpointPath = ""
let secret = ""

/** axe at 1280 and 375 px, no horizontal scrolling at 375 px; screenshots when SCREENSHOTS is set. */
const checkLayout = async (name: string) =>
  expect(await failuresAtBothWidths(app.page, `webhooks-console-${name}`, process.env.SCREENSHOTS)).toEqual(
    []
  )

describe("reviewer console: vendor-wide webhooks", () => {
  it("lets Otto add a vendor-wide endpoint and shows its secret once", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.signIn("otto@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Operations")
    await app.page.getByRole("heading", { level: 2, name: "Webhooks" }).getByRole("link").click()
    await app.expectPage("operations/webhooks", "Webhooks")
    await sections().getByRole("link", { name: "Webhooks" }).waitFor()
    await app.page.getByText(/^Vendor-wide endpoints receive the chosen events of every partner/).waitFor()
    await app.page.getByRole("button", { name: "Add endpoint" }).click()
    const form = app.page.getByRole("form", { name: "Add an endpoint" })
    await form.getByLabel("Endpoint URL").fill(receiver().url)
    await form.getByRole("checkbox", { name: "Select all events" }).check()
    await form.getByRole("button", { name: "Add endpoint" }).click()
    const dialog = app.page.getByRole("dialog", { name: "Endpoint added: copy its signing secret" })
    secret = await dialog.getByLabel("Signing secret").inputValue()
    expect(secret).toMatch(/^whsec_/)
    await dialog.getByRole("button", { name: "I have stored the secret" }).click()
    await app.h1("Webhook endpoint").waitFor()
    endpointPath = new URL(app.page.url()).pathname
    await app.page.getByText("All endpoints").click()
    const table = app.page.getByRole("table", { name: "Webhook endpoints" })
    await table.getByRole("row").filter({ hasText: "All events" }).filter({ hasText: "Enabled" }).waitFor()
    await checkLayout("list")
    await table.getByRole("link", { name: receiver().url }).click()
    await app.h1("Webhook endpoint").waitFor()
  })

  it("sends a test event and shows the delivery", async () => {
    await app.page.getByRole("button", { name: "Send test event" }).click()
    await deliveries()
      .getByRole("row")
      .filter({ hasText: "Test event" })
      .filter({ hasText: "Succeeded" })
      .waitFor({ timeout: 20_000 })
    expect(receiver().received).toHaveLength(1)
    expect(receiver().verify(receiver().received[0]!, secret)).toBe(true)
    // The status filter asks the API for failed deliveries only: there are none.
    await app.page.getByLabel("Show").selectOption("failed")
    await app.page.getByText("No deliveries with this status.").waitFor()
    await app.page.getByLabel("Show").selectOption("")
    await deliveries().waitFor()
    await checkLayout("endpoint")
  })

  it("pages the deliveries 20 at a time with the API's cursor", async () => {
    const api = apiCaller(new URL(app.url()).origin)
    const id = endpointPath.split("/").pop()!
    for (let i = 0; i < 20; i++) await api.as("otto@vendor.example", "POST", `/webhooks/endpoints/${id}/test`)
    await app.page.getByRole("button", { name: "Refresh" }).click()
    // The header row and 20 deliveries; the 21st, the first sent, is on the next page.
    await expect.poll(() => deliveries().getByRole("row").count()).toBe(21)
    await app.page.getByRole("button", { name: "Next page" }).click()
    await app.page.getByText("Page 2", { exact: true }).waitFor()
    await expect.poll(() => deliveries().getByRole("row").count()).toBe(2)
    await app.page.getByRole("button", { name: "Previous page" }).click()
    await expect.poll(() => deliveries().getByRole("row").count()).toBe(21)
  })

  it("edits the endpoint, disables and enables it after confirming, and rotates its secret", async () => {
    await app.page.getByRole("button", { name: "Edit" }).click()
    const form = app.page.getByRole("form", { name: "Edit the endpoint" })
    await form.getByLabel("Description").fill("Vendor data lake")
    await form.getByRole("checkbox", { name: "Partner of record removed" }).uncheck()
    await form.getByRole("button", { name: "Save changes" }).click()
    await toast("Endpoint saved").waitFor()
    await app.page.getByText("Vendor data lake").waitFor()

    await app.page.getByRole("button", { name: "Disable" }).click()
    await app.page
      .getByRole("alertdialog", { name: "Disable this endpoint?" })
      .getByRole("button", { name: "Disable" })
      .click()
    await app.page.getByText("Disabled", { exact: true }).waitFor()
    await app.page.getByText(/^This endpoint is disabled/).waitFor()
    await app.page.getByRole("button", { name: "Enable" }).click()
    await app.page.getByText("Enabled", { exact: true }).waitFor()

    await app.page.getByRole("button", { name: "Rotate secret" }).click()
    await app.page
      .getByRole("alertdialog", { name: "Rotate the signing secret?" })
      .getByRole("button", { name: "Rotate secret" })
      .click()
    const dialog = app.page.getByRole("dialog", { name: "New signing secret: copy it now" })
    const rotated = await dialog.getByLabel("Signing secret").inputValue()
    expect(rotated).toMatch(/^whsec_/)
    expect(rotated).not.toBe(secret)
    await dialog.getByRole("button", { name: "I have stored the secret" }).click()
    await dialog.waitFor({ state: "hidden" })
  })

  it("shows Aude (auditor) the endpoint and its deliveries without a button that changes them", async () => {
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("aude@vendor.example")
    await app.expectPage("", "Overview")
    await app.page.goto(new URL(endpointPath, app.url()).href)
    await app.h1("Webhook endpoint").waitFor()
    await app.page
      .getByText("You are signed in as an auditor: you can read everything here and change nothing.")
      .waitFor()
    await deliveries().getByRole("row").filter({ hasText: "Succeeded" }).first().waitFor()
    for (const name of ["Send test event", "Edit", "Disable", "Rotate secret", "Delete"])
      expect(await app.page.getByRole("button", { name, exact: true }).count(), name).toBe(0)
    await checkLayout("auditor")
    await deliveries()
      .getByRole("link", { name: /^Details of Test event at / })
      .first()
      .click()
    await app.h1("Webhook delivery").waitFor()
    await app.page.getByLabel("The JSON body that was sent").waitFor()
    expect(await app.page.getByRole("button", { name: "Redeliver" }).count()).toBe(0)
    await app.page.getByRole("link", { name: "Back to the endpoint" }).click()
    await app.page.getByText("All endpoints").click()
    expect(await app.page.getByRole("button", { name: "Add endpoint" }).count()).toBe(0)
  })
})
