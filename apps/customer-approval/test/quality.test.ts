/**
 * Every page of the app, as a user meets it: no serious or critical axe-core violation at 1280 and 375 px,
 * no horizontal scrolling at 375 px, and in each of the five languages no interface string left in English
 * (see englishOnlyStrings in packages/ui/src/testing/quality.ts for what counts).
 */
import { LOCALES, type Locale } from "@openpor/ui/i18n/locales.ts"
import { sharedMessages } from "@openpor/ui/i18n/messages/index.ts"
import { DEMO_PASSWORD, useBrowserApp } from "@openpor/ui/testing/browser.ts"
import {
  englishOnlyStrings,
  horizontalOverflow,
  pageFailures,
  pageText,
  seriousA11yViolations,
  untranslatedIn
} from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { messages } from "../src/i18n/messages/index.ts"
import { apiOf, businessAppsClaim, modernWorkClaim, SUBSCRIPTION } from "./support.ts"

const app = useBrowserApp({ path: "/customer/", chromium })
let link = ""

beforeAll(async () => {
  const api = apiOf(new URL(app.url()).origin)
  const teams = await api.submitRequest(modernWorkClaim("Northwind Teams adoption", ["teams"]))
  await api.submitRequest(businessAppsClaim("Northwind Sales", [SUBSCRIPTION.sales]))
  const intune = await api.submitRequest(
    modernWorkClaim("Northwind Intune", ["intune"], "2000001"),
    "ina@fabrikam.example"
  )
  const admin = await api.signIn("admin@northwind.example")
  await api.call(admin, "POST", `/customer/requests/${intune}/decline`, { reason: "Not needed" })
  await api.call(admin, "PUT", `/customer/subscriptions/${SUBSCRIPTION.m365}/partner-of-record`, {
    partnerId: "1000001"
  })
  link = new URL((await api.consentLink(teams)).replace(/^https?:\/\/[^/]+/, new URL(app.url()).origin))
    .search
})

const LANGUAGE_LABELS = /^(Language|Sprache|Nyelv|Språk|Jazyk)$/
const h1 = () => app.page.getByRole("heading", { level: 1 })
const idle = async () => {
  await app.page.waitForLoadState("networkidle")
  await h1().waitFor()
  // Nothing is still loading.
  await expect.poll(() => app.page.getByRole("status").filter({ hasText: /…$/ }).count()).toBe(0)
}

interface Page {
  readonly name: string
  readonly signedIn: boolean
  /** Opens the page in `locale` (already chosen in the header unless the URL says otherwise). */
  open(locale: Locale): Promise<void>
}

const visit = async (path: string) => {
  await app.page.goto(app.url(path))
  await idle()
}
const openDialog = async (button: RegExp, role: "dialog" | "alertdialog") => {
  await app.page.getByRole("button", { name: button }).first().click()
  await app.page.getByRole(role).waitFor()
}

const PAGES: readonly Page[] = [
  { name: "sign-in", signedIn: false, open: () => visit("sign-in") },
  { name: "not found", signedIn: false, open: () => visit("no-such-page") },
  {
    name: "signed link",
    signedIn: false,
    open: async (locale) => {
      await app.page.goto(app.url(`${link}&lang=${locale}`))
      await idle()
      await app.page.getByRole("article").waitFor()
    }
  },
  {
    name: "signed link, decline dialog",
    signedIn: false,
    open: async (locale) => {
      await app.page.goto(app.url(`${link}&lang=${locale}`))
      await idle()
      await openDialog(/^(Decline|Ablehnen|Elutasítás|Avböj|Odmítnout)$/, "alertdialog")
    }
  },
  {
    name: "invalid link",
    signedIn: false,
    open: async (locale) => {
      await app.page.goto(app.url(`?token=clm_x.1.forged&lang=${locale}`))
      await idle()
    }
  },
  {
    name: "requests",
    signedIn: true,
    open: async () => {
      await visit("")
      await app.page.getByRole("article").first().waitFor()
      await app.page.getByRole("table").waitFor()
    }
  },
  {
    name: "requests, accept dialog",
    signedIn: true,
    open: async () => {
      await visit("")
      await openDialog(/^(Accept now|Jetzt annehmen|Elfogadás most|Godkänn nu|Přijmout hned)$/, "alertdialog")
    }
  },
  {
    name: "subscriptions",
    signedIn: true,
    open: async () => {
      await visit("subscriptions")
      await app.page.getByRole("table").waitFor()
    }
  },
  {
    name: "subscriptions, partner of record dialog with an error",
    signedIn: true,
    open: async () => {
      await visit("subscriptions")
      await app.page.getByRole("table").waitFor()
      await openDialog(/aaaaaaaa-0000-4000-8000-000000000001/, "dialog")
      const dialog = app.page.getByRole("dialog")
      await dialog.getByRole("textbox").fill("9999999")
      await dialog.getByRole("button").last().click()
      // The field's message (9999999 is no PartnerID) is shown, in whatever language is chosen.
      await dialog.getByText(/9999999/).waitFor()
    }
  },
  { name: "dev mailbox", signedIn: true, open: () => visit("mailbox") }
]

