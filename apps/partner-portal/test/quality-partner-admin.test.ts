/**
 * The partner portal's incentives, bank and tax, users and roles, partner-of-record and attribution pages as
 * a user meets them: no serious or critical axe-core violation at 1280 and 375 px (dialogs and forms with
 * errors open too), no horizontal scrolling at 375 px, and in each of the other four languages no interface
 * string left in English (see englishOnlyStrings in packages/ui/src/testing/quality.ts for what counts).
 */
import { LOCALES, type Locale } from "@openpor/ui/i18n/locales.ts"
import { sharedMessages } from "@openpor/ui/i18n/messages/index.ts"
import { DEMO_PASSWORD, useBrowserApp } from "@openpor/ui/testing/browser.ts"
import { englishOnlyStrings, pageFailures, pageText, untranslatedIn } from "@openpor/ui/testing/quality.ts"
import { chromium } from "playwright-core"
import { beforeAll, describe, expect, it } from "vitest"
import { messages as attribution } from "../src/features/attribution/messages.ts"
import { messages as dpor } from "../src/features/dpor/messages.ts"
import { messages as enrollments } from "../src/features/enrollments/messages.ts"
import { messages as payout } from "../src/features/payout/messages.ts"
import { messages as users } from "../src/features/users/messages.ts"
import { messages as app_ } from "../src/i18n/messages/index.ts"

const app = useBrowserApp({ path: "/partner/", chromium })
const CATALOGS = [app_, sharedMessages, enrollments, payout, users, dpor, attribution]
const M365 = "aaaaaaaa-0000-4000-8000-000000000005"

