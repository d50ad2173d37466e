import { mkdtempSync, rmSync } from "node:fs"
import { createServer, type Server } from "node:http"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { createTestDatabase } from "@openpor/db/testing"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ConfigError, readConfig } from "../src/config.ts"
import { DrainJobs } from "../src/jobs.ts"
import { createApp } from "../src/start.ts"
import { acknowledged, mwsClaim, pdfBytes } from "./claims-support.ts"
import { dialects } from "./support.ts"

/**
 * OpenTelemetry (issue 17, decision 028): with OTEL_EXPORTER_OTLP_ENDPOINT set, the spans and metrics
 * of one claim submission arrive at an OTLP/HTTP receiver (in-process, JSON) with the right parent
 * links, and the request's log line carries its trace id.
 */

interface KeyValue {
  readonly key: string
  readonly value: { readonly stringValue?: string; readonly intValue?: number; readonly boolValue?: boolean }
}
interface Span {
  readonly traceId: string
  readonly spanId: string
  readonly parentSpanId?: string
  readonly name: string
  readonly kind: number
  readonly attributes: ReadonlyArray<KeyValue>
  readonly links: ReadonlyArray<{ readonly traceId: string; readonly spanId: string }>
  readonly status: { readonly code: number }
}

const attr = (attributes: ReadonlyArray<KeyValue>, key: string) => {
  const v = attributes.find((a) => a.key === key)?.value
  return v?.stringValue ?? v?.intValue ?? v?.boolValue
}

/** An OTLP/HTTP receiver: keeps every JSON body posted to /v1/traces and /v1/metrics. */
const receiver = async () => {
  const posts: Array<{ path: string; contentType: string; body: any }> = []
  const server: Server = createServer((req, res) => {
    const chunks: Array<Buffer> = []
    req.on("data", (c: Buffer) => chunks.push(c))
    req.on("end", () => {
      const text = Buffer.concat(chunks).toString("utf8")
      posts.push({
        path: req.url ?? "",
        contentType: req.headers["content-type"] ?? "",
        body: JSON.parse(text)
      })
      res.writeHead(200, { "content-type": "application/json" }).end("{}")
    })
  })
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, posts, close: () => new Promise<void>((r) => server.close(() => r())) }
}

describe("telemetry settings", () => {
  it("export nothing without OTEL_EXPORTER_OTLP_ENDPOINT; name the service openpor by default", () => {
    expect(readConfig({}).telemetry).toBeUndefined()
    expect(readConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/" }).telemetry).toMatchObject({
      endpoint: "http://collector:4318",
      serviceName: "openpor",
      protocol: "http/json",
      metricIntervalMillis: 60_000
    })
    const custom = readConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: "https://otlp.example",
      OTEL_SERVICE_NAME: "openpor-eu",
      OTEL_EXPORTER_OTLP_PROTOCOL: "http/protobuf",
      OTEL_EXPORTER_OTLP_HEADERS: "x-api-key=s%3Dcret, x-team = ops"
    }).telemetry
    expect(custom?.serviceName).toBe("openpor-eu")
    expect(custom?.protocol).toBe("http/protobuf")
    expect(String(custom?.headers)).not.toContain("cret")
    expect(() => readConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" })).toThrow(
      /OTEL_EXPORTER_OTLP_ENDPOINT must be an http:\/\/ or https:\/\/ URL/
    )
    expect(() =>
      readConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_EXPORTER_OTLP_PROTOCOL: "grpc" })
    ).toThrow(ConfigError)
    expect(() =>
      readConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: "http://c:4318", OTEL_EXPORTER_OTLP_HEADERS: "secret-only" })
    ).toThrow(/OTEL_EXPORTER_OTLP_HEADERS must be key=value pairs separated by commas$/)
  })
})

