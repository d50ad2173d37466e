/**
 * The apps' browser-test harness (Node only; never imported by app code). {@link useBrowserApp}, called at
 * the top of a test file, starts the API (see api-server.ts: a fresh SQLite database with the demo seed,
 * serving the built apps) and Debian's Chromium before the file's tests, and stops both afterwards. The
 * tests of the file share the one page, so each test continues where the previous one stopped.
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { afterAll, beforeAll, expect } from "vitest"
import { type ApiServer, CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD, startApi } from "./api-server.ts"

export { DEMO_PASSWORD }

/** The monorepo root, seen from packages/ui/src/testing. */
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url))

/** What the harness itself uses of a Playwright locator. */
export interface HarnessLocator {
  waitFor(): Promise<void>
  fill(value: string): Promise<void>
  click(): Promise<void>
  selectOption(value: string): Promise<unknown>
  getByRole(role: "link", options: { name: string }): HarnessLocator
}

/** What the harness itself uses of a Playwright page; the tests get the whole page. */
export interface HarnessPage {
  goto(url: string): Promise<unknown>
  waitForURL(url: (url: URL) => boolean): Promise<void>
  getByRole(
    role: "heading" | "button" | "navigation",
    options?: { name?: string; level?: number; exact?: boolean }
  ): HarnessLocator
  getByLabel(text: string): HarnessLocator
  getByText(text: string): HarnessLocator
  getAttribute(selector: string, name: string): Promise<string | null>
  evaluate<R>(pageFunction: () => R): Promise<R>
  setViewportSize(size: { width: number; height: number }): Promise<void>
  on(event: "console", listener: (message: { type(): string; text(): string }) => unknown): unknown
  on(event: "response", listener: (response: { status(): number; url(): string }) => unknown): unknown
}

export interface HarnessLaunchOptions {
  executablePath: string
  headless: boolean
  args: string[]
  locale: string
  viewport: { width: number; height: number }
}

/**
 * Playwright's `chromium` (from `playwright-core`, which the app depends on; packages/ui does not). The page
 * type of the tests is the one it launches.
 */
export interface BrowserLauncher<P extends HarnessPage> {
  launchPersistentContext(
    userDataDir: string,
    options: HarnessLaunchOptions
  ): Promise<{
    setDefaultTimeout(timeout: number): void
    pages(): P[]
    newPage(): Promise<P>
    close(): Promise<void>
  }>
}

export interface BrowserAppOptions<P extends HarnessPage> {
  /** Where the API serves the app, e.g. "/partner/". */
  readonly path: string
  readonly chromium: BrowserLauncher<P>
}

export interface BrowserApp<P extends HarnessPage> {
  /** The browser page (inside tests; it opens before the first). */
  readonly page: P
  /** The absolute URL of `path` (relative to the app, may carry a query). */
  url(path?: string): string
  /** Waits until the browser shows `path` (relative to the app) and query; the app root may lack its "/". */
  waitForPath(path: string): Promise<void>
  /** The page's `<h1>` named exactly `name`. */
  h1(name: string): HarnessLocator
  /** Waits until the browser shows `path` (see {@link BrowserApp.waitForPath}) with the `<h1>` `heading`. */
  expectPage(path: string, heading: string): Promise<void>
  /** Opens `from` and waits until the app has sent the browser to the sign-in page `to` with `heading`. */
  expectSentToSignIn(from: string, to: string, heading: string): Promise<void>
  /** Expects the document's language (`<html lang>`). */
  expectLanguage(lang: string): Promise<void>
  /** Expects the page to be no wider than the viewport (no horizontal scrolling). */
  expectNoHorizontalScrolling(): Promise<void>
  /** Fills the (English) sign-in form and submits it. */
  signIn(email: string, password?: string): Promise<void>
  /** Chooses `locale` in the header's (English-labelled) language select. */
  switchLanguage(locale: string): Promise<void>
  /** Follows the link `name` of the main navigation. */
  openFromNavigation(name: string): Promise<void>
  /**
   * Narrows the viewport to a small phone's 375 × 812 px and expects no horizontal scrolling: on the current
   * page (once its `<h1>` `current` shows, when given), then on the page that the navigation link `link`
   * opens (at `path`, when given), whose `<h1>` is named like the link.
   */
  expectPhoneLayout(options: {
    readonly link: string
    readonly path?: string
    readonly current?: string
  }): Promise<void>
  /** Signs out with the header's button `button` and waits for the sign-in page showing `notice`. */
  signOut(button: string, notice: string): Promise<void>
  /**
   * What went wrong in the browser since the page opened (or since the last {@link BrowserApp.clearProblems}):
   * console errors and HTTP answers of 400 or more, e.g. `401 GET http://…/api/v1/me`.
   */
  problems(): string[]
  clearProblems(): void
}

