import { Effect, Metric, Option, Tracer } from "effect"
import type { Job } from "./model.ts"

/**
 * Telemetry of the jobs (decision 028): the trace context a job carries from the request that
 * enqueued it, and the workers' metrics. Spans are exported only when a tracing backend is installed
 * (OTEL_EXPORTER_OTLP_ENDPOINT); otherwise the tracer is Effect's native one and nothing is stored.
 */

/** A span as a W3C `traceparent` (`00-<trace id>-<span id>-<flags>`). */
export const traceparentOf = (span: Tracer.AnySpan): string =>
  `00-${span.traceId.padStart(32, "0")}-${span.spanId}-${span.sampled ? "01" : "00"}`

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/

/** The span a W3C `traceparent` names (undefined when absent or not valid). */
export const spanFromTraceparent = (value: string | null | undefined): Tracer.ExternalSpan | undefined => {
  if (value === null || value === undefined) return undefined
  const match = TRACEPARENT.exec(value.trim())
  if (match === null || /^0+$/.test(match[1]!) || /^0+$/.test(match[2]!)) return undefined
  return Tracer.externalSpan({
    traceId: match[1]!,
    spanId: match[2]!,
    sampled: (Number.parseInt(match[3]!, 16) & 1) === 1
  })
}

/**
 * The current span's traceparent when spans are exported (a tracer other than Effect's native one is
 * installed); undefined otherwise, so a job enqueued with telemetry off stores nothing.
 */
export const currentTraceparent: Effect.Effect<string | undefined> = Effect.gen(function* () {
  const tracer = yield* Tracer.Tracer
  if (tracer === Tracer.nativeTracer) return undefined
  const span = yield* Effect.option(Effect.currentParentSpan)
  if (Option.isNone(span) || !TRACEPARENT.test(traceparentOf(span.value))) return undefined
  return traceparentOf(span.value)
})

/** Seconds from a job's `runAt` to the start of its run, by kind (how far the workers are behind). */
export const jobLag = Metric.histogram("openpor.job.lag", {
  description: "Seconds from a job's due time to the start of its run",
  boundaries: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600]
})

/** Job runs that failed, by kind and whether they will be retried. */
export const jobFailures = Metric.counter("openpor.job.failures", {
  description: "Job runs that failed, by kind (retrying: it runs again later; failed: for good)",
  incremental: true
})

/** Job runs by kind and outcome (succeeded, retrying, failed, lost_lease). */
export const jobRuns = Metric.counter("openpor.job.runs", {
  description: "Job runs by kind and outcome",
  incremental: true
})

/**
 * A leased job's run as its own trace (a `job <kind>` consumer span, root), linked to the span that
 * enqueued it; its lag, outcome and failures counted by kind.
 */
export const tracedRun = <O extends string>(
  job: Job,
  startedAt: Date,
  run: Effect.Effect<O>
): Effect.Effect<O> => {
  const enqueuedBy = spanFromTraceparent(job.traceContext)
  return Metric.update(
    Metric.withAttributes(jobLag, { kind: job.kind }),
    Math.max(0, startedAt.getTime() - job.runAt.getTime()) / 1000
  ).pipe(
    Effect.andThen(run),
    Effect.tap((outcome) =>
      Effect.andThen(
        Metric.update(Metric.withAttributes(jobRuns, { kind: job.kind, outcome }), 1),
        outcome === "retrying" || outcome === "failed"
          ? Metric.update(Metric.withAttributes(jobFailures, { kind: job.kind, outcome }), 1)
          : Effect.void
      )
    ),
    Effect.withSpan(`job ${job.kind}`, {
      kind: "consumer",
      root: true,
      links:
        enqueuedBy === undefined ? [] : [{ span: enqueuedBy, attributes: { "openpor.link": "enqueued_by" } }],
      attributes: {
        "openpor.job.id": job.id,
        "openpor.job.kind": job.kind,
        "openpor.job.attempt": job.attempts
      }
    })
  )
}
