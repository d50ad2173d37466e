/**
 * Browser test of a long conversation (issue 14): the claim embeds its newest 50 comments and history
 * entries; "Show older comments" and "Show earlier history" load the rest a page at a time, oldest first,
 * none twice, with the reason and a retry when loading fails. Ian's claim gets 130 comments through the API.
 * Run with `./dev -C apps/partner-portal exec vite build && ./dev -C apps/partner-portal exec vitest run
 * test/e2e-older-entries.test.ts` (SCREENSHOTS=<dir> keeps pictures at 375 and 1280 px).
 */
import { apiCaller, claimHistoryCount } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { seriousA11yViolations } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/partner/", chromium })
const page = () => app.page

const COMMENTS = 130
const PDF = new TextEncoder().encode(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
const label = (n: number) => `Comment ${String(n).padStart(3, "0")}`
let claimId = ""

/** How many history entries the claim has, read through every page of the paged endpoint. */
const countHistory = async () => {
  const api = apiCaller(new URL(app.url()).origin)
  return claimHistoryCount(api, await api.signIn("ian@contoso.example"), claimId)
}

beforeAll(async () => {
  const { call, signIn } = apiCaller(new URL(app.url()).origin)
  const ian = await signIn("ian@contoso.example")
  const draft = await call(ian, "POST", "/claims", {
    name: "Northwind long conversation",
    partnerId: "1000001",
    tenantId: "11111111-1111-4111-8111-111111111111",
    customerDomain: "northwind.example",
    solutionArea: "modern_work_security",
    partnerRole: "use_or_consume",
    workloads: ["exchange"],
    customerContact: { name: "Nora North", title: "CIO", email: "nora@northwind.example" },
    partnerContact: { name: "Ian Contoso", email: "ian@contoso.example" }
  })
  claimId = draft.id
  const form = new FormData()
  form.append("file", new Blob([PDF], { type: "application/pdf" }), "signed-sow.pdf")
  await call(ian, "POST", `/claims/${claimId}/poe`, form)
  // Every statement of the program confirmed (SPEC §5).
  await call(ian, "POST", `/claims/${claimId}/submit`, {
    acknowledgements: ((draft.requiredAcknowledgements ?? []) as Array<{ id: string }>).map((a) => a.id)
  })
  for (let n = 1; n <= COMMENTS; n++)
    await call(ian, "POST", `/claims/${claimId}/comments`, { body: label(n) })
})

const comments = () => page().getByRole("region", { name: "Comments" })
const history = () => page().getByRole("region", { name: "History" })
const commentTexts = () => comments().locator("ol.comments > li .comment__body").allTextContents()

describe("a conversation longer than the claim embeds", () => {
  it("shows the newest 50 comments, then the older ones a page at a time, oldest first, none twice", async () => {
    await app.expectSentToSignIn("claims", "sign-in?next=%2Fclaims", "Sign in")
    await app.signIn("ian@contoso.example")
    await app.expectPage("claims", "Customer claims")
    await page().goto(app.url(`claims/${claimId}`))
    await app.h1("Northwind long conversation").waitFor()
    expect(await commentTexts()).toEqual(Array.from({ length: 50 }, (_, i) => label(COMMENTS - 49 + i)))

    const older = comments().getByRole("button", { name: "Show older comments" })
    await older.click()
    await comments().locator("ol.comments > li").nth(99).waitFor()
    expect(await commentTexts()).toEqual(Array.from({ length: 100 }, (_, i) => label(COMMENTS - 99 + i)))
    await comments().getByRole("status").getByText("Older comments shown: 50").waitFor()
    // More remain (the page was full): the button stays, and keeps focus.
    expect(await page().evaluate(() => document.activeElement?.textContent)).toBe("Show older comments")

    await older.click()
    await comments()
      .locator("ol.comments > li")
      .nth(COMMENTS - 1)
      .waitFor()
    expect(await commentTexts()).toEqual(Array.from({ length: COMMENTS }, (_, i) => label(i + 1)))
    await comments()
      .getByRole("status")
      .getByText(`Older comments shown: ${COMMENTS - 100}`)
      .waitFor()
    await older.waitFor({ state: "detached" })
    // The button is gone: focus is on the oldest comment, where reading continues.
    expect(await page().evaluate(() => document.activeElement?.textContent)).toContain(label(1))
    // A comment sent now joins the end of the whole thread.
    await comments()
      .getByRole("textbox", { name: "Add a comment" })
      .fill(label(COMMENTS + 1))
    await comments().getByRole("button", { name: "Post comment" }).click()
    await comments().locator("ol.comments > li").nth(COMMENTS).waitFor()
    expect(await commentTexts()).toEqual(Array.from({ length: COMMENTS + 1 }, (_, i) => label(i + 1)))
  })

  it("says why older comments could not be loaded, and loads them when asked again", async () => {
    await page().reload()
    await app.h1("Northwind long conversation").waitFor()
    await page().route("**/api/v1/claims/*/comments?*", (route) =>
      route.fulfill({
        status: 500,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "internal", message: "boom", details: {} } })
      })
    )
    const older = comments().getByRole("button", { name: "Show older comments" })
    await older.click()
    await comments().getByRole("alert").getByText("The older comments could not be loaded.").waitFor()
    expect(await commentTexts()).toHaveLength(50)
    if (process.env.SCREENSHOTS !== undefined) {
      await page().setViewportSize({ width: 375, height: 812 })
      await older.scrollIntoViewIfNeeded()
      await page().screenshot({ path: `${process.env.SCREENSHOTS}/older-comments-failed-375.png` })
      await page().setViewportSize({ width: 1280, height: 800 })
    }
    await page().unroute("**/api/v1/claims/*/comments?*")
    await older.click()
    await comments().locator("ol.comments > li").nth(99).waitFor()
    await comments().getByRole("alert").waitFor({ state: "detached" })
    expect(await commentTexts()).toEqual(Array.from({ length: 100 }, (_, i) => label(COMMENTS + 1 - 99 + i)))
  })

  it("shows the newest 50 history entries, then all of them with 'Show earlier history', in order", async () => {
    const historyCount = await countHistory()
    const entries = history().locator("ol.timeline > li")
    expect(await entries.count()).toBe(50)
    const earlier = history().getByRole("button", { name: "Show earlier history" })
    while ((await earlier.count()) > 0) {
      await earlier.click()
      await history().locator('button[aria-busy="true"]').waitFor({ state: "detached" })
    }
    await entries.nth(historyCount - 1).waitFor()
    expect(await entries.count()).toBe(historyCount)
    const times = await history()
      .locator("ol.timeline > li time")
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""))
    expect(times).toEqual([...times].sort())
    const actions = await entries.locator("strong").allTextContents()
    expect(actions[0]).toBe("Draft created")
    expect(actions.filter((action) => action === "Comment added")).toHaveLength(COMMENTS + 1)
  })

  it("has no serious accessibility violations with the buttons, at 1280 and 375 px", async () => {
    await page().reload()
    await app.h1("Northwind long conversation").waitFor()
    await comments().getByRole("button", { name: "Show older comments" }).waitFor()
    for (const width of [1280, 375]) {
      await page().setViewportSize({ width, height: width === 375 ? 812 : 900 })
      expect(await seriousA11yViolations(page())).toEqual([])
      await app.expectNoHorizontalScrolling()
      if (process.env.SCREENSHOTS !== undefined) {
        await comments().getByRole("heading", { name: "Comments" }).scrollIntoViewIfNeeded()
        await page().screenshot({ path: `${process.env.SCREENSHOTS}/older-comments-${width}.png` })
      }
    }
    await page().setViewportSize({ width: 1280, height: 800 })
  })
})
