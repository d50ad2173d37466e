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
