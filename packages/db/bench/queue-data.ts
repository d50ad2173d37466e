/**
 * The review-queue benchmark data (issue 5), shared by the repository benchmark (queue.bench.ts) and the
 * reviewer console's page benchmark (apps/reviewer-console/bench): `count` claims, about 5% open (cycling
 * through the four open statuses, deadlines spread over 2026), 100 partner organizations, generated in SQL.
 */
import { Effect } from "effect"
import { type Kysely, sql } from "kysely"
import { Db } from "../src/index.ts"
import type { Database } from "../src/schema.ts"
import { createTestDatabase, type DialectName, type TestDatabase, testLayer } from "../src/testing.ts"

export const generateQueueClaims = async (db: Kysely<Database>, dialect: DialectName, count: number) => {
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
    FROM (${seq(dialect, count)}) s`.execute(db)
  await sql.raw(dialect === "sqlite" ? "ANALYZE" : "ANALYZE claims").execute(db)
}

export const seq = (dialect: DialectName, count: number) =>
  dialect === "sqlite"
    ? sql`WITH RECURSIVE g(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM g WHERE n < ${sql.lit(count - 1)}) SELECT n FROM g`
    : sql`SELECT generate_series(0, ${sql.lit(count - 1)}) AS n`

/**
 * A fresh, migrated SQLite database file holding `count` generated claims (for benchmarks that start the
 * API on it); `drop()` deletes it.
 */
export const createQueueDatabase = async (count: number): Promise<TestDatabase> => {
  const database = await createTestDatabase("sqlite")
  await Effect.runPromise(
    Db.use((db) => Effect.promise(() => generateQueueClaims(db.kysely, "sqlite", count))).pipe(
      Effect.provide(testLayer(database))
    )
  )
  return database
}
