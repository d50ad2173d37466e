import { once } from "node:events"
import { createServer, type IncomingHttpHeaders } from "node:http"
import { Webhook } from "standardwebhooks"

/** One request a receiver got, with whether its signature verified (Standard Webhooks library). */
export interface Received {
  readonly path: string
  readonly id: string
  readonly verified: boolean
  readonly status: number
  readonly body: { readonly id: string; readonly type: string; readonly data: Record<string, any> } | null
  readonly headers: IncomingHttpHeaders
}

/**
 * A real HTTP receiver on 127.0.0.1. Each path is one endpoint with its secret: a request whose
 * signature does not verify with `standardwebhooks` gets 401; `failFirst(path, n)` answers 500 to the
 * first n verified requests of that path; `down(path)` answers 503 to all of them; `delayMs` answers
 * each request that much later.
 */
export const startReceiver = async (options: { readonly delayMs?: number } = {}) => {
  const secrets = new Map<string, string>()
  const failures = new Map<string, number>()
  const downs = new Set<string>()
  const received: Array<Received> = []
  const server = createServer((req, res) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const path = req.url ?? "/"
      const raw = Buffer.concat(chunks).toString("utf8")
      const secret = secrets.get(path)
      let verified = false
      let body: Received["body"] = null
      try {
        if (secret === undefined) throw new Error("unknown path")
        body = new Webhook(secret).verify(raw, req.headers as Record<string, string>) as Received["body"]
        verified = true
      } catch {
        verified = false
      }
      const seen = received.filter((r) => r.path === path && r.verified).length
      const status = !verified ? 401 : downs.has(path) ? 503 : seen < (failures.get(path) ?? 0) ? 500 : 200
      received.push({
        path,
        id: String(req.headers["webhook-id"]),
        verified,
        status,
        body,
        headers: req.headers
      })
      const answer = () => {
        res.writeHead(status, { "content-type": "text/plain" })
        res.end(status === 200 ? "ok" : `refused ${status}`)
      }
      // A slow receiver: the sender is mid-delivery for this long.
      if (options.delayMs === undefined) answer()
      else setTimeout(answer, options.delayMs)
    })
  })
  server.listen(0, "127.0.0.1")
  await once(server, "listening")
  const port = (server.address() as { port: number }).port
  return {
    url: (path: string) => `http://127.0.0.1:${port}${path}`,
    received,
    /** Registers the secret of the endpoint at `path`. */
    secret: (path: string, secret: string) => void secrets.set(path, secret),
    failFirst: (path: string, n: number) => void failures.set(path, n),
    down: (path: string, isDown: boolean) => void (isDown ? downs.add(path) : downs.delete(path)),
    of: (path: string) => received.filter((r) => r.path === path),
    close: () => new Promise<void>((r) => server.close(() => r()))
  }
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>
