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
import { Db } from "../src/index.ts"
import { queueSelect } from "../src/repositories/claims.ts"
import { createTestDatabase, type DialectName, postgresAvailable, testLayer } from "../src/testing.ts"
import { generateQueueClaims } from "./queue-data.ts"

const CLAIMS = Number(process.env.BENCH_CLAIMS ?? 1_000_000)
const RUNS = Number(process.env.BENCH_RUNS ?? 200)

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
      Db.use((db) => Effect.promise(() => generateQueueClaims(db.kysely, dialect, CLAIMS))).pipe(
        Effect.provide(layer)
      )
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
