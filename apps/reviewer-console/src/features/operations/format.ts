import type { Locale } from "@openpor/ui"

const calendarDates = new Map<Locale, Intl.DateTimeFormat>()

/**
 * A calendar date (`YYYY-MM-DD`, e.g. a holiday of the vendor calendar) with its weekday, in `locale`. It is a
 * date, not an instant: it never shifts with the viewer's time zone.
 */
export const formatCalendarDate = (locale: Locale, date: string): string => {
  const parsed = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(parsed.getTime())) return date
  let format = calendarDates.get(locale)
  if (format === undefined) {
    format = new Intl.DateTimeFormat(locale, {
      weekday: "long",
      year: "numeric",
      month: "long",
      day: "numeric",
      timeZone: "UTC"
    })
    calendarDates.set(locale, format)
  }
  return format.format(parsed)
}

/** The JSON of a value on one line for a table cell ("—" for none). */
export const compactJson = (value: unknown): string =>
  value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value)
