/**
 * Browser test of a long conversation in the reviewer console (issue 14): the claim embeds its newest 50
 * comments and history entries; "Show older comments" (above the thread, oldest first) and "Show earlier
 * history" (below the history, newest first) load the rest; a decision that replaces the claim keeps what
 * was loaded, nothing missing, nothing twice. Ian's claim gets 60 comments through the API.
 * Run with `./dev -C apps/reviewer-console exec vite build && ./dev -C apps/reviewer-console exec vitest run
 * test/e2e-older-entries.test.ts`.
 */
import { claimHistoryCount } from "@openpor/ui/testing/api-client.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { seriousA11yViolations } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { modernWorkClaim, type ReviewApi, reviewApi } from "./review-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })
const page = () => app.page
const NAME = "Northwind long review"
const COMMENTS = 60
const note = (n: number) => `Note ${String(n).padStart(2, "0")}`
let api: ReviewApi
let claimId = ""

/** How many history entries the claim has, read through every page of the paged endpoint. */
const historyCount = async () => claimHistoryCount(api, await api.signIn("rita@vendor.example"), claimId)

beforeAll(async () => {
  api = reviewApi(new URL(app.url()).origin)
  claimId = await api.submitClaim(modernWorkClaim(NAME, ["exchange"]))
  const ian = await api.signIn("ian@contoso.example")
  for (let n = 1; n <= COMMENTS; n++)
    await api.call(ian, "POST", `/claims/${claimId}/comments`, { body: note(n) })
})

const comments = () => page().getByRole("region", { name: "Comments" })
const history = () => page().getByRole("region", { name: "History" })
const commentTexts = () => comments().locator("ol.comment-list > li .comment__body").allTextContents()
const historyTimes = () =>
  history()
    .locator("ol.history-list > li time")
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute("datetime") ?? ""))

describe("a long conversation under review", () => {
  it("shows the newest 50 comments, and the older ones above them on request", async () => {
    await page().goto(app.url("sign-in"))
    await app.signIn("rita@vendor.example")
    await app.expectPage("", "Overview")
    await page().goto(app.url(`claims/${claimId}`))
    await app.h1(NAME).waitFor()
    expect(await commentTexts()).toEqual(Array.from({ length: 50 }, (_, i) => note(COMMENTS - 49 + i)))
    const older = comments().getByRole("button", { name: "Show older comments" })
    if (process.env.SCREENSHOTS !== undefined)
      for (const width of [1280, 375]) {
        await page().setViewportSize({ width, height: width === 375 ? 812 : 900 })
        await older.scrollIntoViewIfNeeded()
        await page().screenshot({ path: `${process.env.SCREENSHOTS}/review-older-comments-${width}.png` })
      }
    await page().setViewportSize({ width: 1280, height: 800 })
    await older.focus()
    await page().keyboard.press("Enter")
    // The label says "Loading older comments…" meanwhile; then all are shown and the button is gone.
    await expect.poll(commentTexts).toEqual(Array.from({ length: COMMENTS }, (_, i) => note(i + 1)))
    expect(
      await comments()
        .getByRole("button", { name: /older comments/ })
        .count()
    ).toBe(0)
    await comments()
      .getByRole("status")
      .getByText(`Older comments shown: ${COMMENTS - 50}`)
      .waitFor()
    // The button is gone: focus is on the oldest comment, where reading continues.
    expect(await page().evaluate(() => document.activeElement?.textContent)).toContain(note(1))
  })

  it("shows the newest 50 history entries newest first, and the earlier ones below them on request", async () => {
    const all = await historyCount()
    expect(all).toBeGreaterThan(COMMENTS)
    expect(await historyTimes()).toHaveLength(50)
    expect(await seriousA11yViolations(page())).toEqual([])
    await history().getByRole("button", { name: "Show earlier history" }).click()
    await expect.poll(async () => (await historyTimes()).length).toBe(all)
    expect(
      await history()
        .getByRole("button", { name: /earlier history/ })
        .count()
    ).toBe(0)
    const times = await historyTimes()
    expect(times).toEqual([...times].sort().reverse())
    const actions = await history().locator("ol.history-list > li strong").allTextContents()
    expect(actions.at(-1)).toBe("Created")
    expect(actions.filter((action) => action === "Comment")).toHaveLength(COMMENTS)
  })

  it("keeps everything loaded when a decision replaces the claim: the new entries on top, none missing", async () => {
    await page().keyboard.press("i")
    const dialog = page().getByRole("alertdialog", { name: `Request information on ${NAME}?` })
    await dialog.waitFor()
    await dialog.getByLabel("What information do you need?").fill("Which mailboxes moved?")
    await dialog.getByRole("button", { name: "Request information" }).click()
    await dialog.waitFor({ state: "hidden" })
    const all = await historyCount()
    await expect.poll(async () => (await historyTimes()).length).toBe(all)
    const times = await historyTimes()
    expect(times).toEqual([...times].sort().reverse())
    expect(await history().locator("ol.history-list > li strong").last().textContent()).toBe("Created")
    const texts = await commentTexts()
    expect(texts.slice(0, COMMENTS)).toEqual(Array.from({ length: COMMENTS }, (_, i) => note(i + 1)))
    expect(new Set(texts).size).toBe(texts.length)
    expect(texts.length).toBeGreaterThanOrEqual(COMMENTS)
  })
})
