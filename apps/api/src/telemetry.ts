import { readFileSync } from "node:fs"
import { hostname } from "node:os"
import { Db } from "@openpor/db"
import { spanFromTraceparent } from "@openpor/domain"
import { Cause, Duration, Effect, Exit, Layer, Logger, Metric, Redacted, References, Schedule } from "effect"
import { FetchHttpClient } from "effect/http"
import { OtlpMetrics, OtlpSerialization, OtlpTracer } from "effect/observability"
import type { Context } from "hono"
import type { TelemetrySettings } from "./config.ts"
import { logJson } from "./http/errors.ts"
import { requestTraces } from "./http/trace-fields.ts"

/**
 * OpenTelemetry (decision 028). With OTEL_EXPORTER_OTLP_ENDPOINT set, Effect's own OTLP/HTTP exporters
 * (`effect/observability`) send the spans and metrics of this process to the collector; without it
 * nothing here is installed: the routes are not wrapped, the repositories not traced, no gauge sampled.
 */

/** This build's version (apps/api/package.json), for the resource. */
export const appVersion = (
  JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }
).version

/** Where the database-wide gauges are read (each process reports them; aggregate with max, not sum). */
const outboxBacklog = Metric.gauge("openpor.outbox.backlog", {
  description: "Emails in the outbox not delivered yet"
})
const activeSessions = Metric.gauge("openpor.sessions.active", {
  description: "Sessions that have not expired"
})

/** Samples the gauges now: two counts, each an index range scan (migration 0018 indexes the backlog). */
const sampleGauges = Effect.gen(function* () {
  const db = yield* Db
  const now = new Date().toISOString()
  const [outbox, sessions] = yield* Effect.promise(() =>
    Promise.all([
      db.kysely
        .selectFrom("outbox")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("delivered_at", "is", null)
        .executeTakeFirstOrThrow(),
      db.kysely
        .selectFrom("sessions")
        .select((eb) => eb.fn.countAll<number | string>().as("n"))
        .where("expires_at", ">", now)
        .executeTakeFirstOrThrow()
    ])
  )
  yield* Metric.update(outboxBacklog, Number(outbox.n))
  yield* Metric.update(activeSessions, Number(sessions.n))
}).pipe(
  // The sampling itself is not traced (it would be a trace per interval).
  Effect.withTracerEnabled(false),
  Effect.catchCause((cause) =>
    Effect.sync(() =>
      logJson("warn", "telemetry: gauges not sampled", { cause: Cause.pretty(cause).slice(0, 2000) })
    )
  )
)

/**
 * Effect's own log lines (the job worker's `job failed`, …) as the API's JSON lines (`logJson`), with
 * the trace and span they were written in.
 */
const jsonLogger = Logger.make(({ message, logLevel, cause, fiber }) => {
  const [first, ...rest] = Array.isArray(message) ? message : [message]
  const span = fiber.cache.span
  const details =
    rest.length === 1 && Cause.isCause(rest[0])
      ? { cause: Cause.pretty(rest[0]).slice(0, 4000) }
      : rest.length === 1 && typeof rest[0] === "object" && rest[0] !== null && !Array.isArray(rest[0])
        ? (rest[0] as Record<string, unknown>)
        : rest.length > 0
          ? { details: rest }
          : {}
  logJson(
    logLevel === "Fatal" || logLevel === "Error" ? "error" : logLevel === "Warn" ? "warn" : "info",
    typeof first === "string" ? first : JSON.stringify(first),
    {
      ...fiber.getRef(References.CurrentLogAnnotations),
      ...details,
      ...(cause.reasons.length > 0 ? { cause: Cause.pretty(cause).slice(0, 4000) } : {}),
      ...(span === undefined ? {} : { trace_id: span.traceId, span_id: span.spanId })
    }
  )
})

/**
 * The exporters and the gauge sampler, for the process's runtime layer. The resource names the
 * service (OTEL_SERVICE_NAME, default `openpor`), its version, this process and its role.
 */
