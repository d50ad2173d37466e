/**
 * Browser test: starts the API (which serves apps/reviewer-console/dist at /review/) with the demo seed and
 * drives Debian's Chromium through sign-in, the vendor roles, the language switch, 375 px and sign-out.
 * Run with `pnpm --filter @openpor/reviewer-console test` (builds the app first).
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
const APP = "/review/"

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

describe("reviewer console in the browser", () => {
  it("sends a signed-out visitor to sign-in", async () => {
    await page.goto(url())
    await waitForPath("sign-in")
    await h1("Sign in").waitFor()
    expect(await page.getAttribute("html", "lang")).toBe("en")
  })

  it("signs the reviewer in and shows the vendor roles", async () => {
    await page.getByLabel("Email address").fill("rita@vendor.example")
    await page.getByLabel("Password").fill(DEMO_PASSWORD)
    await page.getByRole("button", { name: "Sign in" }).click()
    await waitForPath("")
    await h1("Overview").waitFor()
    await page.getByRole("heading", { level: 2, name: "Your vendor roles" }).waitFor()
    await page.getByRole("heading", { level: 3, name: "Reviewer", exact: true }).waitFor()
    expect(await page.locator(".card-list > li").count()).toBe(1)
  })

  it("switches to German at run time", async () => {
    await page.getByLabel("Language").selectOption("de")
    await h1("Übersicht").waitFor()
    await page.getByRole("heading", { level: 2, name: "Ihre Anbieterrollen" }).waitFor()
    await page.getByRole("heading", { level: 3, name: "Prüfer", exact: true }).waitFor()
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
    await page.goto(url())
    await waitForPath("sign-in")
    await h1("Anmelden").waitFor()
  })
})
