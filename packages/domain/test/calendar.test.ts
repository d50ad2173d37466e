import { assert, describe, it } from "@effect/vitest"
import { Context, Effect, Layer } from "effect"
import { TestClock } from "effect/testing"
import {
  addBusinessDays,
  businessDaysBetween,
  Clock,
  ClockOffsetStore,
  fiscalYearOf,
  isBusinessDate,
  layerControllable,
  makeCalendar,
  TestClockControl
} from "../src/index.ts"

const utc = makeCalendar({ holidays: ["2026-12-25", "2026-12-28", "2027-01-01"] })
const at = (s: string) => new Date(s)

describe("business days", () => {
  it("skips the weekend: Friday + 1 = Monday, same time of day", () => {
    assert.strictEqual(
      addBusinessDays(utc, at("2026-11-20T15:30:00Z"), 1).toISOString(),
      "2026-11-23T15:30:00.000Z"
    )
  })

  it("counts from the next business day when starting on a weekend", () => {
    assert.strictEqual(
      addBusinessDays(utc, at("2026-11-21T09:00:00Z"), 1).toISOString(),
      "2026-11-23T09:00:00.000Z"
    )
    assert.strictEqual(
      addBusinessDays(utc, at("2026-11-22T09:00:00Z"), 5).toISOString(),
      "2026-11-27T09:00:00.000Z"
    )
  })

  it("5 business days from a Wednesday cross one weekend", () => {
    assert.strictEqual(
      addBusinessDays(utc, at("2026-11-18T10:00:00Z"), 5).toISOString(),
      "2026-11-25T10:00:00.000Z"
    )
  })

  it("skips a configured holiday and the year end (Christmas, a bridge day, New Year)", () => {
    // Thu 24 Dec + 1: Fri 25 (holiday), weekend, Mon 28 (holiday) → Tue 29 Dec.
    assert.strictEqual(
      addBusinessDays(utc, at("2026-12-24T12:00:00Z"), 1).toISOString(),
      "2026-12-29T12:00:00.000Z"
    )
    // Tue 29 Dec + 3: Wed 30, Thu 31, (Fri 1 Jan holiday, weekend) Mon 4 Jan 2027.
    assert.strictEqual(
      addBusinessDays(utc, at("2026-12-29T12:00:00Z"), 3).toISOString(),
      "2027-01-04T12:00:00.000Z"
    )
    // Without the holidays the same span is shorter.
    const plain = makeCalendar({})
    assert.strictEqual(
      addBusinessDays(plain, at("2026-12-24T12:00:00Z"), 1).toISOString(),
      "2026-12-25T12:00:00.000Z"
    )
  })

  it("14 business days across a weekend pair and a holiday", () => {
    // Mon 14 Dec 2026 + 14 business days with 25 Dec, 28 Dec and 1 Jan off → Wed 6 Jan 2027.
    assert.strictEqual(
      addBusinessDays(utc, at("2026-12-14T08:00:00Z"), 14).toISOString(),
      "2027-01-06T08:00:00.000Z"
    )
  })

  it("0 business days is the same instant; negative or fractional days are refused", () => {
    assert.strictEqual(
      addBusinessDays(utc, at("2026-11-21T09:00:00Z"), 0).toISOString(),
      "2026-11-21T09:00:00.000Z"
    )
    assert.throws(() => addBusinessDays(utc, at("2026-11-21T09:00:00Z"), -1))
    assert.throws(() => addBusinessDays(utc, at("2026-11-21T09:00:00Z"), 1.5))
  })

  it("counts business days between two instants", () => {
    assert.strictEqual(businessDaysBetween(utc, at("2026-12-24T12:00:00Z"), at("2027-01-04T12:00:00Z")), 4)
    assert.strictEqual(businessDaysBetween(utc, at("2026-11-23T12:00:00Z"), at("2026-11-20T12:00:00Z")), 0)
  })

  it("uses the calendar's time zone for what day it is", () => {
    const berlin = makeCalendar({ timeZone: "Europe/Berlin" })
    // Friday 23:30 UTC is already Saturday 00:30 in Berlin: + 1 business day is Monday 00:30 Berlin.
    assert.isFalse(isBusinessDate(berlin, "2026-11-21"))
    assert.strictEqual(
      addBusinessDays(berlin, at("2026-11-20T23:30:00Z"), 1).toISOString(),
      "2026-11-22T23:30:00.000Z"
    )
    assert.strictEqual(
      addBusinessDays(utc, at("2026-11-20T23:30:00Z"), 1).toISOString(),
      "2026-11-23T23:30:00.000Z"
    )
    // Across the end of daylight saving time (25 Oct 2026) the wall-clock time is kept.
    assert.strictEqual(
      addBusinessDays(berlin, at("2026-10-23T08:00:00Z"), 1).toISOString(),
      "2026-10-26T09:00:00.000Z"
    )
  })
})

