/**
 * SQLite statement cache (issue 14): the same Kysely queries with the driver preparing every statement
 * anew (Kysely's SqliteDialect as is) and with the cached statements of `sqlite-statements.ts`, side by
 * side in alternating rounds on one migrated database file with the API's pragmas (WAL, synchronous
 * FULL). Reads: the authentication statement (a session by token hash with its user and roles) and a
 * user by id. Writes: insert a session, find it, touch it, select its user, 50 to a transaction.
 *
 *   ./dev -C packages/db exec node bench/statements.bench.ts
 *   BENCH_ITERATIONS=5000 BENCH_ROUNDS=5 ./dev -C packages/db exec node bench/statements.bench.ts
 */
import { loadavg } from "node:os"
import SqliteDatabase from "better-sqlite3"
import { Redacted } from "effect"
import { Kysely, SqliteDialect, sql } from "kysely"
import type { Database } from "../src/schema.ts"
import { cachedStatements } from "../src/sqlite-statements.ts"
import { createTestDatabase } from "../src/testing.ts"

const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 3000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3)

const database = await createTestDatabase("sqlite")
const path = Redacted.value(database.config.url)

const open = (cached: boolean) => {
  const raw = new SqliteDatabase(path)
  raw.pragma("journal_mode = WAL")
  raw.pragma("synchronous = FULL")
  raw.pragma("foreign_keys = ON")
  raw.pragma("busy_timeout = 5000")
  return new Kysely<Database>({
    dialect: new SqliteDialect({ database: cached ? cachedStatements(raw) : raw })
  })
}

const seed = open(false)
await sql`insert into organizations (id, name, created_at) values ('org_b', 'Bench', '2026-01-01T00:00:00.000Z')`.execute(
  seed
)
await sql`insert into users (id, email, display_name, kind, organization_id, tenant_id, password_hash, active, created_at)
  values ('usr_b', 'b@example.com', 'B', 'partner', 'org_b', null, 'x', 1, '2026-01-01T00:00:00.000Z')`.execute(
  seed
)
await sql`insert into role_assignments (user_id, role, location_key) values ('usr_b', 'global_admin', '')`.execute(
  seed
)
await sql`insert into sessions (id, user_id, token_hash, csrf_token, created_at, expires_at, last_seen_at)
  values ('ses_seed', 'usr_b', 'hash_seed', 'c', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`.execute(
  seed
)
await seed.destroy()

const rolesJson = sql<string>`(select json_group_array(json_array(ra.role, ra.location_key) order by ra.role, ra.location_key) from role_assignments ra where ra.user_id = sessions.user_id)`

let serial = 0
const iteration = async (db: Kysely<Database>) => {
  const n = serial++
  const now = new Date().toISOString()
  await db
    .insertInto("sessions")
    .values({
      id: `ses_${n}`,
      user_id: "usr_b",
      token_hash: `hash_${n}`,
      csrf_token: "c",
      created_at: now,
      expires_at: now,
      last_seen_at: now
    })
    .execute()
  await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("sessions")
    .select(["users.email", "users.display_name", "users.kind", "users.active", rolesJson.as("roles")])
    .where("sessions.token_hash", "=", `hash_${n}`)
    .executeTakeFirstOrThrow()
  await db
    .updateTable("sessions")
    .set({ last_seen_at: now, expires_at: now })
    .where("id", "=", `ses_${n}`)
    .execute()
  await db.selectFrom("users").selectAll().where("id", "=", "usr_b").executeTakeFirstOrThrow()
}

/** The authentication statement and a user by id: no write, no fsync; the driver's CPU shows. */
const reads = async (db: Kysely<Database>) => {
  await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .selectAll("sessions")
    .select(["users.email", "users.display_name", "users.kind", "users.active", rolesJson.as("roles")])
    .where("sessions.token_hash", "=", "hash_seed")
    .executeTakeFirstOrThrow()
  await db.selectFrom("users").selectAll().where("id", "=", "usr_b").executeTakeFirstOrThrow()
}

const scenarios = [
  { name: "reads (2 statements)", run: reads, iterations: ITERATIONS * 5 },
  {
    // 50 iterations per transaction: one commit (fsync) for 200 statements.
    name: "insert, find, touch, select (4 statements; 50 per transaction)",
    run: (db: Kysely<Database>) =>
      db.transaction().execute(async (trx) => {
        for (let i = 0; i < 50; i++) await iteration(trx)
      }),
    iterations: ITERATIONS / 50,
    per: 50
  }
] as const

const measure = async (cached: boolean, scenario: (typeof scenarios)[number]) => {
  const db = open(cached)
  for (let i = 0; i < Math.max(5, scenario.iterations / 20); i++) await scenario.run(db) // warm-up
  const start = performance.now()
  for (let i = 0; i < scenario.iterations; i++) await scenario.run(db)
  const seconds = (performance.now() - start) / 1000
  await db.destroy()
  return (scenario.iterations * ("per" in scenario ? scenario.per : 1)) / seconds
}

const median = (values: ReadonlyArray<number>) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

console.log(
  `SQLite statements, cached vs prepared anew: ${ROUNDS} alternating rounds; load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(" ")}`
)
for (const scenario of scenarios) {
  const uncached: Array<number> = []
  const cached: Array<number> = []
  for (let round = 0; round < ROUNDS; round++) {
    uncached.push(await measure(false, scenario))
    cached.push(await measure(true, scenario))
  }
  console.log(
    `  ${scenario.name}: uncached ${median(uncached).toFixed(0)} it/s, cached ${median(cached).toFixed(0)} it/s (medians), ratio ×${(median(cached) / median(uncached)).toFixed(2)}`
  )
}
await database.drop()
