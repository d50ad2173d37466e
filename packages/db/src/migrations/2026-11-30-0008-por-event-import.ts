import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * History import (SPEC §4): an imported DPOR / OSA / POE event keeps the vendor's own id, unique, so a
 * file imported twice stores its events once. Live events have none (NULL; both databases allow many).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("attribution_events").addColumn("external_id", "text").execute()
  await db.schema
    .createIndex("attribution_events_external_id")
    .on("attribution_events")
    .column("external_id")
    .unique()
    .execute()
}
