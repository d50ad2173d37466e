import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * Single sign-on with OpenID Connect (SPEC §12): identity providers per partner organization or customer
 * tenant, the email domains each one signs in (a domain belongs to one provider), and the links of a
 * provider's identities (issuer, subject) to users — one user per identity, one identity per user and issuer.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("identity_providers")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.references("organizations.id"))
    .addColumn("tenant_id", "text", (c) => c.references("tenants.id"))
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("client_id", "text", (c) => c.notNull())
    .addColumn("client_secret", "text", (c) => c.notNull())
    .addColumn("secret_hint", "text", (c) => c.notNull())
    .addColumn("auto_provision", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("enabled", "integer", (c) => c.notNull().defaultTo(1))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addCheckConstraint("identity_providers_one_owner", sql`(organization_id is null) <> (tenant_id is null)`)
    .addUniqueConstraint("identity_providers_issuer_client", ["issuer", "client_id"])
    .execute()
  await db.schema
    .createTable("identity_provider_domains")
    .addColumn("domain", "text", (c) => c.primaryKey())
    .addColumn("provider_id", "text", (c) => c.notNull().references("identity_providers.id"))
    .addCheckConstraint("identity_provider_domains_lower", sql`domain = lower(domain)`)
    .execute()
  await db.schema
    .createIndex("identity_provider_domains_provider")
    .on("identity_provider_domains")
    .column("provider_id")
    .execute()
  await db.schema
    .createTable("user_identities")
    .addColumn("issuer", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("provider_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_sign_in_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("user_identities_pk", ["issuer", "subject"])
    .addUniqueConstraint("user_identities_user_issuer", ["user_id", "issuer"])
    .execute()
}
