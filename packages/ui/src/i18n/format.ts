import type { Locale } from "./locales.ts"

const dateTimeFormats = new Map<Locale, Intl.DateTimeFormat>()

/** A timestamp as medium date and short time in `locale`; the input itself when it is not a valid date. */
export const formatDateTime = (locale: Locale, value: string | Date): string => {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  let format = dateTimeFormats.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short" })
    dateTimeFormats.set(locale, format)
  }
  return format.format(date)
}

/** A list such as "a, b and c" in `locale`. */
export const formatList = (locale: Locale, items: readonly string[]): string =>
  new Intl.ListFormat(locale, { style: "long", type: "conjunction" }).format(items)

const dateFormats = new Map<Locale, Intl.DateTimeFormat>()

/** A date as medium date in `locale` and the viewer's time zone; the input itself when not a valid date. */
export const formatDate = (locale: Locale, value: string | Date): string => {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return String(value)
  let format = dateFormats.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium" })
    dateFormats.set(locale, format)
  }
  return format.format(date)
}

/** The CLDR plural category of `count` in `locale` that the message catalogs use (one, few, many, other). */
export const pluralCategory = (locale: Locale, count: number): "one" | "few" | "many" | "other" => {
  const category = new Intl.PluralRules(locale).select(count)
  return category === "one" || category === "few" || category === "many" ? category : "other"
}
