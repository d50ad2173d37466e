import { mkdirSync } from "node:fs"
import { dirname, resolve } from "node:path"
import { isConcurrentChange, rerunTransaction, Transactor } from "@openpor/domain"
import SqliteDatabase from "better-sqlite3"
import { Cause, Context, Effect, Exit, Layer, Option, Redacted, Result } from "effect"
import { Kysely, SqliteDialect, type Transaction } from "kysely"
import { Migrator } from "kysely/migration"
import pg from "pg"
import type { Dialect } from "./migrations/dialect.ts"
import { latestMigration, migrationsFor } from "./migrations/index.ts"
import { ScopedPostgresDialect } from "./pg-dialect.ts"
import type { Database } from "./schema.ts"
import { cachedStatements } from "./sqlite-statements.ts"

export interface DbConfig {
  readonly dialect: Dialect
  /** sqlite: a file path or ":memory:"; postgres: the connection string. */
  readonly url: Redacted.Redacted<string>
  /** postgres: schema to use (search_path); tests give each run its own. */
  readonly schema?: string | undefined
  readonly poolSize?: number | undefined
}

/**
 * `sqlite:./data/openpor.db` (default), `sqlite::memory:`, `postgres://…` / `postgresql://…`; on
 * PostgreSQL `?schema=name` sets the search_path and `?pool=N` the connection pool's size (default 10).
 */
export const parseDatabaseUrl = (url: string | undefined): DbConfig => {
  const value = url === undefined || url.trim() === "" ? "sqlite:./data/openpor.db" : url.trim()
  if (value.startsWith("sqlite:")) {
    const path = value.slice("sqlite:".length).replace(/^\/\/(?=\/)/, "")
    if (path === "") throw new Error("DATABASE_URL sqlite: needs a file path, e.g. sqlite:./data/openpor.db")
    return { dialect: "sqlite", url: Redacted.make(path) }
  }
  if (value.startsWith("postgres://") || value.startsWith("postgresql://")) {
    const parsed = new URL(value)
    const schema = parsed.searchParams.get("schema") ?? undefined
    // `?pool=N`: the most connections this process opens (default 10); docs/deploy.md sizes it.
    const pool = parsed.searchParams.get("pool") ?? undefined
    const poolSize = pool === undefined ? undefined : Number(pool)
    if (poolSize !== undefined && !(Number.isInteger(poolSize) && poolSize >= 1 && poolSize <= 1000))
      throw new Error(`DATABASE_URL ?pool= must be a whole number from 1 to 1000 (got "${pool}")`)
    parsed.searchParams.delete("schema")
    parsed.searchParams.delete("pool")
    return { dialect: "postgres", url: Redacted.make(parsed.toString()), schema, poolSize }
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got ${value.split(":")[0]}:…)`)
}

export const CurrentTransaction = Context.Reference<Transaction<Database> | null>(
  "@openpor/db/CurrentTransaction",
  {
    defaultValue: () => null
  }
)

/** The Kysely instance and the dialect. Repositories read `executor` so they join the current transaction. */
export class Db extends Context.Service<
  Db,
  {
    readonly kysely: Kysely<Database>
    readonly dialect: Dialect
    readonly schema: string | undefined
    readonly executor: Effect.Effect<Kysely<Database>>
  }
>()("@openpor/db/Db") {
  static readonly layerFrom = (config: DbConfig): Layer.Layer<Db> =>
    Layer.effect(
      Db,
      Effect.acquireRelease(
        Effect.sync(() => makeKysely(config)),
        (kysely) => Effect.promise(() => kysely.destroy())
      ).pipe(
        Effect.map((kysely) =>
          Db.of({
            kysely,
            dialect: config.dialect,
            schema: config.schema,
            executor: Effect.map(Effect.service(CurrentTransaction), (trx) => trx ?? kysely)
          })
        )
      )
    )
}

const makeKysely = (config: DbConfig): Kysely<Database> => {
  if (config.dialect === "sqlite") {
    const path = Redacted.value(config.url)
    if (path !== ":memory:") mkdirSync(dirname(resolve(path)), { recursive: true })
    const database = new SqliteDatabase(path)
    database.pragma("journal_mode = WAL")
    database.pragma("synchronous = FULL")
    database.pragma("foreign_keys = ON")
    database.pragma("busy_timeout = 5000")
    // Compiled statements are reused (LRU by SQL text) instead of prepared again for every query.
    return new Kysely<Database>({ dialect: new SqliteDialect({ database: cachedStatements(database) }) })
  }
  const pool = new pg.Pool({
    connectionString: Redacted.value(config.url),
    max: config.poolSize ?? 10,
    ...(config.schema === undefined ? {} : { options: `-c search_path=${quoteIdent(config.schema)}` })
  })
  return new Kysely<Database>({ dialect: new ScopedPostgresDialect({ pool }) })
}

const quoteIdent = (name: string): string => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid schema name ${name}`)
  return name
}

