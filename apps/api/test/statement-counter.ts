import SqliteDatabase from "better-sqlite3"
import pg from "pg"
import { afterAll, beforeAll } from "vitest"

/**
 * Counts the statements the drivers themselves execute (pg's `Client.query`, better-sqlite3's statement
 * runs) while a test file runs: `counted(f)` answers `f`'s result and how many statements it took.
 * Call once at the top of a test file.
 */
export const countStatements = () => {
  let statements = 0
  const restore: Array<() => void> = []
  const countCalls = (proto: Record<string, unknown>, names: ReadonlyArray<string>) => {
    for (const name of names) {
      const original = proto[name] as (...args: Array<unknown>) => unknown
      proto[name] = function (this: unknown, ...args: Array<unknown>) {
        statements++
        return original.apply(this, args)
      }
      restore.push(() => {
        proto[name] = original
      })
    }
  }
  beforeAll(() => {
    countCalls(pg.Client.prototype as unknown as Record<string, unknown>, ["query"])
    const probe = new SqliteDatabase(":memory:")
    countCalls(Object.getPrototypeOf(probe.prepare("select 1")), ["all", "run", "get", "iterate"])
    probe.close()
  })
  afterAll(() => {
    for (const r of restore.reverse()) r()
  })
  return async <A>(f: () => Promise<A>) => {
    const before = statements
    const result = await f()
    return { result, statements: statements - before }
  }
}