export const useBrowserApp = <P extends HarnessPage>(options: BrowserAppOptions<P>): BrowserApp<P> => {
  let api: ApiServer | undefined
  let context: Awaited<ReturnType<BrowserLauncher<P>["launchPersistentContext"]>> | undefined
  let openedPage: P | undefined
  let profile: string | undefined
  const problems: string[] = []

  beforeAll(async () => {
    api = await startApi({ repoRoot })
    profile = mkdtempSync(join(tmpdir(), "openpor-chromium-"))
    context = await options.chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS],
      locale: "en-US",
      viewport: { width: 1280, height: 800 }
    })
    context.setDefaultTimeout(15_000)
    openedPage = context.pages()[0] ?? (await context.newPage())
    openedPage.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()}`)
    })
    openedPage.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`)
    })
  })

  afterAll(async () => {
    await context?.close()
    await api?.stop()
    if (profile !== undefined) rmSync(profile, { recursive: true, force: true })
  })

  const page = (): P => {
    if (openedPage === undefined) throw new Error("The browser page opens in beforeAll; use it inside tests")
    return openedPage
  }
  const url = (path = "") => {
    if (api === undefined) throw new Error("The API starts in beforeAll; use it inside tests")
    return `${api.baseUrl}${options.path}${path}`
  }

  const waitForPath = (path: string) =>
    page().waitForURL((currentUrl) => {
      const expected = new URL(url(path))
      const strip = (value: string) => value.replace(/\/$/, "")
      return strip(currentUrl.pathname) === strip(expected.pathname) && currentUrl.search === expected.search
    })
  const h1 = (name: string) => page().getByRole("heading", { level: 1, name, exact: true })
  const expectPage = async (path: string, heading: string) => {
    await waitForPath(path)
    await h1(heading).waitFor()
  }
  const expectNoHorizontalScrolling = async () => {
    const overflow = await page().evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth
    )
    expect(overflow).toBeLessThanOrEqual(0)
  }
  const openFromNavigation = (name: string) =>
    page().getByRole("navigation").getByRole("link", { name }).click()

  return {
    get page() {
      return page()
    },
    url,
    waitForPath,
    h1,
    expectPage,
    async expectSentToSignIn(from, to, heading) {
      await page().goto(url(from))
      await expectPage(to, heading)
    },
    async expectLanguage(lang) {
      expect(await page().getAttribute("html", "lang")).toBe(lang)
    },
    expectNoHorizontalScrolling,
    async signIn(email, password = DEMO_PASSWORD) {
      await page().getByLabel("Email address").fill(email)
      await page().getByLabel("Password").fill(password)
      await page().getByRole("button", { name: "Sign in", exact: true }).click()
    },
    async switchLanguage(locale) {
      await page().getByLabel("Language").selectOption(locale)
    },
    openFromNavigation,
    async expectPhoneLayout({ link, path, current }) {
      await page().setViewportSize({ width: 375, height: 812 })
      if (current !== undefined) await h1(current).waitFor()
      await expectNoHorizontalScrolling()
      await openFromNavigation(link)
      if (path !== undefined) await waitForPath(path)
      await h1(link).waitFor()
      await expectNoHorizontalScrolling()
    },
    problems: () => [...problems],
    clearProblems() {
      problems.length = 0
    },
    async signOut(button, notice) {
      await page().getByRole("button", { name: button }).click()
      await waitForPath("sign-in?reason=signed_out")
      await page().getByText(notice).waitFor()
    }
  }
}