beforeAll(async () => {
  const origin = new URL(app.url()).origin
  const session = await fetch(`${origin}/api/v1/auth/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "admin@northwind.example", password: DEMO_PASSWORD })
  }).then((r) => r.json() as Promise<{ token: string }>)
  const named = await fetch(`${origin}/api/v1/customer/subscriptions/${M365}/partner-of-record`, {
    method: "PUT",
    headers: { authorization: `Bearer ${session.token}`, "content-type": "application/json" },
    body: JSON.stringify({ partnerId: "1000001" })
  })
  expect(named.ok).toBe(true)
})

const idle = async () => {
  await app.page.waitForLoadState("networkidle")
  // Generous: the whole suite runs its browser tests in parallel on two cores.
  await app.page.getByRole("heading", { level: 1 }).waitFor({ timeout: 45_000 })
  await expect.poll(() => app.page.getByRole("status").filter({ hasText: /…$/ }).count()).toBe(0)
}
const visit = async (path: string) => {
  await app.page.goto(app.url(path))
  await idle()
}

interface Page {
  readonly name: string
  readonly user: "ian@contoso.example" | "ada@contoso.example"
  open(locale: Locale): Promise<void>
}

const PAGES: readonly Page[] = [
  {
    name: "incentives",
    user: "ian@contoso.example",
    open: async (locale) => {
      await visit("incentives")
      await app.page.getByRole("table").first().waitFor()
      await app.page.getByText(enrollments[locale].seeRequirements).first().click()
      await app.page
        .getByText(enrollments[locale].resources.details.split("{{")[0]!.trim() || "x")
        .first()
        .click()
    }
  },
  {
    name: "enrollment of Berlin in Modern Work, confirmation",
    user: "ian@contoso.example",
    open: async (locale) => {
      await visit("incentives/enr_1000002_mws_usage")
      await app.page.getByRole("button", { name: enrollments[locale].enroll.submit, exact: true }).click()
      await app.page.getByRole("alertdialog").waitFor()
    }
  },
  {
    name: "bank and tax, new bank profile with errors",
    user: "ian@contoso.example",
    open: async (locale) => {
      await visit("payout")
      await app.page.getByRole("button", { name: payout[locale].bank.add, exact: true }).click()
      await app.page.getByRole("button", { name: payout[locale].bank.save, exact: true }).click()
      await app.page.locator("[aria-invalid=true]").first().waitFor()
    }
  },
  {
    name: "partner of record",
    user: "ian@contoso.example",
    open: async () => {
      await visit("subscriptions")
      await app.page.getByRole("table").waitFor()
    }
  },
  {
    name: "partner of record, proof of execution dialog",
    user: "ian@contoso.example",
    open: async (locale) => {
      await visit("subscriptions")
      await app.page
        .getByRole("button", { name: dpor[locale].submitPoeLabel.split("{{")[0]!.trim() })
        .first()
        .click()
      await app.page.getByRole("alertdialog").waitFor()
    }
  },
  {
    name: "attribution with an answer",
    user: "ian@contoso.example",
    open: async (locale) => {
      await visit(`attribution?subscriptionId=${M365}`)
      await app.page.getByRole("button", { name: attribution[locale].submit, exact: true }).click()
      await app.page.getByRole("region", { name: attribution[locale].explanationHeading }).waitFor()
    }
  },
  {
    name: "attribution of a workload, with an error",
    user: "ian@contoso.example",
    open: async (locale) => {
      await visit("attribution")
      await app.page.getByRole("radio", { name: attribution[locale].subject.workload }).check()
      await app.page.getByRole("button", { name: attribution[locale].submit, exact: true }).click()
      await app.page.locator("[aria-invalid=true]").first().waitFor()
    }
  },
  {
    name: "users and roles",
    user: "ada@contoso.example",
    open: async () => {
      await visit("users")
      await app.page.getByRole("list").filter({ hasText: "ian@contoso.example" }).waitFor()
    }
  },
  {
    name: "users and roles, invitation with errors and a role form",
    user: "ada@contoso.example",
    open: async (locale) => {
      await visit("users")
      await app.page.getByRole("button", { name: users[locale].invite.open, exact: true }).click()
      await app.page.getByRole("button", { name: users[locale].invite.submit, exact: true }).click()
      await app.page.locator("[aria-invalid=true]").first().waitFor()
      await app.page
        .getByRole("button", {
          name: users[locale].giveRoleTo.replace("{{ name }}", "Uma Contoso"),
          exact: true
        })
        .click()
    }
  },
  {
    name: "users and roles, deactivation dialog",
    user: "ada@contoso.example",
    open: async (locale) => {
      await visit("users")
      await app.page
        .getByRole("button", {
          name: users[locale].deactivateLabel.replace("{{ name }}", "Bill Contoso"),
          exact: true
        })
        .click()
      await app.page.getByRole("alertdialog").waitFor()
    }
  }
]

const chooseLanguage = async (locale: Locale) => {
  await app.page.goto(app.url("sign-in"))
  await idle()
  await app.page
    .getByRole("combobox", { name: /^(Language|Sprache|Nyelv|Språk|Jazyk)$/ })
    .selectOption(locale)
  await expect.poll(() => app.page.getAttribute("html", "lang")).toBe(locale)
}
const signIn = async (email: string, locale: Locale) => {
  await app.page.goto(app.url("sign-in"))
  await idle()
  // Still signed in (an earlier test stopped half-way): sign out first.
  const signOutButton = app.page.getByRole("button", {
    name: sharedMessages[locale].shell.signOut,
    exact: true
  })
  if ((await signOutButton.count()) > 0) {
    await signOutButton.click()
    await app.page.getByLabel(sharedMessages[locale].signIn.email).waitFor()
  }
  const strings = sharedMessages[locale].signIn
  await app.page.getByLabel(strings.email).fill(email)
  await app.page.getByLabel(strings.password).fill(DEMO_PASSWORD)
  await app.page.getByRole("button", { name: strings.submit, exact: true }).click()
  await app.page.getByRole("button", { name: sharedMessages[locale].shell.signOut, exact: true }).waitFor()
}
const signOut = async (locale: Locale) => {
  await app.page.getByRole("button", { name: sharedMessages[locale].shell.signOut, exact: true }).click()
  await app.page.getByRole("textbox").first().waitFor()
}
const byUser = (user: Page["user"]) => PAGES.filter((page) => page.user === user)
const USERS = ["ian@contoso.example", "ada@contoso.example"] as const

describe("incentives, bank and tax, users, partner of record and attribution pages", () => {
  it("have no serious or critical accessibility violation at 1280 and 375 px, and no horizontal scrolling at 375 px", async () => {
    const failures: string[] = []
    await chooseLanguage("en")
    for (const user of USERS) {
      await signIn(user, "en")
      for (const page of byUser(user)) {
        for (const width of [1280, 375]) {
          await app.page.setViewportSize({ width, height: width === 375 ? 812 : 800 })
          await page.open("en")
          failures.push(...(await pageFailures(app.page, page.name, width)))
        }
      }
      await app.page.setViewportSize({ width: 1280, height: 800 })
      await visit("")
      await signOut("en")
    }
    expect(failures).toEqual([])
  }, 300_000)

  it("show no interface string in English when another of the five languages is chosen", async () => {
    const failures: string[] = []
    for (const locale of LOCALES.filter((code) => code !== "en")) {
      const englishOnly = englishOnlyStrings(CATALOGS, locale)
      await chooseLanguage(locale)
      for (const user of USERS) {
        await signIn(user, locale)
        for (const page of byUser(user)) {
          await page.open(locale)
          expect(await app.page.getAttribute("html", "lang"), `${page.name} in ${locale}`).toBe(locale)
          for (const text of untranslatedIn(await pageText(app.page), englishOnly))
            failures.push(`${page.name} in ${locale}: "${text}"`)
        }
        await visit("")
        await signOut(locale)
      }
    }
    expect(failures).toEqual([])
  }, 300_000)

  it("can be used with the keyboard alone: Ian enrolls Berlin in Modern Work and Security Usage", async () => {
    await chooseLanguage("en")
    await signIn("ian@contoso.example", "en")
    await visit("incentives")
    /** Presses Tab until the focused element is named `name` (its aria-label or text), at most 80 times. */
    const tabTo = async (name: string) => {
      for (let i = 0; i < 80; i++) {
        await app.page.keyboard.press("Tab")
        const focused = await app.page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null
          return (element?.getAttribute("aria-label") ?? element?.textContent ?? "").trim()
        })
        if (focused === name) return
      }
      throw new Error(`${name} was not reached with Tab`)
    }
    await tabTo(enrollments.en.seeRequirements)
    await app.page.keyboard.press("Enter")
    await app.page.getByText(enrollments.en.requirementsIntro).first().waitFor()
    await tabTo("Enroll Contoso Consulting Berlin in Modern Work and Security Usage")
    await app.page.keyboard.press("Enter")
    await app.expectPage("incentives/enr_1000002_mws_usage", "Enroll in Modern Work and Security Usage")
    await tabTo(enrollments.en.enroll.submit)
    await app.page.keyboard.press("Enter")
    const dialog = app.page.getByRole("alertdialog")
    await dialog.waitFor()
    // Focus is inside the dialog; Tab reaches its confirm button, Enter submits.
    await tabTo(enrollments.en.enroll.submit)
    await app.page.keyboard.press("Enter")
    await dialog.waitFor({ state: "hidden" })
    await app.page
      .getByText(/^(Enrolled|Validating enrollment)$/)
      .first()
      .waitFor()
  })
})
