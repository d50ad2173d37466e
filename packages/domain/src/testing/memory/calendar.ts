import { Effect, Layer, Option } from "effect"
import type { Holiday } from "../../calendar/business-calendar.ts"
import { HolidayRepository } from "../../calendar/calendar-service.ts"
import { ascending } from "./order.ts"
import { MemoryStore } from "./store.ts"

/** The vendor calendar's holidays in memory (listed by date). */
export const holidayRepositoryMemory: Layer.Layer<HolidayRepository, never, MemoryStore> = Layer.effect(
  HolidayRepository,
  Effect.gen(function* () {
    const store = yield* MemoryStore
    const holidays = store.table<string, Holiday>("holidays")
    // The version token lives in a table (a rollback puts it back); every write issues a new one.
    const versions = store.table<string, string>("holidays.version")
    let issued = 0
    const bump = () => void versions.set("holidays", String(++issued))
    return HolidayRepository.of({
      list: Effect.sync(() => [...holidays.values()].sort(ascending<Holiday>((h) => h.date))),
      version: Effect.sync(() => versions.get("holidays") ?? "0"),
      upsert: (h) =>
        Effect.sync(() => {
          bump()
          const previous = Option.fromUndefinedOr(holidays.get(h.date))
          holidays.set(h.date, h)
          return previous
        }),
      remove: (date) =>
        Effect.sync(() => {
          bump()
          const previous = Option.fromUndefinedOr(holidays.get(date))
          holidays.delete(date)
          return previous
        })
    })
  })
)
