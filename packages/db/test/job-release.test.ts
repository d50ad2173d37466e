import { assert, describe, it } from "@effect/vitest"
import { JobKind, JobQueue } from "@openpor/domain"
import { Effect, Option } from "effect"
import { Kysely } from "kysely"
import pg from "pg"
import { afterAll, beforeAll } from "vitest"
import { ScopedPostgresDialect } from "../src/pg-dialect.ts"
import { withStartupLock } from "../src/startup-lock.ts"
import { createTestDatabase, dialects, postgresUrl, type TestDatabase, testLayer } from "./harness.ts"

/** Shutdown support in the database (decision 027): a job given back, and the startup lock. */
describe.each(dialects)("a released job on %s", (dialect) => {
  let database: TestDatabase
  beforeAll(async () => {
    database = await createTestDatabase(dialect)
  })
  afterAll(async () => database.drop())

  it.effect("is pending again, due as it was, its attempt not counted; only the holder releases it", () =>
    Effect.gen(function* () {
      const queue = yield* JobQueue
      const now = new Date()
      const job = yield* queue.enqueue({ kind: JobKind.consentWindow, payload: { claimId: "clm_release" } })
      const leased = yield* queue.lease({ workerId: "w1", now, leaseMillis: 600_000 })
      assert.strictEqual(Option.getOrThrow(leased).id, job.id)
      assert.strictEqual(Option.getOrThrow(leased).attempts, 1)
      assert.isFalse(yield* queue.release(job.id, "w2"))
      assert.isTrue(yield* queue.release(job.id, "w1"))
      assert.isFalse(yield* queue.release(job.id, "w1"))
      const released = Option.getOrThrow(yield* queue.find(job.id))
      assert.strictEqual(released.status, "pending")
      assert.strictEqual(released.leasedBy, null)
      assert.strictEqual(released.leaseUntil, null)
      assert.strictEqual(released.attempts, 0)
      assert.strictEqual(released.runAt.getTime(), job.runAt.getTime())
      // Another worker takes it at once (the first lease would have lasted ten minutes).
      const retaken = yield* queue.lease({ workerId: "w2", now, leaseMillis: 600_000 })
      assert.strictEqual(Option.getOrThrow(retaken).id, job.id)
      assert.strictEqual(Option.getOrThrow(retaken).attempts, 1)
    }).pipe(Effect.provide(testLayer(database)))
  )
})

// PostgreSQL only: SQLite runs one process, and the lock is a no-op there.
describe.each(dialects.filter((d) => d === "postgres"))("the startup lock on %s", () => {
  const kyselyFor = (schema: string) =>
    new Kysely<any>({
      dialect: new ScopedPostgresDialect({
        pool: new pg.Pool({ connectionString: postgresUrl, max: 3, options: `-c search_path=${schema}` })
      })
    })

  it("lets one process at a time through per schema; other schemas do not wait", async () => {
    const [a, b, c] = [kyselyFor("lock_a"), kyselyFor("lock_a"), kyselyFor("lock_other")]
    try {
      const order: Array<string> = []
      let release!: () => void
      const held = new Promise<void>((r) => {
        release = r
      })
      let entered!: () => void
      const inside = new Promise<void>((r) => {
        entered = r
      })
      const first = withStartupLock(a, "postgres", "lock_a", async () => {
        order.push("first in")
        entered()
        await held
        order.push("first out")
      })
      await inside
      let waited = false
      const second = withStartupLock(
        b,
        "postgres",
        "lock_a",
        async () => {
          order.push("second in")
        },
        () => {
          waited = true
        }
      )
      // Another schema (another deployment, another test) is not held up.
      await withStartupLock(c, "postgres", "lock_other", async () => {
        order.push("other schema")
      })
      await new Promise((r) => setTimeout(r, 200))
      assert.deepStrictEqual(order, ["first in", "other schema"])
      release()
      await Promise.all([first, second])
      assert.isTrue(waited)
      assert.deepStrictEqual(order, ["first in", "other schema", "first out", "second in"])
    } finally {
      await Promise.all([a.destroy(), b.destroy(), c.destroy()])
    }
  })
})
