import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { fileURLToPath } from "node:url"
import { createTestDatabase, type TestDatabase } from "@openpor/db/testing"
import { afterAll, describe, expect, it } from "vitest"
import { sub } from "./claims-support.ts"
import { freePort, waitFor } from "./processes.ts"
import { dialects } from "./support.ts"
import { startReceiver } from "./webhook-receiver.ts"

const mainTs = fileURLToPath(new URL("../src/main.ts", import.meta.url))

/**
 * The webhooks outbox across a crash (real server process, real receiver): the server is killed with
 * SIGKILL while deliveries are in flight; after the restart the receiver gets every event at least
 * once (with the same webhook-id, so it can drop a duplicate), and every delivery ends succeeded.
 */
describe.each(dialects)("webhook deliveries survive SIGKILL (%s)", (dialect) => {
  const children: Array<ChildProcess> = []
  let database: TestDatabase | undefined
  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill("SIGKILL")
    await database?.drop()
  })

  const start = async () => {
    const port = await freePort()
    const child = spawn(process.execPath, [mainTs], {
      env: {
        ...process.env,
        PORT: String(port),
        HOST: "127.0.0.1",
        DATABASE_URL: database!.url,
        OPENPOR_SEED: "demo",
        OPENPOR_JOB_LEASE_SECONDS: "2",
        OPENPOR_WORKERS: "2"
      },
      stdio: ["ignore", "pipe", "pipe"]
    })
    children.push(child)
    let output = ""
    const keep = (d: Buffer) => {
      output = (output + d.toString()).slice(-4000)
    }
    child.stdout?.on("data", keep)
    child.stderr?.on("data", keep)
    const base = `http://127.0.0.1:${port}`
    await waitFor(`the API on ${base}`, async () => ((await fetch(`${base}/readyz`)).ok ? true : undefined))
    const call = async (token: string | undefined, method: string, path: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method,
        headers: {
          ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
          ...(body === undefined ? {} : { "content-type": "application/json" })
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) })
      })
      const text = await res.text()
      return { status: res.status, body: text === "" ? null : (JSON.parse(text) as any) }
    }
    const signIn = async (email: string) =>
      (await call(undefined, "POST", "/api/v1/auth/sessions", { email, password: "demo-Passw0rd!" })).body
        .token as string
    return { child, call, signIn, output: () => output }
  }

  it("every event reaches the receiver at least once after a SIGKILL mid-delivery", async () => {
    database = await createTestDatabase(dialect)
    const receiver = await startReceiver({ delayMs: 150 })
    try {
      const first = await start()
      const otto = await first.signIn("otto@vendor.example")
      const created = await first.call(otto, "POST", "/api/v1/webhooks/endpoints", {
        url: receiver.url("/crash"),
        eventTypes: ["dpor.added", "dpor.removed"]
      })
      expect(created.status).toBe(201)
      receiver.secret("/crash", created.body.secret)
      const northwind = await first.signIn("admin@northwind.example")
      // Twenty events: the partner of record set and removed ten times.
      const por = `/api/v1/customer/subscriptions/${sub(1)}/partner-of-record`
      for (let i = 0; i < 10; i++) {
        expect((await first.call(northwind, "PUT", por, { partnerId: "1000001" })).status).toBe(200)
        expect((await first.call(northwind, "DELETE", por)).status).toBe(200)
      }
      // Mid-delivery: the receiver has some requests (answered 150 ms later), not all of them.
      await waitFor("the first deliveries", () => (receiver.received.length >= 2 ? true : undefined))
      first.child.kill("SIGKILL")
      await once(first.child, "exit")
      const beforeRestart = new Set(receiver.received.map((r) => r.id))
      expect(beforeRestart.size).toBeLessThan(20)

      const second = await start()
      const otto2 = await second.signIn("otto@vendor.example")
      const deliveries = async () =>
        (
          await second.call(
            otto2,
            "GET",
            `/api/v1/webhooks/endpoints/${created.body.endpoint.id}/deliveries?limit=200`
          )
        ).body.items as Array<{ id: string; status: string }>
      expect(await deliveries()).toHaveLength(20)
      await waitFor(
        "every delivery to succeed",
        async () => ((await deliveries()).every((d) => d.status === "succeeded") ? true : undefined),
        90_000
      )
      const ids = (await deliveries()).map((d) => d.id)
      const received = new Set(receiver.received.filter((r) => r.verified).map((r) => r.id))
      for (const id of ids) expect(received.has(id), id).toBe(true)
      // The events themselves: ten added and ten removed, each at least once.
      const eventIds = new Set(receiver.received.map((r) => r.body?.id))
      expect(eventIds.size).toBe(20)
      second.child.kill("SIGTERM")
      await once(second.child, "exit")
    } finally {
      await receiver.close()
    }
  }, 180_000)
})
