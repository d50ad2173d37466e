import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * Bulk claims by CSV (SPEC §12): an upload (claim_imports) with its rows as uploaded and, once the job
 * has processed them, their outcomes (claim_import_rows); and the hashes of the rows that made a draft,
 * unique per organization (claim_row_hashes), so the same row never makes two drafts — also when the
 * same file is uploaded twice at once.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("claim_imports")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("created_by", "text", (c) => c.notNull().references("users.id"))
    .addColumn("file_name", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("rows_total", "integer", (c) => c.notNull())
    .addColumn("rows_processed", "integer", (c) => c.notNull())
    .addColumn("created", "integer", (c) => c.notNull())
    .addColumn("already_imported", "integer", (c) => c.notNull())
    .addColumn("refused", "integer", (c) => c.notNull())
    .addColumn("problems", "integer", (c) => c.notNull())
    .addColumn("cursor", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("completed_at", "text")
    .addCheckConstraint("claim_imports_status", sql`status in ('queued', 'running', 'completed', 'failed')`)
    .addCheckConstraint(
      "claim_imports_counts",
      sql`rows_processed <= rows_total and created + already_imported + refused = rows_processed`
    )
    .execute()
  await db.schema
    .createIndex("claim_imports_created_by")
    .on("claim_imports")
    .columns(["created_by", "created_at"])
    .execute()
  await db.schema
    .createTable("claim_import_rows")
    .addColumn("import_id", "text", (c) => c.notNull().references("claim_imports.id"))
    .addColumn("line", "integer", (c) => c.notNull())
    .addColumn("cells_json", "text", (c) => c.notNull())
    .addColumn("outcome", "text")
    .addColumn("claim_id", "text")
    .addColumn("problems_json", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("claim_import_rows_pk", ["import_id", "line"])
    .addCheckConstraint(
      "claim_import_rows_outcome",
      sql`outcome is null or outcome in ('created', 'already_imported', 'refused')`
    )
    .addCheckConstraint(
      "claim_import_rows_claim",
      sql`(outcome = 'created') = (claim_id is not null) or outcome is null`
    )
    .execute()
  await db.schema
    .createTable("claim_row_hashes")
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("row_hash", "text", (c) => c.notNull())
    .addColumn("claim_id", "text", (c) => c.notNull())
    .addColumn("import_id", "text", (c) => c.notNull().references("claim_imports.id"))
    .addColumn("line", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("claim_row_hashes_pk", ["organization_id", "row_hash"])
    .execute()
}
