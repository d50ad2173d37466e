import { type Kysely, sql } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * Webhooks (SPEC §12): endpoints of a partner organization or of the vendor, and one delivery per
 * endpoint and event (written in the transaction of the change, sent by the `webhooks.deliver` job).
 * The endpoint's secret is kept in clear: it is needed to sign (Standard Webhooks, HMAC-SHA256).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .createTable("webhook_endpoints")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("scope", "text", (c) => c.notNull())
    .addColumn("organization_id", "text", (c) => c.references("organizations.id"))
    .addColumn("url", "text", (c) => c.notNull())
    .addColumn("description", "text")
    // JSON array of event types, e.g. ["claim.status_changed","dpor.added"]
    .addColumn("event_types", "text", (c) => c.notNull())
    .addColumn("secret", "text", (c) => c.notNull())
    .addColumn("enabled", "integer", (c) => c.notNull())
    .addColumn("disabled_reason", "text")
    .addColumn("failing_since", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addCheckConstraint("webhook_endpoints_scope", sql`scope in ('organization', 'vendor')`)
    .addCheckConstraint(
      "webhook_endpoints_owner",
      // an organization's endpoint names it; a vendor-wide endpoint names none
      sql`(scope = 'organization') = (organization_id is not null)`
    )
    .addCheckConstraint("webhook_endpoints_enabled", sql`enabled in (0, 1)`)
    .addCheckConstraint(
      "webhook_endpoints_disabled",
      // (`is not null` first: a NULL from `in` would let the check pass)
      sql`(enabled = 1 and disabled_reason is null) or (enabled = 0 and disabled_reason is not null and disabled_reason in ('failing', 'manual'))`
    )
    .addCheckConstraint("webhook_endpoints_url", sql`url like 'https://%' or url like 'http://%'`)
    .addCheckConstraint("webhook_endpoints_secret", sql`secret like 'whsec_%'`)
    .addCheckConstraint("webhook_endpoints_types", sql`event_types like '["%"]'`)
    .execute()
  await db.schema
    .createIndex("webhook_endpoints_organization")
    .on("webhook_endpoints")
    .columns(["organization_id", "created_at"])
    .execute()

  await db.schema
    .createTable("webhook_deliveries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("endpoint_id", "text", (c) =>
      c.notNull().references("webhook_endpoints.id").onDelete("cascade")
    )
    .addColumn("event_id", "text", (c) => c.notNull())
    .addColumn("event_type", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_attempt_at", "text")
    .addColumn("next_attempt_at", "text")
    .addColumn("last_status_code", "integer")
    // JSON array of attempts: at, statusCode, durationMs, error, responseExcerpt
    .addColumn("attempt_log", "text", (c) => c.notNull())
    .addCheckConstraint("webhook_deliveries_status", sql`status in ('pending', 'succeeded', 'failed')`)
    .addCheckConstraint("webhook_deliveries_attempts", sql`attempts >= 0`)
    .execute()
  // The endpoint's deliveries, newest first (and filtered by status).
  await db.schema
    .createIndex("webhook_deliveries_endpoint")
    .on("webhook_deliveries")
    .columns(["endpoint_id", "created_at", "id"])
    .execute()
  // One delivery per endpoint and event.
  await db.schema
    .createIndex("webhook_deliveries_event")
    .on("webhook_deliveries")
    .columns(["event_id", "endpoint_id"])
    .unique()
    .execute()
}
