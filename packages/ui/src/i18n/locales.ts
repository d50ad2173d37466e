/** The languages of the source documents; English is the reference language. */
export const LOCALES = ["en", "de", "hu", "sv", "cs"] as const

export type Locale = (typeof LOCALES)[number]

export const DEFAULT_LOCALE: Locale = "en"

/** Each language's name in that language, for the language switcher. */
export const LOCALE_NAMES: Readonly<Record<Locale, string>> = {
  en: "English",
  de: "Deutsch",
  hu: "Magyar",
  sv: "Svenska",
  cs: "Čeština"
}

/** localStorage key under which the chosen language is remembered (shared by the three apps). */
export const LOCALE_STORAGE_KEY = "openpor.locale"

export const isLocale = (value: unknown): value is Locale =>
  typeof value === "string" && (LOCALES as readonly string[]).includes(value)

/** The supported locale for a BCP 47 tag such as `de-AT` or `sv`, or undefined. */
export const matchLocale = (tag: string): Locale | undefined => {
  const language = tag.trim().toLowerCase().split(/[-_]/)[0]
  return isLocale(language) ? language : undefined
}

/**
 * The language to start with: the remembered choice if valid, else the first of the browser's preferred
 * languages that is supported, else English.
 */
export const pickInitialLocale = (
  stored: string | null | undefined,
  preferred: readonly string[]
): Locale => {
  if (isLocale(stored)) return stored
  for (const tag of preferred) {
    const match = matchLocale(tag)
    if (match !== undefined) return match
  }
  return DEFAULT_LOCALE
}

/** Minimal slice of the Web Storage API, so storage can be absent or throw (private mode, disabled). */
export interface LocaleStorage {
  getItem(key: string): string | null
  setItem(key: string, value: string): void
}

export const readStoredLocale = (storage: LocaleStorage | undefined): string | null => {
  try {
    return storage?.getItem(LOCALE_STORAGE_KEY) ?? null
  } catch {
    return null
  }
}

export const storeLocale = (storage: LocaleStorage | undefined, locale: Locale): void => {
  try {
    storage?.setItem(LOCALE_STORAGE_KEY, locale)
  } catch {
    // Storage unavailable: the choice then lasts for this page only.
  }
}
