/**
 * Browser test of the operator's program catalog and eligibility screens (issue 12 item 5): starts the API
 * (serving apps/reviewer-console/dist at /review/) with the demo data, drives Debian's Chromium by role and
 * label. Run with `./dev -C apps/reviewer-console run test`.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { screenshotInto } from "@openpor/ui/testing/screenshots.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { type OperationsApi, operationsApi } from "./operations-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })
let api: OperationsApi
let requirementId = ""

beforeAll(async () => {
  api = operationsApi(new URL(app.url()).origin)
  const programs = await api.call(await api.signIn("otto@vendor.example"), "GET", "/programs")
  requirementId = programs.programs.find(
    (p: { requirements: unknown[]; status: string }) => p.requirements.length > 0 && p.status === "active"
  ).requirements[0].id
})

const SHOTS = process.env.OPENPOR_SCREENSHOTS
const shot = (name: string) => screenshotInto(app.page, SHOTS, name)
const dialog = (name: string | RegExp) => app.page.getByRole("alertdialog", { name })
const programs = () => app.page.getByRole("table", { name: "Programs" })

describe("reviewer console: the operator's program catalog", () => {
  it("lists the catalog's programs", async () => {
    await app.expectSentToSignIn("", "sign-in", "Sign in")
    await app.signIn("otto@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Operations")
    await app.page.getByRole("link", { name: "Program catalog" }).first().click()
    await app.expectPage("operations/programs", "Program catalog")
    await programs()
      .getByRole("row", { name: /Online Services Advisor/ })
      .waitFor()
    await programs()
      .getByRole("row", { name: /Modern Work and Security Usage/ })
      .waitFor()
  })

  it("creates a program with a requirement; a program without a partner role is refused next to the field", async () => {
    await app.page.getByRole("link", { name: "Create program" }).click()
    await app.expectPage("operations/programs/new", "New program")
    await app.page.getByLabel("Program ID").fill("prg_cloud_advisor")
    await app.page.getByLabel("Name", { exact: true }).fill("Cloud Advisor")
    await app.page.getByRole("button", { name: "Save program" }).click()
    await app.page.getByText("Choose at least one.").waitFor()
    await app.page.getByLabel("Build intent (advisor)").check()
    await app.page.getByRole("button", { name: "Add requirement" }).click()
    await app.page.getByLabel("Requirement ID 1").fill("req_cloud_certified")
    await app.page.getByLabel("Requirement 1", { exact: true }).fill("Cloud certification")
    await shot("program-new-1280")
    await app.page.getByRole("button", { name: "Save program" }).click()
    await app.expectPage("operations/programs", "Program catalog")
    const row = programs().getByRole("row", { name: /Cloud Advisor/ })
    await row.waitFor()
    expect(await row.textContent()).toMatch(/1 requirement(?!s)/)
    expect(await row.textContent()).toContain("Build intent (advisor)")
  })

  it("renames the requirement and adds another; a saved requirement cannot be removed", async () => {
    await app.page.getByRole("link", { name: "Edit Cloud Advisor" }).click()
    await app.expectPage("operations/programs/prg_cloud_advisor", "Edit Cloud Advisor")
    expect(await app.page.getByLabel("Requirement ID 1").getAttribute("readonly")).not.toBeNull()
    expect(await app.page.getByRole("button", { name: "Remove requirement 1" }).count()).toBe(0)
    await app.page.getByLabel("Requirement 1", { exact: true }).fill("Cloud certification (current)")
    await app.page.getByRole("button", { name: "Add requirement" }).click()
    await app.page.getByLabel("Requirement ID 2").fill("req_cloud_customers")
    await app.page.getByLabel("Requirement 2", { exact: true }).fill("Three cloud customers")
    await app.page.getByRole("button", { name: "Save program" }).click()
    await app.expectPage("operations/programs", "Program catalog")
    expect(
      await programs()
        .getByRole("row", { name: /Cloud Advisor/ })
        .textContent()
    ).toContain("2 requirements")
    const saved = await api.call(await api.signIn("otto@vendor.example"), "GET", "/programs")
    expect(saved.programs.find((p: { id: string }) => p.id === "prg_cloud_advisor").requirements).toEqual([
      { id: "req_cloud_certified", name: "Cloud certification (current)" },
      { id: "req_cloud_customers", name: "Three cloud customers" }
    ])
  })

  it("invites eligible locations and discontinues the program, each after confirming", async () => {
    await app.page.getByRole("button", { name: "Invite eligible locations Cloud Advisor" }).click()
    await dialog("Invite every eligible location to Cloud Advisor?")
      .getByRole("button", { name: "Invite eligible locations" })
      .click()
    await app.page.getByRole("status").filter({ hasText: "Locations invited to Cloud Advisor: 0." }).waitFor()
    await app.page.getByRole("button", { name: "Discontinue Cloud Advisor" }).click()
    await dialog("Discontinue Cloud Advisor?").getByRole("button", { name: "Discontinue" }).click()
    const row = programs().getByRole("row", { name: /Cloud Advisor/ })
    await expect.poll(() => row.textContent()).toContain("Discontinued")
    await row.getByRole("link", { name: "Details Cloud Advisor" }).waitFor()
    expect(await row.getByRole("button").count()).toBe(0)
    await shot("programs-1280")
  })
})

describe("reviewer console: eligibility and agreements", () => {
  it("shows a location's requirements by PartnerID and marks one met after confirming", async () => {
    await app.page
      .getByRole("navigation", { name: "Operations screens" })
      .getByRole("link", { name: "Eligibility and agreements" })
      .click()
    await app.expectPage("operations/eligibility", "Eligibility and agreements")
    await app.page.getByLabel("PartnerID", { exact: true }).fill("9999999")
    await app.page.getByRole("button", { name: "Show" }).click()
    await app.page.getByText("No location has the PartnerID 9999999.").waitFor()
    app.clearProblems()
    await app.page.getByLabel("PartnerID", { exact: true }).fill("3000001")
    await app.page.getByRole("button", { name: "Show" }).click()
    await app.waitForPath("operations/eligibility?partnerId=3000001")
    await app.page.getByText(/Tailspin Advisors.*PartnerID 3000001/).waitFor()
    const button = app.page.getByRole("button", { name: /^Mark as (met|not met) / }).first()
    const before = (await button.textContent())?.startsWith("Mark as met") ? "Mark as met" : "Mark as not met"
    await button.click()
    await app.page.getByRole("alertdialog").getByRole("button", { name: before }).click()
    await app.page.getByRole("alertdialog").waitFor({ state: "hidden" })
    await expect
      .poll(async () =>
        (await button.textContent())?.startsWith("Mark as met") ? "Mark as met" : "Mark as not met"
      )
      .not.toBe(before)
  })

  it("records and ends the location's agreement after confirming", async () => {
    const section = app.page.getByRole("region", { name: "Incentives agreement" })
    const text = (await section.textContent()) ?? ""
    const record = text.includes("No active agreement")
    await section.getByRole("button").click()
    await app.page
      .getByRole("alertdialog")
      .getByRole("button", {
        name: record ? "Record an active agreement" : "Record that the agreement ended"
      })
      .click()
    await expect
      .poll(() => section.textContent())
      .toContain(record ? "Active agreement" : "No active agreement")
    const saved = await api.call(await api.signIn("otto@vendor.example"), "GET", "/ops/eligibility/3000001")
    expect(saved.agreementActive).toBe(record)
    await shot("eligibility-1280")
  })

  it("imports requirement states from a CSV file and shows the result of every row", async () => {
    const upload = async (name: string, csv: string) => {
      await app.page.getByLabel("CSV file", { exact: true }).setInputFiles({
        name,
        mimeType: "text/csv",
        buffer: Buffer.from(csv)
      })
      await app.page.getByRole("button", { name: "Import", exact: true }).click()
      await dialog(`Import ${name}?`).getByRole("button", { name: "Import" }).click()
    }
    await upload(
      "broken.csv",
      `partner_id,requirement_id,met\n1000001,${requirementId},yes\n9999999,${requirementId},yes\n2000001,${requirementId},maybe\n`
    )
    const refused = app.page.getByRole("table", { name: "Rows of broken.csv" })
    await refused.getByRole("row", { name: /9999999.*No location has this PartnerID/ }).waitFor()
    await refused.getByRole("row", { name: /2000001.*Write true or false/ }).waitFor()
    await app.page.getByText("2 rows refused; nothing was applied.").waitFor()
    app.clearProblems()
    await upload(
      "eligibility.csv",
      `partner_id,requirement_id,met\n1000001,${requirementId},yes\n2000001,${requirementId},no\n`
    )
    const applied = app.page.getByRole("table", { name: "Rows of eligibility.csv" })
    await applied.getByRole("row", { name: /1000001.*Met.*Applied/ }).waitFor()
    await applied.getByRole("row", { name: /2000001.*Not met.*Applied/ }).waitFor()
    await shot("eligibility-import-1280")
    const after = await api.call(await api.signIn("otto@vendor.example"), "GET", "/ops/eligibility/2000001")
    const requirement = after.programs
      .flatMap((p: { requirements: Array<{ id: string; met: boolean }> }) => p.requirements)
      .find((r: { id: string }) => r.id === requirementId)
    expect(requirement.met).toBe(false)
  })
})
