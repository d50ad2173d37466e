/**
 * Browser test of Organization settings → Webhooks (issue 16 item 1): Ada (Global admin of Contoso) adds an
 * endpoint pointing at a receiver started here on 127.0.0.1, sees its signing secret once, sends a test event
 * that the receiver gets signed, sees the delivery succeed with 200, opens it and redelivers it; the pages
 * pass axe at 1280 and 375 px without horizontal scrolling and show no English in the other four languages;
 * Uma (Incentives user) does not get the settings. Run with `./dev -C apps/partner-portal run test`.
 */
import { LOCALES } from "@openpor/ui/i18n/locales.ts"
import { sharedMessages } from "@openpor/ui/i18n/messages/index.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { englishOnlyStrings, pageText, untranslatedIn } from "@openpor/ui/testing/quality.ts"
import { useWebhookReceiver } from "@openpor/ui/testing/webhook-receiver.ts"
import { failuresAtBothWidths } from "@openpor/ui/testing/widths.ts"
import { messages as webhookMessages } from "@openpor/ui/webhooks/messages/index.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"
import { messages as settings } from "../src/features/webhooks/messages.ts"
import { messages as appMessages } from "../src/i18n/messages/index.ts"

const app = useBrowserApp({ path: "/partner/", chromium })
const receiver = useWebhookReceiver("contoso")

const nav = () => app.page.getByRole("navigation", { name: "Main navigation" })
const deliveries = () => app.page.getByRole("table", { name: "Deliveries to this endpoint, newest first" })
const attempts = () =>
  app.page.getByRole("table", { name: "Each attempt to send this delivery, oldest first" })
let secret = ""
let endpointPath = ""
let deliveryPath = ""

/** axe at 1280 and 375 px, no horizontal scrolling at 375 px; screenshots when SCREENSHOTS is set. */
const checkLayout = async (name: string) =>
  expect(await failuresAtBothWidths(app.page, `webhooks-${name}`, process.env.SCREENSHOTS)).toEqual([])

