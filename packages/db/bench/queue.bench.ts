/**
 * Review-queue benchmark (issue 5): 1,000,000 claims, about 5% open, generated in SQL. Measures the
 * first queue page and filtered pages through the real repository and prints p50/p95 latency and the
 * query plans, on SQLite and (when reachable) PostgreSQL.
 *
 *   ./dev bench            (all benchmarks)
 *   BENCH_CLAIMS=200000 ./dev -C packages/db exec node bench/queue.bench.ts
 */
import { ClaimRepository, Clock, type QueueFilter } from "@openpor/domain"
import { Effect, Layer } from "effect"
import { type Kysely, sql } from "kysely"
import { Db } from "../src/index.ts"
import { queueSelect } from "../src/repositories/claims.ts"
import type { Database } from "../src/schema.ts"
import { createTestDatabase, type DialectName, postgresAvailable, testLayer } from "../src/testing.ts"

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 200)

const generate = async (db: Kysely<Database>, dialect: DialectName) => {
  await sql`INSERT INTO organizations (id, name, created_at) SELECT 'org_bench_' || n, 'Bench ' || n, '2026-01-01T00:00:00.000Z' FROM (${seq(dialect, 100)}) s`.execute(
    db
  )
  await sql`INSERT INTO locations (id, organization_id, partner_id, name, city, country)
    SELECT 'loc_bench_' || n, 'org_bench_' || n, CAST(8000000 + n AS TEXT), 'Bench ' || n, 'Oslo', 'NO' FROM (${seq(dialect, 100)}) s`.execute(
    db
  )
  // Every 20th claim is open (5%); open ones cycle through the four open statuses; deadlines spread over a year.
  const status = sql`CASE WHEN n % 20 = 0 THEN (CASE (n / 20) % 4 WHEN 0 THEN 'submitted' WHEN 1 THEN 'under_review' WHEN 2 THEN 'partner_action_required' ELSE 'disputed' END)
    ELSE (CASE n % 3 WHEN 0 THEN 'approved' WHEN 1 THEN 'rejected' ELSE 'ended' END) END`
  const deadline =
    dialect === "sqlite"
      ? sql`strftime('%Y-%m-%dT%H:%M:%S.000Z', '2026-01-01', '+' || (n % 525600) || ' minutes')`
      : sql`to_char(timestamp '2026-01-01' + (n % 525600) * interval '1 minute', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')`
  await sql`INSERT INTO claims (id, name, organization_id, location_id, partner_id, tenant_id, customer_domain, solution_area,
      partner_role, program_id, workloads_json, subscription_ids_json, opt_out, status, version, competing, dispute_used,
      created_by, created_at, updated_at, queue_deadline_at, assigned_reviewer_id)
    SELECT 'clm_' || ${dialect === "sqlite" ? sql`printf('%08d', n)` : sql`lpad(n::text, 8, '0')`}, 'Claim ' || n, 'org_bench_' || (n % 100), 'loc_bench_' || (n % 100),
      CAST(8000000 + n % 100 AS TEXT), 'tenant-' || (n % 5000), 'tenant.example',
      CASE WHEN (n / 20) % 2 = 0 THEN 'modern_work_security' ELSE 'business_applications' END,
      CASE WHEN (n / 20) % 2 = 0 THEN 'use_or_consume' ELSE 'build_intent_advisor' END,
      CASE WHEN (n / 20) % 2 = 0 THEN 'prg_mws_usage' ELSE 'prg_osa' END,
      '[]', '[]', 0, ${status}, 1, CASE WHEN n % 7 = 0 THEN 1 ELSE 0 END, 0,
      'usr_bench', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z',
      CASE WHEN n % 20 = 0 THEN ${deadline} ELSE NULL END,
      CASE WHEN n % 20 = 0 AND n % 3 = 0 THEN 'usr_rita' ELSE NULL END
    FROM (${seq(dialect, CLAIMS)}) s`.execute(db)
  await sql.raw(dialect === "sqlite" ? "ANALYZE" : "ANALYZE claims").execute(db)
}

const seq = (dialect: DialectName, count: number) =>
  dialect === "sqlite"
    ? sql`WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < ${sql.lit(count - 1)}) SELECT n FROM g`
    : sql`SELECT generate_series(0, ${sql.lit(count - 1)}) AS n`

const ALL_OPEN = ["submitted", "under_review", "partner_action_required", "disputed"] as const
const scenarios: ReadonlyArray<{ name: string; filter: QueueFilter }> = [
  { name: "first page (all open claims)", filter: { statuses: ALL_OPEN, limit: 50 } },
  { name: "filtered: status=submitted", filter: { statuses: ["submitted"], limit: 50 } },
  { name: "filtered: program=prg_osa", filter: { statuses: ALL_OPEN, programId: "prg_osa", limit: 50 } },
  {
    name: "filtered: assigned to a reviewer",
    filter: { statuses: ALL_OPEN, assignedReviewerId: "usr_rita", limit: 50 }
  },
  {
    name: "page 2 (keyset cursor)",
    filter: {
      statuses: ALL_OPEN,
      limit: 50,
      after: { deadline: "2026-03-01T00:00:00.000Z", id: "clm_00000000" }
    }
  }
]

const percentile = (sorted: ReadonlyArray<number>, p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!

const run = async (dialect: DialectName) => {
  const database = await createTestDatabase(dialect)
  try {
    const layer = testLayer(database).pipe(Layer.provideMerge(Clock.layer))
    const started = performance.now()
    await Effect.runPromise(
      Db.use((db) => Effect.promise(() => generate(db.kysely, dialect))).pipe(Effect.provide(layer))
    )
    console.log(
      `\n== ${dialect}: generated ${CLAIMS.toLocaleString("en")} claims (~5% open) in ${((performance.now() - started) / 1000).toFixed(1)} s`
    )
    await Effect.runPromise(
      Effect.gen(function* () {
        const repo = yield* ClaimRepository
        const db = yield* Db
        for (const s of scenarios) {
          const timings: Array<number> = []
          let rows = 0
          for (let i = 0; i < RUNS; i++) {
            const t0 = performance.now()
            rows = (yield* repo.queue(s.filter)).length
            timings.push(performance.now() - t0)
          }
          timings.sort((a, b) => a - b)
          console.log(
            `\n${s.name}: ${rows} rows, p50 ${percentile(timings, 50).toFixed(2)} ms, p95 ${percentile(timings, 95).toFixed(2)} ms (${RUNS} runs)`
          )
          const compiled = queueSelect(db.kysely, s.filter).compile()
          const explain = dialect === "sqlite" ? "EXPLAIN QUERY PLAN " : "EXPLAIN "
          const plan = yield* Effect.promise(() =>
            db.kysely.executeQuery({
              ...compiled,
              sql: explain + compiled.sql,
              query: compiled.query
            } as never)
          )
          for (const row of (plan as { rows: Array<Record<string, unknown>> }).rows) {
            console.log(`  plan: ${String(row.detail ?? row["QUERY PLAN"] ?? JSON.stringify(row))}`)
          }
        }
      }).pipe(Effect.provide(layer))
    )
  } finally {
    await database.drop()
  }
}

await run("sqlite")
if (postgresAvailable) await run("postgres")
else console.log("\nPostgreSQL is not reachable: skipped")
