import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.ts"

/** Programs link their program guide (SPEC §3: the Resources column of the partners' overview). */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema.alterTable("programs").addColumn("guide_url", "text").execute()
}