export const telemetryLayer = (
  settings: TelemetrySettings,
  identity: { readonly version: string; readonly role: string }
) => {
  const resource = {
    serviceName: settings.serviceName,
    serviceVersion: identity.version,
    attributes: {
      "service.instance.id": `${hostname()}:${process.pid}`,
      "openpor.process.role": identity.role
    }
  }
  const headers = settings.headers === undefined ? undefined : Redacted.value(settings.headers)
  const interval = Duration.millis(settings.metricIntervalMillis)
  const exporters = Layer.mergeAll(
    OtlpTracer.layer({ url: `${settings.endpoint}/v1/traces`, resource, headers }),
    OtlpMetrics.layer({ url: `${settings.endpoint}/v1/metrics`, resource, headers, exportInterval: interval })
  ).pipe(
    Layer.provide(
      settings.protocol === "http/protobuf" ? OtlpSerialization.layerProtobuf : OtlpSerialization.layerJson
    ),
    Layer.provide(FetchHttpClient.layer)
  )
  // Sampled now, every interval, and once more when the process stops: the exporters (built first,
  // closed last) send that last sample with their final flush.
  const gauges = Layer.effectDiscard(
    Effect.andThen(
      Effect.addFinalizer(() => sampleGauges),
      Effect.forkScoped(sampleGauges.pipe(Effect.repeat(Schedule.spaced(interval))))
    )
  )
  return Layer.merge(gauges.pipe(Layer.provideMerge(exporters)), Logger.layer([jsonLogger]))
}

/** Request duration by route, method and status (its count is the request rate), in seconds. */
const requestDuration = Metric.histogram("http.server.request.duration", {
  description: "Duration of HTTP requests by route, method and status, in seconds",
  boundaries: [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10]
})
const durations = new Map<string, Metric.Metric<number, unknown>>()
const durationOf = (method: string, route: string, status: number) => {
  const key = `${method} ${route} ${status}`
  let metric = durations.get(key)
  if (metric === undefined) {
    metric = Metric.withAttributes(requestDuration, {
      "http.request.method": method,
      "http.route": route,
      "http.response.status_code": String(status)
    })
    durations.set(key, metric)
  }
  return metric
}

/**
 * Runs a route's program in a server span named `<METHOD> <route template>` (a child of the caller's
 * `traceparent` when it sends one), answers with `respond`, and records the duration by route and
 * status. A 5xx answer ends the span as an error.
 */
export const tracedRequest = <A, R>(
  c: Context,
  method: string,
  route: string,
  requestId: string,
  program: Effect.Effect<A, unknown, R>,
  respond: (exit: Exit.Exit<A, unknown>) => Response
): Effect.Effect<Response, unknown, R> => {
  const parent = spanFromTraceparent(c.req.header("traceparent"))
  const started = performance.now()
  let response: Response | undefined
  const served = Effect.useSpan(
    `${method} ${route}`,
    {
      kind: "server",
      ...(parent === undefined ? { root: true } : { parent }),
      attributes: {
        "http.request.method": method,
        "http.route": route,
        "url.path": c.req.path,
        "openpor.request_id": requestId
      }
    },
    (span) => {
      requestTraces.set(c.req.raw, { trace_id: span.traceId, span_id: span.spanId })
      return Effect.exit(Effect.withParentSpan(program, span)).pipe(
        Effect.flatMap((exit) => {
          const answer = respond(exit)
          response = answer
          span.attribute("http.response.status_code", answer.status)
          const recorded = Metric.update(
            durationOf(method, route, answer.status),
            (performance.now() - started) / 1000
          )
          if (answer.status < 500) return recorded
          return Effect.andThen(
            recorded,
            Exit.isFailure(exit)
              ? Effect.failCause(exit.cause)
              : Effect.fail(new Error(`HTTP ${answer.status}`))
          )
        })
      )
    }
  )
  return Effect.exit(served).pipe(
    Effect.flatMap((exit) =>
      response !== undefined
        ? Effect.succeed(response)
        : Effect.failCause(Exit.isFailure(exit) ? exit.cause : Cause.die(new Error("no response")))
    )
  )
}
