import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * Keyset pages of the streamed exports (SPEC §12) and of the lists they follow, newest first: each page
 * of claims, associations or audit events is an index range scan, not a sort of the whole table, so the
 * cost of a page does not grow with the table (an export of 1,000,000 claims is 1,000 such pages).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.createIndex("claims_created").on("claims").columns(["created_at", "id"]).execute()
  await db.schema
    .createIndex("claims_organization_created")
    .on("claims")
    .columns(["organization_id", "created_at", "id"])
    .execute()
  await db.schema
    .createIndex("associations_started")
    .on("associations")
    .columns(["started_at", "id"])
    .execute()
  await db.schema
    .createIndex("associations_organization_started")
    .on("associations")
    .columns(["organization_id", "started_at", "id"])
    .execute()
  await db.schema.createIndex("audit_log_at_id").on("audit_log").columns(["at", "id"]).execute()
}

export async function down(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  for (const name of [
    "audit_log_at_id",
    "associations_organization_started",
    "associations_started",
    "claims_organization_created",
    "claims_created"
  ])
    await db.schema.dropIndex(name).execute()
}
