/**
 * Checks of a page that every app's browser tests run (Node only; never imported by app code):
 * accessibility with axe-core, horizontal overflow, and interface strings left in English.
 */
import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import { lookupMessage, type Messages, messageKeys } from "../i18n/catalog.ts"
import type { Locale } from "../i18n/locales.ts"

/** What these checks use of a Playwright page. */
export interface QualityPage {
  evaluate<R, A>(pageFunction: string | ((arg: A) => R | Promise<R>), arg?: A): Promise<R>
}

let axeSource: string | undefined
const axeScript = (): string => {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8")
  return axeSource
}

export interface AxeViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  /** CSS paths of the offending elements (for the failure message only). */
  readonly targets: readonly string[]
}

/**
 * Runs axe-core (WCAG 2.0–2.2 A and AA rules and best practices) on the page as it is now and returns the
 * violations of impact `serious` or `critical`.
 */
export const seriousA11yViolations = async (page: QualityPage): Promise<AxeViolation[]> => {
  const loaded = await page.evaluate(
    () => typeof (globalThis as { axe?: unknown }).axe !== "undefined",
    undefined
  )
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy (no inline scripts) allows.
  if (!loaded) await page.evaluate(axeScript())
  return page.evaluate(async () => {
    const axe = (
      globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } }
    ).axe
    const result = await axe.run(document, { resultTypes: ["violations"] })
    return (result.violations as any[])
      .filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => ({
        id: v.id as string,
        impact: v.impact as string | null,
        help: v.help as string,
        targets: (v.nodes as any[]).map((n) => String(n.target))
      }))
  }, undefined)
}

/** How many CSS pixels the page is wider than the viewport (0 = no horizontal scrolling). */
export const horizontalOverflow = (page: QualityPage): Promise<number> =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth, undefined)

/**
 * What fails on the page as it is now, shown `width` px wide, as messages naming the page `name`: every serious or
 * critical accessibility violation, and at 375 px (a small phone) any horizontal scrolling.
 */
export const pageFailures = async (page: QualityPage, name: string, width: number): Promise<string[]> => {
  const failures = (await seriousA11yViolations(page)).map(
    (v) => `${name} @${width}px: ${v.impact} ${v.id} (${v.help}) at ${v.targets.join(", ")}`
  )
  const overflow = await horizontalOverflow(page)
  if (width === 375 && overflow > 0) failures.push(`${name} @375px: ${overflow}px wider than the screen`)
  return failures
}

/** The text a user meets on a page (see {@link pageText}). */
export interface PageText {
  /** The visible text, the title, and accessible names and descriptions given by attributes. */
  readonly text: string
  /** The text of each element without child elements, and each of those attribute values, trimmed. */
  readonly pieces: readonly string[]
}

/** Reads the {@link PageText} of the page as it is now. */
export const pageText = (page: QualityPage): Promise<PageText> =>
  page.evaluate(() => {
    const attributes = [...document.querySelectorAll("[aria-label], [title], [placeholder], [alt]")].flatMap(
      (element) =>
        ["aria-label", "title", "placeholder", "alt"]
          .map((name) => element.getAttribute(name))
          .filter((value): value is string => value !== null)
    )
    // innerText on purpose: the text as rendered, without what CSS hides from the user.
    // biome-ignore lint/performance/useDomNodeTextContent: visible text is what a user meets
    const visible = (element: Element) => (element as HTMLElement).innerText ?? ""
    const leaves = [...document.body.querySelectorAll("*")]
      .filter((element) => element.children.length === 0)
      .map((element) => visible(element).trim())
    return {
      text: [document.title, visible(document.body), ...attributes].join("\n"),
      pieces: [...leaves, ...attributes.map((value) => value.trim())].filter((value) => value !== "")
    }
  }, undefined)

/**
 * The English interface strings that must not appear on a page shown in `locale`: from each catalog, the
 * English text of every key whose `locale` text differs, cut at its `{{ placeholders }}`, keeping pieces
 * of at least 5 characters with a letter that the translation does not itself contain (so product and
 * program names kept in English inside a translation, like "Business Applications", do not count).
 */
export const englishOnlyStrings = (
  catalogs: ReadonlyArray<Readonly<Record<Locale, Messages>>>,
  locale: Locale
): string[] => {
  const pieces = new Set<string>()
  for (const catalog of catalogs) {
    for (const key of messageKeys(catalog.en)) {
      const english = lookupMessage(catalog.en, key)
      const translated = lookupMessage(catalog[locale], key)
      if (english === undefined || translated === undefined || english === translated) continue
      for (const piece of english.split(/\{\{\s*[\w.]+\s*\}\}/)) {
        const text = piece.trim()
        if (text.length >= 5 && /\p{L}/u.test(text) && !translated.includes(text)) pieces.add(text)
      }
    }
  }
  return [...pieces]
}

/**
 * The English-only strings (see {@link englishOnlyStrings}) on the page: strings of several words anywhere in
 * its text; single words only as the whole text of an element (so "Customer" in the product name "Dynamics
 * 365 Customer Service" does not count, but a button labelled "Customer" does).
 */
export const untranslatedIn = (page: PageText, englishOnly: readonly string[]): string[] =>
  englishOnly.filter((piece) => (/\s/.test(piece) ? page.text.includes(piece) : page.pieces.includes(piece)))
