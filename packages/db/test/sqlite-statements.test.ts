import SqliteDatabase from "better-sqlite3"
import { Kysely, SqliteDialect, sql } from "kysely"
import { afterEach, assert, describe, it } from "vitest"
import { cachedStatements } from "../src/sqlite-statements.ts"

interface Tables {
  items: { id: number; name: string }
}

const open = (capacity?: number) => {
  const raw = new SqliteDatabase(":memory:")
  const database = cachedStatements(raw, capacity)
  const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) })
  return { raw, database, db }
}

describe("cached SQLite statements", () => {
  let opened: Array<Kysely<Tables>> = []
  afterEach(async () => {
    for (const db of opened) await db.destroy()
    opened = []
  })
  const setUp = async (capacity?: number) => {
    const o = open(capacity)
    opened.push(o.db)
    await sql`create table items (id integer primary key, name text not null)`.execute(o.db)
    return o
  }

  it("answers as the uncached driver does, and compiles a query's text once", async () => {
    const { database, db } = await setUp()
    const plain = new Kysely<Tables>({
      dialect: new SqliteDialect({ database: new SqliteDatabase(":memory:") })
    })
    opened.push(plain)
    await sql`create table items (id integer primary key, name text not null)`.execute(plain)
    const before = database.stats()
    for (const k of [db, plain]) {
      for (let i = 1; i <= 20; i++)
        await k
          .insertInto("items")
          .values({ id: i, name: `item ${i}` })
          .execute()
    }
    const results = []
    for (const k of [db, plain]) {
      const one = await k.selectFrom("items").selectAll().where("id", "=", 7).executeTakeFirst()
      const some = await k.selectFrom("items").select("name").where("id", ">", 15).orderBy("id").execute()
      const updated = await k.updateTable("items").set({ name: "x" }).where("id", "<", 3).executeTakeFirst()
      const deleted = await k.deleteFrom("items").where("id", "=", 20).executeTakeFirst()
      const returned = await k.insertInto("items").values({ id: 99, name: "r" }).returning("name").execute()
      results.push({ one, some, updated, deleted, returned })
    }
    assert.deepStrictEqual(results[0], results[1])
    assert.deepStrictEqual(results[0]!.returned, [{ name: "r" }])
    assert.strictEqual(results[0]!.updated.numUpdatedRows, 2n)
    const after = database.stats()
    // 20 inserts of one text: one compilation; five more queries: five more.
    assert.strictEqual(after.prepared - before.prepared, 6)
    assert.strictEqual(after.hits - before.hits, 19)
  })

  it("keeps at most `capacity` statements, dropping the least recently used", async () => {
    const { database, db } = await setUp(3)
    const q = (n: number) => sql`select ${sql.lit(n)} as n`.execute(db)
    await q(1)
    await q(2)
    await q(3)
    await q(1) // 1 is now the most recently used
    await q(4) // drops 2
    const before = database.stats()
    assert.strictEqual(before.size, 3)
    await q(1)
    await q(3)
    await q(4)
    assert.strictEqual(database.stats().prepared, before.prepared)
    await q(2)
    assert.strictEqual(database.stats().prepared, before.prepared + 1)
  })

  it("answers the same query text while a statement of that text is being iterated", async () => {
    const { database, db } = await setUp()
    for (let i = 1; i <= 5; i++)
      await db
        .insertInto("items")
        .values({ id: i, name: `item ${i}` })
        .execute()
    const text = "select id from items order by id"
    database.prepare(text).all([]) // cached
    const streamed: Array<number> = []
    const inner: Array<number> = []
    const iterating = database.prepare(text)
    for (const row of iterating.iterate([]) as Iterable<{ id: number }>) {
      streamed.push(row.id)
      // The cached statement is busy: the same text gets a fresh statement (better-sqlite3 would
      // refuse the busy one with "This statement is busy executing a query").
      const other = database.prepare(text)
      assert.notStrictEqual(other, iterating)
      inner.push(other.all([]).length)
    }
    assert.deepStrictEqual(streamed, [1, 2, 3, 4, 5])
    assert.deepStrictEqual(inner, [5, 5, 5, 5, 5])
    // The iteration ended: the cached statement answers again.
    const before = database.stats()
    assert.strictEqual(database.prepare(text), iterating)
    assert.strictEqual(database.stats().prepared, before.prepared)
    assert.strictEqual(database.stats().hits, before.hits + 1)
  })

  it("reports readers as the driver does (a write with RETURNING gives its rows)", async () => {
    const { raw, database } = await setUp()
    assert.isTrue(database.prepare("select 1").reader)
    assert.isFalse(database.prepare("insert into items (id, name) values (1, 'a')").reader)
    assert.isTrue(database.prepare("insert into items (id, name) values (2, 'b') returning id").reader)
    assert.strictEqual(database.prepare("select 1"), database.prepare("select 1"))
    assert.isTrue(raw.open)
  })
})
