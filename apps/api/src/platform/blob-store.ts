import { randomBytes } from "node:crypto"
import { mkdir, open, readFile, rename, unlink } from "node:fs/promises"
import { dirname, join, resolve, sep } from "node:path"
import { BlobStore, validateBlobKey } from "@openpor/domain"
import { Effect, Layer, Option } from "effect"

/**
 * Where a key's blob lives: its `/`-separated segments as directories, the last one with `.blob`
 * appended. Segments never contain a dot, so a blob file never collides with a directory of a longer
 * key, and the `.tmp-…` files of a write in progress never collide with either.
 */
const blobPath = (root: string, key: string): string => {
  const path = `${join(root, ...key.split("/"))}.blob`
  if (!path.startsWith(root + sep)) throw new Error(`blob path escapes the store: ${key}`)
  return path
}

const errorCode = (e: unknown): string | undefined =>
  typeof e === "object" && e !== null && "code" in e && typeof e.code === "string" ? e.code : undefined

/** fsync of a directory, so a rename or a new entry in it survives a crash. */
const syncDirectory = async (path: string): Promise<void> => {
  let handle: Awaited<ReturnType<typeof open>> | undefined
  try {
    handle = await open(path, "r")
    await handle.sync()
  } catch (e) {
    // Some platforms (Windows) cannot open or fsync a directory; nothing more can be done there.
    const code = errorCode(e)
    if (code !== "EISDIR" && code !== "EPERM" && code !== "EINVAL" && code !== "EACCES") throw e
  } finally {
    await handle?.close()
  }
}

/** Creates the directories of a path and makes the new entries durable. */
const ensureDirectory = async (root: string, directory: string): Promise<void> => {
  const created = await mkdir(directory, { recursive: true })
  if (created === undefined) return
  // `created` is the first directory made; its parent and every new one below it got new entries.
  let current = directory
  const toSync: Array<string> = [current]
  while (current !== created && current.startsWith(root + sep)) {
    current = dirname(current)
    toSync.push(current)
  }
  toSync.push(dirname(created))
  for (const path of toSync.reverse()) await syncDirectory(path)
}

/**
 * Writes atomically and durably: a temporary file in the target directory is written and fsynced,
 * renamed over the target, and the directory fsynced, so readers and crashes see the old blob or the
 * new one, never a part of it.
 */
const writeAtomically = async (root: string, path: string, bytes: Uint8Array): Promise<void> => {
  const directory = dirname(path)
  await ensureDirectory(root, directory)
  const temp = join(directory, `.tmp-${process.pid}-${randomBytes(8).toString("hex")}`)
  let renamed = false
  try {
    const handle = await open(temp, "wx", 0o600)
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
    renamed = true
    await syncDirectory(directory)
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined)
  }
}

const readBlob = async (path: string): Promise<Option.Option<Uint8Array>> => {
  try {
    const buffer = await readFile(path)
    return Option.some(new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength))
  } catch (e) {
    const code = errorCode(e)
    if (code === "ENOENT" || code === "ENOTDIR") return Option.none()
    throw e
  }
}

/**
 * Blobs as files under `directory` (created if missing). File paths come only from validated keys;
 * filesystem errors are defects, like database faults.
 */
export const LocalBlobStoreLive = (directory: string): Layer.Layer<BlobStore> =>
  Layer.effect(
    BlobStore,
    Effect.gen(function* () {
      const root = resolve(directory)
      yield* Effect.promise(() => mkdir(root, { recursive: true }))
      return BlobStore.of({
        put: (key, bytes) =>
          Effect.flatMap(validateBlobKey(key), (k) =>
            Effect.promise(() => writeAtomically(root, blobPath(root, k), bytes))
          ),
        get: (key) =>
          Effect.flatMap(validateBlobKey(key), (k) => Effect.promise(() => readBlob(blobPath(root, k))))
      })
    })
  )
