import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { request as httpRequest } from "node:http"
import { fileURLToPath } from "node:url"
import { Db, parseDatabaseUrl, withStartupLock } from "@openpor/db"
import { createTestDatabase, postgresUrl, type TestDatabase } from "@openpor/db/testing"
import { Effect } from "effect"
import pg from "pg"
import { SMTPServer } from "smtp-server"
import { afterAll, describe, expect, it } from "vitest"
import { demo } from "../src/seed/demo.ts"
import { mwsClaim } from "./claims-support.ts"
import { freePort, waitFor } from "./processes.ts"
import { dialects } from "./support.ts"

/**
 * Process roles, readiness and graceful shutdown with real processes (decision 027): main.ts spawned
 * as in production, probed over HTTP, stopped with SIGTERM.
 */

const mainTs = fileURLToPath(new URL("../src/main.ts", import.meta.url))

const children: Array<ChildProcess> = []
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL")
})

interface Spawned {
  readonly child: ChildProcess
  readonly base: string
  readonly output: () => string
  readonly exited: Promise<number | null>
}

/** main.ts in a role; `base` is its API port, or a worker's health port. */
const spawnMain = async (databaseUrl: string, env: Record<string, string> = {}): Promise<Spawned> => {
  const port = await freePort()
  const role = env.OPENPOR_ROLE ?? "all"
  const child = spawn(process.execPath, [mainTs], {
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      DATABASE_URL: databaseUrl,
      OPENPOR_SEED: "demo",
      OPENPOR_JOB_LEASE_SECONDS: "30",
      ...(role === "worker" ? { OPENPOR_HEALTH_PORT: String(port) } : { PORT: String(port) }),
      ...env
    },
    stdio: ["ignore", "pipe", "pipe"]
  })
  children.push(child)
  let output = ""
  const keep = (d: Buffer) => {
    output += d.toString()
  }
  child.stdout?.on("data", keep)
  child.stderr?.on("data", keep)
  const exited = once(child, "exit").then(([code]) => code as number | null)
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, exited }
}

const ready = (p: Spawned) =>
  waitFor(`${p.base}/readyz (output: ${p.output().slice(-800)})`, async () =>
    (await fetch(`${p.base}/readyz`)).ok ? true : undefined
  )

const json = async (res: Response) => ({
  status: res.status,
  headers: res.headers,
  body: (await res.json()) as any
})

/** A query on the test database, outside the processes. */
const query = <A>(databaseUrl: string, run: (db: Db["Service"]) => Promise<A>) =>
  Effect.runPromise(
    Effect.gen(function* () {
      const db = yield* Db
      return yield* Effect.promise(() => run(db))
    }).pipe(Effect.provide(Db.layerFrom(parseDatabaseUrl(databaseUrl))))
  )

