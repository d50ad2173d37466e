import { DateTime, Schema } from "effect"

/** A calendar date `YYYY-MM-DD` (no time, no zone). */
export const IsoDate = Schema.String.check(
  Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, { message: "a date is YYYY-MM-DD" }),
  Schema.makeFilter((s: string) => {
    const d = new Date(`${s}T00:00:00Z`)
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s)
      ? undefined
      : `${s} is not a calendar date`
  })
)
export type IsoDate = typeof IsoDate.Type

/** A holiday of the vendor's business calendar: a date that is not a business day. */
export class Holiday extends Schema.Class<Holiday>("@openpor/domain/calendar/Holiday")({
  date: IsoDate,
  name: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200))
}) {}

/**
 * The vendor's business calendar: weekends and configured holidays in one IANA time zone, and the
 * fiscal year start. Pure data; all arithmetic below is a function of it.
 */
export interface BusinessCalendar {
  readonly timeZone: string
  readonly holidays: ReadonlySet<string>
  /** Weekdays that are not business days, 0 = Sunday … 6 = Saturday. */
  readonly weekend: ReadonlySet<number>
  /** Month (1–12) in which the fiscal year starts; default July. */
  readonly fiscalYearStartMonth: number
}

/**
 * A business calendar: a time zone (default UTC), holidays (`YYYY-MM-DD`), Saturday and Sunday off, and the
 * first month of the fiscal year (default July).
 * @example
 * ```ts
 * import { addBusinessDays, makeCalendar } from "@openpor/domain"
 *
 * const calendar = makeCalendar({ timeZone: "Europe/Berlin", holidays: ["2026-12-25", "2026-12-28"] })
 * addBusinessDays(calendar, new Date("2026-12-24T09:00:00Z"), 5) // skips Christmas and the weekend
 * ```
 */
export const makeCalendar = (options: {
  readonly timeZone?: string
  readonly holidays?: Iterable<string>
  readonly fiscalYearStartMonth?: number
}): BusinessCalendar => ({
  timeZone: options.timeZone ?? "UTC",
  holidays: new Set(options.holidays ?? []),
  weekend: new Set([0, 6]),
  fiscalYearStartMonth: options.fiscalYearStartMonth ?? 7
})

const zoned = (calendar: BusinessCalendar, instant: Date): DateTime.Zoned =>
  DateTime.makeZonedUnsafe(instant, { timeZone: calendar.timeZone })

const DAY_MS = 86_400_000

/** One formatter per time zone (building an Intl formatter costs far more than using one). */
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const dateFormatFor = (timeZone: string): Intl.DateTimeFormat => {
  let format = dateFormats.get(timeZone)
  if (format === undefined) {
    // en-CA formats a date as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    dateFormats.set(timeZone, format)
  }
  return format
}

const isUtc = (calendar: BusinessCalendar) => calendar.timeZone === "UTC" || calendar.timeZone === "Etc/UTC"

/** The calendar date of an instant in the calendar's time zone. */
export const dateOf = (calendar: BusinessCalendar, instant: Date): IsoDate =>
  isUtc(calendar) ? instant.toISOString().slice(0, 10) : dateFormatFor(calendar.timeZone).format(instant)

/** Days since 1970-01-01 of a calendar date, and back (plain date arithmetic, no zone involved). */
const dayNumber = (date: IsoDate): number => Date.parse(`${date}T00:00:00Z`) / DAY_MS
const dateOfDay = (day: number): IsoDate => new Date(day * DAY_MS).toISOString().slice(0, 10)

/** 1970-01-01 was a Thursday (4). */
const isBusinessDay_ = (calendar: BusinessCalendar, day: number): boolean =>
  !calendar.weekend.has((((day + 4) % 7) + 7) % 7) &&
  (calendar.holidays.size === 0 || !calendar.holidays.has(dateOfDay(day)))

