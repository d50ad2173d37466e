/**
 * Online backup of a one-machine (SQLite) installation, while the server runs (docs/deploy.md):
 *
 *   ./dev backup /var/backups/openpor/2026-11-30        (or: node apps/api/src/ops/backup.ts <dir>)
 *
 * reads DATABASE_URL and OPENPOR_BLOB_DIR as the server does and writes into the new directory
 * `openpor.db` (SQLite's online backup: the database as of one committed transaction, checked with
 * `PRAGMA integrity_check`), `blobs/` (the proof-of-execution files) and `backup.json`. The database is
 * copied first and the files after it: a file is written before the row that names it commits, and files
 * are never changed or deleted, so every file the copied database names is in the copy (a file written
 * meanwhile may be there too, unnamed, which is harmless). On PostgreSQL use pg_dump or PITR instead.
 */
import { existsSync } from "node:fs"
import { cp, mkdir, readdir, writeFile } from "node:fs/promises"
import { basename, join, resolve } from "node:path"
import { backupSqliteFile } from "@openpor/db/backup"
import { Redacted } from "effect"
import { ConfigError, readConfig, type ServerConfig } from "../config.ts"

export const BACKUP_DATABASE = "openpor.db"
export const BACKUP_BLOBS = "blobs"
export const BACKUP_MANIFEST = "backup.json"

export interface BackupManifest {
  readonly createdAt: string
  readonly source: string
  readonly pages: number
  readonly bytes: number
  readonly blobs: number
}

/** A command-line refusal (bad arguments or setting): printed without a stack, exit code 2. */
export class OpsError extends Error {}

/** The SQLite file and blob directory of a configuration; PostgreSQL is refused with what to use instead. */
export const sqliteLocations = (config: ServerConfig) => {
  const file = Redacted.value(config.database.url)
  if (config.database.dialect !== "sqlite" || file === ":memory:")
    throw new OpsError(
      "DATABASE_URL is not a SQLite file: back PostgreSQL up with pg_dump or point-in-time recovery (docs/deploy.md)"
    )
  return { databaseFile: resolve(file), blobDirectory: resolve(config.blobDirectory) }
}

const countFiles = async (directory: string): Promise<number> => {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter((e) => e.isFile()).length
}

/** Backs up the database file and then the blob directory into `destination` (a new or empty directory). */
export const backup = async (
  locations: { readonly databaseFile: string; readonly blobDirectory: string },
  destination: string
): Promise<BackupManifest> => {
  if (!existsSync(locations.databaseFile))
    throw new OpsError(`no database at ${locations.databaseFile} (DATABASE_URL): nothing to back up`)
  const target = resolve(destination)
  await mkdir(target, { recursive: true })
  if ((await readdir(target)).length > 0) throw new OpsError(`${target} is not empty; give a new directory`)
  const copied = await backupSqliteFile(locations.databaseFile, join(target, BACKUP_DATABASE))
  const blobs = join(target, BACKUP_BLOBS)
  await mkdir(blobs)
  await cp(locations.blobDirectory, blobs, {
    recursive: true,
    errorOnExist: false,
    // A write in progress (blob-store.ts writes `.tmp-…` and renames it) is not a file yet.
    filter: (source) => !basename(source).startsWith(".tmp-")
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== "ENOENT") throw e // no blob directory yet: nothing uploaded so far
  })
  const manifest: BackupManifest = {
    createdAt: new Date().toISOString(),
    source: locations.databaseFile,
    pages: copied.pages,
    bytes: copied.bytes,
    blobs: await countFiles(blobs)
  }
  await writeFile(join(target, BACKUP_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
  return manifest
}

/** Runs a command-line tool: configuration and refusals are one line on stderr and exit code 2. */
export const runCommand = async (run: (config: ServerConfig) => Promise<string>) => {
  try {
    console.log(await run(readConfig(process.env)))
  } catch (e) {
    if (e instanceof ConfigError || e instanceof OpsError) {
      console.error(`openpor: ${e.message}`)
      process.exit(2)
    }
    console.error("openpor:", e)
    process.exit(1)
  }
}

if (import.meta.main) {
  await runCommand(async (config) => {
    const destination = process.argv[2]
    if (destination === undefined || destination.startsWith("-"))
      throw new OpsError("usage: backup <new directory>   (./dev backup /var/backups/openpor/$(date +%F))")
    const started = Date.now()
    const manifest = await backup(sqliteLocations(config), destination)
    return `backup of ${manifest.source} in ${resolve(destination)}: ${manifest.bytes} bytes of database, ${manifest.blobs} files, integrity ok (${Date.now() - started} ms)`
  })
}
