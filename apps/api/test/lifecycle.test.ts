import { Hono } from "hono"
import { describe, expect, it } from "vitest"
import { frontFetch, Lifecycle } from "../src/lifecycle.ts"

/**
 * The front of a process's port (decision 027), without a database: what it answers in each phase,
 * and that the app behind it gets the node server's bindings (the client's socket address).
 */
const app = new Hono<{ Bindings: { incoming?: { socket?: { remoteAddress?: string } } } }>()
app.get("/healthz", (c) => c.json({ from: "app" }))
app.get("/readyz", (c) => c.json({ from: "app" }))
app.get("/api/v1/whoami", (c) => c.json({ address: c.env?.incoming?.socket?.remoteAddress ?? null }))

const call = async (fetch: ReturnType<typeof frontFetch>, path: string, env?: object) => {
  const res = await fetch(new Request(`http://localhost${path}`), env)
  return { status: res.status, headers: res.headers, body: (await res.json()) as any }
}

describe("the front of a process's port", () => {
  it("while starting: alive, not ready (migrations pending), everything else 503 starting", async () => {
    const lifecycle = new Lifecycle()
    const front = frontFetch(lifecycle, () => ({ runtime: undefined, app: undefined }), { serveApp: true })
    expect(await call(front, "/healthz")).toMatchObject({
      status: 200,
      body: { status: "ok", phase: "migrations_pending" }
    })
    lifecycle.set("migrations_pending", "waiting for another process to apply the migrations")
    const readyz = await call(front, "/readyz")
    expect(readyz.status).toBe(503)
    expect(readyz.headers.get("cache-control")).toBe("no-store")
    expect(readyz.body.error).toEqual({
      code: "not_ready",
      message: "Not ready: waiting for another process to apply the migrations",
      details: { reason: "migrations_pending" }
    })
    const api = await call(front, "/api/v1/claims")
    expect(api.status).toBe(503)
    expect(api.body.error.code).toBe("starting")
    expect(api.headers.get("retry-after")).toBe("1")
    lifecycle.set("starting", "preparing the catalog and scheduled jobs")
    expect((await call(front, "/readyz")).body.error.details.reason).toBe("starting")
  })

  it("once up, the app answers and gets the node server's bindings", async () => {
    const lifecycle = new Lifecycle("ready", "ready")
    const front = frontFetch(lifecycle, () => ({ runtime: undefined, app }), { serveApp: true })
    expect(
      await call(front, "/api/v1/whoami", { incoming: { socket: { remoteAddress: "203.0.113.7" } } })
    ).toMatchObject({ status: 200, body: { address: "203.0.113.7" } })
    expect((await call(front, "/readyz")).body).toEqual({ from: "app" })
  })

  it("while draining: health checks still reach the app, every other request 503 with Connection: close", async () => {
    const lifecycle = new Lifecycle("ready", "ready")
    const front = frontFetch(lifecycle, () => ({ runtime: undefined, app }), { serveApp: true })
    lifecycle.drain()
    lifecycle.set("ready", "ready")
    expect(lifecycle.phase).toBe("draining")
    expect((await call(front, "/readyz")).body).toEqual({ from: "app" })
    const refused = await call(front, "/api/v1/whoami")
    expect(refused.status).toBe(503)
    expect(refused.body.error.code).toBe("shutting_down")
    expect(refused.headers.get("connection")).toBe("close")
  })

  it("a worker's health port serves /healthz and /readyz only", async () => {
    const lifecycle = new Lifecycle()
    const front = frontFetch(lifecycle, () => ({ runtime: undefined, app: undefined }), { serveApp: false })
    expect((await call(front, "/healthz")).status).toBe(200)
    expect((await call(front, "/readyz")).status).toBe(503)
    lifecycle.drain()
    expect((await call(front, "/readyz")).body.error.details.reason).toBe("draining")
    const other = await call(front, "/api/v1/openapi.json")
    expect(other.status).toBe(404)
    expect(other.body.error.code).toBe("not_found")
  })
})
