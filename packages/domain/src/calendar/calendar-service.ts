import { Context, Effect, Layer, type Option } from "effect"
import type { Holiday } from "./business-calendar.ts"
import { type BusinessCalendar, makeCalendar } from "./business-calendar.ts"

/** Holidays of the vendor calendar, kept by the operator. */
export class HolidayRepository extends Context.Service<
  HolidayRepository,
  {
    readonly list: Effect.Effect<ReadonlyArray<Holiday>>
    /**
     * Adds or renames the holiday; answers the one it replaced. Race-safe: of concurrent first writes of
     * one date exactly one sees none, the others see the holiday as it was when they wrote.
     */
    readonly upsert: (holiday: Holiday) => Effect.Effect<Option.Option<Holiday>>
    /** Removes the holiday; answers the removed one (none when it was not, or no longer, a holiday). */
    readonly remove: (date: string) => Effect.Effect<Option.Option<Holiday>>
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
