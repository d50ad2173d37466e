import { Context, Effect, Layer } from "effect"
import type { Holiday } from "./business-calendar.ts"
import { type BusinessCalendar, makeCalendar } from "./business-calendar.ts"

/** Holidays of the vendor calendar, kept by the operator. */
export class HolidayRepository extends Context.Service<
  HolidayRepository,
  {
    readonly list: Effect.Effect<ReadonlyArray<Holiday>>
    readonly upsert: (holiday: Holiday) => Effect.Effect<void>
    readonly remove: (date: string) => Effect.Effect<boolean>
  }
>()("@openpor/domain/calendar/HolidayRepository") {}

export interface CalendarSettings {
  readonly timeZone: string
  readonly fiscalYearStartMonth: number
}

export const CalendarConfig = Context.Reference<CalendarSettings>("@openpor/domain/calendar/CalendarConfig", {
  defaultValue: () => ({ timeZone: "UTC", fiscalYearStartMonth: 7 })
})

/** The current business calendar (settings + holidays from the repository). */
export class Calendar extends Context.Service<
  Calendar,
  {
    readonly current: Effect.Effect<BusinessCalendar>
  }
>()("@openpor/domain/calendar/Calendar") {
  static readonly layer = Layer.effect(
    Calendar,
    Effect.gen(function* () {
      const holidays = yield* HolidayRepository
      const current = Effect.gen(function* () {
        const settings = yield* CalendarConfig
        const list = yield* holidays.list
        return makeCalendar({ ...settings, holidays: list.map((h) => h.date) })
      })
      return Calendar.of({ current })
    })
  )
}
