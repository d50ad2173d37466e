import type { Kysely } from "kysely"
import type { Dialect } from "./dialect.ts"

/**
 * The statements every program asked for when this migration was written (SPEC §5 defaults), given
 * to the programs that exist already; programs created later get the catalog's defaults.
 */
const DEFAULT_ACKNOWLEDGEMENTS = [
  { id: "poe_signed_by_customer", text: "The proof of execution is signed by the customer." },
  {
    id: "information_accurate",
    text: "The information in this claim is accurate, and the claim may be audited."
  },
  { id: "wrong_role_forfeits_incentives", text: "A wrong partner role or PartnerID can forfeit incentives." }
]

/**
 * Acknowledgements at submission (SPEC §5, seed 001 step 18): each program lists the statements a
 * partner confirms (`programs.acknowledgements_json`); a claim keeps the ids and texts its partner
 * accepted (`claims.acknowledgements_json`).
 */
export async function up(db: Kysely<any>, _dialect: Dialect): Promise<void> {
  await db.schema
    .alterTable("programs")
    .addColumn("acknowledgements_json", "text", (c) => c.notNull().defaultTo("[]"))
    .execute()
  await db
    .updateTable("programs")
    .set({ acknowledgements_json: JSON.stringify(DEFAULT_ACKNOWLEDGEMENTS) })
    .execute()
  await db.schema
    .alterTable("claims")
    .addColumn("acknowledgements_json", "text", (c) => c.notNull().defaultTo("[]"))
    .execute()
}
