import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * Telemetry (decision 028): a job remembers the trace of the request that enqueued it (a W3C
 * `traceparent`, NULL when telemetry is off), so the worker's span of the job links to it; the
 * outbox backlog gauge counts undelivered messages with an index range scan, not a scan of the outbox.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("jobs").addColumn("trace_context", "text").execute()
  await db.schema
    .createIndex("outbox_undelivered")
    .on("outbox")
    .column("created_at")
    .where(sql.ref("delivered_at"), "is", null)
    .execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.dropIndex("outbox_undelivered").execute()
  await db.schema.alterTable("jobs").dropColumn("trace_context").execute()
}
