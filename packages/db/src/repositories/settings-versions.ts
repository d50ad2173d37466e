import { newId } from "@openpor/domain"
import { Context, Effect } from "effect"
import { sql } from "kysely"
import { CurrentTransaction } from "../db.ts"
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
 * The tokens as this request saw them: the HTTP layer gives each request an empty map, and the session
 * lookup fills it in the same statement that authenticates (so checking a cache outside a transaction
 * costs no statement of its own). Without a map (jobs, tests) every check reads its token.
 */
export const KnownVersions = Context.Reference<Map<string, string> | null>("@openpor/db/KnownVersions", {
  defaultValue: () => null
})

const NONE = "none"

/** Tokens read inside a transaction: a write transaction sees the tokens as they are when it reads them. */
const inTransaction = new WeakMap<object, Map<string, string>>()

/** The map that answers for this fiber: the transaction's, or else the request's (null: none). */
const mapHere = Effect.flatMap(CurrentTransaction, (trx) => {
  if (trx === null) return KnownVersions
  let map = inTransaction.get(trx)
  if (map === undefined) {
    map = new Map()
    inTransaction.set(trx, map)
  }
  return Effect.succeed(map)
})

/**
 * The current token of `key`. Outside a transaction: the request's (read with its session). Inside
 * one: read in that transaction, so a check-then-write decides on what is committed (the tokens the
 * request saw before it waited for the transaction may be older). A map still without it reads every
 * token in one statement; without a map (jobs, tests) one indexed read.
 */
export const versionOf = (query: Query, key: VersionKey): Effect.Effect<string> =>
  Effect.flatMap(mapHere, (known) => {
    const seen = known?.get(key)
    if (seen !== undefined) return Effect.succeed(seen)
    if (known === null)
      return query((db) =>
        db.selectFrom("settings").select("value").where("key", "=", key).executeTakeFirst()
      ).pipe(Effect.map((r) => r?.value ?? NONE))
    const keys = Object.values(VersionKey)
    return query((db) =>
      db.selectFrom("settings").select(["key", "value"]).where("key", "in", keys).execute()
    ).pipe(
      Effect.map((rows) => {
        for (const k of keys) known.set(k, rows.find((r) => r.key === k)?.value ?? NONE)
        return known.get(key) ?? NONE
      })
    )
  })

/**
 * Replaces the token of `key` (call it in the transaction of the write it stands for); the
 * transaction's later checks see the new token (the request's map is left alone: the transaction may
 * still roll back).
 */
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
    const known = yield* mapHere
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
