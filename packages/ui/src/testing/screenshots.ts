/**
 * Screenshots for the apps' browser tests and screenshot scripts (Node only; never imported by app code), to
 * look at the screens as a user would.
 */

/** What these helpers use of a Playwright page. */
export interface ScreenshotPage {
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>
}

/** A full-page screenshot `{directory}/{name}.png`, taken only when `directory` is given (tests run without). */
export const screenshotInto = async (
  page: ScreenshotPage,
  directory: string | undefined,
  name: string
): Promise<void> => {
  if (directory !== undefined) await page.screenshot({ path: `${directory}/${name}.png`, fullPage: true })
}

/** What `shootAtWidths` uses of a Playwright page. */
export interface ViewportPage extends ScreenshotPage {
  setViewportSize(size: { width: number; height: number }): Promise<unknown>
  waitForLoadState(state: "networkidle"): Promise<unknown>
  waitForTimeout(milliseconds: number): Promise<unknown>
}

/** A screen width of the README's screenshots, the file name's suffix for it, and whether the whole page is taken. */
export interface ShotWidth {
  readonly width: number
  readonly suffix: string
  readonly fullPage: boolean
}

export const DESKTOP: ShotWidth = { width: 1280, suffix: "desktop", fullPage: true }
export const PHONE: ShotWidth = { width: 375, suffix: "phone", fullPage: true }

/**
 * Photographs the page for the README as `{directory}{name}-{suffix}.png` at each width (812 px high at
 * 375 px, else 900 px), once the network is idle and the layout has settled; then back to 1280 × 900.
 */
export const shootAtWidths = async (
  page: ViewportPage,
  directory: string,
  name: string,
  widths: readonly ShotWidth[] = [DESKTOP, PHONE]
): Promise<void> => {
  for (const { width, suffix, fullPage } of widths) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 })
    await page.waitForLoadState("networkidle")
    await page.waitForTimeout(200)
    await page.screenshot({ path: `${directory}${name}-${suffix}.png`, fullPage })
  }
  await page.setViewportSize({ width: 1280, height: 900 })
}
