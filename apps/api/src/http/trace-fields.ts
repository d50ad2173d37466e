import type { Context } from "hono"

/** The trace and span of each request being served with telemetry on (decision 028), for its log lines. */
export const requestTraces = new WeakMap<Request, { readonly trace_id: string; readonly span_id: string }>()

/** `trace_id` and `span_id` of the request's span for a log line (nothing when it has none). */
export const traceFields = (c: Context): { readonly trace_id?: string; readonly span_id?: string } =>
  requestTraces.get(c.req.raw) ?? {}
