import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * The partner's side of a claim's conversation (SPEC §6, seed 004): since when a reviewer's comment or a
 * system notice (the claim joined an arbitration case) waits for the partner, and when the partner answered
 * it — the review queue shows the claim as answered.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("claims").addColumn("awaiting_partner_since", "text").execute()
  await db.schema.alterTable("claims").addColumn("partner_answered_at", "text").execute()
}
