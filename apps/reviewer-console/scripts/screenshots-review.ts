/**
 * Screenshots of the reviewer console's review pages for the README (docs/screenshots/reviewer-console/):
 * starts the API with the demo data, lets partners file claims through the API, and photographs the queue,
 * a claim, a decision dialog and an arbitration case at 1280 px (the queue also at 1600 px, list and
 * detail side by side) and 375 px in Debian's Chromium. Run: `./dev -C apps/reviewer-console run screenshots:review`.
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { CHROMIUM_ARGS, CHROMIUM_PATH, startApi } from "@openpor/ui/testing/api-server.ts"
import { DESKTOP, PHONE, type ShotWidth, shootAtWidths } from "@openpor/ui/testing/screenshots.ts"
import { chromium, type Page } from "playwright-core"
import { businessAppsClaim, modernWorkClaim, reviewApi, SALES_SUBSCRIPTION } from "../test/review-support.ts"

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
const out = fileURLToPath(new URL("../../../docs/screenshots/reviewer-console/", import.meta.url))
mkdirSync(out, { recursive: true })

const api = await startApi({ repoRoot })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
try {
  const partners = reviewApi(api.baseUrl)
  const exchange = await partners.submitClaim(modernWorkClaim("Northwind Exchange migration", ["exchange"]))
  await partners.submitClaim(modernWorkClaim("Northwind SharePoint intranet", ["sharepoint"]))
  const teams = await partners.submitClaim(modernWorkClaim("Contoso Teams adoption", ["teams"]))
  await partners.submitClaim(
    modernWorkClaim("Fabrikam Teams rollout", ["teams"], "2000001"),
    "ina@fabrikam.example"
  )
  await partners.submitClaim(businessAppsClaim("Northwind Dynamics 365 Sales", [SALES_SUBSCRIPTION]))
  const rita = await partners.signIn("rita@vendor.example")
  await partners.call(rita, "POST", `/claims/${exchange}/comments`, {
    body: "Please confirm the date on page 2 of the statement of work."
  })
  const caseId = (await partners.claim(teams)).caseId as string

  /** The phone's screenshot shows the first screen only (the queue's list is long). */
  const shoot = (
    page: Page,
    name: string,
    widths: readonly ShotWidth[] = [DESKTOP, { ...PHONE, fullPage: false }]
  ) => shootAtWidths(page, out, name, widths)

  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${api.baseUrl}/review/sign-in`)
  await page.getByLabel("Email address").fill("rita@vendor.example")
  await page.getByLabel("Password").fill("demo-Passw0rd!")
  await page.getByRole("button", { name: "Sign in" }).click()
  await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor()

  await page.goto(`${api.baseUrl}/review/queue`)
  await page.getByRole("table").waitFor()
  await page.keyboard.press("j")
  await shoot(page, "queue", [
    DESKTOP,
    { width: 1600, suffix: "1600", fullPage: true },
    { ...PHONE, fullPage: false }
  ])
  await page.keyboard.press("?")
  await page.getByRole("dialog").waitFor()
  await shoot(page, "shortcuts", [DESKTOP])
  await page.keyboard.press("Escape")

  await page.goto(`${api.baseUrl}/review/claims/${exchange}`)
  await page.getByRole("heading", { name: "Northwind Exchange migration", level: 1 }).waitFor()
  await shoot(page, "claim")
  await page.keyboard.press("r")
  await page.getByRole("alertdialog").getByLabel("Reason").selectOption("insufficient_poe")
  await shoot(page, "reject-dialog")
  await page.keyboard.press("Escape")

  await page.goto(`${api.baseUrl}/review/cases/${caseId}`)
  await page.getByRole("heading", { name: "Arbitration case", level: 1 }).waitFor()
  await shoot(page, "case")
  await context.close()
} finally {
  await browser.close()
  await api.stop()
}
