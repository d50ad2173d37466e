import { ClockOffsetStore, Holiday, HolidayRepository } from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { Db } from "../db.ts"
import { makeQuery } from "./query.ts"
import { bumpVersion, VersionKey, versionOf } from "./settings-versions.ts"

export const HolidayRepositoryLive = Layer.effect(
  HolidayRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db
    /**
     * Every write of the holidays stores a new token in `settings` (in the write's transaction, so it is
     * seen with the holidays it stands for): calendars cached in any process notice it on their next use.
     */
    const bump = bumpVersion(query, VersionKey.holidays, "hol")
    return HolidayRepository.of({
      list: query((db) => db.selectFrom("holidays").selectAll().orderBy("date").execute()).pipe(
        Effect.map((rows) => rows.map((r) => new Holiday({ date: r.date, name: r.name })))
      ),
      version: versionOf(query, VersionKey.holidays),
      upsert: (h) =>
        Effect.gen(function* () {
          yield* bump
          const inserted = yield* query((db) =>
            db
              .insertInto("holidays")
              .values({ date: h.date, name: h.name })
              .onConflict((oc) => oc.column("date").doNothing())
              .executeTakeFirst()
          )
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return Option.none<Holiday>()
          // It exists (committed, also by a concurrent first write): lock it, read it, rename it.
          const previous = yield* query((db) => {
            const q = db.selectFrom("holidays").selectAll().where("date", "=", h.date)
            return (dialect === "postgres" ? q.forUpdate() : q).executeTakeFirstOrThrow()
          })
          yield* query((db) =>
            db.updateTable("holidays").set({ name: h.name }).where("date", "=", h.date).execute()
          )
          return Option.some(new Holiday({ date: previous.date, name: previous.name }))
        }),
      remove: (date) =>
        Effect.andThen(
          bump,
          query((db) =>
            db.deleteFrom("holidays").where("date", "=", date).returningAll().executeTakeFirst()
          ).pipe(
            Effect.map((r) =>
              Option.fromNullishOr(r).pipe(
                Option.map((row) => new Holiday({ date: row.date, name: row.name }))
              )
            )
          )
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
        ).pipe(Effect.asVoid),
      // Insert if absent, then read: several processes starting at once agree on one offset.
      initialize: (offset) =>
        query((db) =>
          db
            .insertInto("settings")
            .values({ key: CLOCK_OFFSET_KEY, value: String(offset) })
            .onConflict((oc) => oc.column("key").doNothing())
            .execute()
        ).pipe(
          Effect.andThen(
            query((db) =>
              db.selectFrom("settings").select("value").where("key", "=", CLOCK_OFFSET_KEY).executeTakeFirst()
            )
          ),
          Effect.map((r) => (r === undefined ? offset : Number(r.value) || 0))
        )
    })
  })
)
