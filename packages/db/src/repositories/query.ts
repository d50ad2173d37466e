import { Effect } from "effect"
import { type Compilable, CompiledQuery, type Kysely } from "kysely"
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

/** A parameter of a statement compiled once: `compiledOnce` puts each run's values in its place. */
const PLACEHOLDER = "\u0000openpor-parameter:"
export const parameter = (name: string): string => `${PLACEHOLDER}${name}`

/**
 * A hot statement built and compiled by Kysely once (per process; on first use), then run with each
 * call's values bound to the parameters written `parameter("name")` where the query takes a value.
 * Building and compiling a query costs as much as running a simple one on SQLite.
 */
export const compiledOnce = <R>(
  build: (db: Kysely<Database>) => Compilable<R>
): (<A>(
  query: Query,
  values: Readonly<Record<string, unknown>>,
  read: (rows: ReadonlyArray<R>) => A
) => Effect.Effect<A>) => {
  let compiled: CompiledQuery<R> | undefined
  return (query, values, read) =>
    query(async (db) => {
      compiled ??= build(db).compile()
      const bound = compiled.parameters.map((p) =>
        typeof p === "string" && p.startsWith(PLACEHOLDER) ? values[p.slice(PLACEHOLDER.length)] : p
      )
      const result = await db.executeQuery<R>(CompiledQuery.raw(compiled.sql, bound))
      return read(result.rows)
    })
}