describe("fiscal year (July–June by default)", () => {
  it("June 30 ends FY26 and July 1 starts FY27", () => {
    const june = fiscalYearOf(utc, "2026-06-30")
    assert.deepStrictEqual([june.label, june.firstDay, june.lastDay], ["FY26", "2025-07-01", "2026-06-30"])
    const july = fiscalYearOf(utc, "2026-07-01")
    assert.deepStrictEqual([july.label, july.firstDay, july.lastDay], ["FY27", "2026-07-01", "2027-06-30"])
    assert.strictEqual(july.start.toISOString(), "2026-07-01T00:00:00.000Z")
    assert.strictEqual(july.end.toISOString(), "2027-07-01T00:00:00.000Z")
  })

  it("the last instant of June 30 belongs to the old year, the first of July 1 to the new", () => {
    assert.strictEqual(fiscalYearOf(utc, at("2026-06-30T23:59:59.999Z")).label, "FY26")
    assert.strictEqual(fiscalYearOf(utc, at("2026-07-01T00:00:00.000Z")).label, "FY27")
    assert.strictEqual(fiscalYearOf(utc, at("2026-12-31T12:00:00Z")).label, "FY27")
    assert.strictEqual(fiscalYearOf(utc, at("2027-01-01T12:00:00Z")).label, "FY27")
  })

  it("follows the calendar's zone and a configured start month", () => {
    const sydney = makeCalendar({ timeZone: "Australia/Sydney" })
    // 30 June 15:00 UTC is already 1 July in Sydney.
    assert.strictEqual(fiscalYearOf(sydney, at("2026-06-30T15:00:00Z")).label, "FY27")
    const calendarYear = makeCalendar({ fiscalYearStartMonth: 1 })
    const fy = fiscalYearOf(calendarYear, "2026-03-15")
    assert.deepStrictEqual([fy.label, fy.firstDay, fy.lastDay], ["FY26", "2026-01-01", "2026-12-31"])
    const leap = fiscalYearOf(makeCalendar({ fiscalYearStartMonth: 3 }), "2028-01-10")
    assert.strictEqual(leap.lastDay, "2028-02-29")
  })
})

describe("Clock", () => {
  it.effect("the real clock reads Effect's Clock (TestClock in tests)", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(Date.parse("2026-06-30T23:00:00Z"))
      const clock = yield* Clock
      assert.strictEqual((yield* clock.now).toISOString(), "2026-06-30T23:00:00.000Z")
      yield* TestClock.adjust(3_600_000)
      assert.strictEqual((yield* clock.now).toISOString(), "2026-07-01T00:00:00.000Z")
    }).pipe(Effect.provide(Clock.layer))
  )

  it.effect("the controllable clock advances, never goes back, and persists its offset", () =>
    Effect.gen(function* () {
      yield* TestClock.setTime(Date.parse("2026-11-20T10:00:00Z"))
      const clock = yield* Clock
      const control = yield* TestClockControl
      assert.isTrue(clock.controllable)
      yield* control.advance(2 * 86_400_000)
      assert.strictEqual((yield* clock.now).toISOString(), "2026-11-22T10:00:00.000Z")
      yield* control.set(new Date("2026-11-01T00:00:00Z"))
      assert.strictEqual((yield* clock.now).toISOString(), "2026-11-22T10:00:00.000Z")
      yield* control.set(new Date("2026-12-01T00:00:00Z"))
      assert.strictEqual((yield* clock.now).toISOString(), "2026-12-01T00:00:00.000Z")
      // Real time keeps flowing underneath the offset.
      yield* TestClock.adjust(60_000)
      assert.strictEqual((yield* clock.now).toISOString(), "2026-12-01T00:01:00.000Z")
      const store = yield* ClockOffsetStore
      assert.strictEqual(yield* store.load, yield* control.offset)
    }).pipe(Effect.provide(layerControllable.pipe(Layer.provideMerge(ClockOffsetStore.layerMemory))))
  )

  it.effect(
    "processes sharing one stored offset: a move in one reaches another that follows; none moves it back",
    () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(Date.parse("2026-11-20T10:00:00Z"))
        const store = yield* ClockOffsetStore
        // Two processes' clocks over one store (the database's settings row).
        const process = () =>
          Layer.build(layerControllable).pipe(Effect.provideService(ClockOffsetStore, store))
        const a = yield* process()
        const b = yield* process()
        const clockOf = (c: typeof a) => Context.get(c, Clock)
        const controlOf = (c: typeof a) => Context.get(c, TestClockControl)
        yield* Effect.forkScoped(controlOf(b).follow(1000))
        yield* controlOf(a).advance(5 * 86_400_000)
        assert.strictEqual((yield* clockOf(a).now).toISOString(), "2026-11-25T10:00:00.000Z")
        yield* TestClock.adjust(1000)
        assert.strictEqual((yield* clockOf(b).now).toISOString(), "2026-11-25T10:00:01.000Z")
        // A move in a process that has not caught up yet starts from the stored offset.
        yield* controlOf(a).advance(86_400_000)
        yield* controlOf(b).advance(60_000)
        assert.strictEqual((yield* clockOf(b).now).toISOString(), "2026-11-26T10:01:01.000Z")
        yield* controlOf(a).set(new Date("2026-11-26T00:00:00Z"))
        assert.strictEqual((yield* clockOf(a).now).toISOString(), "2026-11-26T10:01:01.000Z")
      }).pipe(Effect.scoped, Effect.provide(ClockOffsetStore.layerMemory))
  )
})
