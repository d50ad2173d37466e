/**
 * The review pages as a user meets them (issue 12 item 7): no serious or critical axe-core violation at
 * 1280 and 375 px, no horizontal scrolling at 375 px, and in each of the five languages no interface string
 * left in English (see englishOnlyStrings in packages/ui/src/testing/quality.ts for what counts).
 */
import { LOCALES, type Locale } from "@openpor/ui/i18n/locales.ts"
import { sharedMessages } from "@openpor/ui/i18n/messages/index.ts"
import { useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { englishOnlyStrings, pageFailures, pageText, untranslatedIn } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { reviewMessages } from "../src/features/review/messages.ts"
import { businessAppsClaim, modernWorkClaim, reviewApi, SALES_SUBSCRIPTION } from "./review-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })
const ids = { claim: "", openCase: "", resolvedCase: "" }

beforeAll(async () => {
  const api = reviewApi(new URL(app.url()).origin)
  ids.claim = await api.submitClaim(modernWorkClaim("Northwind Exchange migration", ["exchange"]))
  await api.submitClaim(businessAppsClaim("Northwind Sales presales", [SALES_SUBSCRIPTION]))
  const rita = await api.signIn("rita@vendor.example")
  await api.call(rita, "POST", `/claims/${ids.claim}/comments`, {
    body: "Please confirm the date of the SOW."
  })
  const a = await api.submitClaim(modernWorkClaim("Contoso Teams adoption", ["teams"]))
  await api.submitClaim(
    modernWorkClaim("Fabrikam Teams rollout", ["teams"], "2000001"),
    "ina@fabrikam.example"
  )
  ids.openCase = (await api.claim(a)).caseId
  const b = await api.submitClaim(modernWorkClaim("Contoso Intune", ["intune"]))
  const c = await api.submitClaim(
    modernWorkClaim("Fabrikam Intune", ["intune"], "2000001"),
    "ina@fabrikam.example"
  )
  const resolved = (await api.claim(b)).caseId
  const view = await api.call(rita, "GET", `/review/cases/${resolved}`)
  await api.call(rita, "POST", `/review/cases/${resolved}/resolve`, {
    winnerClaimId: c,
    reasoning: "Newer proof signed by the CIO.",
    version: view.version
  })
  ids.resolvedCase = resolved
})

const idle = async () => {
  await app.page.waitForLoadState("networkidle")
  await app.page.getByRole("heading", { level: 1 }).waitFor()
  await expect.poll(() => app.page.getByRole("status").filter({ hasText: /…$/ }).count()).toBe(0)
}
const visit = async (path: string) => {
  await app.page.goto(app.url(path))
  await idle()
}

interface Page {
  readonly name: string
  open(): Promise<void>
}

const PAGES: readonly Page[] = [
  {
    name: "queue",
    open: async () => {
      await visit("queue")
      await app.page.getByRole("table").waitFor()
      await app.page.keyboard.press("j")
    }
  },
  {
    name: "queue, empty after filtering",
    open: async () => {
      await visit("queue?status=disputed")
      await app.page.getByRole("button").filter({ hasText: /./ }).last().waitFor()
    }
  },
  {
    name: "queue, shortcuts",
    open: async () => {
      await visit("queue")
      await app.page.keyboard.press("?")
      await app.page.getByRole("dialog").waitFor()
    }
  },
  {
    name: "claim",
    open: async () => {
      await visit(`claims/${ids.claim}`)
      await app.page.locator("object, img.poe__image").first().waitFor()
    }
  },
  {
    name: "claim, reject dialog with an error",
    open: async () => {
      await visit(`claims/${ids.claim}`)
      await app.page.keyboard.press("r")
      const dialog = app.page.getByRole("alertdialog")
      await dialog.waitFor()
      await dialog.getByRole("button").last().click()
      await dialog.locator("[aria-invalid=true]").waitFor()
    }
  },
  {
    name: "open case",
    open: async () => {
      await visit(`cases/${ids.openCase}`)
      await app.page.getByRole("table").waitFor()
    }
  },
  {
    name: "resolved case",
    open: async () => {
      await visit(`cases/${ids.resolvedCase}`)
      await app.page.getByRole("table").waitFor()
    }
  }
]

const SIGN_OUT = /^(Sign out|Abmelden|Kijelentkezés|Logga ut|Odhlásit se)$/

const signedIn = async () => {
  if ((await app.page.getByRole("button", { name: SIGN_OUT }).count()) > 0) return
  await visit("sign-in")
  await app.signIn("rita@vendor.example")
  await app.page.getByRole("button", { name: SIGN_OUT }).waitFor()
}

describe("every review page", () => {
  it("has no serious or critical accessibility violation at 1280 and 375 px, and no horizontal scrolling at 375 px", async () => {
    await signedIn()
    const failures: string[] = []
    for (const page of PAGES) {
      for (const width of [1280, 375]) {
        await app.page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
        await page.open()
        failures.push(...(await pageFailures(app.page, page.name, width)))
      }
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })
    expect(failures).toEqual([])
  })

  it("shows no interface string in English when another of the five languages is chosen", async () => {
    await signedIn()
    const failures: string[] = []
    for (const locale of LOCALES.filter((code): code is Exclude<Locale, "en"> => code !== "en")) {
      const englishOnly = englishOnlyStrings([reviewMessages, sharedMessages], locale)
      await visit("queue")
      await app.page
        .getByRole("combobox", { name: /^(Language|Sprache|Nyelv|Språk|Jazyk)$/ })
        .selectOption(locale)
      await expect.poll(() => app.page.getAttribute("html", "lang")).toBe(locale)
      for (const page of PAGES) {
        await page.open()
        expect(await app.page.getAttribute("html", "lang"), `${page.name} in ${locale}`).toBe(locale)
        for (const text of untranslatedIn(await pageText(app.page), englishOnly))
          failures.push(`${page.name} in ${locale}: "${text}"`)
      }
    }
    await app.page
      .getByRole("combobox", { name: /^(Language|Sprache|Nyelv|Språk|Jazyk)$/ })
      .selectOption("en")
    expect(failures).toEqual([])
  })
})
