/**
 * The reviewer's journeys in the browser (issue 12 items 1–4, 6): the queue worked by keyboard alone,
 * reject with a reason, request information, arbitration from the case page, two reviewers deciding the
 * same claim at once, and the auditor who reads everything and can change nothing. Claims are filed
 * through the API by the partners (as the partner portal would) before the tests.
 */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "@openpor/ui/testing/api-server.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { chromium, type Page } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import {
  businessAppsClaim,
  DOCX,
  modernWorkClaim,
  PNG,
  type ReviewApi,
  reviewApi,
  SALES_SUBSCRIPTION
} from "./review-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })
let api: ReviewApi
const ids = {
  keyboard: "",
  reject: "",
  info: "",
  contoso: "",
  fabrikam: "",
  race: "",
  files: "",
  askFabrikam: ""
}

beforeAll(async () => {
  api = reviewApi(new URL(app.url()).origin)
  ids.keyboard = await api.submitClaim(modernWorkClaim("Northwind Exchange migration", ["exchange"]))
  ids.reject = await api.submitClaim(modernWorkClaim("Northwind SharePoint intranet", ["sharepoint"]))
  ids.info = await api.submitClaim(modernWorkClaim("Northwind Intune rollout", ["intune"]))
  ids.contoso = await api.submitClaim(modernWorkClaim("Contoso Teams adoption", ["teams"]))
  ids.fabrikam = await api.submitClaim(
    modernWorkClaim("Fabrikam Teams rollout", ["teams"], "2000001"),
    "ina@fabrikam.example"
  )
  ids.race = await api.submitClaim(businessAppsClaim("Northwind Sales presales", [SALES_SUBSCRIPTION]))
  const woodgrove = (claim: Record<string, unknown>) => ({
    ...claim,
    tenantId: "22222222-2222-4222-8222-222222222222",
    customerDomain: "woodgrove.example",
    customerContact: { name: "Will Wood", title: "CISO", email: "will@woodgrove.example" }
  })
  await api.submitClaim(woodgrove(modernWorkClaim("Contoso Woodgrove Teams", ["teams"])))
  ids.askFabrikam = await api.submitClaim(
    woodgrove(modernWorkClaim("Fabrikam Woodgrove Teams", ["teams"], "2000001")),
    "ina@fabrikam.example"
  )
  ids.files = await api.submitClaim(
    {
      ...modernWorkClaim("Woodgrove Defender pilot", ["defender_endpoint"]),
      tenantId: "22222222-2222-4222-8222-222222222222",
      customerDomain: "woodgrove.example",
      customerContact: { name: "Will Wood", title: "CISO", email: "will@woodgrove.example" }
    },
    "ian@contoso.example",
    [
      { name: "signed-letter.docx", type: "application/octet-stream", bytes: DOCX },
      { name: "signature-page.png", type: "image/png", bytes: PNG }
    ]
  )
})

const page = () => app.page
const focusedText = () => page().evaluate(() => document.activeElement?.textContent?.trim() ?? "")

/** Presses `j` until the queue's selected (focused) row is the claim `name`. */
const selectWithJ = async (name: string) => {
  for (let step = 0; step < 30; step++) {
    await page().keyboard.press("j")
    if ((await focusedText()) === name) return
  }
  throw new Error(`j never reached ${name}`)
}

const openQueue = async () => {
  await page().goto(app.url("queue"))
  await app.h1("Review queue").waitFor()
  await page().getByRole("table").waitFor()
}

