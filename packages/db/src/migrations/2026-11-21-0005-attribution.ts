import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/** Digital Partner of Record, dated attribution events, and resumable attribution batches. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  // Every DPOR change, OSA form and DPOR proof of execution, dated; never updated.
  await db.schema
    .createTable("attribution_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("subject_key", "text", (c) => c.notNull())
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("partner_id", "text")
    .addColumn("received_on", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("created_by", "text", (c) => c.notNull())
    .addCheckConstraint(
      "attribution_events_type",
      sql`type in ('osa_form', 'dpor_added', 'dpor_removed', 'dpor_poe')`
    )
    .execute()
  await db.schema
    .createIndex("attribution_events_subject")
    .on("attribution_events")
    .columns(["subject_key", "at"])
    .execute()
  await db.schema
    .createIndex("attribution_events_partner")
    .on("attribution_events")
    .columns(["partner_id", "subject_key"])
    .execute()

  // The current DPOR: one per subscription (adding another replaces it).
  await db.schema
    .createTable("subscription_dpor")
    .addColumn("subscription_id", "text", (c) => c.primaryKey().references("subscriptions.id"))
    .addColumn("partner_id", "text", (c) => c.notNull())
    .addColumn("location_id", "text", (c) => c.notNull().references("locations.id"))
    .addColumn("added_at", "text", (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex("subscription_dpor_partner")
    .on("subscription_dpor")
    .column("partner_id")
    .execute()

  await db.schema
    .createTable("attribution_batches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("as_of", "text", (c) => c.notNull())
    .addColumn("incentive", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("cursor", "text")
    .addColumn("processed", "integer", (c) => c.notNull())
    .addColumn("total", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("completed_at", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addCheckConstraint("attribution_batches_status", sql`status in ('pending', 'running', 'completed')`)
    .execute()
  await db.schema
    .createTable("attribution_results")
    .addColumn("batch_id", "text", (c) => c.notNull().references("attribution_batches.id"))
    .addColumn("subscription_id", "text", (c) => c.notNull())
    .addColumn("partner_id", "text")
    .addColumn("basis", "text")
    .addColumn("incentive_eligible", "integer", (c) => c.notNull())
    .addColumn("rule", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("attribution_results_pk", ["batch_id", "subscription_id"])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "attribution_results",
    "attribution_batches",
    "subscription_dpor",
    "attribution_events"
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
