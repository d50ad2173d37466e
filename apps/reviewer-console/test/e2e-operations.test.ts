/**
 * Browser test of the operator's and the auditor's screens (issue 12 items 5–7): starts the API (serving
 * apps/reviewer-console/dist at /review/) with the demo data and the test clock, and drives Debian's
 * Chromium by role and label. Run with `./dev -C apps/reviewer-console run test`.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { screenshotInto } from "@openpor/ui/testing/screenshots.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { type OperationsApi, operationsApi } from "./operations-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })
let api: OperationsApi
let pendingEnrollment = ""

beforeAll(async () => {
  api = operationsApi(new URL(app.url()).origin)
  pendingEnrollment = await api.submitTailspinForValidation()
})

const SHOTS = process.env.OPENPOR_SCREENSHOTS
const shot = (name: string) => screenshotInto(app.page, SHOTS, name)
const nav = () => app.page.getByRole("navigation", { name: "Main navigation" })
const sections = () => app.page.getByRole("navigation", { name: "Operations screens" })
const dialog = (name: string | RegExp) => app.page.getByRole("alertdialog", { name })
const toast = (text: string | RegExp) => app.page.getByRole("status").filter({ hasText: text })

const DIRECTORY_CSV = `tenant_id,tenant_name,tenant_domains,tenant_workloads,subscription_id,product,solution_area,channel,state,provisioned_at,expires_at
33333333-3333-4333-8333-333333333333,Litware Inc.,litware.onmicrosoft.com;litware.example,exchange;teams,cccccccc-0000-4000-8000-000000000001,Dynamics 365 Sales,business_applications,web_direct,active,2026-01-01,2028-01-01
33333333-3333-4333-8333-333333333333,Litware Inc.,litware.onmicrosoft.com;litware.example,exchange;teams,cccccccc-0000-4000-8000-000000000002,Microsoft 365 E3,modern_work_security,csp,active,2026-01-01,2028-01-01
11111111-1111-4111-8111-111111111111,Northwind Traders,northwind.onmicrosoft.com;northwind.example,exchange;sharepoint;teams;intune,,,,,,,
`

describe("reviewer console: the operator's screens", () => {
  it("shows the operator the operations and audit entries in the navigation", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.signIn("otto@vendor.example")
    await app.expectPage("", "Overview")
    await nav().getByRole("link", { name: "Operations" }).waitFor()
    await nav().getByRole("link", { name: "Audit log" }).waitFor()
    await app.openFromNavigation("Operations")
    await app.expectPage("operations", "Operations")
    for (const screen of ["Customer directory", "Holiday calendar", "Bank and tax validation", "Test clock"])
      await app.page.getByRole("heading", { level: 2, name: screen }).waitFor()
  })

  it("adds a holiday, and removes one after confirming", async () => {
    await app.page.getByRole("link", { name: "Holiday calendar" }).first().click()
    await app.expectPage("operations/holidays", "Holiday calendar")
    await app.page.getByText("No holidays yet.").waitFor()
    await app.page.getByLabel("Date").fill("2027-12-24")
    await app.page.getByLabel("Name").fill("Christmas Eve")
    await app.page.getByRole("button", { name: "Add holiday" }).click()
    await toast(/Christmas Eve on Friday, December 24, 2027 is a holiday now/).waitFor()
    const table = app.page.getByRole("table", { name: "Holidays of the vendor calendar" })
    await table.getByRole("row", { name: /Friday, December 24, 2027 Christmas Eve/ }).waitFor()
    // What was typed is cleared after a success; a blank name is refused next to its field, nothing sent.
    await app.page.getByLabel("Date").fill("2027-12-31")
    await app.page.getByRole("button", { name: "Add holiday" }).click()
    await app.page.getByText("Fill in this field.").waitFor()
    await app.page.getByLabel("Name").fill("New Year's Eve")
    await app.page.getByRole("button", { name: "Add holiday" }).click()
    await table.getByRole("row", { name: /New Year's Eve/ }).waitFor()
    await shot("holidays-1280")
    await app.page.getByRole("button", { name: "Remove New Year's Eve (Friday, December 31, 2027)" }).click()
    const confirm = dialog("Remove the holiday New Year's Eve?")
    await confirm.getByRole("button", { name: "Remove" }).click()
    await confirm.waitFor({ state: "hidden" })
    await expect.poll(() => table.getByRole("row").count()).toBe(2)
    const calendar = await api.call(await api.signIn("otto@vendor.example"), "GET", "/calendar")
    expect(calendar.holidays).toEqual([{ date: "2027-12-24", name: "Christmas Eve" }])
  })

  it("submits the holiday form with Enter, and removes a holiday from the keyboard, confirming in the dialog", async () => {
    const keyboard = app.page.keyboard
    // The native date input takes its value as the browser's own date picker gives it.
    await app.page.getByLabel("Date").fill("2028-01-03")
    await app.page.getByLabel("Name").focus()
    await keyboard.type("Bank holiday")
    await keyboard.press("Enter")
    const table = app.page.getByRole("table", { name: "Holidays of the vendor calendar" })
    const row = table.getByRole("row", { name: /Monday, January 3, 2028 Bank holiday/ })
    await row.waitFor()
    await row.getByRole("button", { name: /^Remove/ }).focus()
    await keyboard.press("Enter")
    const confirm = dialog("Remove the holiday Bank holiday?")
    await confirm.waitFor()
    // Focus moved into the dialog; Tab reaches its Remove button, Enter confirms.
    for (let i = 0; i < 5; i++) {
      if (
        (await confirm
          .getByRole("button", { name: "Remove" })
          .evaluate((b) => b === document.activeElement)) === true
      )
        break
      await keyboard.press("Tab")
    }
    await keyboard.press("Enter")
    await confirm.waitFor({ state: "hidden" })
    await row.waitFor({ state: "detached" })
  })

  it("imports a directory CSV and shows the import report; a broken file changes nothing", async () => {
    await sections().getByRole("link", { name: "Customer directory" }).click()
    await app.expectPage("operations/directory", "Customer directory")
    await app.page
      .getByRole("table", { name: "Tenants of the customer directory" })
      .getByText("Northwind Traders")
      .waitFor()
    // Nothing chosen yet: the message is next to the field.
    await app.page.getByRole("button", { name: "Import", exact: true }).click()
    await app.page.getByText("Choose a CSV file to import.").waitFor()
    await app.page.getByLabel("CSV file", { exact: true }).setInputFiles({
      name: "litware.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(DIRECTORY_CSV)
    })
    await app.page.getByRole("button", { name: "Import", exact: true }).click()
    await dialog("Import litware.csv?").getByRole("button", { name: "Import" }).click()
    const report = app.page.getByRole("region", { name: "Import report" })
    await report.waitFor()
    const text = (await report.textContent()) ?? ""
    expect(text).toContain("Tenants created1")
    expect(text).toContain("Tenants updated1")
    expect(text).toContain("Subscriptions created2")
    expect(text).toContain("Subscriptions updated0")
    expect(text).toContain("No subscription became expired.")
    await app.page
      .getByRole("table", { name: "Tenants of the customer directory" })
      .getByText("Litware Inc.")
      .waitFor()
    await shot("directory-1280")

    const broken = DIRECTORY_CSV.replace("web_direct", "carrier_pigeon")
    await app.page
      .getByLabel("CSV file", { exact: true })
      .setInputFiles({ name: "broken.csv", mimeType: "text/csv", buffer: Buffer.from(broken) })
    await app.page.getByRole("button", { name: "Import", exact: true }).click()
    await dialog("Import broken.csv?").getByRole("button", { name: "Import" }).click()
    const failure = app.page.getByRole("alert").filter({ hasText: "broken.csv was not imported" })
    await failure.waitFor()
    expect(await failure.textContent()).toContain("Nothing was changed.")
    expect(await failure.textContent()).toMatch(/subscriptions\.0\.channel/)
    app.clearProblems()
  })

  it("validates a bank profile from the validation queue with the 48-hour target shown", async () => {
    await sections().getByRole("link", { name: "Bank and tax validation" }).click()
    await app.expectPage("operations/validation", "Bank and tax validation")
    const table = app.page.getByRole("table", { name: "Enrollments waiting for bank and tax validation" })
    const row = table.getByRole("row", { name: /Tailspin/ })
    await row.waitFor()
    expect(await row.textContent()).toMatch(/PartnerID 3000001/)
    expect(await row.textContent()).toMatch(/Online Services Advisor/)
    expect(await row.textContent()).toMatch(/4[78] h left/)
    await shot("validation-1280")
    await row.getByRole("button", { name: /^Approve Tailspin/ }).click()
    const confirm = dialog(/Approve the bank and tax data of Tailspin/)
    // What is approved is shown in the dialog: the submitted bank account (IBAN masked) and tax registration.
    await confirm.getByText("Tailspin Advisors AB").first().waitFor()
    expect(await confirm.textContent()).toContain("ESSESESS")
    expect(await confirm.textContent()).not.toContain("58398257466")
    await confirm.getByRole("button", { name: "Approve" }).click()
    await confirm.waitFor({ state: "hidden" })
    await app.page.getByText("Nothing waits for validation.").waitFor()
    const enrollment = await api.call(
      await api.signIn("otto@vendor.example"),
      "GET",
      `/enrollments/${pendingEnrollment}`
    )
    expect(enrollment.state).toBe("enrolled")
  })

  it("advances the test clock by business days and by a month while the operator stays signed in", async () => {
    await sections().getByRole("link", { name: "Test clock" }).click()
    await app.expectPage("operations/clock", "Test clock")
    const before = await api.call(await api.signIn("otto@vendor.example"), "GET", "/ops/clock")
    await app.page.getByLabel("Amount").fill("5")
    await app.page.getByLabel("Unit").selectOption("businessDays")
    await app.page.getByRole("button", { name: "Advance", exact: true }).click()
    await dialog("Advance the test clock by 5 business days?")
      .getByRole("button", { name: "Advance" })
      .click()
    await toast(/The test clock is now at/)
      .first()
      .waitFor()
    const afterBusinessDays = await api.call(await api.signIn("otto@vendor.example"), "GET", "/ops/clock")
    expect(Date.parse(afterBusinessDays.now) - Date.parse(before.now)).toBeGreaterThanOrEqual(5 * 86_400_000)
    // A month later in business time: sessions run on real time (SPEC §7), so the operator stays signed in.
    await app.page.getByLabel("Amount").fill("31")
    await app.page.getByLabel("Unit").selectOption("days")
    await app.page.getByRole("button", { name: "Advance", exact: true }).click()
    await dialog("Advance the test clock by 31 calendar days?")
      .getByRole("button", { name: "Advance" })
      .click()
    await expect
      .poll(async () =>
        Date.parse((await api.call(await api.signIn("otto@vendor.example"), "GET", "/ops/clock")).now)
      )
      .toBeGreaterThanOrEqual(Date.parse(afterBusinessDays.now) + 31 * 86_400_000)
    await toast(/The test clock is now at/)
      .last()
      .waitFor()
    await shot("clock-1280")
    await app.page.reload()
    await app.expectPage("operations/clock", "Test clock")
    await app.page.getByRole("button", { name: "Sign out" }).waitFor()
    await sections().getByRole("link", { name: "Holiday calendar" }).click()
    await app.expectPage("operations/holidays", "Holiday calendar")
    expect(app.problems().filter((problem) => problem.startsWith("401"))).toEqual([])
    await app.signOut("Sign out", "You have signed out.")
  })
})

describe("reviewer console: the auditor reads, and changes nothing", () => {
  it("shows the auditor the audit log with who, what and a readable before/after", async () => {
    await app.signIn("aude@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Audit log")
    await app.expectPage("audit", "Audit log")
    const entry = app.page
      .getByRole("article", { name: "calendar.holiday_removed" })
      .filter({ hasText: "2027-12-31" })
    await entry.waitFor()
    expect(await entry.textContent()).toContain("otto@vendor.example")
    expect(await entry.textContent()).toContain("holiday 2027-12-31")
    await entry.getByRole("deletion").filter({ hasText: "New Year's Eve" }).waitFor()
    // Filter by actor and action: kept in the URL.
    await app.page.getByLabel("Actor").fill("otto@vendor.example")
    await app.page.getByLabel("Action").fill("test_clock.advanced")
    await app.page.getByRole("button", { name: "Show entries" }).click()
    await app.waitForPath("audit?actor=otto%40vendor.example&action=test_clock.advanced")
    await expect.poll(() => app.page.getByRole("article").count()).toBe(2)
    await shot("audit-1280")
  })

  it("offers the auditor no action buttons on the audit log or the operations screens", async () => {
    const buttons = async () =>
      (await app.page.getByRole("button").allTextContents()).map((text) => text.trim()).sort()
    const reading = ["Clear filters", "Show entries", "Sign out"]
    expect((await buttons()).filter((name) => !reading.includes(name) && !/page$/i.test(name))).toEqual([])
    for (const [link, heading] of [
      ["Program catalog", "Program catalog"],
      ["Holiday calendar", "Holiday calendar"],
      ["Bank and tax validation", "Bank and tax validation"],
      ["Customer directory", "Customer directory"],
      ["Test clock", "Test clock"]
    ] as const) {
      await app.page.goto(app.url("operations"))
      await app.page.getByRole("link", { name: link }).first().click()
      await app.h1(heading).waitFor()
      await app.page.getByText("You are signed in as an auditor").waitFor()
      expect((await buttons()).filter((name) => name !== "Sign out" && !/page$/i.test(name))).toEqual([])
    }
  })

  it("shows the auditor a program's details without a form", async () => {
    await app.page.goto(app.url("operations/programs"))
    await app.page.getByRole("link", { name: "Details Online Services Advisor" }).click()
    await app.expectPage("operations/programs/prg_osa", "Online Services Advisor")
    await app.page.getByRole("heading", { level: 2, name: "Eligibility requirements" }).waitFor()
    expect(await app.page.getByRole("textbox").count()).toBe(0)
    expect((await app.page.getByRole("button").allTextContents()).map((b) => b.trim())).toEqual(["Sign out"])
  })

  it("shows a reviewer the audit log but not the operations, and tells whom an operations page is for", async () => {
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("rita@vendor.example")
    await app.expectPage("", "Overview")
    await nav().getByRole("link", { name: "Audit log" }).waitFor()
    expect(await nav().getByRole("link", { name: "Operations" }).count()).toBe(0)
    await app.page.goto(app.url("operations/holidays"))
    await app.h1("Holiday calendar").waitFor()
    await app.page
      .getByText("Your vendor roles do not allow this page. It is for Operator, Auditor")
      .waitFor()
    expect(await app.page.getByRole("button", { name: "Add holiday" }).count()).toBe(0)
  })
})
