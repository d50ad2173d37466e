import { assert, describe, it } from "@effect/vitest"
import { DateTime } from "effect"
import fc from "fast-check"
import {
  addBusinessDays,
  addDays,
  type BusinessCalendar,
  businessDaysBetween,
  dateOf,
  makeCalendar
} from "../src/index.ts"

/**
 * The calendar's arithmetic counts days on plain dates and consults the time zone once (issue 14: the
 * review queue spent three quarters of its time converting zones day by day). These are the former
 * day-by-day implementations, kept as the reference the fast ones must agree with everywhere.
 */
const zoned = (calendar: BusinessCalendar, instant: Date) =>
  DateTime.makeZonedUnsafe(instant, { timeZone: calendar.timeZone })
const referenceIsBusinessDate = (calendar: BusinessCalendar, date: string) =>
  !calendar.weekend.has(new Date(`${date}T00:00:00Z`).getUTCDay()) && !calendar.holidays.has(date)
const referenceDateOf = (calendar: BusinessCalendar, instant: Date) =>
  DateTime.formatIsoDate(zoned(calendar, instant))
/**
 * Walks day by day in the zone; the result is the start's wall-clock time on the day reached (added in
 * one step: walking the time itself day by day would carry a daylight-saving gap's shift forward, e.g.
 * 02:30 on the day before New York's spring change would become 03:30 on every later day).
 */
const referenceAddBusinessDays = (calendar: BusinessCalendar, start: Date, days: number) => {
  let current = zoned(calendar, start)
  let remaining = days
  let stepped = 0
  while (remaining > 0) {
    current = DateTime.add(current, { days: 1 })
    stepped++
    if (referenceIsBusinessDate(calendar, DateTime.formatIsoDate(current))) remaining--
  }
  return DateTime.toDateUtc(DateTime.add(zoned(calendar, start), { days: stepped }))
}
const referenceBusinessDaysBetween = (calendar: BusinessCalendar, from: Date, to: Date) => {
  let count = 0
  let current = zoned(calendar, from)
  const end = referenceDateOf(calendar, to)
  for (;;) {
    current = DateTime.add(current, { days: 1 })
    const date = DateTime.formatIsoDate(current)
    if (date > end) return count
    if (referenceIsBusinessDate(calendar, date)) count++
  }
}

const zones = [
  "UTC",
  "Europe/Berlin",
  "Europe/Budapest",
  "America/New_York",
  "Australia/Sydney",
  "Asia/Kolkata"
]
const FROM = Date.parse("2024-01-01T00:00:00Z")
const TO = Date.parse("2029-01-01T00:00:00Z")
const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms))
const calendar = fc
  .record({
    timeZone: fc.constantFrom(...zones),
    holidays: fc.array(fc.integer({ min: FROM, max: TO }), { maxLength: 40 })
  })
  .map(({ timeZone, holidays }) =>
    makeCalendar({ timeZone, holidays: holidays.map((ms) => new Date(ms).toISOString().slice(0, 10)) })
  )
// Instants around the daylight-saving changes, where wall-clock arithmetic differs from adding 24 h.
const nearDst = fc
  .constantFrom(
    "2026-03-08T06:30:00Z",
    "2026-03-28T23:30:00Z",
    "2026-03-29T01:30:00Z",
    "2026-10-24T23:59:00Z",
    "2026-10-25T00:30:00Z",
    "2026-11-01T05:30:00Z",
    "2026-04-04T15:30:00Z",
    "2026-10-03T16:30:00Z"
  )
  .map((s) => new Date(s))

describe("business-day arithmetic agrees with the day-by-day reference", () => {
  it(
    "dateOf",
    () =>
      fc.assert(
        fc.property(calendar, fc.oneof(instant, nearDst), (cal, at) => {
          assert.strictEqual(dateOf(cal, at), referenceDateOf(cal, at))
        }),
        { numRuns: 500 }
      ),
    60_000
  )

  it(
    "addBusinessDays, across weekends, holidays and daylight-saving changes",
    () =>
      fc.assert(
        fc.property(
          calendar,
          fc.oneof(instant, nearDst),
          fc.integer({ min: 0, max: 40 }),
          (cal, at, days) => {
            assert.strictEqual(
              addBusinessDays(cal, at, days).toISOString(),
              referenceAddBusinessDays(cal, at, days).toISOString()
            )
          }
        ),
        { numRuns: 500 }
      ),
    60_000
  )

  it(
    "businessDaysBetween, in both orders",
    () =>
      fc.assert(
        fc.property(
          calendar,
          fc.oneof(instant, nearDst),
          fc.integer({ min: -5, max: 60 }),
          (cal, from, span) => {
            const to = addDays(cal, from, span)
            assert.strictEqual(
              businessDaysBetween(cal, from, to),
              referenceBusinessDaysBetween(cal, from, to)
            )
            assert.strictEqual(
              businessDaysBetween(cal, to, from),
              referenceBusinessDaysBetween(cal, to, from)
            )
          }
        ),
        { numRuns: 500 }
      ),
    60_000
  )

  it("addDays keeps the wall-clock time across a daylight-saving change", () => {
    const berlin = makeCalendar({ timeZone: "Europe/Berlin" })
    // 2026-03-29 02:00 Berlin: clocks go forward; one calendar day after 28 Mar 10:00 CET is 29 Mar 10:00 CEST.
    assert.strictEqual(
      addDays(berlin, new Date("2026-03-28T09:00:00Z"), 1).toISOString(),
      "2026-03-29T08:00:00.000Z"
    )
    assert.strictEqual(
      addDays(makeCalendar({}), new Date("2026-03-28T09:00:00Z"), 1).toISOString(),
      "2026-03-29T09:00:00.000Z"
    )
  })
})
