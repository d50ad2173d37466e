import { Effect, Redacted } from "effect"
import { sql } from "kysely"
import { describe, expect, it } from "vitest"
import { Db, parseDatabaseUrl } from "../src/index.ts"
import { postgresAvailable, postgresUrl } from "./harness.ts"

/** DATABASE_URL's PostgreSQL parameters (docs/deploy.md, pool sizing): `?schema=` and `?pool=`. */
describe("DATABASE_URL on PostgreSQL", () => {
  it("?pool=N sets the pool's size and is not passed on to the server; ?schema= still works beside it", () => {
    const config = parseDatabaseUrl(
      "postgres://openpor:s3cret@db.internal:5432/openpor?schema=tenant_a&pool=4"
    )
    expect(config).toMatchObject({ dialect: "postgres", schema: "tenant_a", poolSize: 4 })
    expect(Redacted.value(config.url)).toBe("postgres://openpor:s3cret@db.internal:5432/openpor")
    expect(parseDatabaseUrl("postgres://db.internal/openpor").poolSize).toBeUndefined()
  })

  it("refuses a pool that is not a whole number from 1 to 1000, without repeating the URL", () => {
    for (const bad of ["0", "-1", "2.5", "many", "1001", ""])
      expect(() => parseDatabaseUrl(`postgres://openpor:s3cret@db/openpor?pool=${bad}`)).toThrow(
        /^DATABASE_URL \?pool= must be a whole number from 1 to 1000 \(got "[^"]*"\)$/
      )
  })

  it.runIf(postgresAvailable)(
    "a process opens at most ?pool= connections, however many queries wait",
    async () => {
      const url = new URL(postgresUrl)
      url.searchParams.set("pool", "2")
      const backends = await Effect.runPromise(
        Effect.gen(function* () {
          const db = yield* Db
          return yield* Effect.promise(() =>
            Promise.all(
              Array.from({ length: 6 }, () =>
                sql<{ pid: number }>`SELECT pg_backend_pid() AS pid, pg_sleep(0.1)`
                  .execute(db.kysely)
                  .then((r) => r.rows[0]!.pid)
              )
            )
          )
        }).pipe(Effect.provide(Db.layerFrom(parseDatabaseUrl(url.toString()))))
      )
      expect(new Set(backends).size).toBe(2)
    }
  )
})