const signIn = async (base: string, email: string) => {
  const res = await fetch(`${base}/api/v1/auth/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password: "demo-Passw0rd!" })
  })
  return ((await res.json()) as { token: string }).token
}

describe.each(dialects.filter((d) => d === "postgres"))(
  "several processes starting together on a fresh %s database",
  () => {
    it("answer /readyz 503 while the migrations are pending, then migrate once and all become ready", async () => {
      // A fresh schema: nothing migrated yet.
      const schema = `t_roles_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`
      const admin = new pg.Client({ connectionString: postgresUrl })
      await admin.connect()
      await admin.query(`CREATE SCHEMA ${schema}`)
      const url = new URL(postgresUrl)
      url.searchParams.set("schema", schema)
      const databaseUrl = url.toString()
      try {
        // The test holds the startup lock, as a process migrating slowly would.
        let releaseLock!: () => void
        const lockHeld = new Promise<void>((r) => {
          releaseLock = r
        })
        let locked!: () => void
        const lockTaken = new Promise<void>((r) => {
          locked = r
        })
        const holder = query(databaseUrl, (db) =>
          withStartupLock(db.kysely, db.dialect, schema, async () => {
            locked()
            await lockHeld
          })
        )
        await lockTaken
        const processes = await Promise.all([
          spawnMain(databaseUrl, { OPENPOR_ROLE: "api" }),
          spawnMain(databaseUrl, { OPENPOR_ROLE: "api" }),
          spawnMain(databaseUrl, { OPENPOR_ROLE: "worker" }),
          spawnMain(databaseUrl, { OPENPOR_ROLE: "worker" })
        ])
        // Every process answers from its start: alive, not ready, migrations pending.
        for (const p of processes) {
          const readyz = await waitFor(`${p.base}/readyz answering`, async () =>
            json(await fetch(`${p.base}/readyz`))
          )
          expect(readyz.status).toBe(503)
          expect(readyz.body.error.code).toBe("not_ready")
          expect(readyz.body.error.details.reason).toBe("migrations_pending")
          expect((await fetch(`${p.base}/healthz`)).status).toBe(200)
        }
        // Give them time to queue on the lock; still pending.
        await waitFor("every process waiting for the lock", async () => {
          const answers = await Promise.all(processes.map(async (p) => json(await fetch(`${p.base}/readyz`))))
          return answers.every((a) => /waiting for another process/.test(a.body.error?.message ?? ""))
            ? true
            : undefined
        })
        const api = await json(await fetch(`${processes[0]!.base}/api/v1/openapi.json`))
        expect(api.status).toBe(503)
        expect(api.body.error.code).toBe("starting")
        const tables = await admin.query(
          "SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = $1",
          [schema]
        )
        expect(tables.rows[0].n).toBe(0)

        releaseLock()
        await holder
        await Promise.all(processes.map(ready))
        // Migrated by exactly one process; the demo seed applied once.
        const migrated = processes.filter((p) => p.output().includes('"msg":"migrations applied"'))
        expect(migrated.length).toBe(1)
        const rows = await admin.query(
          `SELECT name, count(*)::int AS n FROM ${schema}.kysely_migration GROUP BY name`
        )
        expect(rows.rows.length).toBeGreaterThan(10)
        expect(rows.rows.every((r: { n: number }) => r.n === 1)).toBe(true)
        const users = await admin.query(`SELECT count(*)::int AS n FROM ${schema}.users`)
        expect(users.rows[0].n).toBe(demo.users.length)
        // Roles: a worker's port serves the health checks only; an api process serves the API.
        expect((await fetch(`${processes[2]!.base}/api/v1/openapi.json`)).status).toBe(404)
        expect((await fetch(`${processes[0]!.base}/api/v1/openapi.json`)).status).toBe(200)
        expect(processes[0]!.output()).toContain("OPENPOR_ROLE=api: HTTP API, no job workers")
        expect(processes[2]!.output()).toContain("OPENPOR_ROLE=worker: job workers, no HTTP API")
        // An email enqueued through an api process is delivered by a worker process.
        const otto = await signIn(processes[1]!.base, "otto@vendor.example")
        const sent = await json(
          await fetch(`${processes[1]!.base}/api/v1/ops/email/test`, {
            method: "POST",
            headers: { "content-type": "application/json", authorization: `Bearer ${otto}` },
            body: JSON.stringify({ to: "roles@vendor.example" })
          })
        )
        expect(sent.status).toBe(202)
        await waitFor("the email delivered by a worker", async () => {
          const r = await admin.query(`SELECT delivered_at FROM ${schema}.outbox WHERE id = $1`, [
            sent.body.messageId
          ])
          return r.rows[0]?.delivered_at ? true : undefined
        })
        for (const p of processes) p.child.kill("SIGTERM")
        expect(await Promise.all(processes.map((p) => p.exited))).toEqual([0, 0, 0, 0])
      } finally {
        await admin.query(`DROP SCHEMA ${schema} CASCADE`)
        await admin.end()
      }
    })
  }
)

/** A request whose body arrives in two parts: in flight until `finish` sends the rest. */
const slowPost = (base: string, path: string, token: string, body: unknown) => {
  const payload = Buffer.from(JSON.stringify(body))
  const { hostname, port } = new URL(base)
  const req = httpRequest({
    host: hostname,
    port,
    path,
    method: "POST",
    agent: false,
    headers: {
      "content-type": "application/json",
      "content-length": String(payload.length),
      authorization: `Bearer ${token}`
    }
  })
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    req.on("response", (res) => {
      let text = ""
      res.on("data", (d: Buffer) => {
        text += d.toString()
      })
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) }))
    })
    req.on("error", reject)
  })
  req.write(payload.subarray(0, 10))
  return {
    response,
    finish: () => {
      req.end(payload.subarray(10))
      return response
    }
  }
}

describe.each(dialects)("SIGTERM on %s", (dialect) => {
  let database: TestDatabase | undefined
  afterAll(async () => database?.drop())

  it("drains: /readyz 503 at once, new requests 503, in-flight ones finish; no acknowledged write lost; exit 0", async () => {
    database = await createTestDatabase(dialect)
    const p = await spawnMain(database.url, { OPENPOR_SHUTDOWN_SECONDS: "10" })
    await ready(p)
    const ian = await signIn(p.base, "ian@contoso.example")
    const draft = (n: number) =>
      fetch(`${p.base}/api/v1/claims`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${ian}` },
        body: JSON.stringify(mwsClaim({ name: `Load ${n}` }))
      }).then(
        async (res) => ({
          status: res.status,
          id: res.status === 201 ? ((await res.json()) as any).id : undefined
        }),
        () => ({ status: 0, id: undefined })
      )
    // A request in flight at SIGTERM: its body is not complete yet.
    const slow = slowPost(p.base, "/api/v1/claims", ian, mwsClaim({ name: "In flight at SIGTERM" }))
    // Eight clients writing drafts in a loop until the process refuses them.
    const acknowledged: Array<string> = []
    const refused: Array<number> = []
    let sigtermAt = 0
    let n = 0
    const client = async () => {
      for (;;) {
        const r = await draft(n++)
        if (r.id !== undefined) acknowledged.push(r.id)
        else if (r.status !== 0) refused.push(r.status)
        // Refused (503 while draining) or no connection: this client is done.
        if (r.id === undefined) return
      }
    }
    const load = Promise.all(Array.from({ length: 8 }, client))
    await waitFor("some acknowledged writes", () => (acknowledged.length >= 40 ? true : undefined))
    sigtermAt = Date.now()
    p.child.kill("SIGTERM")
    const draining = await waitFor("/readyz answering draining", async () => {
      const r = await json(await fetch(`${p.base}/readyz`))
      return r.body.error?.details?.reason === "draining" ? r : undefined
    })
    expect(draining.status).toBe(503)
    expect(Date.now() - sigtermAt).toBeLessThan(2000)
    const refusedNow = await fetch(`${p.base}/api/v1/claims`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${ian}` },
      body: JSON.stringify(mwsClaim({ name: "After SIGTERM" }))
    })
    expect(refusedNow.status).toBe(503)
    expect(refusedNow.headers.get("connection")).toBe("close")
    expect(((await refusedNow.json()) as any).error.code).toBe("shutting_down")
    await load
    // The request in flight since before SIGTERM completes and is acknowledged.
    const last = await slow.finish()
    expect(last.status).toBe(201)
    acknowledged.push(last.body.id)
    const code = await p.exited
    const drainMillis = Date.now() - sigtermAt
    expect(code).toBe(0)
    expect(drainMillis).toBeLessThan(10_000)
    expect(refused.every((s) => s === 503)).toBe(true)
    expect(p.output()).toContain('"msg":"shut down","finished":true')
    // Every acknowledged write is in the database.
    const stored = await query(database.url, async (db) =>
      (await db.kysely.selectFrom("claims").select("id").execute()).map((r) => r.id as string)
    )
    const missing = acknowledged.filter((id) => !stored.includes(id))
    expect(missing).toEqual([])
    console.log(
      `SIGTERM under load (${dialect}): ${acknowledged.length} acknowledged, ${refused.length} refused with 503, 0 lost; exit 0 after ${drainMillis} ms`
    )
  })
})

/** An SMTP server that holds each message until told to answer (a delivery job that takes long). */
const stallingSmtp = async () => {
  const received: Array<string> = []
  let stalling = true
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let raw = ""
      stream.on("data", (chunk: Buffer) => {
        raw += chunk.toString("utf8")
      })
      stream.on("end", () => {
        if (stalling) return // never answers: the sender waits
        received.push(/^Message-ID:\s*(.+)$/im.exec(raw)?.[1]?.trim() ?? "")
        callback()
      })
    }
  })
  server.listen(0, "127.0.0.1")
  await once(server.server, "listening")
  return {
    url: `smtp://127.0.0.1:${(server.server.address() as { port: number }).port}`,
    received,
    stop: () => {
      stalling = false
    },
    close: () => new Promise<void>((r) => server.close(() => r()))
  }
}