describe("partner portal: organization settings, webhooks", () => {
  it("shows Ada Organization settings → Webhooks, empty at first", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.signIn("ada@contoso.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Organization settings")
    await app.expectPage("settings/webhooks", "Webhooks")
    await app.page.getByText("No endpoints yet").waitFor()
    await checkLayout("empty")
  })

  it("says next to the fields what is wrong: no event chosen, an address that is not allowed", async () => {
    await app.page.getByRole("button", { name: "Add endpoint" }).click()
    const form = app.page.getByRole("form", { name: "Add an endpoint" })
    await form.getByLabel("Endpoint URL").fill("http://example.com/hooks")
    await form.getByRole("button", { name: "Add endpoint" }).click()
    await form.getByText("Choose at least one event.").waitFor()
    await form.getByRole("checkbox", { name: "Select all events" }).check()
    for (const name of ["Claim status changed", "Partner of record removed"])
      expect(await form.getByRole("checkbox", { name }).isChecked()).toBe(true)
    await form.getByRole("button", { name: "Add endpoint" }).click()
    // 422 webhook_url_not_allowed from the API, next to the URL.
    await form.getByText(/^This address is not allowed: use https:\/\//).waitFor()
    expect(await form.getByLabel("Endpoint URL").getAttribute("aria-invalid")).toBe("true")
    await checkLayout("add-errors")
  })

  it("adds an endpoint at the local receiver and shows its signing secret once", async () => {
    const form = app.page.getByRole("form", { name: "Add an endpoint" })
    await form.getByRole("checkbox", { name: "Select all events" }).uncheck()
    await form.getByRole("checkbox", { name: "Claim status changed" }).check()
    await form.getByRole("checkbox", { name: "Partner of record added" }).check()
    await form.getByLabel("Endpoint URL").fill(receiver().url)
    await form.getByLabel("Description").fill("CRM sync")
    await form.getByRole("button", { name: "Add endpoint" }).click()
    const dialog = app.page.getByRole("dialog", { name: "Endpoint added: copy its signing secret" })
    await dialog.getByText(/This secret is shown only once/).waitFor()
    secret = await dialog.getByLabel("Signing secret").inputValue()
    expect(secret).toMatch(/^whsec_/)
    await dialog.getByRole("button", { name: "Copy secret" }).click()
    await dialog.getByText(/^(Secret copied|Copying was not allowed by the browser)/).waitFor()
    await checkLayout("secret")
    await dialog.getByRole("button", { name: "I have stored the secret" }).click()
    await app.h1("Webhook endpoint").waitFor()
    endpointPath = new URL(app.page.url()).pathname
    expect(endpointPath).toMatch(/\/partner\/settings\/webhooks\/[^/]+$/)
    await app.page.getByRole("heading", { level: 2, name: receiver().url }).waitFor()
    await app.page.getByText("Enabled", { exact: true }).waitFor()
    await app.page.getByText("CRM sync").waitFor()
    // Shown once: the page shows only its hint, reloading does not bring it back.
    await app.page.reload()
    await app.h1("Webhook endpoint").waitFor()
    await app.page.getByText("Partner of record added").waitFor()
    expect(await app.page.locator("body").textContent()).not.toContain(secret)
  })

  it("sends a test event: the receiver gets it signed, the log shows it succeeded with 200", async () => {
    await app.page.getByText("No deliveries yet").waitFor()
    await app.page.getByRole("button", { name: "Send test event" }).click()
    const row = deliveries().getByRole("row").filter({ hasText: "Test event" })
    await row.filter({ hasText: "Succeeded" }).waitFor({ timeout: 20_000 })
    expect(await row.getByRole("cell").nth(3).textContent()).toContain("200")
    expect(receiver().received).toHaveLength(1)
    const [event] = receiver().received
    expect(receiver().verify(event!, secret)).toBe(true)
    expect(JSON.parse(event!.body).type).toBe("endpoint.test")
    await checkLayout("endpoint")
  })

  it("opens the delivery with its payload and attempts, and redelivers it after confirming", async () => {
    await deliveries()
      .getByRole("link", { name: /^Details of Test event at / })
      .click()
    await app.h1("Webhook delivery").waitFor()
    deliveryPath = new URL(app.page.url()).pathname
    await app.page.getByText(receiver().received[0]!.id, { exact: true }).waitFor()
    const payload = app.page.getByLabel("The JSON body that was sent")
    expect(JSON.parse((await payload.textContent()) ?? "")).toEqual(JSON.parse(receiver().received[0]!.body))
    await attempts().getByRole("row").filter({ hasText: "200" }).waitFor()
    await checkLayout("delivery")
    await app.page.getByRole("button", { name: "Redeliver" }).click()
    const confirm = app.page.getByRole("alertdialog", { name: "Send this event again?" })
    await checkLayout("redeliver")
    await confirm.getByRole("button", { name: "Redeliver" }).click()
    await confirm.waitFor({ state: "hidden" })
    await expect
      .poll(() => attempts().getByRole("row").filter({ hasText: "200" }).count(), { timeout: 20_000 })
      .toBe(2)
    expect(receiver().received).toHaveLength(2)
    expect(receiver().received[1]!.id).toBe(receiver().received[0]!.id)
    expect(receiver().verify(receiver().received[1]!, secret)).toBe(true)
  })

  it("shows no interface string in English in the other four languages", async () => {
    const failures: string[] = []
    const catalogs = [webhookMessages, settings, sharedMessages, appMessages]
    for (const locale of LOCALES.filter((code) => code !== "en")) {
      const englishOnly = englishOnlyStrings(catalogs, locale)
      await app.page.evaluate((lang) => localStorage.setItem("openpor.locale", lang), locale)
      for (const path of [endpointPath, deliveryPath, "/partner/settings/webhooks"]) {
        await app.page.goto(new URL(path, app.url()).href)
        await app.page
          .getByRole("heading", { level: 1, name: webhookMessages[locale].title })
          .or(app.page.getByRole("heading", { level: 1, name: webhookMessages[locale].endpoint.title }))
          .or(app.page.getByRole("heading", { level: 1, name: webhookMessages[locale].delivery.title }))
          .waitFor()
        await app.page.getByRole("table").first().waitFor()
        expect(await app.page.getAttribute("html", "lang")).toBe(locale)
        for (const text of untranslatedIn(await pageText(app.page), englishOnly))
          failures.push(`${path} in ${locale}: "${text}"`)
      }
    }
    await app.page.evaluate(() => localStorage.setItem("openpor.locale", "en"))
    expect(failures).toEqual([])
  })

  it("deletes the endpoint after confirming", async () => {
    await app.page.goto(new URL(endpointPath, app.url()).href)
    await app.page.getByRole("button", { name: "Delete" }).click()
    const dialog = app.page.getByRole("alertdialog", { name: "Delete this endpoint?" })
    await dialog.getByText(/receives no more events and its delivery log is deleted/).waitFor()
    await dialog.getByRole("button", { name: "Delete" }).click()
    await app.expectPage("settings/webhooks", "Webhooks")
    await app.page.getByText("No endpoints yet").waitFor()
  })

  it("does not offer the settings to an Incentives user", async () => {
    await app.page.goto(app.url(""))
    await app.expectPage("", "Overview")
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("uma@contoso.example")
    await app.expectPage("", "Overview")
    await nav().getByRole("link").first().waitFor()
    expect(await nav().getByRole("link", { name: "Organization settings" }).count()).toBe(0)
    await app.page.goto(app.url("settings/webhooks"))
    await app.page.getByText("Only Global admins manage the organization's settings and webhooks.").waitFor()
    expect(await app.page.getByRole("button", { name: "Add endpoint" }).count()).toBe(0)
  })
})
