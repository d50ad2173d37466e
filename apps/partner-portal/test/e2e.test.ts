/**
 * Browser test: starts the API (which serves apps/partner-portal/dist at /partner/) with the demo seed and
 * drives Debian's Chromium through sign-in, the overview, the language switch, 375 px and sign-out.
 * Run with `pnpm --filter @openpor/partner-portal test` (builds the app first).
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import {
  type ApiServer,
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  DEMO_PASSWORD,
  startApi
} from "@openpor/ui/testing/api-server.ts"
import { type BrowserContext, chromium, type Page } from "playwright-core"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
const APP = "/partner/"

let api: ApiServer | undefined
let context: BrowserContext | undefined
let page: Page
let profile: string | undefined

const url = (path = "") => `${api!.baseUrl}${APP}${path}`
/** Waits until the browser shows `path` (relative to the app) and query; the app root may lack its "/". */
const waitForPath = (path: string) =>
  page.waitForURL((current) => {
    const expected = new URL(url(path))
    const strip = (value: string) => value.replace(/\/$/, "")
    return strip(current.pathname) === strip(expected.pathname) && current.search === expected.search
  })
const h1 = (name: string) => page.getByRole("heading", { level: 1, name, exact: true })
const horizontalOverflow = () =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)

beforeAll(async () => {
  api = await startApi({ repoRoot })
  profile = mkdtempSync(join(tmpdir(), "openpor-chromium-"))
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    locale: "en-US",
    viewport: { width: 1280, height: 800 }
  })
  context.setDefaultTimeout(15_000)
  page = context.pages()[0] ?? (await context.newPage())
})

afterAll(async () => {
  await context?.close()
  await api?.stop()
  if (profile !== undefined) rmSync(profile, { recursive: true, force: true })
})

describe("partner portal in the browser", () => {
  it("sends a signed-out visitor of a protected page to sign-in", async () => {
    await page.goto(url("mailbox"))
    await waitForPath("sign-in?next=%2Fmailbox")
    await h1("Sign in").waitFor()
    expect(await page.getAttribute("html", "lang")).toBe("en")
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("email")
  })

  it("explains wrong credentials in the live region and focuses the password", async () => {
    await page.getByLabel("Email address").fill("ian@contoso.example")
    await page.getByLabel("Password").fill("not-the-password")
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.getByRole("alert").getByText("The email address or password is incorrect.").waitFor()
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("password")
  })

  it("signs in and returns to the page that was asked for", async () => {
    await page.getByLabel("Password").fill(DEMO_PASSWORD)
    await page.getByRole("button", { name: "Sign in" }).click()
    await waitForPath("mailbox")
    await h1("Dev mailbox").waitFor()
    await page.getByText("Signed in as").waitFor()
  })

  it("shows the organization and both locations with PartnerID, city and role", async () => {
    await page.getByRole("navigation").getByRole("link", { name: "Overview" }).click()
    await waitForPath("")
    await h1("Overview").waitFor()
    expect(await page.locator("main").textContent()).toContain("Contoso")
    for (const [partnerId, city] of [
      ["1000001", "Seattle"],
      ["1000002", "Berlin"]
    ] as const) {
      const card = page.locator(".card-list > li").filter({ hasText: partnerId })
      await card.waitFor()
      const text = await card.textContent()
      expect(text).toContain(city)
      expect(text).toContain("Incentives admin")
    }
  })

  it("switches to German at run time and remembers it", async () => {
    await page.getByLabel("Language").selectOption("de")
    await h1("Übersicht").waitFor()
    await page.getByRole("heading", { name: "Ihre Standorte" }).waitFor()
    expect(await page.locator(".card-list").textContent()).toContain("Incentives-Administrator")
    expect(await page.getAttribute("html", "lang")).toBe("de")
    await page.reload()
    await h1("Übersicht").waitFor()
    expect(await page.getAttribute("html", "lang")).toBe("de")
  })

  it("fits a 375 px wide screen without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 375, height: 812 })
    await h1("Übersicht").waitFor()
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0)
    await page.getByRole("navigation").getByRole("link", { name: "Entwicklungs-Postfach" }).click()
    await h1("Entwicklungs-Postfach").waitFor()
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0)
  })

  it("signs out and protects the pages again", async () => {
    await page.getByRole("button", { name: "Abmelden" }).click()
    await waitForPath("sign-in?reason=signed_out")
    await page.getByText("Sie haben sich abgemeldet.").waitFor()
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0)
    await page.goto(url())
    await waitForPath("sign-in")
    await h1("Anmelden").waitFor()
  })
})
