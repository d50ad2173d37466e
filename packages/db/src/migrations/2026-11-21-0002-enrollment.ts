import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/** Programs, eligibility, agreements, enrollments, bank and tax profiles, user invitations. */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("programs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("solution_area", "text", (c) => c.notNull())
    .addColumn("partner_roles_json", "text", (c) => c.notNull())
    .addColumn("open", "integer", (c) => c.notNull())
    .addColumn("incentivized", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("arbitration_policy", "text", (c) => c.notNull())
    .addColumn("allowed_channels_json", "text", (c) => c.notNull())
    .addCheckConstraint("programs_status", sql`status in ('active', 'discontinued')`)
    .execute()
  await db.schema
    .createTable("program_requirements")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("program_id", "text", (c) => c.notNull().references("programs.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex("program_requirements_program")
    .on("program_requirements")
    .column("program_id")
    .execute()
  await db.schema
    .createTable("location_requirements")
    .addColumn("location_id", "text", (c) => c.notNull().references("locations.id"))
    .addColumn("requirement_id", "text", (c) => c.notNull().references("program_requirements.id"))
    .addColumn("met", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("location_requirements_pk", ["location_id", "requirement_id"])
    .execute()
  await db.schema
    .createTable("location_agreements")
    .addColumn("location_id", "text", (c) => c.primaryKey().references("locations.id"))
    .addColumn("active", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute()

  await db.schema
    .createTable("bank_profiles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("label", "text", (c) => c.notNull())
    .addColumn("account_holder", "text", (c) => c.notNull())
    .addColumn("iban", "text", (c) => c.notNull())
    .addColumn("bic", "text", (c) => c.notNull())
    .addColumn("bank_name", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("state_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addCheckConstraint(
      "bank_profiles_state",
      sql`state in ('pending_validation', 'approved', 'action_required')`
    )
    .execute()
  await db.schema
    .createIndex("bank_profiles_organization")
    .on("bank_profiles")
    .column("organization_id")
    .execute()
  await db.schema
    .createTable("tax_profiles")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organization_id", "text", (c) => c.notNull().references("organizations.id"))
    .addColumn("legal_name", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("tax_id", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("state_reason", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addCheckConstraint(
      "tax_profiles_state",
      sql`state in ('pending_validation', 'approved', 'action_required')`
    )
    .execute()
  await db.schema
    .createIndex("tax_profiles_organization")
    .on("tax_profiles")
    .column("organization_id")
    .execute()
  // One default bank profile per location and currency; one default tax profile per location.
  await db.schema
    .createTable("location_default_bank_profiles")
    .addColumn("location_id", "text", (c) => c.notNull().references("locations.id"))
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("bank_profile_id", "text", (c) => c.notNull().references("bank_profiles.id"))
    .addPrimaryKeyConstraint("location_default_bank_profiles_pk", ["location_id", "currency"])
    .execute()
  await db.schema
    .createTable("location_default_tax_profiles")
    .addColumn("location_id", "text", (c) => c.primaryKey().references("locations.id"))
    .addColumn("tax_profile_id", "text", (c) => c.notNull().references("tax_profiles.id"))
    .execute()
  // Profiles are never deleted.
  for (const table of ["bank_profiles", "tax_profiles"]) {
    if (_dialect === "sqlite") {
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} BEGIN SELECT RAISE(ABORT, '${table} are never deleted'); END`
        )
        .execute(db)
    } else {
      await sql
        .raw(
          `CREATE FUNCTION ${table}_never_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION '${table} are never deleted'; END $$`
        )
        .execute(db)
      await sql
        .raw(
          `CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION ${table}_never_deleted()`
        )
        .execute(db)
    }
  }

  await db.schema
    .createTable("enrollments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("location_id", "text", (c) => c.notNull().references("locations.id"))
    .addColumn("program_id", "text", (c) => c.notNull().references("programs.id"))
    .addColumn("state", "text", (c) => c.notNull())
    .addColumn("fiscal_year", "text", (c) => c.notNull())
    .addColumn("bank_profile_id", "text", (c) => c.references("bank_profiles.id"))
    .addColumn("tax_profile_id", "text", (c) => c.references("tax_profiles.id"))
    .addColumn("missing_json", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("invited_at", "text", (c) => c.notNull())
    .addColumn("submitted_at", "text")
    .addColumn("enrolled_at", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addUniqueConstraint("enrollments_location_program", ["location_id", "program_id"])
    .addCheckConstraint(
      "enrollments_state",
      sql`state in ('invited', 'action_required', 'validating', 'enrolled', 'inactive', 'discontinued')`
    )
    .execute()
  await db.schema
    .createIndex("enrollments_state")
    .on("enrollments")
    .columns(["state", "submitted_at"])
    .execute()
  await db.schema
    .createIndex("enrollments_fiscal_year")
    .on("enrollments")
    .columns(["fiscal_year", "state"])
    .execute()
  await db.schema
    .createIndex("enrollments_bank_profile")
    .on("enrollments")
    .column("bank_profile_id")
    .execute()
  await db.schema.createIndex("enrollments_tax_profile").on("enrollments").column("tax_profile_id").execute()

  await db.schema
    .createTable("user_invitations")
    .addColumn("token_hash", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .execute()
  await db.schema
    .createIndex("role_assignments_location")
    .on("role_assignments")
    .columns(["location_key", "role"])
    .execute()
  await db.schema.createIndex("users_organization").on("users").column("organization_id").execute()
}

export async function down(db: Kysely<any>, dialect: Dialect): Promise<void> {
  for (const table of [
    "user_invitations",
    "enrollments",
    "location_default_tax_profiles",
    "location_default_bank_profiles",
    "tax_profiles",
    "bank_profiles",
    "location_agreements",
    "location_requirements",
    "program_requirements",
    "programs"
  ]) {
    await db.schema.dropTable(table).ifExists().execute()
  }
  if (dialect === "postgres") {
    await sql`DROP FUNCTION IF EXISTS bank_profiles_never_deleted() CASCADE`.execute(db)
    await sql`DROP FUNCTION IF EXISTS tax_profiles_never_deleted() CASCADE`.execute(db)
  }
  await db.schema.dropIndex("role_assignments_location").ifExists().execute()
  await db.schema.dropIndex("users_organization").ifExists().execute()
}