const chooseLanguage = async (locale: Locale) => {
  await app.page.goto(app.url("sign-in"))
  await idle()
  await app.page.getByRole("combobox", { name: LANGUAGE_LABELS }).selectOption(locale)
  await expect.poll(() => app.page.getAttribute("html", "lang")).toBe(locale)
}

const signIn = async (locale: Locale = "en") => {
  await app.page.goto(app.url("sign-in"))
  await idle()
  const strings = sharedMessages[locale].signIn
  await app.page.getByLabel(strings.email).fill("admin@northwind.example")
  await app.page.getByLabel(strings.password).fill(DEMO_PASSWORD)
  await app.page.getByRole("button", { name: strings.submit, exact: true }).click()
  await app.page
    .getByRole("button", { name: /^(Sign out|Abmelden|Kijelentkezés|Logga ut|Odhlásit se)$/ })
    .waitFor()
}

const signOut = async () => {
  await app.page
    .getByRole("button", { name: /^(Sign out|Abmelden|Kijelentkezés|Logga ut|Odhlásit se)$/ })
    .click()
  await app.page.getByRole("textbox").first().waitFor()
}

describe("every page of the customer approval app", () => {
  it("uses checks that find what they look for (a button without a name, a wide element, English in German)", async () => {
    await app.page.setViewportSize({ width: 375, height: 812 })
    await app.page.goto(app.url("sign-in"))
    await idle()
    await app.page.evaluate(() => {
      const main = document.querySelector("main")!
      main.insertAdjacentHTML(
        "beforeend",
        '<button type="button"></button><div style="width: 600px">wide</div>'
      )
    })
    expect((await seriousA11yViolations(app.page)).map((v) => v.id)).toContain("button-name")
    expect(await horizontalOverflow(app.page)).toBeGreaterThan(0)
    await app.page.setViewportSize({ width: 1280, height: 800 })
    await chooseLanguage("de")
    await app.page.evaluate(() => {
      document
        .querySelector("main")!
        .insertAdjacentHTML("beforeend", "<p>Skip to main content</p><p>Dev mailbox</p>")
    })
    const found = untranslatedIn(
      await pageText(app.page),
      englishOnlyStrings([messages, sharedMessages], "de")
    )
    expect(found).toEqual(expect.arrayContaining(["Skip to main content", "Dev mailbox"]))
    await chooseLanguage("en")
  })

  it("has no serious or critical accessibility violation at 1280 and 375 px, and no horizontal scrolling at 375 px", async () => {
    const failures: string[] = []
    for (const signedIn of [false, true]) {
      if (signedIn) await signIn()
      for (const page of PAGES.filter((p) => p.signedIn === signedIn)) {
        for (const width of [1280, 375]) {
          await app.page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
          await page.open("en")
          failures.push(...(await pageFailures(app.page, page.name, width)))
        }
      }
    }
    await app.page.setViewportSize({ width: 1280, height: 800 })
    await signOut()
    expect(failures).toEqual([])
  })

  it("shows no interface string in English when another of the five languages is chosen", async () => {
    const failures: string[] = []
    for (const locale of LOCALES.filter((code) => code !== "en")) {
      const englishOnly = englishOnlyStrings([messages, sharedMessages], locale)
      await chooseLanguage(locale)
      for (const signedIn of [false, true]) {
        if (signedIn) await signIn(locale)
        for (const page of PAGES.filter((p) => p.signedIn === signedIn)) {
          await page.open(locale)
          expect(await app.page.getAttribute("html", "lang"), `${page.name} in ${locale}`).toBe(locale)
          for (const text of untranslatedIn(await pageText(app.page), englishOnly))
            failures.push(`${page.name} in ${locale}: "${text}"`)
        }
      }
      await signOut()
    }
    expect(failures).toEqual([])
  })
})
