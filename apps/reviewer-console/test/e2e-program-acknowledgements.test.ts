/**
 * Browser test of the operator's acknowledgements editor (issue 15 item 2, SPEC §5): Otto edits the
 * statements partners confirm at submission in a program — a statement without text and a repeated ID
 * are refused next to the statements, then one is removed, one reworded and one added, and the program
 * asks for exactly those. The page has no serious accessibility violation at 1280 and 375 px. Rita
 * (reviewer) then reads what a claim's partner confirmed in the claim's history.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { horizontalOverflow, seriousA11yViolations } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"
import { operationsApi } from "./operations-support.ts"
import { businessAppsClaim, reviewApi, SALES_SUBSCRIPTION } from "./review-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })

describe("reviewer console: a program's acknowledgements", () => {
  it("edits the statements partners confirm at submission; incomplete or repeated ones are refused next to them", async () => {
    const api = operationsApi(new URL(app.url()).origin)
    await app.page.goto(app.url("sign-in"))
    await app.signIn("otto@vendor.example")
    await app.expectPage("", "Overview")
    await app.page.goto(app.url("operations/programs/prg_osa"))
    await app.h1("Edit Online Services Advisor").waitFor()
    const section = app.page.getByRole("region", { name: "Acknowledgements at submission" })
    expect(await section.getByLabel("Statement ID 1").inputValue()).toBe("poe_signed_by_customer")
    expect(await section.getByLabel("Statement 3", { exact: true }).inputValue()).toBe(
      "A wrong partner role or PartnerID can forfeit incentives."
    )
    for (const width of [1280, 375]) {
      await app.page.setViewportSize({ width, height: 900 })
      expect({ width, violations: await seriousA11yViolations(app.page) }).toEqual({ width, violations: [] })
      expect({ width, overflow: await horizontalOverflow(app.page) }).toEqual({ width, overflow: 0 })
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })

    // A statement without text: refused next to the statements, nothing saved.
    await section.getByLabel("Statement 2", { exact: true }).fill("  ")
    await app.page.getByRole("button", { name: "Save program" }).click()
    await section.getByText("Give every statement an ID").waitFor()
    await section
      .getByLabel("Statement 2", { exact: true })
      .fill("Our answers are accurate; the vendor may audit them.")
    // A repeated ID: refused too.
    await section.getByLabel("Statement ID 3").fill("poe_signed_by_customer")
    await app.page.getByRole("button", { name: "Save program" }).click()
    await section.getByText("Each statement ID may appear only once.").waitFor()
    await app.h1("Edit Online Services Advisor").waitFor()

    // Remove the third, add one of the program's own.
    await section.getByRole("button", { name: "Remove statement 3" }).click()
    await section.getByRole("button", { name: "Add statement" }).click()
    await section.getByLabel("Statement ID 3").fill("advisor_named_by_customer")
    await section
      .getByLabel("Statement 3", { exact: true })
      .fill("The customer named us as its advisor in writing.")
    await app.page.getByRole("button", { name: "Save program" }).click()
    await app.expectPage("operations/programs", "Program catalog")

    const saved = await api.call(await api.signIn("otto@vendor.example"), "GET", "/programs")
    expect(saved.programs.find((p: { id: string }) => p.id === "prg_osa").acknowledgements).toEqual([
      { id: "poe_signed_by_customer", text: "The proof of execution is signed by the customer." },
      { id: "information_accurate", text: "Our answers are accurate; the vendor may audit them." },
      { id: "advisor_named_by_customer", text: "The customer named us as its advisor in writing." }
    ])
    // The edit page shows them again as saved.
    await app.page.goto(app.url("operations/programs/prg_osa"))
    await app.h1("Edit Online Services Advisor").waitFor()
    expect(await section.getByLabel("Statement ID 3").inputValue()).toBe("advisor_named_by_customer")
  })

  it("shows the reviewer the statements a claim's partner confirmed, in its history", async () => {
    // Ian submits a claim in the program, confirming the statements it asks for now (edited above).
    const id = await reviewApi(new URL(app.url()).origin).submitClaim(
      businessAppsClaim("Northwind Dynamics statements", [SALES_SUBSCRIPTION])
    )
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("rita@vendor.example")
    await app.expectPage("", "Overview")
    await app.page.goto(app.url(`claims/${id}`))
    await app.h1("Northwind Dynamics statements").waitFor()
    const history = app.page.getByRole("region", { name: "History" })
    await history.getByText("Confirmed at submission:").waitFor()
    for (const statement of [
      "The proof of execution is signed by the customer.",
      "Our answers are accurate; the vendor may audit them.",
      "The customer named us as its advisor in writing."
    ])
      await history.getByText(statement, { exact: true }).waitFor()
    for (const width of [1280, 375]) {
      await app.page.setViewportSize({ width, height: 900 })
      expect({ width, overflow: await horizontalOverflow(app.page) }).toEqual({ width, overflow: 0 })
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })
  })
})
