import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/** Foundation: identity, directory, calendar, audit log, outbox, jobs, sessions. */
export async function up(db: Kysely<any>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("organizations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute()
  await db.schema
    .createTable("locations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("partner_id", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .execute()
  await db.schema.createIndex("locations_organization").on("locations").column("organization_id").execute()

  await db.schema
    .createTable("tenants")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute()
  await db.schema
    .createTable("tenant_domains")
    .addColumn("domain", "text", (c) => c.primaryKey())
    .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
    .execute()
  await db.schema.createIndex("tenant_domains_tenant").on("tenant_domains").column("tenant_id").execute()
  await db.schema
    .createTable("tenant_workloads")
    .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
    .addColumn("workload", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tenant_workloads_pk", ["tenant_id", "workload"])
    .execute()
  await db.schema
    .createTable("subscriptions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("tenant_id", "text", (c) => c.notNull().references("tenants.id"))
    .addColumn("product", "text", (c) => c.notNull())
    .addColumn("solution_area", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("provisioned_at", "text")
    .addColumn("expires_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute()
  await db.schema.createIndex("subscriptions_tenant").on("subscriptions").column("tenant_id").execute()

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.references("organizations.id"))
    .addColumn("tenant_id", "text", (c) => c.references("tenants.id"))
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("active", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addCheckConstraint("users_kind", sql`kind in ('partner', 'customer', 'vendor')`)
    .execute()
  await db.schema
    .createTable("role_assignments")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("location_key", "text", (c) => c.notNull().defaultTo(""))
    .addPrimaryKeyConstraint("role_assignments_pk", ["user_id", "role", "location_key"])
    .execute()

  await db.schema
    .createTable("holidays")
    .addColumn("date", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .execute()
  await db.schema
    .createTable("settings")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("value", "text", (c) => c.notNull())
    .execute()

  await db.schema
    .createTable("audit_log")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("actor_type", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("entity_type", "text", (c) => c.notNull())
    .addColumn("entity_id", "text", (c) => c.notNull())
    .addColumn("before_json", "text")
    .addColumn("after_json", "text")
    .addColumn("request_id", "text")
    .execute()
  await db.schema
    .createIndex("audit_log_entity")
    .on("audit_log")
    .columns(["entity_type", "entity_id", "at"])
    .execute()
  await db.schema.createIndex("audit_log_at").on("audit_log").column("at").execute()
  // Append-only, enforced by the database itself.
  if (dialect === "sqlite") {
    await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db)
    await sql`CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db)
  } else {
    await sql`CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$`.execute(db)
    await sql`CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`.execute(db)
    await sql`CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()`.execute(db)
  }

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("to_json", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("html", "text")
    .addColumn("template", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("delivered_at", "text")
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .execute()
  await db.schema.createIndex("outbox_created").on("outbox").column("created_at").execute()

  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload_json", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("leased_by", "text")
    .addColumn("lease_until", "text")
    .addColumn("last_error", "text")
    .addColumn("unique_key", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("jobs_status", sql`status in ('pending', 'running', 'succeeded', 'failed')`)
    .execute()
  await sql`CREATE INDEX jobs_due ON jobs (run_at) WHERE status = 'pending'`.execute(db)
  await sql`CREATE INDEX jobs_leased ON jobs (lease_until) WHERE status = 'running'`.execute(db)
  await sql`CREATE UNIQUE INDEX jobs_unique_open ON jobs (unique_key)
    WHERE unique_key IS NOT NULL AND status IN ('pending', 'running')`.execute(db)

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("csrf_token", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .execute()
  await db.schema.createIndex("sessions_expires").on("sessions").column("expires_at").execute()

  await db.schema
    .createTable("login_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("key", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute()
  await db.schema.createIndex("login_attempts_key").on("login_attempts").columns(["key", "at"]).execute()

  await db.schema
    .createTable("dev_mailbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("to_json", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("text", "text", (c) => c.notNull())
    .addColumn("html", "text")
    .addColumn("template", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute()
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  if (dialect === "postgres") await sql`DROP FUNCTION IF EXISTS audit_log_append_only() CASCADE`.execute(db)
  for (const table of [
    "dev_mailbox",
    "login_attempts",
    "sessions",
    "jobs",
    "outbox",
    "audit_log",
    "settings",
    "holidays",
    "role_assignments",
    "users",
    "subscriptions",
    "tenant_workloads",
    "tenant_domains",
    "tenants",
    "locations",
    "organizations"
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
}
