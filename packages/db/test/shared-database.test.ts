import pg from "pg"
import { describe, expect, it } from "vitest"
import { createTestDatabase, postgresAvailable, postgresUrl } from "./harness.ts"

/**
 * Several schemas share one PostgreSQL database (each test run has its own; deployments may too).
 * Migrating one must not depend on the others: schemas created and dropped meanwhile by other
 * processes must not break it (Kysely's stock introspector read every schema by name and failed with
 * `schema "…" does not exist` when one vanished under it).
 */
describe.runIf(postgresAvailable)("migrations on a PostgreSQL database other schemas come and go in", () => {
  it("12 migrations while other schemas with tables are created and dropped: every one succeeds", async () => {
    let churning = true
    const churn = async (worker: number) => {
      const client = new pg.Client({ connectionString: postgresUrl })
      await client.connect()
      let round = 0
      while (churning) {
        const schema = `churn_${process.pid}_${worker}_${round++}`
        await client.query(`CREATE SCHEMA ${schema}`)
        await client.query(
          `CREATE TABLE ${schema}.a (id int primary key, v text); CREATE TABLE ${schema}.b (id serial primary key)`
        )
        await client.query(`DROP SCHEMA ${schema} CASCADE`)
      }
      await client.end()
      return round
    }
    const churners = [churn(1), churn(2), churn(3)]
    try {
      const databases = await Promise.all(Array.from({ length: 12 }, () => createTestDatabase("postgres")))
      await Promise.all(databases.map((d) => d.drop()))
      expect(databases).toHaveLength(12)
    } finally {
      churning = false
    }
    const rounds = await Promise.all(churners)
    // The other schemas really came and went while the migrations ran.
    for (const r of rounds) expect(r).toBeGreaterThan(0)
  }, 120_000)
})