describe.each(dialects)("OpenTelemetry export on %s", (dialect) => {
  const INCOMING_TRACE = "4bf92f3577b34da6a3ce929d0e0e4736"
  const INCOMING_SPAN = "00f067aa0ba902b7"
  let spans: Array<Span> = []
  let metrics: Array<{ name: string; points: ReadonlyArray<any>; resource: ReadonlyArray<KeyValue> }> = []
  let resources: Array<ReadonlyArray<KeyValue>> = []
  let contentTypes: Array<string> = []
  let lines: Array<Record<string, unknown>> = []
  let claimId = ""

  beforeAll(async () => {
    const otlp = await receiver()
    const database = await createTestDatabase(dialect)
    const blobs = mkdtempSync(join(tmpdir(), "openpor-blobs-"))
    const config = readConfig({
      DATABASE_URL: database.url,
      OPENPOR_SEED: "demo",
      OPENPOR_CLOCK: "test",
      OPENPOR_BLOB_DIR: blobs,
      OTEL_EXPORTER_OTLP_ENDPOINT: otlp.url
    })
    const write = process.stdout.write.bind(process.stdout)
    const written: Array<string> = []
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: Array<any>) => {
      written.push(String(chunk))
      return typeof chunk === "string" && !chunk.includes('"msg":"request"') ? write(chunk, ...rest) : true
    }) as typeof process.stdout.write
    try {
      const { app, runtime } = await createApp(config)
      const call = async (path: string, init: { body?: unknown; token?: string; headers?: object }) => {
        const res = await app.request(path, {
          method: "POST",
          headers: {
            "content-type": "application/json",
            ...(init.token === undefined ? {} : { authorization: `Bearer ${init.token}` }),
            ...init.headers
          },
          body: JSON.stringify(init.body)
        })
        return { status: res.status, body: (await res.json()) as any }
      }
      const session = await call("/api/v1/auth/sessions", {
        body: { email: "ian@contoso.example", password: "demo-Passw0rd!" }
      })
      const token = session.body.token as string
      const draft = await call("/api/v1/claims", { token, body: mwsClaim() })
      expect(draft.status).toBe(201)
      claimId = draft.body.id
      const form = new FormData()
      form.append("file", new Blob([pdfBytes() as Uint8Array<ArrayBuffer>]), "sow.pdf")
      const poe = await app.request(`/api/v1/claims/${claimId}/poe`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}` },
        body: form
      })
      expect(poe.status).toBe(201)
      // The caller sends its own trace context: the submission's span continues that trace.
      const submit = await call(`/api/v1/claims/${claimId}/submit`, {
        token,
        body: acknowledged(),
        headers: { traceparent: `00-${INCOMING_TRACE}-${INCOMING_SPAN}-01` }
      })
      expect(submit.status).toBe(200)
      // The worker runs what the submission enqueued (the emails to the reviewers and the customer).
      expect(await runtime.runPromise(DrainJobs.use((d) => d.drain))).toBeGreaterThan(0)
      // Effect's own log lines are JSON lines too, with the span they are written in.
      await runtime.runPromise(
        Effect.logWarning("telemetry test", { claimId }).pipe(Effect.withSpan("telemetry test span"))
      )
      await new Promise((r) => setImmediate(r))
      // Closing the runtime flushes the exporters.
      await runtime.dispose()
    } finally {
      process.stdout.write = write
      await otlp.close()
      await database.drop()
      rmSync(blobs, { recursive: true, force: true })
    }
    lines = written
      .join("")
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    contentTypes = otlp.posts.map((p) => `${p.path} ${p.contentType}`)
    for (const post of otlp.posts.filter((p) => p.path === "/v1/traces"))
      for (const rs of post.body.resourceSpans) {
        resources.push(rs.resource.attributes)
        for (const ss of rs.scopeSpans) spans.push(...ss.spans)
      }
    for (const post of otlp.posts.filter((p) => p.path === "/v1/metrics"))
      for (const rm of post.body.resourceMetrics)
        for (const sm of rm.scopeMetrics)
          for (const m of sm.metrics)
            metrics.push({
              name: m.name,
              points: (m.histogram ?? m.sum ?? m.gauge)?.dataPoints ?? [],
              resource: rm.resource.attributes
            })
  }, 60_000)

  afterAll(() => {
    spans = []
    metrics = []
    resources = []
  })

  const byId = () => new Map(spans.map((s) => [s.spanId, s]))
  const ancestors = (span: Span) => {
    const index = byId()
    const chain: Array<Span> = []
    let at = span.parentSpanId ? index.get(span.parentSpanId) : undefined
    while (at !== undefined) {
      chain.push(at)
      at = at.parentSpanId ? index.get(at.parentSpanId) : undefined
    }
    return chain
  }

  it("sends OTLP/HTTP JSON naming the service, its version and the process's role", () => {
    expect(contentTypes).toContain("/v1/traces application/json")
    expect(contentTypes).toContain("/v1/metrics application/json")
    expect(resources.length).toBeGreaterThan(0)
    for (const resource of resources) {
      expect(attr(resource, "service.name")).toBe("openpor")
      expect(attr(resource, "service.version")).toMatch(/^\d+\.\d+\.\d+/)
      expect(attr(resource, "openpor.process.role")).toBe("all")
    }
  })

  it("a request is a server span named by its route: a root, or the child of the caller's traceparent", () => {
    const create = spans.find((s) => s.name === "POST /api/v1/claims")
    expect(create).toBeDefined()
    expect(create!.kind).toBe(2)
    expect(create!.parentSpanId ?? "").toBe("")
    expect(attr(create!.attributes, "http.response.status_code")).toBe(201)
    const submit = spans.find((s) => s.name === "POST /api/v1/claims/{id}/submit")
    expect(submit).toBeDefined()
    expect(submit!.traceId).toBe(INCOMING_TRACE)
    expect(submit!.parentSpanId).toBe(INCOMING_SPAN)
    expect(attr(submit!.attributes, "http.route")).toBe("/api/v1/claims/{id}/submit")
    expect(attr(submit!.attributes, "url.path")).toBe(`/api/v1/claims/${claimId}/submit`)
    expect(attr(submit!.attributes, "http.response.status_code")).toBe(200)
  })

  it("the submission's transaction and repository calls are descendants of its request span", () => {
    const submit = spans.find((s) => s.name === "POST /api/v1/claims/{id}/submit")!
    const inTrace = spans.filter((s) => s.traceId === INCOMING_TRACE && s !== submit)
    for (const s of inTrace) expect(ancestors(s)).toContain(submit)
    const transaction = inTrace.find((s) => s.name === "Transactor.transaction")
    expect(transaction).toBeDefined()
    expect(attr(transaction!.attributes, "db.system.name")).toBe(
      dialect === "postgres" ? "postgresql" : "sqlite"
    )
    const inTransaction = inTrace.filter((s) => ancestors(s).includes(transaction!)).map((s) => s.name)
    expect(inTransaction).toEqual(
      expect.arrayContaining(["ClaimRepository.findForUpdate", "AuditLog.append", "JobQueue.enqueue"])
    )
    // The use case's span holds the transaction; the authentication before it is a child of the request too.
    expect(ancestors(transaction!).map((s) => s.name)).toEqual(["ClaimsService.submit", submit.name])
    const session = inTrace.find((s) => s.name === "SessionRepository.findSignedIn")
    expect(session && ancestors(session).map((s) => s.name)).toEqual([
      "AuthService.authenticate",
      submit.name
    ])
  })

  it("a job the submission enqueued runs in its own trace, linked to the span that enqueued it", () => {
    const submitTrace = new Set(spans.filter((s) => s.traceId === INCOMING_TRACE).map((s) => s.spanId))
    const jobs = spans.filter((s) => s.name === "job outbox.deliver_email")
    expect(jobs.length).toBeGreaterThan(0)
    const linked = jobs.filter((j) => j.links.some((l) => l.traceId === INCOMING_TRACE))
    expect(linked.length).toBeGreaterThan(0)
    for (const job of linked) {
      expect(job.kind).toBe(5)
      expect(job.parentSpanId ?? "").toBe("")
      expect(job.traceId).not.toBe(INCOMING_TRACE)
      const link = job.links.find((l) => l.traceId === INCOMING_TRACE)!
      expect(submitTrace.has(link.spanId)).toBe(true)
      expect(spans.find((s) => s.spanId === link.spanId)?.name).toBe("JobQueue.enqueue")
      // Its own work (the outbox, the job's completion) are its descendants.
      const children = spans.filter((s) => ancestors(s).includes(job)).map((s) => s.name)
      expect(children).toContain("JobQueue.complete")
    }
    // Idle polls are not traced.
    expect(spans.filter((s) => s.name === "JobQueue.lease")).toEqual([])
  })

  it("metrics: request duration by route, job lag and runs by kind, the outbox backlog and sessions", () => {
    const duration = metrics.filter((m) => m.name === "http.server.request.duration")
    const points = duration.flatMap((m) => m.points)
    const submitted = points.find(
      (p) =>
        attr(p.attributes, "http.route") === "/api/v1/claims/{id}/submit" &&
        attr(p.attributes, "http.request.method") === "POST" &&
        attr(p.attributes, "http.response.status_code") === "200"
    )
    expect(submitted).toBeDefined()
    expect(Number(submitted.count)).toBeGreaterThanOrEqual(1)
    const lag = metrics.filter((m) => m.name === "openpor.job.lag").flatMap((m) => m.points)
    expect(lag.some((p) => attr(p.attributes, "kind") === "outbox.deliver_email")).toBe(true)
    const runs = metrics.filter((m) => m.name === "openpor.job.runs").flatMap((m) => m.points)
    expect(
      runs.some(
        (p) =>
          attr(p.attributes, "kind") === "outbox.deliver_email" &&
          attr(p.attributes, "outcome") === "succeeded"
      )
    ).toBe(true)
    const gauge = (name: string) => metrics.filter((m) => m.name === name).flatMap((m) => m.points)
    expect(gauge("openpor.outbox.backlog").length).toBeGreaterThan(0)
    // Ian's session (at least) is active.
    expect(
      Math.max(...gauge("openpor.sessions.active").map((p) => Number(p.asDouble ?? p.asInt)))
    ).toBeGreaterThanOrEqual(1)
  })

  it("the request's log line carries its trace and span ids", () => {
    const submit = spans.find((s) => s.name === "POST /api/v1/claims/{id}/submit")!
    const line = lines.find((l) => l.msg === "request" && l.path === `/api/v1/claims/${claimId}/submit`)
    expect(line).toMatchObject({ status: 200, trace_id: INCOMING_TRACE, span_id: submit.spanId })
    const effectLine = lines.find((l) => l.msg === "telemetry test")
    const span = spans.find((s) => s.name === "telemetry test span")!
    expect(effectLine).toMatchObject({ level: "warn", claimId, trace_id: span.traceId, span_id: span.spanId })
  })
})