describe("the reviewer console's review journeys", () => {
  it("rita works the queue by keyboard alone: j selects, Enter opens, a approves after confirmation", async () => {
    await page().goto(app.url("sign-in"))
    await app.signIn("rita@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Review queue")
    await app.expectPage("queue", "Review queue")
    const row = page().getByRole("row", { name: /Northwind Exchange migration/ })
    await expect.poll(() => row.textContent()).toContain("Contoso Consulting")
    expect(await row.textContent()).toContain("1000001")
    expect(await row.textContent()).toContain("11111111-1111-4111-8111-111111111111")
    expect(await row.textContent()).toContain("Modern Work and Security")
    expect(await row.textContent()).toContain("Submitted")
    expect(await row.textContent()).toContain("Unassigned")
    expect(await row.textContent()).toMatch(/5 business days left/)

    // ? lists the shortcuts; Escape closes the list.
    await page().keyboard.press("?")
    const help = page().getByRole("dialog", { name: "Keyboard shortcuts" })
    await help.waitFor()
    expect(await help.textContent()).toContain("Request information")
    await page().keyboard.press("Escape")
    await help.waitFor({ state: "hidden" })

    await selectWithJ("Northwind Exchange migration")
    expect(await row.getAttribute("aria-current")).toBe("true")
    await page().keyboard.press("j")
    expect(await focusedText()).not.toBe("Northwind Exchange migration")
    expect(await row.getAttribute("aria-current")).toBeNull()
    await page().keyboard.press("k")
    expect(await focusedText()).toBe("Northwind Exchange migration")
    await page().keyboard.press("Enter")
    await app.expectPage(`claims/${ids.keyboard}`, "Northwind Exchange migration")
    // The proof of execution is previewed inline beside the claim (the PDF in the browser's viewer).
    await page().getByTitle("Preview of signed-sow.pdf").waitFor()
    expect(await page().getByRole("region", { name: "Customer consent" }).textContent()).toContain(
      "Awaiting the customer's response"
    )

    await page().keyboard.press("a")
    const dialog = page().getByRole("alertdialog", { name: "Approve Northwind Exchange migration?" })
    await dialog.waitFor()
    // Focus moves into the dialog; keyboard only: from Cancel (focused first) to the confirming button.
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.closest("[role=alertdialog]") !== null))
      .toBe(true)
    await page().keyboard.press("Tab")
    expect(await focusedText()).toBe("Approve claim")
    await page().keyboard.press("Enter")
    await dialog.waitFor({ state: "hidden" })
    await page()
      .getByRole("status")
      .filter({ hasText: "Northwind Exchange migration is approved." })
      .waitFor()
    expect((await api.claim(ids.keyboard)).status).toBe("approved")
    // Focus stays on the page (the decision's outcome), never on nothing.
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.getAttribute("aria-labelledby") ?? ""))
      .toBe("decision-heading")
    expect(await page().getByRole("button", { name: "Approve" }).count()).toBe(0)
    await expect
      .poll(() => page().getByRole("region", { name: "History" }).textContent())
      .toContain("Approved")
    expect(await page().getByRole("region", { name: "History" }).textContent()).toContain(
      "Proof of execution attached"
    )

    // j and k go through the queue's claims from here.
    await page().keyboard.press("j")
    await app.expectPage(`claims/${ids.reject}`, "Northwind SharePoint intranet")
    await page().keyboard.press("k")
    await app.expectPage(`claims/${ids.keyboard}`, "Northwind Exchange migration")

    // g q goes back to the queue, where the approved claim is gone.
    await page().keyboard.press("g")
    await page().keyboard.press("q")
    await app.expectPage("queue", "Review queue")
    await page()
      .getByRole("row", { name: /Northwind SharePoint intranet/ })
      .waitFor()
    expect(
      await page()
        .getByRole("row", { name: /Northwind Exchange migration/ })
        .count()
    ).toBe(0)
  })

  it("rita rejects a claim with insufficient_poe (the reason is required)", async () => {
    await openQueue()
    await page().getByRole("link", { name: "Northwind SharePoint intranet" }).click()
    await app.expectPage(`claims/${ids.reject}`, "Northwind SharePoint intranet")
    await page().getByRole("button", { name: "Reject", exact: true }).click()
    const dialog = page().getByRole("alertdialog", { name: "Reject Northwind SharePoint intranet?" })
    await dialog.getByRole("button", { name: "Reject claim" }).click()
    await dialog.getByText("Choose a reason.").first().waitFor()
    expect(await dialog.getByLabel("Reason").getAttribute("aria-invalid")).toBe("true")
    expect((await api.claim(ids.reject)).status).toBe("submitted")
    await dialog.getByLabel("Reason").selectOption({ label: "Insufficient proof of execution" })
    await dialog.getByLabel(/Comment to the partner/).fill("The statement of work is not signed.")
    await dialog.getByRole("button", { name: "Reject claim" }).click()
    await dialog.waitFor({ state: "hidden" })
    const claim = await api.claim(ids.reject)
    expect([claim.status, claim.rejectionReason]).toEqual(["rejected", "insufficient_poe"])
    expect(await page().getByRole("region", { name: "Claim" }).textContent()).toContain(
      "Insufficient proof of execution"
    )
    await page().getByText("The statement of work is not signed.").first().waitFor()
  })

  it("rita requests information from the queue with i (a comment is required)", async () => {
    await openQueue()
    await selectWithJ("Northwind Intune rollout")
    await page().keyboard.press("i")
    const dialog = page().getByRole("alertdialog", {
      name: "Request information on Northwind Intune rollout?"
    })
    await dialog.waitFor()
    await dialog.getByRole("button", { name: "Request information" }).click()
    await dialog.getByText("Say what information you need.").first().waitFor()
    await dialog.getByLabel("What information do you need?").fill("Which sites use Intune today?")
    await dialog.getByRole("button", { name: "Request information" }).click()
    await dialog.waitFor({ state: "hidden" })
    expect((await api.claim(ids.info)).status).toBe("partner_action_required")
    // Back in the queue the claim waits for the partner; focus is on a queue row again.
    const row = page().getByRole("row", { name: /Northwind Intune rollout/ })
    await expect.poll(() => row.textContent()).toContain("Partner action required")
    await expect
      .poll(() => page().evaluate(() => document.activeElement?.closest("tbody") !== null))
      .toBe(true)
  })

  it("shows the selected claim beside the queue on a wide screen, with its proof of execution", async () => {
    await page().setViewportSize({ width: 1600, height: 1000 })
    try {
      await openQueue()
      await selectWithJ("Contoso Teams adoption")
      const detail = page().getByRole("complementary", { name: "Contoso Teams adoption" })
      await detail.waitFor()
      await detail.getByRole("link", { name: "Open Contoso Teams adoption for review" }).waitFor()
      await detail.getByTitle("Preview of signed-sow.pdf").waitFor()
      await selectWithJ("Fabrikam Teams rollout")
      await page().getByRole("complementary", { name: "Fabrikam Teams rollout" }).waitFor()
    } finally {
      await page().setViewportSize({ width: 1280, height: 800 })
    }
    await expect.poll(() => page().getByRole("complementary").count()).toBe(0)
  })

  it("keeps the filters in the URL and takes a claim", async () => {
    await openQueue()
    await page().getByLabel("Competing claims only").check()
    await app.waitForPath("queue?competing=1")
    // The header and the four competing claims (two cases).
    await expect.poll(() => page().getByRole("row").count()).toBe(5)
    await page().reload()
    await app.h1("Review queue").waitFor()
    expect(await page().getByLabel("Competing claims only").isChecked()).toBe(true)
    await page().getByRole("button", { name: "Take Contoso Teams adoption (assign it to me)" }).click()
    const row = page().getByRole("row", { name: /Contoso Teams adoption/ })
    await expect.poll(() => row.textContent()).toContain("Rita Reviewer")
    await page().getByLabel("Assigned to me").check()
    await app.waitForPath("queue?competing=1&mine=1")
    await expect.poll(() => page().getByRole("row").count()).toBe(2)
    await page().getByRole("button", { name: "Clear filters" }).click()
    await app.waitForPath("queue")
  })

  it("rita resolves two competing claims from the case page with a reasoning; the loser shows lost_arbitration", async () => {
    await openQueue()
    await page()
      .getByRole("row", { name: /Fabrikam Teams rollout/ })
      .getByRole("link", { name: "Competing" })
      .click()
    await app.h1("Arbitration case").waitFor()
    const parties = page().getByRole("table", { name: "The parties of the case, one column each" })
    expect(await parties.getByRole("columnheader").allTextContents()).toEqual([
      "Compared",
      expect.stringContaining("Contoso Consulting (1000001)"),
      expect.stringContaining("Fabrikam Solutions (2000001)")
    ])
    expect(await page().getByRole("region", { name: "Recommendation" }).textContent()).toContain(
      "Most recent valid proof of execution wins"
    )
    // The reasoning is required.
    await page()
      .getByLabel(/Contoso Teams adoption/)
      .check()
    await page().getByRole("button", { name: "Resolve the case" }).click()
    await page().getByText("Write the reasoning.").waitFor()
    await page().getByLabel("Written reasoning").fill("Contoso's statement of work is signed by the CIO.")
    await page().getByRole("button", { name: "Resolve the case" }).click()
    const dialog = page().getByRole("alertdialog", {
      name: "Resolve the case in favour of Contoso Teams adoption?"
    })
    await dialog.getByRole("button", { name: "Resolve case" }).click()
    await dialog.waitFor({ state: "hidden" })
    const outcome = page().getByRole("region", { name: "Outcome" })
    await outcome.waitFor()
    expect(await outcome.textContent()).toMatch(
      /Fabrikam Solutions \(2000001\).*Lost: rejected with lost_arbitration/
    )
    expect(await outcome.textContent()).toMatch(/Contoso Consulting \(1000001\).*Won/)
    expect(await outcome.textContent()).toContain("Contoso's statement of work is signed by the CIO.")
    const loser = await api.claim(ids.fabrikam)
    expect([loser.status, loser.rejectionReason]).toEqual(["rejected", "lost_arbitration"])
    expect((await api.claim(ids.contoso)).status).toBe("approved")
    await page().getByRole("link", { name: "Fabrikam Teams rollout" }).click()
    await app.h1("Fabrikam Teams rollout").waitFor()
    expect(await page().getByRole("region", { name: "Claim" }).textContent()).toContain("Lost arbitration")
  })

  it("previews images inline, offers Word documents as a download with their details, and takes a reply", async () => {
    await page().goto(app.url(`claims/${ids.files}`))
    await app.h1("Woodgrove Defender pilot").waitFor()
    const proof = page().getByRole("region", { name: "Proof of execution" })
    // The newest document first: the PNG, shown as an image.
    await proof.getByRole("img", { name: "Preview of signature-page.png" }).waitFor()
    await proof.getByLabel("Document").selectOption({ label: "signed-letter.docx" })
    await proof.getByText("Word documents cannot be shown in the browser. Download it to read it.").waitFor()
    expect(
      await proof.getByRole("link", { name: "Download signed-letter.docx" }).getAttribute("href")
    ).toMatch(new RegExp(`/api/v1/claims/${ids.files}/poe/`))
    expect(await proof.textContent()).toMatch(/DOCX · \d+ B · uploaded/)
    expect(await proof.textContent()).toContain("SHA-256")
    // Program and partner role by name, not by code.
    await expect
      .poll(() => page().getByRole("region", { name: "Claim" }).textContent())
      .toContain("Modern Work and Security Usage")
    expect(await page().getByRole("region", { name: "Claim" }).textContent()).not.toContain("prg_mws_usage")
    // The deadlines count business days.
    expect(await page().getByRole("region", { name: "Deadlines" }).textContent()).toContain(
      "5 business days left"
    )

    // A reply to the partner lands in the thread.
    const comments = page().getByRole("region", { name: "Comments" })
    await comments.getByRole("button", { name: "Send comment" }).click()
    await comments.getByText("Fill in this field.").waitFor()
    await comments.getByLabel("Reply to the partner").fill("Which devices are in the pilot?")
    await comments.getByRole("button", { name: "Send comment" }).click()
    await comments.getByText("Which devices are in the pilot?").waitFor()
    expect(await comments.getByLabel("Reply to the partner").inputValue()).toBe("")
    const claim = await api.claim(ids.files)
    expect(claim.comments.map((c: { body: string }) => c.body)).toContain("Which devices are in the pilot?")
  })

  it("asks any party of a case for information from the case page", async () => {
    const caseId = (await api.claim(ids.askFabrikam)).caseId as string
    await page().goto(app.url(`cases/${caseId}`))
    await app.h1("Arbitration case").waitFor()
    await page().getByRole("button", { name: "Request information from Fabrikam Solutions" }).click()
    const dialog = page().getByRole("alertdialog", {
      name: "Request information on Fabrikam Woodgrove Teams?"
    })
    await dialog.getByLabel("What information do you need?").fill("Who signed your statement of work?")
    await dialog.getByRole("button", { name: "Request information" }).click()
    await dialog.waitFor({ state: "hidden" })
    expect((await api.claim(ids.askFabrikam)).status).toBe("partner_action_required")
    const parties = page().getByRole("table", { name: "The parties of the case, one column each" })
    await expect.poll(() => parties.textContent()).toContain("Partner action required")
    expect(
      await page().getByRole("button", { name: "Request information from Fabrikam Solutions" }).isDisabled()
    ).toBe(true)
  })

  it("two reviewers deciding the same claim at once: one succeeds, the other is told it changed", async () => {
    const second = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS]
    })
    try {
      const context = await second.newContext({ locale: "en-US", viewport: { width: 1280, height: 800 } })
      const rob: Page = await context.newPage()
      await rob.goto(app.url("sign-in"))
      await rob.getByLabel("Email address").fill("rob@vendor.example")
      await rob.getByLabel("Password").fill("demo-Passw0rd!")
      await rob.getByRole("button", { name: "Sign in" }).click()
      await rob.getByRole("heading", { level: 1, name: "Overview" }).waitFor()
      await rob.goto(app.url(`claims/${ids.race}`))
      await page().goto(app.url(`claims/${ids.race}`))
      await rob.getByRole("heading", { level: 1, name: "Northwind Sales presales" }).waitFor()
      await app.h1("Northwind Sales presales").waitFor()

      await page().getByRole("button", { name: "Approve", exact: true }).click()
      await rob.getByRole("button", { name: "Approve", exact: true }).click()
      await page().getByRole("alertdialog").getByRole("button", { name: "Approve claim" }).click()
      await page().getByRole("alertdialog").waitFor({ state: "hidden" })
      await rob.getByRole("alertdialog").getByRole("button", { name: "Approve claim" }).click()
      await rob
        .getByRole("alertdialog")
        .getByText(
          "This claim was changed by someone else in the meantime. Reload it to see the current state"
        )
        .waitFor()
      await rob.getByRole("button", { name: "Cancel" }).click()
      await rob.getByRole("button", { name: "Reload" }).click()
      await rob.getByRole("region", { name: "Claim" }).getByText("Approved").waitFor()
      const claim = await api.claim(ids.race)
      expect(claim.status).toBe("approved")
      expect(claim.history.filter((h: { to: string | null }) => h.to === "approved")).toHaveLength(1)
      await context.close()
    } finally {
      await second.close()
    }
  })

  it("aude, the auditor, reads the queue, claims and cases with no action anywhere", async () => {
    await app.signOut("Sign out", "You have signed out.")
    await app.signIn("aude@vendor.example")
    await app.expectPage("", "Overview")
    await app.openFromNavigation("Review queue")
    await app.expectPage("queue", "Review queue")
    await page()
      .getByRole("row", { name: /Northwind Intune rollout/ })
      .waitFor()
    const mainButtons = async () =>
      (await page().getByRole("main").getByRole("button").allTextContents()).filter(
        (text) => text !== "Keyboard shortcuts (?)" && text !== "Clear filters"
      )
    expect(await mainButtons()).toEqual([])
    expect(await page().getByRole("columnheader", { name: "Actions" }).count()).toBe(0)
    // Decision shortcuts do nothing for an auditor.
    await selectWithJ("Northwind Intune rollout")
    await page().keyboard.press("a")
    await page().keyboard.press("r")
    expect(await page().getByRole("alertdialog").count()).toBe(0)
    await page().keyboard.press("Enter")
    await app.h1("Northwind Intune rollout").waitFor()
    await page().getByText("You can read this claim; deciding it needs the reviewer role.").waitFor()
    await page().getByTitle("Preview of signed-sow.pdf").waitFor()
    await page().getByText("Which sites use Intune today?").waitFor()
    expect(await mainButtons()).toEqual([])
    expect(await page().getByRole("textbox").count()).toBe(0)
    await page().keyboard.press("a")
    expect(await page().getByRole("alertdialog").count()).toBe(0)
    const caseId = (await api.claim(ids.contoso)).caseId as string
    await page().goto(app.url(`cases/${caseId}`))
    await app.h1("Arbitration case").waitFor()
    await page().getByRole("region", { name: "Outcome" }).waitFor()
    expect(await mainButtons()).toEqual([])
  })
})