describe.each(dialects)("a job running at SIGTERM on %s", (dialect) => {
  let database: TestDatabase | undefined
  afterAll(async () => database?.drop())

  it("is released at the deadline and done once by the restarted worker", async () => {
    database = await createTestDatabase(dialect)
    const smtp = await stallingSmtp()
    try {
      const env = { SMTP_URL: smtp.url, OPENPOR_SHUTDOWN_SECONDS: "1" }
      const first = await spawnMain(database.url, env)
      await ready(first)
      const otto = await signIn(first.base, "otto@vendor.example")
      const sent = await json(
        await fetch(`${first.base}/api/v1/ops/email/test`, {
          method: "POST",
          headers: { "content-type": "application/json", authorization: `Bearer ${otto}` },
          body: JSON.stringify({ to: "drain@vendor.example" })
        })
      )
      expect(sent.status).toBe(202)
      const messageId = sent.body.messageId as string
      const jobOf = () =>
        query(database!.url, (db) =>
          db.kysely
            .selectFrom("jobs")
            .select(["id", "status", "attempts", "leased_by"])
            .where("kind", "=", "outbox.deliver_email")
            .where("payload_json", "like", `%${messageId}%`)
            .executeTakeFirstOrThrow()
        )
      await waitFor("the delivery job running", async () =>
        (await jobOf()).status === "running" ? true : undefined
      )
      const sigtermAt = Date.now()
      first.child.kill("SIGTERM")
      expect(await first.exited).toBe(0)
      const exitMillis = Date.now() - sigtermAt
      expect(exitMillis).toBeLessThan(5_000)
      expect(first.output()).toContain('"msg":"shut down","finished":false')
      // Given back: pending, not leased, the interrupted attempt not counted (its lease was 30 s).
      const released = await jobOf()
      expect(released).toMatchObject({ status: "pending", leased_by: null })
      expect(Number(released.attempts)).toBe(0)
      expect(smtp.received).toEqual([])

      smtp.stop()
      const worker = await spawnMain(database.url, { ...env, OPENPOR_ROLE: "worker" })
      await waitFor(
        "the delivery after the restart",
        async () => ((await jobOf()).status === "succeeded" ? true : undefined),
        20_000
      )
      // Exactly once, by its Message-ID (the outbox id).
      expect(smtp.received).toEqual([`<${messageId}@openpor>`])
      expect(Number((await jobOf()).attempts)).toBe(1)
      worker.child.kill("SIGTERM")
      expect(await worker.exited).toBe(0)
      console.log(
        `job at SIGTERM (${dialect}): released, exit 0 after ${exitMillis} ms, delivered once after restart`
      )
    } finally {
      await smtp.close()
    }
  })
})
