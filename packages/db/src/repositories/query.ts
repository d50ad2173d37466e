import { Effect } from "effect"
import type { Kysely } from "kysely"
import { Db } from "../db.ts"
import type { Database } from "../schema.ts"

/**
 * Runs a query on the current transaction (or the pool). Database faults are defects: the domain's
 * error channel carries business failures only.
 */
export const makeQuery = Effect.gen(function* () {
  const db = yield* Db
  return <A>(f: (db: Kysely<Database>) => Promise<A>): Effect.Effect<A> =>
    Effect.flatMap(db.executor, (executor) => Effect.promise(() => f(executor)))
})

export type Query = Effect.Success<typeof makeQuery>

/** Like query, but a failure the caller wants to inspect (e.g. a unique violation) stays typed. */
export const makeTryQuery = Effect.gen(function* () {
  const db = yield* Db
  return <A>(f: (db: Kysely<Database>) => Promise<A>): Effect.Effect<A, unknown> =>
    Effect.flatMap(db.executor, (executor) => Effect.tryPromise({ try: () => f(executor), catch: (e) => e }))
})

export const json = (value: unknown): string | null =>
  value === null || value === undefined ? null : JSON.stringify(value)
export const parseJson = (value: string | null): unknown => (value === null ? null : JSON.parse(value))
