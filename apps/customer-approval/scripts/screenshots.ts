/**
 * Screenshots of the customer approval app for the README (docs/screenshots/customer-approval/): starts the
 * API with the demo data, lets partners submit requests through the API, and photographs each main page at
 * 1280 px and 375 px in Debian's Chromium. Run: `./dev -C apps/customer-approval run screenshots`.
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { CHROMIUM_ARGS, CHROMIUM_PATH, startApi } from "@openpor/ui/testing/api-server.ts"
import { shootAtWidths } from "@openpor/ui/testing/screenshots.ts"
import { chromium, type Page } from "playwright-core"
import { apiOf, businessAppsClaim, modernWorkClaim, SUBSCRIPTION } from "../test/support.ts"

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
const out = fileURLToPath(new URL("../../../docs/screenshots/customer-approval/", import.meta.url))
mkdirSync(out, { recursive: true })

const api = await startApi({ repoRoot })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
try {
  const partner = apiOf(api.baseUrl)
  const teams = await partner.submitRequest(
    modernWorkClaim("Northwind Teams adoption", ["teams", "sharepoint"])
  )
  await partner.submitRequest(businessAppsClaim("Northwind Dynamics 365 Sales", [SUBSCRIPTION.sales]))
  const declined = await partner.submitRequest(
    modernWorkClaim("Northwind Intune rollout", ["intune"], "2000001"),
    "ina@fabrikam.example"
  )
  const admin = await partner.signIn("admin@northwind.example")
  await partner.call(admin, "POST", `/customer/requests/${declined}/decline`, {
    reason: "We manage Intune ourselves"
  })
  await partner.call(admin, "PUT", `/customer/subscriptions/${SUBSCRIPTION.m365}/partner-of-record`, {
    partnerId: "1000001"
  })
  const link = (await partner.consentLink(teams)).replace(/^https?:\/\/[^/]+/, api.baseUrl)

  const shoot = (page: Page, name: string) => shootAtWidths(page, out, name)

  const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`${api.baseUrl}/customer/`)
  await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor()
  await shoot(page, "sign-in")
  await page.getByLabel("Email address").fill("admin@northwind.example")
  await page.getByLabel("Password").fill("demo-Passw0rd!")
  await page.getByRole("button", { name: "Sign in" }).click()
  await page.getByRole("heading", { name: "Association requests", level: 1 }).waitFor()
  await page.getByRole("article").first().waitFor()
  await shoot(page, "requests")
  await page
    .getByRole("article", { name: /Contoso/ })
    .first()
    .getByRole("button", { name: "Decline" })
    .click()
  await page.getByRole("alertdialog").waitFor()
  await page.getByLabel(/Reason/).fill("We already work with another partner for Teams.")
  await shoot(page, "decline-dialog")
  await page.keyboard.press("Escape")
  await page
    .getByRole("navigation", { name: "Main navigation" })
    .getByRole("link", { name: "Subscriptions" })
    .click()
  await page.getByRole("table").waitFor()
  await shoot(page, "subscriptions")
  await page
    .getByRole("button", { name: "Add partner: Dynamics 365 Sales (aaaaaaaa-0000-4000-8000-000000000001)" })
    .click()
  await page.getByLabel("PartnerID").fill("9999999")
  await page.getByRole("button", { name: "Save partner of record" }).click()
  await page.getByText("There is no partner with PartnerID 9999999").waitFor()
  await shoot(page, "partner-of-record-error")
  await context.close()

  const visitor = await browser.newContext({ locale: "de-DE", viewport: { width: 1280, height: 900 } })
  const linkPage = await visitor.newPage()
  await linkPage.goto(link)
  await linkPage.getByRole("article").waitFor()
  await shoot(linkPage, "signed-link")
  await linkPage.goto(`${link}&lang=de`)
  await linkPage.getByRole("article").waitFor()
  await shoot(linkPage, "signed-link-german")
  await linkPage.goto(link.replace(/.{4}$/, "AAAA"))
  await linkPage.getByRole("heading", { level: 1 }).waitFor()
  await shoot(linkPage, "signed-link-invalid")
  await visitor.close()
  console.log(`screenshots in ${out}`)
} finally {
  await browser.close()
  await api.stop()
}
