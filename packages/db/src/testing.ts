import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { Clock } from "@openpor/domain"
import { Effect, Layer, Redacted } from "effect"
import pg from "pg"
import { Db, type DbConfig, layerFromConfig, migrateToLatest } from "./index.ts"

/**
 * The database suites run on SQLite always and on PostgreSQL when it is reachable (PG* env or
 * 127.0.0.1:5432/test). With CI=true PostgreSQL is mandatory: an unreachable server fails the run.
 */
export const postgresUrl = process.env.OPENPOR_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test"

const probePostgres = async (): Promise<boolean> => {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.query("select 1")
    return true
  } catch {
    return false
  } finally {
    await client.end().catch(() => undefined)
  }
}

export const postgresAvailable = await probePostgres()
if (!postgresAvailable && process.env.CI === "true") {
  throw new Error(
    `CI=true but PostgreSQL is not reachable at ${postgresUrl}: the PostgreSQL suite is mandatory in CI`
  )
}
if (!postgresAvailable)
  console.warn(`PostgreSQL not reachable at ${postgresUrl}: running the database suites on SQLite only`)

export type DialectName = "sqlite" | "postgres"
export const dialects: ReadonlyArray<DialectName> = postgresAvailable ? ["sqlite", "postgres"] : ["sqlite"]

export interface TestDatabase {
  readonly config: DbConfig
  readonly url: string
  readonly drop: () => Promise<void>
}

/** A fresh, migrated database: a temp SQLite file, or its own PostgreSQL schema. */
export const createTestDatabase = async (dialect: DialectName): Promise<TestDatabase> => {
  if (dialect === "sqlite") {
    const dir = mkdtempSync(join(tmpdir(), "openpor-db-"))
    const path = join(dir, "test.db")
    const config: DbConfig = { dialect: "sqlite", url: Redacted.make(path) }
    await migrate(config)
    return { config, url: `sqlite:${path}`, drop: async () => rmSync(dir, { recursive: true, force: true }) }
  }
  const schema = `t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const admin = new pg.Client({ connectionString: postgresUrl })
  await admin.connect()
  await admin.query(`CREATE SCHEMA ${schema}`)
  await admin.end()
  const config: DbConfig = { dialect: "postgres", url: Redacted.make(postgresUrl), schema, poolSize: 25 }
  await migrate(config)
  const url = new URL(postgresUrl)
  url.searchParams.set("schema", schema)
  return {
    config,
    url: url.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: postgresUrl })
      await c.connect()
      await c.query(`DROP SCHEMA ${schema} CASCADE`)
      await c.end()
    }
  }
}

const migrate = (config: DbConfig) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const db = yield* Db
      yield* Effect.promise(() => migrateToLatest(db.kysely, db.dialect, db.schema))
    }).pipe(Effect.provide(Db.layerFrom(config)))
  )

/** Repositories over the test database, with the Effect-clock-backed Clock (TestClock in it.effect). */
export const testLayer = (database: TestDatabase) =>
  layerFromConfig(database.config).pipe(Layer.provideMerge(Clock.layer))
