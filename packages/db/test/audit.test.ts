import { assert, describe, it } from "@effect/vitest"
import { AuditLog } from "@openpor/domain"
import { Cause, Effect, Exit } from "effect"
import { sql } from "kysely"
import { afterAll, beforeAll } from "vitest"
import { Db } from "../src/index.ts"
import { createTestDatabase, dialects, type TestDatabase, testLayer } from "./harness.ts"

describe.each(dialects)("audit log on %s", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  const run = <A, E>(effect: Effect.Effect<A, E, AuditLog | Db>) =>
    Effect.runPromise(effect.pipe(Effect.provide(testLayer(database))))

  it("appends events and lists them newest first per entity", async () => {
    const events = await run(
      Effect.gen(function* () {
        const audit = yield* AuditLog
        yield* audit.append({
          actor: "system",
          action: "a.created",
          entityType: "thing",
          entityId: "t1",
          before: null,
          after: { n: 1 }
        })
        yield* audit.append({
          actor: "system",
          action: "a.changed",
          entityType: "thing",
          entityId: "t1",
          before: { n: 1 },
          after: { n: 2 }
        })
        yield* audit.append({
          actor: "system",
          action: "a.created",
          entityType: "thing",
          entityId: "t2",
          before: null,
          after: null
        })
        return yield* audit.list({ entityType: "thing", entityId: "t1", limit: 10 })
      })
    )
    assert.deepStrictEqual(
      events.map((e) => [e.action, e.after]),
      [
        ["a.changed", { n: 2 }],
        ["a.created", { n: 1 }]
      ]
    )
  })

  it("refuses UPDATE and DELETE in the database itself", async () => {
    const attempt = (statement: "update" | "delete") =>
      Effect.runPromiseExit(
        Effect.gen(function* () {
          const db = yield* Db
          yield* Effect.tryPromise(
            (): Promise<unknown> =>
              statement === "update"
                ? db.kysely.updateTable("audit_log").set({ action: "tampered" }).execute()
                : db.kysely.deleteFrom("audit_log").execute()
          )
        }).pipe(Effect.provide(testLayer(database)))
      )
    const update = await attempt("update")
    const del = await attempt("delete")
    assert.isTrue(Exit.isFailure(update))
    assert.isTrue(Exit.isFailure(del))
    assert.match(Exit.isFailure(update) ? Cause.pretty(update.cause) : "", /append-only/)
    assert.match(Exit.isFailure(del) ? Cause.pretty(del.cause) : "", /append-only/)
    const count = await run(
      Effect.gen(function* () {
        const db = yield* Db
        return yield* Effect.promise(() =>
          sql<{ n: number | string }>`select count(*) as n from audit_log where action = 'tampered'`.execute(
            db.kysely
          )
        )
      })
    )
    assert.strictEqual(Number(count.rows[0]?.n), 0)
    const remaining = await run(AuditLog.use((a) => a.list({ limit: 100 })))
    assert.strictEqual(remaining.length, 3)
  })
})

describe.each(dialects.filter((d) => d === "postgres"))("audit log on %s (PostgreSQL only)", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  it("refuses TRUNCATE", async () => {
    const exit = await Effect.runPromiseExit(
      Effect.gen(function* () {
        const db = yield* Db
        yield* Effect.tryPromise(() => sql`truncate audit_log`.execute(db.kysely))
      }).pipe(Effect.provide(testLayer(database)))
    )
    assert.isTrue(Exit.isFailure(exit))
    assert.match(Exit.isFailure(exit) ? Cause.pretty(exit.cause) : "", /append-only/)
  })
})
