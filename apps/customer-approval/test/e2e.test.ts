/**
 * Browser test: starts the API (which serves apps/customer-approval/dist at /customer/) with the demo seed
 * and drives Debian's Chromium through sign-in, the tenant overview, the language switch, 375 px and
 * sign-out. Run with `pnpm --filter @openpor/customer-approval test` (builds the app first).
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
const APP = "/customer/"

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

describe("customer approval app in the browser", () => {
  it("sends a signed-out visitor to sign-in", async () => {
    await page.goto(url())
    await waitForPath("sign-in")
    await h1("Sign in").waitFor()
    expect(await page.getAttribute("html", "lang")).toBe("en")
  })

  it("signs the tenant admin in and shows the tenant", async () => {
    await page.getByLabel("Email address").fill("admin@northwind.example")
    await page.getByLabel("Password").fill(DEMO_PASSWORD)
    await page.getByRole("button", { name: "Sign in" }).click()
    await waitForPath("")
    await h1("Overview").waitFor()
    await page.getByRole("heading", { level: 2, name: "Your tenant" }).waitFor()
    const main = await page.locator("main").textContent()
    expect(main).toContain("Northwind")
    expect(main).toContain("11111111-1111-4111-8111-111111111111")
    expect(main).toContain("Tenant admin")
    await page.getByRole("heading", { level: 2, name: "Association requests" }).waitFor()
  })

  it("switches to German at run time", async () => {
    await page.getByLabel("Language").selectOption("de")
    await h1("Übersicht").waitFor()
    await page.getByRole("heading", { level: 2, name: "Ihr Mandant" }).waitFor()
    expect(await page.locator("main").textContent()).toContain("Mandantenadministrator")
    expect(await page.getAttribute("html", "lang")).toBe("de")
  })

  it("fits a 375 px wide screen without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 375, height: 812 })
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0)
    await page.getByRole("navigation").getByRole("link", { name: "Entwicklungs-Postfach" }).click()
    await waitForPath("mailbox")
    await h1("Entwicklungs-Postfach").waitFor()
    expect(await horizontalOverflow()).toBeLessThanOrEqual(0)
  })

  it("signs out", async () => {
    await page.getByRole("button", { name: "Abmelden" }).click()
    await waitForPath("sign-in?reason=signed_out")
    await page.getByText("Sie haben sich abgemeldet.").waitFor()
    await page.goto(url("mailbox"))
    await waitForPath("sign-in?next=%2Fmailbox")
    await h1("Anmelden").waitFor()
  })
})
