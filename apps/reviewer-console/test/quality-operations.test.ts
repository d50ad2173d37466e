/**
 * The operator's and auditor's pages as a user meets them (issue 12 item 7): no serious or critical axe-core
 * violation at 1280 and 375 px, no horizontal scrolling at 375 px, and in each of the five languages no
 * interface string left in English (see englishOnlyStrings in packages/ui/src/testing/quality.ts).
 */
import { LOCALES, type Locale } from "@openpor/ui/i18n/locales.ts"
import { sharedMessages } from "@openpor/ui/i18n/messages/index.ts"
import { DEMO_PASSWORD, useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { englishOnlyStrings, pageFailures, pageText, untranslatedIn } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { messages } from "../src/i18n/messages/index.ts"
import { operationsApi } from "./operations-support.ts"

const app = useBrowserApp({ path: "/review/", chromium })
/** Names from the catalog data (programs and requirements are named in English by the vendor): not interface text. */
let dataNames: string[] = []

beforeAll(async () => {
  const api = operationsApi(new URL(app.url()).origin)
  const catalog = await api.call(await api.signIn("otto@vendor.example"), "GET", "/programs")
  dataNames = catalog.programs.flatMap((p: { name: string; requirements: Array<{ name: string }> }) => [
    p.name,
    ...p.requirements.map((r) => r.name)
  ])
  await api.submitTailspinForValidation()
  const otto = await api.signIn("otto@vendor.example")
  await api.call(otto, "PUT", "/ops/calendar/holidays/2027-12-24", { name: "Christmas Eve" })
})

/** Where to save a screenshot of every page at both widths (e.g. docs/screenshots/reviewer-console), if set. */
const SHOTS = process.env.OPENPOR_SCREENSHOTS
/** Every page in every language is many page loads on two shared cores. */
const LONG = 600_000
const SIGN_OUT = /^(Sign out|Abmelden|Kijelentkezés|Logga ut|Odhlásit se)$/
const LANGUAGE_LABELS = /^(Language|Sprache|Nyelv|Språk|Jazyk)$/
const idle = async () => {
  await app.page.waitForLoadState("networkidle")
  await app.page.getByRole("heading", { level: 1 }).waitFor()
  await expect.poll(() => app.page.getByRole("status").filter({ hasText: /…$/ }).count()).toBe(0)
}
const visit = async (path: string) => {
  await app.page.goto(app.url(path))
  await idle()
}
/** Opens a dialog with the first button whose name matches (in any language: by position when needed). */
const openDialog = async (button: ReturnType<typeof app.page.getByRole>, role: "dialog" | "alertdialog") => {
  await button.click()
  await app.page.getByRole(role).waitFor()
}
const t = (locale: Locale) => messages[locale]
/** A name that contains `text` (row actions name their row, e.g. "Approve Tailspin … in …", "… freigeben"). */
const containing = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i")

interface Page {
  readonly name: string
  open(locale: Locale): Promise<void>
}

const PAGES: readonly Page[] = [
  { name: "operations", open: () => visit("operations") },
  {
    name: "program catalog",
    open: async () => {
      await visit("operations/programs")
      await app.page.getByRole("table").waitFor()
    }
  },
  {
    name: "program catalog, discontinue dialog",
    open: async (locale) => {
      await visit("operations/programs")
      await openDialog(
        app.page.getByRole("button", { name: containing(t(locale).programs.discontinue) }).first(),
        "alertdialog"
      )
    }
  },
  {
    name: "new program with a missing partner role",
    open: async (locale) => {
      await visit("operations/programs/new")
      await app.page.getByLabel(t(locale).programs.name, { exact: true }).fill("Cloud Advisor")
      await app.page.getByRole("button", { name: t(locale).programs.addRequirement }).click()
      await app.page.getByRole("button", { name: t(locale).programs.save }).click()
      await app.page.locator("[aria-invalid=true]").first().waitFor()
    }
  },
  { name: "program", open: () => visit("operations/programs/prg_osa") },
  {
    name: "eligibility of a location",
    open: async () => {
      await visit("operations/eligibility?partnerId=3000001")
      await app.page.getByRole("table").first().waitFor()
    }
  },
  {
    name: "eligibility, confirm a requirement",
    open: async () => {
      await visit("operations/eligibility?partnerId=3000001")
      await openDialog(app.page.getByRole("table").getByRole("button").first(), "alertdialog")
    }
  },
  {
    name: "eligibility import with refused rows",
    open: async (locale) => {
      await visit("operations/eligibility")
      await app.page.getByLabel(t(locale).eligibility.file, { exact: true }).setInputFiles({
        name: "rows.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          "partner_id,requirement_id,met\n9999999,req_x,maybe\n1000001,req_mws_agreement,perhaps\n"
        )
      })
      await openDialog(
        app.page.getByRole("button", { name: t(locale).eligibility.import, exact: true }),
        "alertdialog"
      )
      await app.page
        .getByRole("alertdialog")
        .getByRole("button", { name: t(locale).eligibility.import })
        .click()
      await app.page.getByRole("table").last().waitFor()
      app.clearProblems()
    }
  },
  { name: "holidays", open: () => visit("operations/holidays") },
  {
    name: "holidays, remove dialog",
    open: async (locale) => {
      await visit("operations/holidays")
      await openDialog(
        app.page.getByRole("button", { name: t(locale).holidays.remove, exact: false }).first(),
        "alertdialog"
      )
    }
  },
  {
    name: "holidays, blank name refused",
    open: async (locale) => {
      await visit("operations/holidays")
      await app.page.getByLabel(t(locale).holidays.date, { exact: true }).fill("2027-12-31")
      await app.page.getByRole("button", { name: t(locale).holidays.add, exact: true }).click()
      await app.page.locator("[aria-invalid=true]").first().waitFor()
    }
  },
  {
    name: "directory, failed import report",
    open: async (locale) => {
      await visit("operations/directory")
      await app.page.getByRole("table").waitFor()
      await app.page.getByLabel(t(locale).directory.file, { exact: true }).setInputFiles({
        name: "broken.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("tenant_id,tenant_name\n1,x\n")
      })
      await openDialog(
        app.page.getByRole("button", { name: t(locale).directory.import, exact: true }),
        "alertdialog"
      )
      await app.page
        .getByRole("alertdialog")
        .getByRole("button", { name: t(locale).directory.import })
        .click()
      await app.page.getByRole("alert").filter({ hasText: "broken.csv" }).waitFor()
      app.clearProblems()
    }
  },
  {
    name: "validation queue",
    open: async () => {
      await visit("operations/validation")
      await app.page.getByRole("table").waitFor()
    }
  },
  {
    name: "validation, approve dialog",
    open: async (locale) => {
      await visit("operations/validation")
      await openDialog(
        app.page.getByRole("button", { name: containing(t(locale).validation.approve) }),
        "alertdialog"
      )
    }
  },
  {
    name: "validation, return dialog with a missing reason",
    open: async (locale) => {
      await visit("operations/validation")
      await openDialog(
        app.page.getByRole("button", { name: containing(t(locale).validation.return) }),
        "dialog"
      )
      await app.page
        .getByRole("dialog")
        .getByRole("button", { name: t(locale).validation.return, exact: true })
        .click()
      await app.page.getByRole("dialog").locator("[aria-invalid=true]").waitFor()
    }
  },
  { name: "history import", open: () => visit("operations/history-import") },
  {
    name: "history import with refused rows",
    open: async (locale) => {
      await visit("operations/history-import")
      await app.page.getByLabel(t(locale).historyImport.file, { exact: true }).setInputFiles({
        name: "history.csv",
        mimeType: "text/csv",
        buffer: Buffer.from(
          "externalId,type,subscriptionId,partnerId,on\nq-1,osa_form,aaaaaaaa-0000-4000-8000-000000000005,9999999,2014-06-15\nq-2,dpor_moved,aaaaaaaa-0000-4000-8000-000000000005,1000001,2015-13-01\n"
        )
      })
      await openDialog(
        app.page.getByRole("button", { name: t(locale).historyImport.import, exact: true }),
        "alertdialog"
      )
      await app.page
        .getByRole("alertdialog")
        .getByRole("button", { name: t(locale).historyImport.import })
        .click()
      await app.page.getByRole("table").waitFor()
      app.clearProblems()
    }
  },
  { name: "test clock", open: () => visit("operations/clock") },
  {
    name: "test clock, advance dialog",
    open: async (locale) => {
      await visit("operations/clock")
      await openDialog(
        app.page.getByRole("button", { name: t(locale).testClock.advance, exact: true }),
        "alertdialog"
      )
    }
  },
  {
    name: "audit log",
    open: async () => {
      await visit("audit")
      await app.page.getByRole("article").first().waitFor()
    }
  }
]

