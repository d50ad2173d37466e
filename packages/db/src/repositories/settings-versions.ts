import { newId } from "@openpor/domain"
import { Context, Effect } from "effect"
import { sql } from "kysely"
import type { Query } from "./query.ts"

/**
 * Version tokens of what processes cache in memory (the holidays of the business calendar, the program
 * catalog), each a row of `settings` that every write of the cached data replaces in its own
 * transaction. A cache is current while its token is.
 */
export const VersionKey = {
  holidays: "holidays_version",
  catalog: "catalog_version"
} as const
export type VersionKey = (typeof VersionKey)[keyof typeof VersionKey]

/**
 * The tokens as this request saw them: the HTTP layer gives each request an empty map, the session
 * lookup fills it in the same statement that authenticates (so checking a cache costs no statement of
 * its own), and a write of cached data puts its new token in. Without a map (jobs, tests, requests
 * without a session) every check reads its token from the database.
 */
export const KnownVersions = Context.Reference<Map<string, string> | null>("@openpor/db/KnownVersions", {
  defaultValue: () => null
})

const NONE = "none"

/** The current token of `key`: the request's, or one indexed read of `settings`. */
export const versionOf = (query: Query, key: VersionKey): Effect.Effect<string> =>
  Effect.flatMap(KnownVersions, (known) => {
    const seen = known?.get(key)
    if (seen !== undefined) return Effect.succeed(seen)
    return query((db) =>
      db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst()
    ).pipe(Effect.map((r) => r?.value ?? NONE))
  })

/** Replaces the token of `key` (call it in the transaction of the write it stands for). */
export const bumpVersion = (query: Query, key: VersionKey, prefix: string): Effect.Effect<void> =>
  Effect.gen(function* () {
    const value = newId<string>(prefix)
    yield* query((db) =>
      db
        .insertInto("settings")
        .values({ key, value })
        .onConflict((oc) => oc.column("key").doUpdateSet({ value }))
        .execute()
    )
    const known = yield* KnownVersions
    known?.set(key, value)
  })

/** Columns for the session lookup: every token, as `version_<key>`. */
export const versionColumns = () =>
  Object.values(VersionKey).map((key) =>
    sql<string | null>`(select value from settings where key = ${key})`.as(`version_${key}`)
  )

/** Stores the tokens a session lookup read into the request's map. */
export const rememberVersions = (row: Record<string, unknown>) =>
  Effect.map(KnownVersions, (known) => {
    if (known === null) return
    for (const key of Object.values(VersionKey)) {
      const value = row[`version_${key}`]
      known.set(key, typeof value === "string" ? value : NONE)
    }
  })
