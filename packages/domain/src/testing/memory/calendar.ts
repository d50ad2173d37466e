import { Effect, Layer, Option } from "effect"
import type { Holiday } from "../../calendar/business-calendar.ts"
import { HolidayRepository } from "../../calendar/calendar-service.ts"
import { ascending } from "./order.ts"
import { MemoryStore } from "./store.ts"

/** The vendor calendar's holidays in memory (listed by date). */
export const holidayRepositoryMemory: Layer.Layer<HolidayRepository, never, MemoryStore> = Layer.effect(
  HolidayRepository,
  Effect.gen(function* () {
    const holidays = (yield* MemoryStore).table<string, Holiday>("holidays")
    return HolidayRepository.of({
      list: Effect.sync(() => [...holidays.values()].sort(ascending<Holiday>((h) => h.date))),
      upsert: (h) =>
        Effect.sync(() => {
          const previous = Option.fromUndefinedOr(holidays.get(h.date))
          holidays.set(h.date, h)
          return previous
        }),
      remove: (date) =>
        Effect.sync(() => {
          const previous = Option.fromUndefinedOr(holidays.get(date))
          holidays.delete(date)
          return previous
        })
    })
  })
)
