import type SqliteDatabase from "better-sqlite3"
import type { SqliteDatabase as KyselySqliteDatabase } from "kysely"

export interface StatementCacheStats {
  /** Statements compiled by SQLite (cache misses, and fresh ones for a statement being iterated). */
  readonly prepared: number
  /** `prepare` calls answered from the cache. */
  readonly hits: number
  /** Statements in the cache now. */
  readonly size: number
}

export interface CachedStatements extends KyselySqliteDatabase {
  readonly stats: () => StatementCacheStats
}

/**
 * The database as Kysely's SqliteDialect sees it, with `prepare(sql)` answered from an LRU cache of
 * compiled better-sqlite3 statements keyed by the SQL text (Kysely's SQLite driver prepares every
 * query anew otherwise). The statements are the driver's own, so `reader`, `all`, `run` and `iterate`
 * behave as before. A statement that is being iterated is busy (better-sqlite3 refuses to run it
 * again until the iteration ends): another query with the same text then gets a fresh statement.
 * Kysely never changes a statement's modes (raw, pluck, expand, safeIntegers, bind), so sharing is safe.
 */
export const cachedStatements = (database: SqliteDatabase.Database, capacity = 500): CachedStatements => {
  // A Map iterates in insertion order: re-inserting on a hit keeps the least recently used first.
  const cache = new Map<string, SqliteDatabase.Statement>()
  let prepared = 0
  let hits = 0
  return {
    close: () => {
      cache.clear()
      database.close()
    },
    prepare: (sql) => {
      const cached = cache.get(sql)
      if (cached !== undefined) {
        if (cached.busy) {
          prepared++
          return database.prepare(sql)
        }
        hits++
        cache.delete(sql)
        cache.set(sql, cached)
        return cached
      }
      const statement = database.prepare(sql)
      prepared++
      cache.set(sql, statement)
      if (cache.size > capacity) cache.delete(cache.keys().next().value as string)
      return statement
    },
    stats: () => ({ prepared, hits, size: cache.size })
  }
}
