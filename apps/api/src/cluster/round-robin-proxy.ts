import { once } from "node:events"
import {
  Agent,
  type ClientRequest,
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  request,
  type ServerResponse
} from "node:http"
import type { AddressInfo, Socket } from "node:net"

/**
 * A small round-robin HTTP proxy in front of several API processes (the multi-process test,
 * `./dev start --pg`). Each request goes to the next upstream in turn; bodies are streamed both ways.
 * An upstream that refuses the connection is skipped (the request is sent to the next one, since nothing
 * of it was sent yet) and rested for `restMillis`; when every upstream refuses, the client gets 502.
 * Once a request's bytes went to an upstream it is never sent again (it may not be idempotent): a failure
 * after that is a 502 to the client. Not a production load balancer: no TLS, no health checks of its own.
 */
export interface RoundRobinProxyOptions {
  /** Base URLs of the upstreams, e.g. `http://127.0.0.1:3001`. */
  readonly upstreams: ReadonlyArray<string>
  /** Port to listen on (0: any free port). */
  readonly port?: number
  readonly host?: string
  /** How long an upstream that refused a connection is skipped (default 1000 ms). */
  readonly restMillis?: number
  /** Called with one line per notable event (upstream down/up); default silent. */
  readonly log?: (message: string) => void
}

export interface UpstreamStats {
  readonly url: string
  /** Requests this upstream answered (any status). */
  readonly responses: number
  /** Connections it refused (each made the proxy try the next upstream). */
  readonly refusals: number
}

export interface RoundRobinProxy {
  readonly url: string
  readonly port: number
  /** Requests received and how each upstream fared. */
  readonly stats: () => {
    readonly requests: number
    readonly badGateway: number
    readonly upstreams: ReadonlyArray<UpstreamStats>
  }
  /** Replaces the upstreams (e.g. a process restarted on another port). */
  readonly setUpstreams: (upstreams: ReadonlyArray<string>) => void
  readonly close: () => Promise<void>
}

/** Hop-by-hop headers (RFC 9110 §7.6.1): meaningful for one connection only, never forwarded. */
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade"
])

const forwardable = (headers: IncomingHttpHeaders): OutgoingHttpHeaders => {
  const named = new Set(
    String(headers.connection ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter((h) => h !== "")
  )
  const out: OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined && !HOP_BY_HOP.has(name) && !named.has(name)) out[name] = value
  return out
}

/** A connection-level failure before any byte of the request reached the upstream. */
const isRefusal = (error: NodeJS.ErrnoException) =>
  ["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "EADDRNOTAVAIL"].includes(error.code ?? "")

interface Upstream {
  readonly url: URL
  restingUntil: number
  responses: number
  refusals: number
}

export const startRoundRobinProxy = async (options: RoundRobinProxyOptions): Promise<RoundRobinProxy> => {
  const restMillis = options.restMillis ?? 1000
  const log = options.log ?? (() => undefined)
  const agent = new Agent({ keepAlive: true, maxSockets: 64 })
  let upstreams: Array<Upstream> = []
  const setUpstreams = (urls: ReadonlyArray<string>) => {
    if (urls.length === 0) throw new Error("the proxy needs at least one upstream")
    upstreams = urls.map((u) => ({ url: new URL(u), restingUntil: 0, responses: 0, refusals: 0 }))
  }
  setUpstreams(options.upstreams)
  let next = 0
  let requests = 0
  let badGateway = 0

  /** The upstreams to try for one request: from the next in turn, resting ones last. */
  const order = (): Array<Upstream> => {
    const start = next++ % upstreams.length
    const turn = upstreams.map((_, i) => upstreams[(start + i) % upstreams.length]!)
    const now = Date.now()
    return [...turn.filter((u) => u.restingUntil <= now), ...turn.filter((u) => u.restingUntil > now)]
  }

  const fail = (res: ServerResponse, message: string) => {
    badGateway++
    if (res.headersSent) {
      res.destroy()
      return
    }
    res.writeHead(502, { "content-type": "application/json" })
    res.end(JSON.stringify({ code: "bad_gateway", message }))
  }

  const forward = (req: IncomingMessage, res: ServerResponse, candidates: Array<Upstream>) => {
    const upstream = candidates.shift()
    if (upstream === undefined) return fail(res, "no upstream accepted the connection")
    const remote = req.socket.remoteAddress ?? ""
    const headers = forwardable(req.headers)
    headers["x-forwarded-for"] =
      typeof req.headers["x-forwarded-for"] === "string"
        ? `${req.headers["x-forwarded-for"]}, ${remote}`
        : remote
    headers["x-forwarded-proto"] ??= "http"
    if (req.headers.host !== undefined) headers["x-forwarded-host"] ??= req.headers.host
    let sent = false
    const upstreamRequest: ClientRequest = request({
      agent,
      protocol: upstream.url.protocol,
      hostname: upstream.url.hostname,
      port: upstream.url.port,
      method: req.method,
      path: req.url,
      headers
    })
    // The body goes out only once the connection is up, so a refused connection consumed none of it.
    const send = () => {
      sent = true
      req.pipe(upstreamRequest)
    }
    upstreamRequest.once("socket", (socket: Socket) => {
      if (socket.connecting) socket.once("connect", send)
      else send()
    })
    upstreamRequest.once("error", (error: NodeJS.ErrnoException) => {
      if (!sent && isRefusal(error)) {
        upstream.refusals++
        if (upstream.restingUntil <= Date.now())
          log(`upstream ${upstream.url.origin} refused (${error.code})`)
        upstream.restingUntil = Date.now() + restMillis
        return forward(req, res, candidates)
      }
      fail(res, `upstream ${upstream.url.origin} failed: ${error.code ?? error.message}`)
    })
    upstreamRequest.once("response", (upstreamResponse) => {
      upstream.responses++
      if (upstream.restingUntil !== 0) {
        upstream.restingUntil = 0
        log(`upstream ${upstream.url.origin} answers again`)
      }
      res.writeHead(upstreamResponse.statusCode ?? 502, forwardable(upstreamResponse.headers))
      upstreamResponse.pipe(res)
      upstreamResponse.once("error", () => res.destroy())
    })
    // The client went away before the answer was complete: stop the upstream request too.
    res.once("close", () => {
      if (!res.writableFinished) upstreamRequest.destroy()
    })
  }

  const server = createServer((req, res) => {
    requests++
    forward(req, res, order())
  })
  server.listen(options.port ?? 0, options.host ?? "127.0.0.1")
  await once(server, "listening")
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://${options.host === undefined || options.host === "0.0.0.0" ? "127.0.0.1" : options.host}:${port}`,
    port,
    stats: () => ({
      requests,
      badGateway,
      upstreams: upstreams.map((u) => ({ url: u.url.origin, responses: u.responses, refusals: u.refusals }))
    }),
    setUpstreams,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
      agent.destroy()
    }
  }
}
