import { Effect, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { Transactor } from "../shared/transactor.ts"
import { fiscalYearOf, Holiday, type IsoDate } from "./business-calendar.ts"
import { Calendar, HolidayRepository } from "./calendar-service.ts"
import { Clock } from "./clock.ts"
import { NotAHoliday } from "./errors.ts"

/** The vendor business calendar as the API shows it: settings, this fiscal year, holidays, now. */
export const calendarView = Effect.fn("Holidays.calendarView")(function* () {
  const calendar = yield* Calendar.use((c) => c.current)
  const holidays = yield* HolidayRepository.use((h) => h.list)
  const now = yield* Clock.use((c) => c.now)
  const fy = fiscalYearOf(calendar, now)
  return {
    timeZone: calendar.timeZone,
    fiscalYearStartMonth: calendar.fiscalYearStartMonth,
    fiscalYear: { label: fy.label, firstDay: fy.firstDay, lastDay: fy.lastDay },
    now,
    holidays: holidays.map((h) => ({ date: h.date, name: h.name }))
  }
})

/** Adds or renames a holiday (operator), audited with what it replaced. */
export const setHoliday = Effect.fn("Holidays.set")(function* (actor: Actor, date: IsoDate, name: string) {
  yield* authorize("manageCalendar", actor)
  const holidays = yield* HolidayRepository
  const audit = yield* AuditLog
  yield* Transactor.use((tx) =>
    tx.transaction(
      Effect.gen(function* () {
        // What it replaced, read by the write itself (not before it: concurrent writes race).
        const replaced = yield* holidays.upsert(new Holiday({ date, name }))
        yield* audit.append({
          actor,
          action: "calendar.holiday_set",
          entityType: "holiday",
          entityId: date,
          before: Option.match(replaced, {
            onNone: () => null,
            onSome: (h) => ({ date: h.date, name: h.name })
          }),
          after: { date, name }
        })
      })
    )
  )
})

/** Removes a holiday (operator); of concurrent removals one removes it, the others get NotAHoliday. */
export const removeHoliday = Effect.fn("Holidays.remove")(function* (actor: Actor, date: IsoDate) {
  yield* authorize("manageCalendar", actor)
  const holidays = yield* HolidayRepository
  const audit = yield* AuditLog
  yield* Transactor.use((tx) =>
    tx.transaction(
      Effect.gen(function* () {
        const removed = yield* holidays.remove(date)
        if (Option.isNone(removed)) return yield* new NotAHoliday({ date })
        yield* audit.append({
          actor,
          action: "calendar.holiday_removed",
          entityType: "holiday",
          entityId: date,
          before: { date: removed.value.date, name: removed.value.name },
          after: null
        })
      })
    )
  )
})
