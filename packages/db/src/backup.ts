import { existsSync, renameSync, rmSync } from "node:fs"
import SqliteDatabase from "better-sqlite3"

/** What an online backup copied. */
export interface SqliteBackupResult {
  /** Pages in the copy (its size is pages × the page size). */
  readonly pages: number
  readonly bytes: number
}

/**
 * Copies a live SQLite database with SQLite's online backup API (better-sqlite3's `db.backup()`),
 * while other processes keep reading and writing it: the copy is the database as of one committed
 * transaction, never a half-written page or a transaction in part, and — the database being in WAL
 * mode — no writer waits for it.
 *
 * All pages are copied in one step, under one read transaction: when the source is changed by another
 * connection between two steps SQLite starts the backup again, so a busy server could keep a stepwise
 * copy from ever finishing. The copy is written to `<destination>.partial`, checked with
 * `PRAGMA integrity_check` and only then renamed to `destination`, which must not exist yet.
 */
export const backupSqliteFile = async (source: string, destination: string): Promise<SqliteBackupResult> => {
  if (!existsSync(source)) throw new Error(`no SQLite database at ${source}`)
  if (existsSync(destination)) throw new Error(`${destination} exists already; give a new destination`)
  const partial = `${destination}.partial`
  rmSync(partial, { force: true })
  const database = new SqliteDatabase(source, { fileMustExist: true })
  try {
    database.pragma("busy_timeout = 5000")
    const progress = await database.backup(partial, { progress: () => 0x7fffffff })
    // The copy is one self-contained file (rollback journal; the server turns WAL on again when it opens
    // it), checked before it takes the destination's name.
    const copy = new SqliteDatabase(partial, { fileMustExist: true })
    let check: string
    try {
      copy.pragma("journal_mode = DELETE")
      check = integrityOf(copy)
    } finally {
      copy.close()
    }
    if (check !== "ok") throw new Error(`the copy of ${source} is damaged: ${check}`)
    renameSync(partial, destination)
    const pageSize = database.pragma("page_size", { simple: true }) as number
    return { pages: progress.totalPages, bytes: progress.totalPages * pageSize }
  } catch (e) {
    rmSync(partial, { force: true })
    throw e
  } finally {
    database.close()
  }
}

const integrityOf = (database: SqliteDatabase.Database): string =>
  (database.pragma("integrity_check") as ReadonlyArray<{ integrity_check: string }>)
    .map((r) => r.integrity_check)
    .join("; ")

/** `PRAGMA integrity_check` of a database file: "ok", or SQLite's list of problems. */
export const checkSqliteIntegrity = (file: string): string => {
  const database = new SqliteDatabase(file, { fileMustExist: true })
  try {
    return integrityOf(database)
  } finally {
    database.close()
  }
}
