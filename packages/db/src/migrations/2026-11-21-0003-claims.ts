import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/** CPOR claims, their targets, associations (exclusive per target), proof of execution, comments, idempotency keys. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("claims")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("location_id", "text", (c) => c.notNull().references("locations.id"))
    .addColumn("partner_id", "text", (c) => c.notNull())
    .addColumn("tenant_id", "text", (c) => c.notNull())
    .addColumn("customer_domain", "text", (c) => c.notNull())
    .addColumn("solution_area", "text", (c) => c.notNull())
    .addColumn("partner_role", "text", (c) => c.notNull())
    .addColumn("program_id", "text", (c) => c.notNull())
    .addColumn("workloads_json", "text", (c) => c.notNull())
    .addColumn("subscription_ids_json", "text", (c) => c.notNull())
    .addColumn("opt_out", "integer", (c) => c.notNull())
    .addColumn("customer_contact_json", "text")
    .addColumn("partner_contact_json", "text")
    .addColumn("revenue_json", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("rejection_reason", "text")
    .addColumn("rejection_text", "text")
    .addColumn("competing", "integer", (c) => c.notNull())
    .addColumn("case_id", "text")
    .addColumn("consent_status", "text")
    .addColumn("consent_notified_at", "text")
    .addColumn("consent_window_ends_at", "text")
    .addColumn("consent_responded_at", "text")
    .addColumn("acknowledged_at", "text")
    .addColumn("submitted_at", "text")
    .addColumn("review_started_at", "text")
    .addColumn("assigned_reviewer_id", "text")
    .addColumn("partner_action_due_at", "text")
    .addColumn("decided_at", "text")
    .addColumn("rejected_at", "text")
    .addColumn("dispute_used", "integer", (c) => c.notNull())
    .addColumn("disputed_at", "text")
    .addColumn("approved_at", "text")
    .addColumn("official_at", "text")
    .addColumn("ended_at", "text")
    .addColumn("created_by", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint(
      "claims_status",
      sql`status in ('draft', 'submitted', 'under_review', 'partner_action_required', 'approved', 'rejected', 'disputed', 'rejected_final', 'ended')`
    )
    .execute()
  await db.schema.createIndex("claims_organization").on("claims").columns(["organization_id", "id"]).execute()
  await db.schema.createIndex("claims_tenant").on("claims").columns(["tenant_id", "status"]).execute()

  await db.schema
    .createTable("claim_targets")
    .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id"))
    .addColumn("target_key", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("claim_targets_pk", ["claim_id", "target_key"])
    .execute()
  await db.schema.createIndex("claim_targets_target").on("claim_targets").column("target_key").execute()

  await db.schema
    .createTable("associations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id"))
    .addColumn("target_key", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.notNull())
    .addColumn("location_id", "text", (c) => c.notNull())
    .addColumn("partner_id", "text", (c) => c.notNull())
    .addColumn("tenant_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("official_at", "text")
    .addColumn("ended_at", "text")
    .addColumn("end_reason", "text")
    .addCheckConstraint("associations_status", sql`status in ('pending', 'active', 'ended')`)
    .execute()
  // Exclusivity (SPEC §5): at most one active association per workload of a tenant or per subscription.
  await sql`CREATE UNIQUE INDEX associations_one_active ON associations (target_key) WHERE status = 'active'`.execute(
    db
  )
  await db.schema.createIndex("associations_claim").on("associations").column("claim_id").execute()
  await db.schema
    .createIndex("associations_target")
    .on("associations")
    .columns(["target_key", "started_at"])
    .execute()

  await db.schema
    .createTable("claim_poe")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id"))
    .addColumn("file_name", "text", (c) => c.notNull())
    .addColumn("media_type", "text", (c) => c.notNull())
    .addColumn("size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("blob_key", "text", (c) => c.notNull())
    .addColumn("uploaded_by", "text", (c) => c.notNull())
    .addColumn("uploaded_at", "text", (c) => c.notNull())
    .execute()
  await db.schema.createIndex("claim_poe_claim").on("claim_poe").column("claim_id").execute()

  await db.schema
    .createTable("claim_comments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("claim_id", "text", (c) => c.notNull().references("claims.id"))
    .addColumn("author_type", "text", (c) => c.notNull())
    .addColumn("author_id", "text", (c) => c.notNull())
    .addColumn("author_name", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex("claim_comments_claim")
    .on("claim_comments")
    .columns(["claim_id", "created_at"])
    .execute()

  await db.schema
    .createTable("idempotency_keys")
    .addColumn("user_id", "text", (c) => c.notNull())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("status", "integer")
    .addColumn("body_json", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("idempotency_keys_pk", ["user_id", "key"])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    "idempotency_keys",
    "claim_comments",
    "claim_poe",
    "associations",
    "claim_targets",
    "claims"
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