/** Whether a date (`YYYY-MM-DD`) is a business day of the calendar (not a weekend day, not a holiday). */
export const isBusinessDate = (calendar: BusinessCalendar, date: IsoDate): boolean =>
  isBusinessDay_(calendar, dayNumber(date))

/** Whether the calendar day of an instant, in the calendar's time zone, is a business day. */
export const isBusinessDay = (calendar: BusinessCalendar, instant: Date): boolean =>
  isBusinessDate(calendar, dateOf(calendar, instant))

/**
 * The instant N business days after `start`, at the same wall-clock time in the calendar's zone.
 * Each following day that is a business day counts one; weekends and holidays are skipped. A start on
 * a non-business day counts from the next business day (Saturday + 1 business day = Monday).
 * The days are counted on plain dates; the zone is consulted once, for the wall-clock time.
 */
export const addBusinessDays = (calendar: BusinessCalendar, start: Date, days: number): Date => {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`business days must be a whole number ≥ 0: ${days}`)
  if (days === 0) return start
  const first = dayNumber(dateOf(calendar, start))
  let day = first
  let remaining = days
  while (remaining > 0) {
    day++
    if (isBusinessDay_(calendar, day)) remaining--
  }
  return addDays(calendar, start, day - first)
}

/** Calendar-day arithmetic in the calendar's zone (daylight-saving safe). */
export const addDays = (calendar: BusinessCalendar, start: Date, days: number): Date =>
  isUtc(calendar)
    ? new Date(start.getTime() + days * DAY_MS)
    : DateTime.toDateUtc(DateTime.add(zoned(calendar, start), { days }))

/** Business days strictly after `from`'s date up to and including `to`'s date (0 when to ≤ from). */
export const businessDaysBetween = (calendar: BusinessCalendar, from: Date, to: Date): number => {
  const end = dayNumber(dateOf(calendar, to))
  let count = 0
  for (let day = dayNumber(dateOf(calendar, from)) + 1; day <= end; day++)
    if (isBusinessDay_(calendar, day)) count++
  return count
}

/** A fiscal year of the calendar: its label and its first and last day. */
export interface FiscalYear {
  /** Label by the year in which it ends, e.g. FY27 = July 2026 – June 2027. */
  readonly label: string
  readonly firstDay: IsoDate
  readonly lastDay: IsoDate
  /** First instant of the fiscal year in the calendar's zone. */
  readonly start: Date
  /** First instant of the next fiscal year (exclusive end). */
  readonly end: Date
}

const pad = (n: number) => String(n).padStart(2, "0")

const startOfDateInZone = (calendar: BusinessCalendar, date: IsoDate): Date =>
  DateTime.toDateUtc(
    DateTime.makeZonedUnsafe(`${date}T00:00:00`, { timeZone: calendar.timeZone, adjustForTimeZone: true })
  )

/** The fiscal year that contains `instant` (or the calendar date). */
export const fiscalYearOf = (calendar: BusinessCalendar, at: Date | IsoDate): FiscalYear => {
  const date = typeof at === "string" ? at : dateOf(calendar, at)
  const year = Number(date.slice(0, 4))
  const month = Number(date.slice(5, 7))
  const startMonth = calendar.fiscalYearStartMonth
  const startYear = month >= startMonth ? year : year - 1
  const endYear = startMonth === 1 ? startYear : startYear + 1
  const firstDay = `${startYear}-${pad(startMonth)}-01`
  const nextFirstDay = startMonth === 1 ? `${startYear + 1}-01-01` : `${startYear + 1}-${pad(startMonth)}-01`
  const lastDayUtc = new Date(Date.parse(`${nextFirstDay}T00:00:00Z`) - 86_400_000)
  return {
    label: `FY${String(endYear).slice(-2)}`,
    firstDay,
    lastDay: lastDayUtc.toISOString().slice(0, 10),
    start: startOfDateInZone(calendar, firstDay),
    end: startOfDateInZone(calendar, nextFirstDay)
  }
}
