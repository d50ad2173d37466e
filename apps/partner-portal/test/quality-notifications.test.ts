/**
 * Quality of the home page's notifications and the program guide page: no serious or critical axe-core
 * violation at 1280 and 375 px, no horizontal scrolling at 375 px, in English and Czech.
 */
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { pageFailures } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { describe, expect, it } from "vitest"

const app = useBrowserApp({ path: "/partner/", chromium })

describe("notifications and the program guide page", () => {
  it("have no serious accessibility violation and fit 375 px", async () => {
    await app.page.goto(app.url())
    await app.signIn("ian@contoso.example")
    await app.expectPage("", "Overview")
    const failures: string[] = []
    for (const lang of ["en", "cs"] as const) {
      for (const [name, path, heading] of [
        ["home", "", lang === "en" ? "Notifications" : "Oznámení"],
        ["program guide", "programs/prg_mws_usage", "Modern Work and Security Usage"]
      ] as const) {
        for (const width of [1280, 375]) {
          await app.page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
          await app.page.goto(app.url(`${path}?lang=${lang}`))
          await app.page
            .getByRole("heading", { name: new RegExp(heading) })
            .first()
            .waitFor()
          failures.push(...(await pageFailures(app.page, `${name} (${lang})`, width)))
        }
      }
    }
    expect(failures).toEqual([])
  }, 120_000)
})