const chooseLanguage = async (locale: Locale) => {
  await app.page.getByRole("combobox", { name: LANGUAGE_LABELS }).selectOption(locale)
  await expect.poll(() => app.page.getAttribute("html", "lang")).toBe(locale)
}

describe("every operations page of the reviewer console", () => {
  beforeAll(async () => {
    await app.page.goto(app.url("sign-in"))
    await app.signIn("otto@vendor.example", DEMO_PASSWORD)
    await app.page.getByRole("button", { name: SIGN_OUT }).waitFor()
  })

  it(
    "has no serious or critical accessibility violation at 1280 and 375 px, and no horizontal scrolling at 375 px",
    async () => {
      const failures: string[] = []
      for (const page of PAGES) {
        for (const width of [1280, 375]) {
          await app.page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
          await page.open("en")
          failures.push(...(await pageFailures(app.page, page.name, width)))
          if (SHOTS !== undefined)
            await app.page.screenshot({
              path: `${SHOTS}/${page.name.replaceAll(/[^a-z0-9]+/g, "-")}-${width}.png`,
              fullPage: true
            })
        }
      }
      await app.page.setViewportSize({ width: 1280, height: 800 })
      expect(failures).toEqual([])
    },
    LONG
  )

  it(
    "shows no interface string in English when another of the five languages is chosen",
    async () => {
      const failures: string[] = []
      for (const locale of LOCALES.filter((code) => code !== "en")) {
        const englishOnly = englishOnlyStrings([messages, sharedMessages], locale)
        await chooseLanguage(locale)
        for (const page of PAGES) {
          await page.open(locale)
          expect(await app.page.getAttribute("html", "lang"), `${page.name} in ${locale}`).toBe(locale)
          const current = await pageText(app.page)
          // Catalog data (program and requirement names) is not interface text.
          const shown = {
            text: dataNames.reduce((all, name) => all.split(name).join(""), current.text),
            pieces: current.pieces.filter((piece) => !dataNames.includes(piece))
          }
          for (const found of untranslatedIn(shown, englishOnly))
            failures.push(`${page.name} in ${locale}: "${found}"`)
        }
      }
      await chooseLanguage("en")
      expect(failures).toEqual([])
    },
    LONG
  )
})
