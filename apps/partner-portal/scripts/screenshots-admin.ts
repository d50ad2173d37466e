/**
 * Screenshots of the partner portal's incentives, bank and tax, users, partner-of-record and attribution
 * pages for the README (docs/screenshots/partner-portal/): starts the API with the demo data and photographs
 * each page at 1280 px and 375 px in Debian's Chromium.
 * Run (after `./dev -C apps/partner-portal exec vite build`):
 *   ./dev -C apps/partner-portal exec node scripts/screenshots-admin.ts
 */
import { mkdirSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { CHROMIUM_ARGS, CHROMIUM_PATH, DEMO_PASSWORD, startApi } from "@openpor/ui/testing/api-server.ts"
import { shootAtWidths } from "@openpor/ui/testing/screenshots.ts"
import { chromium, type Page } from "playwright-core"

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url))
const out = fileURLToPath(new URL("../../../docs/screenshots/partner-portal/", import.meta.url))
mkdirSync(out, { recursive: true })
const M365 = "aaaaaaaa-0000-4000-8000-000000000005"

const api = await startApi({ repoRoot })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] })
const call = async (email: string, method: string, path: string, body?: unknown) => {
  const session = await fetch(`${api.baseUrl}/api/v1/auth/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: DEMO_PASSWORD })
  }).then((r) => r.json() as Promise<{ token: string }>)
  const response = await fetch(`${api.baseUrl}/api/v1${path}`, {
    method,
    headers: { authorization: `Bearer ${session.token}`, "content-type": "application/json" },
    ...(body === undefined ? {} : { body: JSON.stringify(body) })
  })
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`)
}
try {
  await call("admin@northwind.example", "PUT", `/customer/subscriptions/${M365}/partner-of-record`, {
    partnerId: "1000001"
  })
  await call("ian@contoso.example", "POST", "/por-poe", { subscriptionId: M365, partnerId: "1000001" })

  const shoot = (page: Page, name: string) => shootAtWidths(page, out, name)
  const signedIn = async (email: string) => {
    const context = await browser.newContext({ locale: "en-US", viewport: { width: 1280, height: 900 } })
    const page = await context.newPage()
    await page.goto(`${api.baseUrl}/partner/sign-in`)
    await page.getByLabel("Email address").fill(email)
    await page.getByLabel("Password").fill(DEMO_PASSWORD)
    await page.getByRole("button", { name: "Sign in" }).click()
    await page.getByRole("heading", { name: "Overview", level: 1 }).waitFor()
    return page
  }

  const ivy = await signedIn("ivy@tailspin.example")
  await ivy.goto(`${api.baseUrl}/partner/incentives`)
  await ivy.getByRole("table").first().waitFor()
  await shoot(ivy, "incentives-invited")
  await ivy.getByRole("link", { name: /^Enroll / }).click()
  await ivy.getByRole("button", { name: "Continue to payout and tax data" }).click()
  await ivy.getByText("The enrollment needs more information").waitFor()
  await shoot(ivy, "enroll-bank-missing")

  const ian = await signedIn("ian@contoso.example")
  await ian.goto(`${api.baseUrl}/partner/incentives`)
  await ian.getByRole("table").first().waitFor()
  await ian.getByText("See eligibility requirements").first().click()
  await shoot(ian, "incentives")
  await ian.goto(`${api.baseUrl}/partner/payout`)
  await ian.getByRole("table").first().waitFor()
  await shoot(ian, "bank-and-tax")
  await ian.goto(`${api.baseUrl}/partner/subscriptions`)
  await ian.getByRole("table").waitFor()
  await shoot(ian, "partner-of-record")
  await ian.goto(`${api.baseUrl}/partner/attribution?subscriptionId=${M365}`)
  await ian.getByRole("button", { name: "Look up" }).click()
  await ian.getByRole("region", { name: "Why" }).waitFor()
  await shoot(ian, "attribution")

  const ada = await signedIn("ada@contoso.example")
  await ada.goto(`${api.baseUrl}/partner/users`)
  await ada.getByText("ian@contoso.example").waitFor()
  await shoot(ada, "users")
  await ada.getByRole("button", { name: "Remove Global admin from Ada Contoso" }).click()
  await ada.getByRole("alertdialog").getByRole("button", { name: "Remove" }).click()
  await ada
    .getByRole("alertdialog")
    .getByText(/last Global admin/)
    .waitFor()
  await shoot(ada, "users-last-global-admin")
} finally {
  await browser.close()
  await api.stop()
}
