import { type ChildProcess, execFile, spawn } from "node:child_process"
import { once } from "node:events"
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { promisify } from "node:util"
import SqliteDatabase from "better-sqlite3"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { mwsClaim, pdfBytes } from "./claims-support.ts"
import { freePort, waitFor } from "./processes.ts"

const run = promisify(execFile)
const src = (path: string) => fileURLToPath(new URL(`../src/${path}`, import.meta.url))

/**
 * docs/deploy.md, one machine: the SQLite database and the proof-of-execution files are backed up while
 * the server runs and writes (`ops/backup.ts`, SQLite's online backup), restored into a new place
 * (`ops/restore.ts`), and a server started on the copy has the data.
 */
describe("online backup and restore of a SQLite installation (real server processes)", () => {
  let dir: string
  const children: Array<ChildProcess> = []
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "openpor-backup-"))
  })
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill("SIGKILL")
    rmSync(dir, { recursive: true, force: true })
  })

  const environment = (place: string) => ({
    ...process.env,
    HOST: "127.0.0.1",
    DATABASE_URL: `sqlite:${join(dir, place, "openpor.db")}`,
    OPENPOR_BLOB_DIR: join(dir, place, "files"),
    OPENPOR_SEED: "demo",
    OPENPOR_WORKERS: "1"
  })

  const start = async (place: string) => {
    const port = await freePort()
    const child = spawn(process.execPath, [src("main.ts")], {
      env: { ...environment(place), PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"]
    })
    children.push(child)
    let output = ""
    child.stdout?.on("data", (d: Buffer) => (output += d.toString()))
    child.stderr?.on("data", (d: Buffer) => (output += d.toString()))
    const base = `http://127.0.0.1:${port}/api/v1`
    await waitFor(
      `the server on ${place}`,
      async () => (await fetch(`http://127.0.0.1:${port}/readyz`)).ok || undefined,
      30_000
    ).catch((e: Error) => {
      throw new Error(`${e.message}\n${output.slice(-1000)}`)
    })
    const session = await fetch(`${base}/auth/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "ian@contoso.example", password: "demo-Passw0rd!" })
    })
    const { token } = (await session.json()) as { token: string }
    const call = (path: string, init: RequestInit = {}) =>
      fetch(`${base}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, ...(init.headers as Record<string, string> | undefined) }
      })
    return { child, call }
  }

  const stop = async (child: ChildProcess) => {
    child.kill("SIGTERM")
    if (child.exitCode === null) await once(child, "exit")
  }

  it("copies the database and files consistently while the server writes; a server on the restored copy has them", async () => {
    const live = await start("live")
    const draft = async (name: string) => {
      const res = await live.call("/claims", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(mwsClaim({ name }))
      })
      expect(res.status).toBe(201)
      return ((await res.json()) as { id: string }).id
    }
    // Before the backup: a draft with a proof-of-execution file (a blob beside the database).
    const withFile = await draft("Before the backup")
    const form = new FormData()
    form.append("file", new Blob([pdfBytes()], { type: "application/pdf" }), "signed-sow.pdf")
    const upload = await live.call(`/claims/${withFile}/poe`, { method: "POST", body: form })
    expect(upload.status).toBe(201)
    const poe = ((await upload.json()) as { poe: Array<{ id: string }> }).poe[0]!.id

    // The server keeps writing drafts, one after the other, while the backup runs in its own process.
    const acknowledged: Array<{ id: string; at: number }> = []
    let writing = true
    const writer = (async () => {
      for (let i = 0; writing; i++)
        acknowledged.push({ id: await draft(`During the backup ${i}`), at: Date.now() })
    })()
    await waitFor("a few writes", () => acknowledged.length >= 3 || undefined, 30_000)
    const backupStarted = Date.now()
    const backupDir = join(dir, "backups", "first")
    const { stdout } = await run(process.execPath, [src("ops/backup.ts"), backupDir], {
      env: environment("live")
    })
    const backupEnded = Date.now()
    const writtenDuring = acknowledged.filter((a) => a.at > backupStarted && a.at < backupEnded).length
    writing = false
    await writer
    expect(stdout).toContain("integrity ok")
    // The server was writing all the while the backup ran.
    expect(writtenDuring).toBeGreaterThan(0)
    const manifest = JSON.parse(readFileSync(join(backupDir, "backup.json"), "utf8")) as { blobs: number }
    expect(manifest.blobs).toBe(1)
    await stop(live.child)

    // Restore into a new place, then start a server there.
    const restored = await run(process.execPath, [src("ops/restore.ts"), backupDir], {
      env: environment("restored")
    })
    expect(restored.stdout).toContain("integrity ok")
    // A second restore over it is refused without --force (the database there is not replaced by mistake).
    const again = await run(process.execPath, [src("ops/restore.ts"), backupDir], {
      env: environment("restored")
    }).catch((e: { code: number; stderr: string }) => e)
    expect(again).toMatchObject({ code: 2, stderr: expect.stringContaining("--force") })

    const copy = await start("restored")
    const ids = new Set<string>()
    for (let cursor: string | null = ""; cursor !== null; ) {
      const listed = await copy.call(
        `/claims?limit=200${cursor === "" ? "" : `&before=${encodeURIComponent(cursor)}`}`
      )
      expect(listed.status).toBe(200)
      const page = (await listed.json()) as { claims: Array<{ id: string }>; nextCursor: string | null }
      for (const c of page.claims) ids.add(c.id)
      cursor = page.nextCursor
    }
    // Everything acknowledged before the backup began is in the copy, and nothing that never was.
    expect(ids.has(withFile)).toBe(true)
    for (const a of acknowledged.filter((x) => x.at < backupStarted)) expect(ids.has(a.id)).toBe(true)
    const known = new Set([withFile, ...acknowledged.map((a) => a.id)])
    for (const id of ids) expect(known.has(id)).toBe(true)
    // The copy is the database as of one moment: the drafts it has are the first N written, no gaps.
    const order = acknowledged.map((a) => ids.has(a.id))
    expect(order.indexOf(false) === -1 || order.slice(order.indexOf(false)).every((has) => !has)).toBe(true)
    // The file came along.
    const file = await copy.call(`/claims/${withFile}/poe/${poe}`)
    expect(file.status).toBe(200)
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(pdfBytes())
    await stop(copy.child)

    const database = new SqliteDatabase(join(dir, "restored", "openpor.db"), { readonly: true })
    expect(database.pragma("integrity_check", { simple: true })).toBe("ok")
    database.close()
    expect(existsSync(join(dir, "restored", "files"))).toBe(true)
  }, 90_000)
})
