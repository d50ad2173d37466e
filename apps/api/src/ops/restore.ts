/**
 * Restores a backup made by `backup.ts` into the places DATABASE_URL and OPENPOR_BLOB_DIR name, with the
 * server stopped (docs/deploy.md):
 *
 *   ./dev restore /var/backups/openpor/2026-11-30 [--force]   (or: node apps/api/src/ops/restore.ts …)
 *
 * The backup's database is checked (`PRAGMA integrity_check`) before anything is touched, copied beside
 * its target and renamed into place, and checked again there. An existing database is replaced only with
 * `--force` (its `-wal` and `-shm` files go with it: they belong to the old database). Files are added to
 * the blob directory; those already there stay (a file's key is never reused for other content).
 */
import { existsSync } from "node:fs"
import { copyFile, cp, mkdir, rename, rm } from "node:fs/promises"
import { dirname, join, resolve } from "node:path"
import { checkSqliteIntegrity } from "@openpor/db/backup"
import { BACKUP_BLOBS, BACKUP_DATABASE, OpsError, runCommand, sqliteLocations } from "./backup.ts"

export const restore = async (
  backupDirectory: string,
  locations: { readonly databaseFile: string; readonly blobDirectory: string },
  options: { readonly force?: boolean } = {}
): Promise<void> => {
  const source = join(resolve(backupDirectory), BACKUP_DATABASE)
  if (!existsSync(source)) throw new OpsError(`${source} is missing: not a backup directory`)
  const before = checkSqliteIntegrity(source)
  if (before !== "ok") throw new OpsError(`the backup's database is damaged: ${before}`)
  const target = locations.databaseFile
  if (existsSync(target) && options.force !== true)
    throw new OpsError(`${target} exists: stop the server and move it away, or give --force to replace it`)
  await mkdir(dirname(target), { recursive: true })
  const partial = `${target}.restoring`
  await copyFile(source, partial)
  for (const stale of [target, `${target}-wal`, `${target}-shm`, `${target}-journal`])
    await rm(stale, { force: true })
  await rename(partial, target)
  const after = checkSqliteIntegrity(target)
  if (after !== "ok") throw new OpsError(`the restored database is damaged: ${after}`)
  const blobs = join(resolve(backupDirectory), BACKUP_BLOBS)
  await mkdir(locations.blobDirectory, { recursive: true })
  if (existsSync(blobs)) await cp(blobs, locations.blobDirectory, { recursive: true, force: false })
}

if (import.meta.main) {
  await runCommand(async (config) => {
    const args = process.argv.slice(2)
    const force = args.includes("--force")
    const positional = args.filter((a) => !a.startsWith("-"))
    if (positional.length !== 1)
      throw new OpsError("usage: restore <backup directory> [--force]   (with the server stopped)")
    const locations = sqliteLocations(config)
    await restore(positional[0]!, locations, { force })
    return `restored ${resolve(positional[0]!)} into ${locations.databaseFile} and ${locations.blobDirectory}: integrity ok`
  })
}
