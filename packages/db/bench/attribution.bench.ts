/**
 * Attribution batch benchmark (issue 6): 1,000,000 generated subscriptions with DPOR, POE and OSA events,
 * attributed for one date by the real batch job; printed beside the same data read by a plain SQL query.
 *
 *   ./dev bench            (all benchmarks)
 *   BENCH_SUBSCRIPTIONS=100000 ./dev -C packages/db exec node bench/attribution.bench.ts
 */
import { AttributionBatchRepository, AttributionService, Clock } from "@openpor/domain"
import { Effect, Layer } from "effect"
import { type Kysely, sql } from "kysely"
import { Db } from "../src/index.ts"
import type { Database } from "../src/schema.ts"
import { createTestDatabase, type DialectName, postgresAvailable, testLayer } from "../src/testing.ts"

const SUBSCRIPTIONS = Number(process.env.BENCH_SUBSCRIPTIONS ?? 1_000_000)

const seq = (dialect: DialectName, count: number) =>
  dialect === "sqlite"
    ? sql`WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < ${sql.lit(count - 1)}) SELECT n FROM g`
    : sql`SELECT generate_series(0, ${sql.lit(count - 1)}) AS n`

const generate = async (db: Kysely<Database>, dialect: DialectName) => {
  const pad = (expr: ReturnType<typeof sql>) =>
    dialect === "sqlite" ? sql`printf('%012d', ${expr})` : sql`lpad((${expr})::text, 12, '0')`
  const subId = sql`'cccccccc-0000-4000-8000-' || ${pad(sql`n`)}`
  await sql`INSERT INTO tenants (id, name, updated_at) SELECT 'dddddddd-0000-4000-8000-' || ${pad(sql`n`)}, 'Tenant ' || n, '2026-01-01T00:00:00.000Z' FROM (${seq(dialect, 1000)}) s`.execute(
    db
  )
  await sql`INSERT INTO subscriptions (id, tenant_id, product, solution_area, channel, state, provisioned_at, expires_at, updated_at)
    SELECT ${subId}, 'dddddddd-0000-4000-8000-' || ${pad(sql`n % 1000`)}, 'Microsoft 365 E3', 'modern_work_security', 'volume_licensing', 'active',
      '2014-01-01', NULL, '2026-01-01T00:00:00.000Z' FROM (${seq(dialect, SUBSCRIPTIONS)}) s`.execute(db)
  const at = (days: ReturnType<typeof sql>) =>
    dialect === "sqlite"
      ? sql`strftime('%Y-%m-%dT12:00:00.000Z', '2014-01-01', '+' || (${days}) || ' days')`
      : sql`to_char(date '2014-01-01' + (${days})::int, 'YYYY-MM-DD"T12:00:00.000Z"')`
  // A third have an OSA form (2014), two thirds a DPOR (2014–2016), half of those a POE.
  await sql`INSERT INTO attribution_events (id, subject_key, type, partner_id, received_on, at, created_at, created_by)
    SELECT 'osa_' || n, 'subscription:' || ${subId}, 'osa_form', CAST(8000000 + n % 97 AS TEXT), substr(${at(sql`n % 300`)}, 1, 10), ${at(sql`n % 300`)}, '2026-01-01T00:00:00.000Z', 'bench'
    FROM (${seq(dialect, SUBSCRIPTIONS)}) s WHERE n % 3 = 0`.execute(db)
  await sql`INSERT INTO attribution_events (id, subject_key, type, partner_id, received_on, at, created_at, created_by)
    SELECT 'dpa_' || n, 'subscription:' || ${subId}, 'dpor_added', CAST(8000000 + n % 89 AS TEXT), NULL, ${at(sql`200 + n % 900`)}, '2026-01-01T00:00:00.000Z', 'bench'
    FROM (${seq(dialect, SUBSCRIPTIONS)}) s WHERE n % 3 <> 0`.execute(db)
  await sql`INSERT INTO attribution_events (id, subject_key, type, partner_id, received_on, at, created_at, created_by)
    SELECT 'dpp_' || n, 'subscription:' || ${subId}, 'dpor_poe', CAST(8000000 + n % 89 AS TEXT), NULL, ${at(sql`230 + n % 900`)}, '2026-01-01T00:00:00.000Z', 'bench'
    FROM (${seq(dialect, SUBSCRIPTIONS)}) s WHERE n % 3 <> 0 AND n % 2 = 0`.execute(db)
  await sql.raw(dialect === "sqlite" ? "ANALYZE" : "ANALYZE").execute(db)
}

