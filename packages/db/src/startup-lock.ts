import { type Kysely, sql } from "kysely"
import type { Dialect } from "./migrations/dialect.ts"

/** The first key of the startup lock (pg_advisory_lock(int4, int4)); the second is the schema's hash. */
const STARTUP_LOCK_CLASS = 0x0b0e_0b0e

/**
 * Runs `work` (migrations and the one-time startup writes) while holding a session advisory lock on
 * PostgreSQL, one per schema, so processes that start together do it one after the other: the first
 * migrates and seeds, the next ones find it done. The lock is held on one pooled connection for the
 * duration of `work` (which uses other connections) and released by the server if the process dies.
 * `onWait` is called when another process holds it. SQLite (one process) runs `work` as it is.
 */
export const withStartupLock = async <A>(
  kysely: Kysely<any>,
  dialect: Dialect,
  schema: string | undefined,
  work: () => Promise<A>,
  onWait: () => void = () => undefined
): Promise<A> => {
  if (dialect !== "postgres") return work()
  const key = sql`${STARTUP_LOCK_CLASS}::int4, hashtext(coalesce(${schema ?? null}::text, current_schema(), 'public'))`
  return kysely.connection().execute(async (connection) => {
    const tried = await sql<{ locked: boolean }>`SELECT pg_try_advisory_lock(${key}) AS locked`.execute(
      connection
    )
    if (tried.rows[0]?.locked !== true) {
      onWait()
      await sql`SELECT pg_advisory_lock(${key})`.execute(connection)
    }
    try {
      return await work()
    } finally {
      await sql`SELECT pg_advisory_unlock(${key})`.execute(connection)
    }
  })
}
