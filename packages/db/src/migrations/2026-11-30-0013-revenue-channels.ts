import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.ts"

const before = JSON.stringify(["volume_licensing", "web_direct", "csp"])
const after = JSON.stringify(["volume_licensing", "web_direct"])

/**
 * Revenue association is for volume licensing and Web Direct purchases only (seed 001, SPEC §5): the
 * default program as first created allowed CSP too. A program whose channels an operator changed keeps them.
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db
    .updateTable("programs")
    .set({ allowed_channels_json: after })
    .where("id", "=", "prg_revenue_association")
    .where("allowed_channels_json", "=", before)
    .execute()
}
