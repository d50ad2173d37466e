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
  // BENCH_SQL=1: also keep the statements' SQL (answered with the count, then forgotten).
  const keepText = process.env.BENCH_SQL === "1"
  let texts: Array<string> = []
  const note = (sql: unknown) => {
    statements++
    if (keepText) texts.push(String(sql).replace(/\s+/g, " ").slice(0, 240))
  }

  // The Statement class is not exported; every prepared statement is an instance of it.
  const probe = new SqliteDatabase(":memory:")
  const Statement = probe.prepare("SELECT 1").constructor as { prototype: Record<string, unknown> }
  probe.close()
  for (const method of ["run", "get", "all", "iterate"]) {
    const original = Statement.prototype[method] as (...args: Array<unknown>) => unknown
    Statement.prototype[method] = function (this: { source: string }, ...args: Array<unknown>) {
      note(this.source)
      return original.apply(this, args)
    }
  }

  const query = pg.Client.prototype.query as (...args: Array<unknown>) => unknown
  pg.Client.prototype.query = function (this: unknown, ...args: Array<unknown>) {
    const first = args[0] as string | { text?: string } | undefined
    note(typeof first === "string" ? first : first?.text)
    return query.apply(this, args)
  } as typeof pg.Client.prototype.query

  process.on("message", (message) => {
    if (message === "statements") {
      process.send?.({ statements, texts })
      texts = []
    }
  })
  // The channel alone never keeps the server alive.
  process.channel?.unref()
}
