/** The tenant admin names, replaces and removes the Digital Partner of Record of a subscription (SPEC §4). */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { type Api, apiOf, SUBSCRIPTION } from "./support.ts"

const app = useBrowserApp({ path: "/customer/", chromium })
let api: Api

beforeAll(() => {
  api = apiOf(new URL(app.url()).origin)
})

const row = () => app.page.getByRole("row").filter({ hasText: SUBSCRIPTION.m365 })
const addButton = () =>
  app.page.getByRole("button", { name: `Add partner: Microsoft 365 E3 (${SUBSCRIPTION.m365})` })
const changeButton = () =>
  app.page.getByRole("button", { name: `Change partner: Microsoft 365 E3 (${SUBSCRIPTION.m365})` })
const dialog = () => app.page.getByRole("dialog")
const partnerId = () => dialog().getByLabel("PartnerID")

describe("Partner of Record on subscriptions", () => {
  it("lists the tenant's subscriptions with product, channel, state and partner of record", async () => {
    await app.page.goto(app.url("subscriptions"))
    await app.signIn("admin@northwind.example")
    await app.expectPage("subscriptions", "Subscriptions")
    const table = app.page.getByRole("table", {
      name: "Subscriptions of Northwind Traders with their partner of record"
    })
    await table.waitFor()
    expect(await table.getByRole("row").count()).toBe(7)
    const text = (await row().textContent()) ?? ""
    expect(text).toContain("Microsoft 365 E3")
    expect(text).toContain("Volume Licensing")
    expect(text).toContain("Active")
    expect(text).toContain("None")
  })

  it("puts the API's message for an unknown PartnerID next to the field and keeps what was typed", async () => {
    await addButton().click()
    await dialog().getByRole("heading", { name: "Add a partner of record for Microsoft 365 E3" }).waitFor()
    await dialog().getByRole("button", { name: "Save partner of record" }).click()
    await dialog().getByText("Fill in this field.").waitFor()
    await partnerId().fill("9999999")
    await dialog().getByRole("button", { name: "Save partner of record" }).click()
    const message = "There is no partner with PartnerID 9999999. Check the number with your partner."
    await dialog().getByText(message).waitFor()
    expect(await partnerId().inputValue()).toBe("9999999")
    expect(await partnerId().getAttribute("aria-invalid")).toBe("true")
    // The message is the field's accessible description, and focus is back on the field.
    const description = await partnerId().evaluate((input) =>
      (input.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((id) => document.getElementById(id)?.textContent ?? "")
        .join(" ")
    )
    expect(description).toContain(message)
    expect(await partnerId().evaluate((input) => input === document.activeElement)).toBe(true)
    await partnerId().fill("12345")
    await dialog().getByRole("button", { name: "Save partner of record" }).click()
    await dialog().getByText("A PartnerID has 7 digits, e.g. 1000001.").waitFor()
  })

  it("adds a partner of record by PartnerID and shows it at once", async () => {
    await partnerId().fill("1000001")
    await dialog().getByRole("button", { name: "Save partner of record" }).click()
    await dialog().waitFor({ state: "hidden" })
    await app.page
      .getByRole("status")
      .getByText("Contoso Consulting (Seattle) is now the partner of record for Microsoft 365 E3.")
      .waitFor()
    await expect.poll(() => row().textContent()).toMatch(/Contoso Consulting \(Seattle\)\s*1000001\s*since/)
    const admin = await api.signIn("admin@northwind.example")
    const listed = await api.call(admin, "GET", "/customer/subscriptions")
    expect(
      listed.subscriptions.find((s: { id: string }) => s.id === SUBSCRIPTION.m365).partnerOfRecord.partnerId
    ).toBe("1000001")
  })

  it("replaces it with another partner", async () => {
    await changeButton().click()
    await dialog()
      .getByText(/Contoso Consulting \(Seattle\) \(1000001\) is the partner of record now/)
      .waitFor()
    await partnerId().fill("2000001")
    await dialog().getByRole("button", { name: "Save partner of record" }).click()
    await dialog().waitFor({ state: "hidden" })
    await expect.poll(() => row().textContent()).toContain("Fabrikam Solutions (Budapest)")
    expect(await row().textContent()).not.toContain("Contoso")
    await app.page
      .getByRole("status")
      .filter({ hasText: "Fabrikam Solutions (Budapest) is now the partner of record" })
      .getByRole("button", { name: "Dismiss notification" })
      .click()
  })

  it("removes it after confirming", async () => {
    await row()
      .getByRole("button", { name: /^Remove partner/ })
      .click()
    const confirm = app.page.getByRole("alertdialog", {
      name: "Remove Fabrikam Solutions (Budapest) (2000001) as partner of record for Microsoft 365 E3?"
    })
    await confirm.getByRole("button", { name: "Cancel" }).click()
    await confirm.waitFor({ state: "hidden" })
    expect(await row().textContent()).toContain("Fabrikam")
    await row()
      .getByRole("button", { name: /^Remove partner/ })
      .click()
    await confirm.getByRole("button", { name: "Remove partner" }).click()
    await confirm.waitFor({ state: "hidden" })
    await expect.poll(() => row().textContent()).toContain("None")
    await addButton().waitFor()
  })
})
