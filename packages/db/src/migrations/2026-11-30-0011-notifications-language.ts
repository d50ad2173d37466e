import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * Each user's language for the apps and emails (SPEC §8, §10; null: never chosen, emails in English),
 * and which home-page notifications each user has opened (SPEC §3: an invitation's notification is not
 * shown again to the user who opened it; other users still see it).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("users").addColumn("language", "text").execute()
  await db.schema
    .createTable("notification_reads")
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("notification_id", "text", (c) => c.notNull())
    .addColumn("read_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_reads_pk", ["user_id", "notification_id"])
    .execute()
}
