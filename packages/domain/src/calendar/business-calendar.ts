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

/** The calendar date of an instant in the calendar's time zone. */
export const dateOf = (calendar: BusinessCalendar, instant: Date): IsoDate =>
  DateTime.formatIsoDate(zoned(calendar, instant))

export const isBusinessDate = (calendar: BusinessCalendar, date: IsoDate): boolean => {
  const weekDay = new Date(`${date}T00:00:00Z`).getUTCDay()
  return !calendar.weekend.has(weekDay) && !calendar.holidays.has(date)
}

export const isBusinessDay = (calendar: BusinessCalendar, instant: Date): boolean =>
  isBusinessDate(calendar, dateOf(calendar, instant))

/**
 * The instant N business days after `start`, at the same wall-clock time in the calendar's zone.
 * Each following day that is a business day counts one; weekends and holidays are skipped. A start on
 * a non-business day counts from the next business day (Saturday + 1 business day = Monday).
 */
export const addBusinessDays = (calendar: BusinessCalendar, start: Date, days: number): Date => {
  if (!Number.isInteger(days) || days < 0)
    throw new RangeError(`business days must be a whole number ≥ 0: ${days}`)
  let current = zoned(calendar, start)
  let remaining = days
  while (remaining > 0) {
    current = DateTime.add(current, { days: 1 })
    if (isBusinessDate(calendar, DateTime.formatIsoDate(current))) remaining--
  }
  return DateTime.toDateUtc(current)
}

/** Calendar-day arithmetic in the calendar's zone (daylight-saving safe). */
export const addDays = (calendar: BusinessCalendar, start: Date, days: number): Date =>
  DateTime.toDateUtc(DateTime.add(zoned(calendar, start), { days }))

/** Business days strictly after `from`'s date up to and including `to`'s date (0 when to ≤ from). */
export const businessDaysBetween = (calendar: BusinessCalendar, from: Date, to: Date): number => {
  let count = 0
  let current = zoned(calendar, from)
  const end = dateOf(calendar, to)
  for (;;) {
    current = DateTime.add(current, { days: 1 })
    const date = DateTime.formatIsoDate(current)
    if (date > end) return count
    if (isBusinessDate(calendar, date)) count++
  }
}

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
