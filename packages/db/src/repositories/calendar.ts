import { ClockOffsetStore, Holiday, HolidayRepository } from "@openpor/domain"
import { Effect, Layer } from "effect"
import { makeQuery } from "./query.ts"

export const HolidayRepositoryLive = Layer.effect(
  HolidayRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return HolidayRepository.of({
      list: query((db) => db.selectFrom("holidays").selectAll().orderBy("date").execute()).pipe(
        Effect.map((rows) => rows.map((r) => new Holiday({ date: r.date, name: r.name })))
      ),
      upsert: (h) =>
        query((db) =>
          db
            .insertInto("holidays")
            .values({ date: h.date, name: h.name })
            .onConflict((oc) => oc.column("date").doUpdateSet({ name: h.name }))
            .execute()
        ).pipe(Effect.asVoid),
      remove: (date) =>
        query((db) => db.deleteFrom("holidays").where("date", "=", date).executeTakeFirst()).pipe(
          Effect.map((r) => Number(r.numDeletedRows) > 0)
        )
    })
  })
)

const CLOCK_OFFSET_KEY = "test_clock_offset_millis"

export const ClockOffsetStoreLive = Layer.effect(
  ClockOffsetStore,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return ClockOffsetStore.of({
      load: query((db) =>
        db.selectFrom("settings").select("value").where("key", "=", CLOCK_OFFSET_KEY).executeTakeFirst()
      ).pipe(Effect.map((r) => (r === undefined ? 0 : Number(r.value) || 0))),
      save: (offset) =>
        query((db) =>
          db
            .insertInto("settings")
            .values({ key: CLOCK_OFFSET_KEY, value: String(offset) })
            .onConflict((oc) => oc.column("key").doUpdateSet({ value: String(offset) }))
            .execute()
        ).pipe(Effect.asVoid)
    })
  })
)
