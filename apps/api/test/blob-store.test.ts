import { mkdtemp, readdir, rm, stat, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join, relative } from "node:path"
import { BlobStore } from "@openpor/domain"
import { Effect, Exit, Option } from "effect"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { LocalBlobStoreLive } from "../src/platform/blob-store.ts"

let base: string
beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), "openpor-blobs-"))
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

const listFiles = async (directory: string): Promise<Array<string>> => {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(directory, join(e.parentPath, e.name)))
    .sort()
}

const bytes = (...values: Array<number>) => Uint8Array.from(values)

describe.each([
  ["local files", () => LocalBlobStoreLive(join(base, "store", "nested"))],
  ["memory", () => BlobStore.layerMemory]
] as const)("BlobStore (%s)", (_name, layer) => {
  const run = <A>(effect: Effect.Effect<A, never, BlobStore>) =>
    Effect.runPromise(effect.pipe(Effect.provide(layer())))
  const runExit = <A>(effect: Effect.Effect<A, never, BlobStore>) =>
    Effect.runPromiseExit(effect.pipe(Effect.provide(layer())))

  it("round-trips bytes, overwrites, and answers none for a missing key", async () => {
    const result = await run(
      Effect.gen(function* () {
        const store = yield* BlobStore
        const missingBefore = yield* store.get("poe/clm_1/poe_1")
        yield* store.put("poe/clm_1/poe_1", bytes(1, 2, 3))
        const first = yield* store.get("poe/clm_1/poe_1")
        yield* store.put("poe/clm_1/poe_1", bytes(9, 8))
        const second = yield* store.get("poe/clm_1/poe_1")
        yield* store.put("poe/clm_1/poe_2", new Uint8Array(0))
        const empty = yield* store.get("poe/clm_1/poe_2")
        const other = yield* store.get("poe/clm_2/poe_1")
        // a key that is a prefix of another one, and one below an existing key
        yield* store.put("poe/clm_1", bytes(7))
        yield* store.put("poe/clm_1/poe_1/x", bytes(6))
        const prefix = yield* store.get("poe/clm_1")
        const below = yield* store.get("poe/clm_1/poe_1/x")
        const stillSecond = yield* store.get("poe/clm_1/poe_1")
        return { missingBefore, first, second, empty, other, prefix, below, stillSecond }
      })
    )
    expect(Option.isNone(result.missingBefore)).toBe(true)
    expect(Option.getOrThrow(result.first)).toEqual(bytes(1, 2, 3))
    expect(Option.getOrThrow(result.second)).toEqual(bytes(9, 8))
    expect(Option.getOrThrow(result.empty)).toEqual(new Uint8Array(0))
    expect(Option.isNone(result.other)).toBe(true)
    expect(Option.getOrThrow(result.prefix)).toEqual(bytes(7))
    expect(Option.getOrThrow(result.below)).toEqual(bytes(6))
    expect(Option.getOrThrow(result.stillSecond)).toEqual(bytes(9, 8))
  })

  it("keeps its own copy: later changes to the caller's array do not leak in", async () => {
    const data = bytes(1, 2, 3)
    const got = await run(
      Effect.gen(function* () {
        const store = yield* BlobStore
        yield* store.put("poe/a", data)
        data[0] = 42
        return yield* store.get("poe/a")
      })
    )
    expect(Option.getOrThrow(got)).toEqual(bytes(1, 2, 3))
  })

  it("round-trips a 10 MB blob", async () => {
    const big = new Uint8Array(10 * 1024 * 1024)
    for (let i = 0; i < big.length; i += 4096) big[i] = i % 251
    const got = await run(
      Effect.gen(function* () {
        const store = yield* BlobStore
        yield* store.put("poe/big", big)
        return yield* store.get("poe/big")
      })
    )
    expect(Buffer.from(Option.getOrThrow(got)).equals(Buffer.from(big))).toBe(true)
  })

  const invalidKeys = [
    "",
    "../etc/passwd",
    "poe/../../x",
    "/abs",
    "Poe/1",
    "poe/x.pdf",
    "poe//x",
    "poe/",
    "poe\\x",
    "poe/ x",
    "_leading",
    "poe/%2e%2e",
    `a${"b".repeat(201)}`
  ]

  it.each(invalidKeys)("dies on the invalid key %j", async (key) => {
    const put = await runExit(BlobStore.use((s) => s.put(key, bytes(1))))
    const get = await runExit(BlobStore.use((s) => s.get(key)))
    for (const exit of [Exit.asVoid(put), Exit.asVoid(get)]) {
      expect(Exit.isFailure(exit)).toBe(true)
      if (Exit.isFailure(exit)) expect(exit.cause.reasons.some((r) => r._tag === "Die")).toBe(true)
    }
  })

  it("accepts the longest valid key", async () => {
    const key = `a${"b".repeat(200)}`
    const got = await run(
      Effect.gen(function* () {
        const store = yield* BlobStore
        yield* store.put(key, bytes(5))
        return yield* store.get(key)
      })
    )
    expect(Option.getOrThrow(got)).toEqual(bytes(5))
  })
})

