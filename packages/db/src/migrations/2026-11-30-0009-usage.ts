import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * Usage insights (SPEC §5): monthly usage per association target (a tenant's workload or a
 * subscription), as the operator imports it. One row per target and month: a month imported again
 * replaces its row. The claim's usage reads the rows of its official associations' targets.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("usage_months")
    .addColumn("target_key", "text", (c) => c.notNull())
    .addColumn("month", "text", (c) => c.notNull())
    .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
    .addColumn("workload", "text")
    .addColumn("subscription_id", "text", (c) => c.references("subscriptions.id"))
    .addColumn("active_users", "integer", (c) => c.notNull())
    .addColumn("licensed_seats", "integer", (c) => c.notNull())
    .addColumn("imported_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("usage_months_pk", ["target_key", "month"])
    .addCheckConstraint(
      "usage_months_one_target",
      // exactly one of a workload or a subscription
      sql`(workload is null) <> (subscription_id is null)`
    )
    .addCheckConstraint("usage_months_counts", sql`active_users >= 0 and licensed_seats >= 0`)
    .execute()
  await db.schema
    .createIndex("usage_months_tenant")
    .on("usage_months")
    .columns(["tenant_id", "month"])
    .execute()
}
