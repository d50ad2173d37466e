/** The vendor's business calendar (time zone, holidays) and the business clock's "now". */
export interface BusinessCalendar {
  readonly timeZone: string
  readonly now: string
  readonly holidays: ReadonlySet<string>
}

const dayIn = (timeZone: string, at: Date): string =>
  new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at)

/**
 * Business days (Monday to Friday, not a holiday of the calendar) after today up to and including the
 * deadline's day, in the calendar's time zone; 0 on the deadline's own day or after it.
 */
export const businessDaysLeft = (calendar: BusinessCalendar, deadline: string): number => {
  const end = dayIn(calendar.timeZone, new Date(deadline))
  let day = dayIn(calendar.timeZone, new Date(calendar.now))
  let count = 0
  for (let guard = 0; day < end && guard < 400; guard++) {
    const next = new Date(`${day}T12:00:00Z`)
    next.setUTCDate(next.getUTCDate() + 1)
    day = next.toISOString().slice(0, 10)
    const weekday = next.getUTCDay()
    if (weekday !== 0 && weekday !== 6 && !calendar.holidays.has(day)) count++
  }
  return count
}
