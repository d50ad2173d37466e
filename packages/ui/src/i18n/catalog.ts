import { LOCALES, type Locale } from "./locales.ts"

/** A nested dictionary of UI strings. Strings may contain `{{ name }}` placeholders. */
export interface Messages {
  readonly [key: string]: string | Messages
}

/** One dictionary per supported language, all of the same shape as the English one. */
export type Catalog<M extends Messages> = Readonly<Record<Locale, M>>

/** The dotted keys of every string in `messages`, e.g. `signIn.email`. */
export const messageKeys = (messages: Messages, prefix = ""): string[] =>
  Object.entries(messages).flatMap(([key, value]) =>
    typeof value === "string" ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`)
  )

export const lookupMessage = (messages: Messages, key: string): string | undefined => {
  let node: string | Messages | undefined = messages
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined
    node = node[part]
  }
  return typeof node === "string" ? node : undefined
}

/** The placeholder names used in a template string, sorted and without duplicates. */
export const placeholders = (template: string): string[] =>
  [...new Set([...template.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((match) => match[1]!))].sort()

export interface CatalogProblem {
  readonly locale: Locale
  readonly key: string
  readonly problem: "missing" | "extra" | "empty" | "placeholders"
}

/**
 * Checks that every language has exactly the keys of the English reference, no empty strings, and the
 * same placeholders as English for each key. Returns the problems found (none = complete).
 */
export const checkCatalog = <M extends Messages>(catalog: Catalog<M>): CatalogProblem[] => {
  const reference = catalog.en
  const referenceKeys = messageKeys(reference)
  const problems: CatalogProblem[] = []
  for (const locale of LOCALES) {
    const messages = catalog[locale]
    const keys = new Set(messageKeys(messages))
    for (const key of referenceKeys) {
      const value = lookupMessage(messages, key)
      if (value === undefined) problems.push({ locale, key, problem: "missing" })
      else if (value.trim() === "") problems.push({ locale, key, problem: "empty" })
      else if (placeholders(value).join() !== placeholders(lookupMessage(reference, key)!).join())
        problems.push({ locale, key, problem: "placeholders" })
    }
    for (const key of keys) {
      if (lookupMessage(reference, key) === undefined) problems.push({ locale, key, problem: "extra" })
    }
  }
  return problems
}
