import { once } from "node:events"
import { createServer, type Server } from "node:http"
import { createServer as createNetServer } from "node:net"
import { afterAll, describe, expect, it } from "vitest"
import { startRoundRobinProxy } from "../src/cluster/round-robin-proxy.ts"

/** An upstream that answers with its name, the bytes it received and the forwarded-for header. */
const upstream = async (name: string) => {
  const server = createServer((req, res) => {
    let bytes = 0
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length
    })
    req.on("end", () => {
      res.writeHead(req.method === "POST" ? 201 : 200, {
        "content-type": "application/json",
        "x-upstream": name
      })
      res.end(JSON.stringify({ name, bytes, url: req.url, forwardedFor: req.headers["x-forwarded-for"] }))
    })
  })
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}` }
}

/** A port nothing listens on (connections to it are refused). */
const deadPort = async () => {
  const s = createNetServer()
  s.listen(0, "127.0.0.1")
  await once(s, "listening")
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return `http://127.0.0.1:${port}`
}

describe("round-robin proxy (the multi-process test's and ./dev start --pg's)", () => {
  const servers: Array<Server> = []
  const closers: Array<() => Promise<void>> = []
  afterAll(async () => {
    for (const c of closers) await c()
    for (const s of servers) s.close()
  })

  it("alternates between upstreams, streams a large body through, and skips an upstream that refuses", async () => {
    const a = await upstream("a")
    const b = await upstream("b")
    servers.push(a.server, b.server)
    const dead = await deadPort()
    const proxy = await startRoundRobinProxy({ upstreams: [a.url, dead, b.url] })
    closers.push(proxy.close)
    const body = new Uint8Array(5 * 1024 * 1024).fill(7)
    const answers = []
    for (let i = 0; i < 6; i++) {
      const res = await fetch(`${proxy.url}/api/v1/things?i=${i}`, { method: "POST", body })
      expect(res.status).toBe(201)
      answers.push((await res.json()) as { name: string; bytes: number; url: string; forwardedFor: string })
    }
    // Every request arrived whole, with its path and query, at a live upstream; both took a share.
    expect(answers.every((x) => x.bytes === body.length)).toBe(true)
    expect(answers.map((x) => x.url)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `/api/v1/things?i=${i}`))
    expect(new Set(answers.map((x) => x.name))).toEqual(new Set(["a", "b"]))
    expect(answers[0]!.forwardedFor).toBe("127.0.0.1")
    const stats = proxy.stats()
    expect(stats).toMatchObject({ requests: 6, badGateway: 0 })
    expect(stats.upstreams[1]).toMatchObject({ url: dead, responses: 0 })
    expect(stats.upstreams[1]!.refusals).toBeGreaterThan(0)
  })

  it("answers 502 when every upstream refuses", async () => {
    const proxy = await startRoundRobinProxy({ upstreams: [await deadPort(), await deadPort()] })
    closers.push(proxy.close)
    const res = await fetch(`${proxy.url}/readyz`)
    expect(res.status).toBe(502)
    expect(((await res.json()) as { code: string }).code).toBe("bad_gateway")
    expect(proxy.stats().badGateway).toBe(1)
  })
})