const run = async (dialect: DialectName) => {
  const database = await createTestDatabase(dialect)
  try {
    const layer = AttributionService.layer.pipe(
      Layer.provideMerge(testLayer(database)),
      Layer.provideMerge(Clock.layer)
    )
    const t0 = performance.now()
    await Effect.runPromise(
      Db.use((db) => Effect.promise(() => generate(db.kysely, dialect))).pipe(Effect.provide(layer))
    )
    const events = await Effect.runPromise(
      Db.use((db) =>
        Effect.promise(() =>
          sql<{ n: number | string }>`SELECT count(*) AS n FROM attribution_events`.execute(db.kysely)
        )
      ).pipe(Effect.provide(layer))
    )
    console.log(
      `\n== ${dialect}: generated ${SUBSCRIPTIONS.toLocaleString("en")} subscriptions and ${Number(events.rows[0]?.n).toLocaleString("en")} events in ${((performance.now() - t0) / 1000).toFixed(1)} s`
    )

    // Baseline: the same data read by a plain SQL query (no attribution).
    const b0 = performance.now()
    const baselineRows = await Effect.runPromise(
      Db.use((db) =>
        Effect.promise(async () => {
          const r = await sql`SELECT s.id, e.type, e.partner_id, e.at FROM subscriptions s
            LEFT JOIN attribution_events e ON e.subject_key = 'subscription:' || s.id ORDER BY s.id`.execute(
            db.kysely
          )
          return r.rows.length
        })
      ).pipe(Effect.provide(layer))
    )
    const baselineSeconds = (performance.now() - b0) / 1000
    console.log(
      `baseline (plain SQL read of subscriptions and their events): ${baselineRows.toLocaleString("en")} rows in ${baselineSeconds.toFixed(1)} s → ${Math.round(SUBSCRIPTIONS / baselineSeconds).toLocaleString("en")} subscriptions/s`
    )

    // The batch job, through the real service: read, attribute, write results, commit per chunk.
    const j0 = performance.now()
    const batch = await Effect.runPromise(
      Effect.gen(function* () {
        const repo = yield* AttributionBatchRepository
        const service = yield* AttributionService
        const id = `atb_bench_${dialect}`
        yield* repo.insert({
          id,
          asOf: "2016-06-30",
          incentive: "deploy",
          status: "pending",
          cursor: null,
          processed: 0,
          total: yield* repo.countSubscriptions,
          createdAt: new Date(),
          completedAt: null,
          createdBy: "bench"
        })
        return yield* service.runBatch(id)
      }).pipe(Effect.provide(layer))
    )
    const jobSeconds = (performance.now() - j0) / 1000
    console.log(
      `attribution batch job (deploy, as of 2016-06-30): ${batch.processed.toLocaleString("en")} subscriptions in ${jobSeconds.toFixed(1)} s → ${Math.round(batch.processed / jobSeconds).toLocaleString("en")} subscriptions/s (${(jobSeconds / baselineSeconds).toFixed(1)}× the plain read)`
    )
    const summary = await Effect.runPromise(
      Db.use((db) =>
        Effect.promise(() =>
          sql<{
            basis: string | null
            n: number | string
          }>`SELECT basis, count(*) AS n FROM attribution_results GROUP BY basis ORDER BY basis`.execute(
            db.kysely
          )
        )
      ).pipe(Effect.provide(layer))
    )
    console.log(
      `  results by basis: ${summary.rows.map((r) => `${r.basis ?? "nobody"} ${Number(r.n).toLocaleString("en")}`).join(", ")}`
    )
  } finally {
    await database.drop()
  }
}

await run("sqlite")
if (postgresAvailable) await run("postgres")
else console.log("\nPostgreSQL is not reachable: skipped")
