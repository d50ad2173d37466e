import Database from "better-sqlite3"
import { Kysely, SqliteDialect } from "kysely"
import { Migrator } from "kysely/migration"
import { describe, expect, it } from "vitest"
import { migrationsFor } from "../src/migrations/index.ts"

const programRow = (id: string, channels: ReadonlyArray<string>) => ({
  id,
  name: id,
  solution_area: "business_applications",
  partner_roles_json: "[]",
  open: 1,
  incentivized: 0,
  status: "active",
  arbitration_policy: "most_recent_poe",
  allowed_channels_json: JSON.stringify(channels)
})

/** An empty SQLite database, the migrations before this one and after, and a way to run them. */
const database = () => {
  const db = new Kysely<any>({ dialect: new SqliteDialect({ database: new Database(":memory:") }) })
  const all = migrationsFor("sqlite")
  const before = Object.fromEntries(Object.entries(all).filter(([name]) => name < "2026-11-30-0013"))
  const upTo = (migrations: typeof all) =>
    new Migrator({ db, provider: { getMigrations: async () => migrations } }).migrateToLatest()
  return { db, before, all, upTo }
}

describe("migration 2026-11-30-0013-revenue-channels", () => {
  it("takes CSP off the revenue association's default channels and keeps an operator's own choice", async () => {
    const { db, before, all, upTo } = database()
    expect((await upTo(before)).error).toBeUndefined()
    await db
      .insertInto("programs")
      .values([
        programRow("prg_revenue_association", ["volume_licensing", "web_direct", "csp"]),
        programRow("prg_mws_usage", ["volume_licensing", "web_direct", "csp"])
      ])
      .execute()
    expect((await upTo(all)).error).toBeUndefined()
    const channels = Object.fromEntries(
      (await db.selectFrom("programs").select(["id", "allowed_channels_json"]).execute()).map((r) => [
        r.id,
        JSON.parse(r.allowed_channels_json)
      ])
    )
    expect(channels).toEqual({
      prg_revenue_association: ["volume_licensing", "web_direct"],
      prg_mws_usage: ["volume_licensing", "web_direct", "csp"]
    })
    await db.destroy()
  })

  it("leaves a revenue association whose channels an operator changed as it is", async () => {
    const { db, before, all, upTo } = database()
    await upTo(before)
    await db
      .insertInto("programs")
      .values(programRow("prg_revenue_association", ["csp"]))
      .execute()
    await upTo(all)
    const row = await db.selectFrom("programs").select("allowed_channels_json").executeTakeFirstOrThrow()
    expect(JSON.parse(row.allowed_channels_json)).toEqual(["csp"])
    await db.destroy()
  })
})
