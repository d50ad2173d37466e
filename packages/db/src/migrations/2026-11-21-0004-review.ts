import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/** The review queue (ordered by the next SLA deadline) and arbitration cases. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("claims").addColumn("queue_deadline_at", "text").execute()
  // Only open claims have a queue deadline (about 5% of all claims): every queue page is an index range scan.
  const open = sql`queue_deadline_at IS NOT NULL`
  await sql`CREATE INDEX claims_queue ON claims (queue_deadline_at, id) WHERE ${open}`.execute(db)
  await sql`CREATE INDEX claims_queue_status ON claims (status, queue_deadline_at, id) WHERE ${open}`.execute(
    db
  )
  await sql`CREATE INDEX claims_queue_program ON claims (program_id, queue_deadline_at, id) WHERE ${open}`.execute(
    db
  )
  await sql`CREATE INDEX claims_queue_area ON claims (solution_area, queue_deadline_at, id) WHERE ${open}`.execute(
    db
  )
  await sql`CREATE INDEX claims_queue_reviewer ON claims (assigned_reviewer_id, queue_deadline_at, id) WHERE ${open}`.execute(
    db
  )
  await sql`CREATE INDEX claims_queue_competing ON claims (competing, queue_deadline_at, id) WHERE ${open}`.execute(
    db
  )

  await db.schema
    .createTable("arbitration_cases")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("program_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("resolved_at", "text")
    .addColumn("winner_claim_id", "text")
    .addColumn("reasoning", "text")
    .addColumn("resolved_by", "text")
    .addColumn("version", "integer", (c) => c.notNull())
    .addCheckConstraint("arbitration_cases_status", sql`status in ('open', 'resolved')`)
    .execute()
  await db.schema.createIndex("claims_case").on("claims").column("case_id").execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("arbitration_cases").ifExists().execute()
  for (const index of [
    "claims_case",
    "claims_queue",
    "claims_queue_status",
    "claims_queue_program",
    "claims_queue_area",
    "claims_queue_reviewer",
    "claims_queue_competing"
  ]) {
    await db.schema.dropIndex(index).ifExists().execute()
  }
  await db.schema.alterTable("claims").dropColumn("queue_deadline_at").execute()
}
