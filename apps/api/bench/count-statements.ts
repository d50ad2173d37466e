/**
 * Preloaded into a benchmarked server (`node --import ./bench/count-statements.ts …`): counts every
 * statement the database drivers execute — better-sqlite3's `run`/`get`/`all`/`iterate` (BEGIN and
 * COMMIT included, whoever prepared the statement and however it is cached) and pg's `Client#query` —
 * and answers the running total over the IPC channel the benchmark opened (`"statements"` →
 * `{ statements }`). Nothing in the server changes; without an IPC channel it does nothing.
 */
import SqliteDatabase from "better-sqlite3"
import pg from "pg"

if (typeof process.send === "function") {
  let statements = 0

  // The Statement class is not exported; every prepared statement is an instance of it.
  const probe = new SqliteDatabase(":memory:")
  const Statement = probe.prepare("SELECT 1").constructor as { prototype: Record<string, unknown> }
  probe.close()
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = Statement.prototype[method] as (...args: Array<unknown>) => unknown
    Statement.prototype[method] = function (this: unknown, ...args: Array<unknown>) {
      statements++
      return original.apply(this, args)
    }
  }

  const query = pg.Client.prototype.query as (...args: Array<unknown>) => unknown
  pg.Client.prototype.query = function (this: unknown, ...args: Array<unknown>) {
    statements++
    return query.apply(this, args)
  } as typeof pg.Client.prototype.query

  process.on("message", (message) => {
    if (message === "statements") process.send?.({ statements })
  })
  // The channel alone never keeps the server alive.
  process.channel?.unref()
}