/** Transactions: begin, run, commit; roll back on failure, defect or interruption. Nested calls join. */
export const TransactorLive = Layer.effect(
  Transactor,
  Effect.gen(function* () {
    const db = yield* Db
    const once = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
      Effect.acquireUseRelease(
        Effect.promise(() => db.kysely.startTransaction().execute()),
        (trx) =>
          effect.pipe(
            Effect.provideService(CurrentTransaction, trx),
            Effect.tap(() => Effect.promise(() => trx.commit().execute()))
          ),
        (trx, exit) =>
          Exit.isSuccess(exit)
            ? Effect.void
            : Effect.promise(() =>
                trx
                  .rollback()
                  .execute()
                  .catch(() => undefined)
              )
      )
    /**
     * PostgreSQL aborted it (deadlock, serialization failure), or an optimistic write found the row
     * changed (ConcurrentChange): run the whole transaction again, from its first read.
     */
    const mayRunAgain = (cause: Cause.Cause<unknown>): boolean => {
      const defect = Cause.findDefect(cause)
      const failure = Cause.findErrorOption(cause)
      return (
        (Result.isSuccess(defect) &&
          (isRetryableAbort(defect.success) || isConcurrentChange(defect.success))) ||
        (Option.isSome(failure) && isConcurrentChange(failure.value))
      )
    }
    const transaction = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
      Effect.flatMap(Effect.service(CurrentTransaction), (current) =>
        current !== null ? effect : rerunTransaction(once(effect), mayRunAgain)
      )
    return Transactor.of({ transaction })
  })
)

export class MigrationError extends Error {}

/** On PostgreSQL the migration tables live in the configured schema (several schemas may share a database). */
const makeMigrator = (kysely: Kysely<any>, dialect: Dialect, schema: string | undefined) =>
  new Migrator({
    db: kysely,
    provider: { getMigrations: async () => migrationsFor(dialect) },
    ...(dialect === "postgres" && schema !== undefined ? { migrationTableSchema: schema } : {})
  })

/** Runs every pending migration; fails loudly (and changes nothing more) when one fails. */
export const migrateToLatest = async (
  kysely: Kysely<any>,
  dialect: Dialect,
  schema?: string
): Promise<ReadonlyArray<string>> => {
  const migrator = makeMigrator(kysely, dialect, schema)
  const { error, results } = await migrator.migrateToLatest()
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === "Error")
    throw new MigrationError(`migration ${failed?.migrationName ?? "?"} failed: ${String(error)}`, {
      cause: error
    })
  }
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName)
}

/** Whether the database has every migration this build knows (for /readyz). */
export const migrationsCurrent = async (
  kysely: Kysely<any>,
  dialect: Dialect,
  schema?: string
): Promise<boolean> => {
  const migrator = makeMigrator(kysely, dialect, schema)
  const all = await migrator.getMigrations()
  return (
    all.length > 0 &&
    all.every((m) => m.executedAt !== undefined) &&
    all.some((m) => m.name === latestMigration)
  )
}

/** PostgreSQL deadlock_detected (40P01) and serialization_failure (40001): safe to run again. */
export const isRetryableAbort = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return code === "40P01" || code === "40001"
}

/** Maps driver errors for unique / primary-key violations, on both dialects. */
export const isUniqueViolation = (error: unknown): boolean => {
  const code = (error as { code?: unknown } | null)?.code
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY"
}
