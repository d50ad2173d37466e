/**
 * Browser test of the acknowledgements at submission (issue 15 item 2, seed 001 step 18): the submit
 * dialog lists the program's statements as labelled checkboxes; confirming with any left unticked is
 * refused next to them (nothing is sent, the claim stays a draft); ticked, the claim is submitted and its
 * history shows what was confirmed. In German the default statements read in German. The dialog has no
 * serious accessibility violation at 1280 and 375 px.
 */
import { apiCaller } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { horizontalOverflow, seriousA11yViolations } from "@openpor/ui/testing/quality.ts"
import { screenshotInto } from "@openpor/ui/testing/screenshots.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"
import { messages } from "../src/features/claims/messages.ts"

const app = useBrowserApp({ path: "/partner/", chromium })
const shot = (name: string) => screenshotInto(app.page, process.env.SCREENSHOTS, name)

const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
const STATEMENTS = Object.values(messages.en.detail.statements)
const GERMAN_STATEMENTS = Object.values(messages.de.detail.statements)

/** Ian's API calls (the draft and its POE are made without the browser). */
const api = () => {
  const base = new URL(app.url()).origin
  const api = apiCaller(base)
  const call = (method: string, path: string, body?: unknown) =>
    api.as("ian@contoso.example", method, path, body)
  /** A Modern Work draft of Ian's on Northwind with a signed PDF attached; returns its id. */
  const draftWithPoe = async (name: string, workloads: string[]) => {
    const draft = await call("POST", "/claims", {
      name,
      partnerId: "1000001",
      tenantId: NORTHWIND,
      customerDomain: "northwind.example",
      solutionArea: "modern_work_security",
      partnerRole: "use_or_consume",
      workloads,
      customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
      partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
    })
    const form = new FormData()
    form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
    await call("POST", `/claims/${draft.id}/poe`, form)
    return draft.id as string
  }
  return { call, draftWithPoe }
}

describe("acknowledgements at submission in the browser", () => {
  it("refuses to submit until every statement is ticked, said next to the checkboxes; then submits", async () => {
    const id = await api().draftWithPoe("Northwind Teams statements", ["teams"])
    await app.page.goto(app.url("sign-in"))
    await app.signIn("ian@contoso.example")
    await app.h1("Overview").waitFor()
    await app.page.goto(app.url(`claims/${id}`))
    await app.h1("Northwind Teams statements").waitFor()

    await app.page.getByRole("button", { name: "Submit claim", exact: true }).click()
    const dialog = app.page.getByRole("alertdialog", { name: "Submit this claim?" })
    const group = dialog.getByRole("group", { name: "Acknowledgements" })
    await group.getByText("Confirm each statement to submit the claim.").waitFor()
    const boxes = STATEMENTS.map((label) => group.getByRole("checkbox", { name: label }))
    for (const box of boxes) expect(await box.isChecked()).toBe(false)
    for (const width of [1280, 375]) {
      await app.page.setViewportSize({ width, height: 900 })
      expect({ width, violations: await seriousA11yViolations(app.page) }).toEqual({ width, violations: [] })
      expect({ width, overflow: await horizontalOverflow(app.page) }).toEqual({ width, overflow: 0 })
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })

    // None ticked, then all but the last: refused each time, next to the checkboxes; the dialog stays.
    const confirm = dialog.getByRole("button", { name: "Submit claim", exact: true })
    for (const ticked of [0, STATEMENTS.length - 1]) {
      for (const box of boxes.slice(0, ticked)) await box.check()
      await confirm.click()
      const error = group.getByText("Tick every statement to submit the claim.")
      await error.waitFor()
      expect(await group.getAttribute("aria-describedby")).toContain(await error.getAttribute("id"))
      expect(await dialog.isVisible()).toBe(true)
    }
    await shot("claim-acknowledgements-refused")
    // The keyboard ticks the last one (Space on the focused checkbox); the message goes once all are ticked.
    await boxes.at(-1)!.focus()
    await app.page.keyboard.press("Space")
    expect(await boxes.at(-1)!.isChecked()).toBe(true)
    await group.getByText("Tick every statement to submit the claim.").waitFor({ state: "detached" })
    // Nothing was sent while refused: the claim is still a draft.
    expect((await api().call("GET", `/claims/${id}`)).status).toBe("draft")

    await confirm.click()
    await dialog.waitFor({ state: "hidden" })
    await app.page.getByText("Submitted", { exact: true }).first().waitFor()
    const history = app.page.getByRole("region", { name: "History" })
    await history.getByText("Confirmed at submission:").waitFor()
    for (const statement of STATEMENTS) await history.getByText(statement, { exact: true }).waitFor()
    await shot("claim-acknowledgements-history")
    const stored = await api().call("GET", `/claims/${id}`)
    expect(stored.status).toBe("submitted")
    expect(stored.acknowledgements.map((a: { text: string }) => a.text)).toEqual(STATEMENTS)
  })

  it("shows the default statements in the user's language (German)", async () => {
    const id = await api().draftWithPoe("Northwind Intune statements", ["intune"])
    await app.page.goto(app.url(`claims/${id}?lang=de`))
    await app.h1("Northwind Intune statements").waitFor()
    await app.expectLanguage("de")
    await app.page.getByRole("button", { name: messages.de.detail.submit, exact: true }).click()
    const dialog = app.page.getByRole("alertdialog", { name: messages.de.detail.submitTitle })
    const group = dialog.getByRole("group", { name: messages.de.detail.acknowledgements })
    for (const label of GERMAN_STATEMENTS) await group.getByRole("checkbox", { name: label }).check()
    await dialog.getByRole("button", { name: messages.de.detail.submit, exact: true }).click()
    await dialog.waitFor({ state: "hidden" })
    const history = app.page.getByRole("region", { name: messages.de.detail.history })
    for (const statement of GERMAN_STATEMENTS) await history.getByText(statement, { exact: true }).waitFor()
    await app.page.goto(app.url(`claims/${id}?lang=en`))
    await app.h1("Northwind Intune statements").waitFor()
  })
})
