import { Context, Effect, Layer, type Option } from "effect"
import type { Holiday } from "./business-calendar.ts"
import { type BusinessCalendar, makeCalendar } from "./business-calendar.ts"

/** Holidays of the vendor calendar, kept by the operator. */
export class HolidayRepository extends Context.Service<
  HolidayRepository,
  {
    readonly list: Effect.Effect<ReadonlyArray<Holiday>>
    /**
     * A token that changes with every committed write of the holidays (one indexed read, whichever
     * process wrote): the calendar is cached until it changes.
     */
    readonly version: Effect.Effect<string>
    /**
     * Adds or renames the holiday; answers the one it replaced. Race-safe: of concurrent first writes of
     * one date exactly one sees none, the others see the holiday as it was when they wrote.
     */
    readonly upsert: (holiday: Holiday) => Effect.Effect<Option.Option<Holiday>>
    /** Removes the holiday; answers the removed one (none when it was not, or no longer, a holiday). */
    readonly remove: (date: string) => Effect.Effect<Option.Option<Holiday>>
  }
>()("@openpor/domain/calendar/HolidayRepository") {}

/** The vendor calendar's time zone and the month (1–12) its fiscal year starts in. */
export interface CalendarSettings {
  readonly timeZone: string
  readonly fiscalYearStartMonth: number
}

/** The {@link CalendarSettings} in effect; default UTC with the fiscal year starting in July. */
export const CalendarConfig = Context.Reference<CalendarSettings>("@openpor/domain/calendar/CalendarConfig", {
  defaultValue: () => ({ timeZone: "UTC", fiscalYearStartMonth: 7 })
})

/**
 * The current business calendar (settings + holidays from the repository), cached in memory: each use
 * reads only the holidays' version token, and the holidays again when another write (in this process or
 * another one on the same database) changed it.
 */
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
      let cached:
        | {
            readonly version: string
            readonly settings: CalendarSettings
            readonly calendar: BusinessCalendar
          }
        | undefined
      const current = Effect.gen(function* () {
        const settings = yield* CalendarConfig
        // The token is read before the holidays: a write in between only makes the next use reload.
        const version = yield* holidays.version
        if (
          cached !== undefined &&
          cached.version === version &&
          cached.settings.timeZone === settings.timeZone &&
          cached.settings.fiscalYearStartMonth === settings.fiscalYearStartMonth
        )
          return cached.calendar
        const list = yield* holidays.list
        const calendar = makeCalendar({ ...settings, holidays: list.map((h) => h.date) })
        cached = { version, settings, calendar }
        return calendar
      })
      return Calendar.of({ current })
    })
  )
}
