/**
 * The layout check of the apps' browser tests at the two widths (Node only; never imported by app code):
 * the page as it is now at 1280 and 375 px, with a screenshot at each width when a directory is given.
 */
import { pageFailures, type QualityPage } from "./quality.ts"
import { type ScreenshotPage, screenshotInto } from "./screenshots.ts"

/** What {@link failuresAtBothWidths} uses of a Playwright page. */
export interface WidthsPage extends QualityPage, ScreenshotPage {
  setViewportSize(size: { width: number; height: number }): Promise<unknown>
  waitForTimeout(milliseconds: number): Promise<unknown>
}

/**
 * Serious or critical axe-core violations at 1280 and 375 px and horizontal scrolling at 375 px (see
 * pageFailures), with `{directory}/{name}-{width}.png` saved when `directory` is given; back to 1280 × 800.
 */
export const failuresAtBothWidths = async (
  page: WidthsPage,
  name: string,
  directory: string | undefined
): Promise<string[]> => {
  const failures: string[] = []
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
    await page.waitForTimeout(100)
    failures.push(...(await pageFailures(page, name, width)))
    await screenshotInto(page, directory, `${name}-${width}`)
  }
  await page.setViewportSize({ width: 1280, height: 800 })
  return failures
}