describe("LocalBlobStoreLive on disk", () => {
  it("creates the directory, writes only under it, and leaves no temporary files", async () => {
    const directory = join(base, "a", "b", "blobs")
    await writeFile(join(base, "outside.txt"), "untouched")
    await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* BlobStore
        yield* store.put("poe/clm_1/poe_1", bytes(1))
        yield* store.put("poe/clm_1/poe_1", bytes(2))
        yield* store.put("poe/clm_2/poe_9", bytes(3))
        yield* store.put("top", bytes(4))
        // invalid keys write nothing
        yield* Effect.exit(store.put("../escape", bytes(5)))
        yield* Effect.exit(store.put("poe/../../escape", bytes(5)))
      }).pipe(Effect.provide(LocalBlobStoreLive(directory)))
    )
    expect((await stat(directory)).isDirectory()).toBe(true)
    expect(await listFiles(directory)).toEqual([
      join("poe", "clm_1", "poe_1.blob"),
      join("poe", "clm_2", "poe_9.blob"),
      "top.blob"
    ])
    expect(await listFiles(base)).toEqual([
      join("a", "b", "blobs", "poe", "clm_1", "poe_1.blob"),
      join("a", "b", "blobs", "poe", "clm_2", "poe_9.blob"),
      join("a", "b", "blobs", "top.blob"),
      "outside.txt"
    ])
  })

  it("sees the blobs of an earlier instance on the same directory (survives a restart)", async () => {
    const directory = join(base, "store")
    await Effect.runPromise(
      BlobStore.use((s) => s.put("poe/x", bytes(1, 2))).pipe(Effect.provide(LocalBlobStoreLive(directory)))
    )
    const got = await Effect.runPromise(
      BlobStore.use((s) => s.get("poe/x")).pipe(Effect.provide(LocalBlobStoreLive(directory)))
    )
    expect(Option.getOrThrow(got)).toEqual(bytes(1, 2))
  })

  it("concurrent writers of one key leave one whole blob and no temporary files", async () => {
    const directory = join(base, "store")
    const versions = Array.from({ length: 8 }, (_, i) => new Uint8Array(256 * 1024).fill(i + 1))
    const got = await Effect.runPromise(
      Effect.gen(function* () {
        const store = yield* BlobStore
        yield* Effect.forEach(versions, (v) => store.put("poe/same", v), { concurrency: "unbounded" })
        return yield* store.get("poe/same")
      }).pipe(Effect.provide(LocalBlobStoreLive(directory)))
    )
    const value = Option.getOrThrow(got)
    expect(value.length).toBe(256 * 1024)
    expect(value.every((b) => b === value[0])).toBe(true)
    expect(await listFiles(directory)).toEqual([join("poe", "same.blob")])
  })

  it("treats a filesystem fault as a defect", async () => {
    const directory = join(base, "store")
    // a regular file where the store needs a directory
    await writeFile(join(base, "store"), "not a directory")
    const exit = await Effect.runPromiseExit(
      BlobStore.use((s) => s.put("poe/x", bytes(1))).pipe(Effect.provide(LocalBlobStoreLive(directory)))
    )
    expect(Exit.isFailure(exit)).toBe(true)
    if (Exit.isFailure(exit)) expect(exit.cause.reasons.some((r) => r._tag === "Die")).toBe(true)
  })
})
