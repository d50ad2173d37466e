import { WebhookEventType, webhookEventBody, webhookEventDescriptions } from "@openpor/domain"
import { Schema } from "effect"
import { ErrorCode } from "./error-codes.ts"
import type { RouteGroup } from "./route.ts"

/** OpenAPI component keys allow only [a-zA-Z0-9._-]. */
const componentKey = (key: string): string => key.replace(/[^a-zA-Z0-9._-]/g, "_")

const ErrorEnvelope = Schema.Struct({
  error: Schema.Struct({
    code: ErrorCode,
    message: Schema.String,
    details: Schema.Record(Schema.String, Schema.Unknown)
  })
})

const jsonSchema = (schema: Schema.Top, onExcessProperty: "error" | "ignore") => {
  const doc = Schema.toJsonSchemaDocument(schema, { onExcessProperty })
  return { schema: doc.schema, definitions: doc.definitions ?? {} }
}

const statusText: Record<number, string> = {
  200: "OK",
  201: "Created",
  202: "Accepted",
  204: "No Content",
  302: "Found (a redirect for the browser)",
  400: "Bad input (malformed JSON, wrong types, unknown or missing fields)",
  401: "Not signed in",
  403: "Not allowed",
  404: "Not found",
  409: "Conflict or illegal transition",
  413: "Payload too large",
  415: "Unsupported media type",
  422: "Business rule violated",
  429: "Too many attempts",
  503: "Not ready"
}

/** The OpenAPI 3.1 document, generated from the same schemas that validate the requests. */
export const buildOpenApi = (groups: ReadonlyArray<RouteGroup<any>>, info: { version: string }) => {
  const definitions: Record<string, unknown> = {}
  const collect = (schema: Schema.Top, excess: "error" | "ignore") => {
    const { schema: s, definitions: defs } = jsonSchema(schema, excess)
    for (const [key, value] of Object.entries(defs)) definitions[componentKey(key)] = value
    return rewriteRefs(s)
  }
  const errorSchema = collect(ErrorEnvelope, "ignore")
  const paths: Record<string, Record<string, unknown>> = {}
  for (const g of groups) {
    for (const { spec } of g.routes) {
      const path = `${g.basePath}${spec.path}`.replace(/\/$/, "") || "/"
      const parameters: Array<unknown> = []
      // A path parameter's schema is the declared one (e.g. a PartnerID's pattern), else a string.
      const declared =
        spec.params === undefined
          ? {}
          : ((collect(spec.params, "error") as { properties?: Record<string, unknown> }).properties ?? {})
      for (const name of [...spec.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)) {
        parameters.push({ name, in: "path", required: true, schema: declared[name] ?? { type: "string" } })
      }
      if (spec.query !== undefined) {
        const q = collect(spec.query, "error") as {
          properties?: Record<string, unknown>
          required?: Array<string>
        }
        for (const [name, s] of Object.entries(q.properties ?? {})) {
          parameters.push({ name, in: "query", required: (q.required ?? []).includes(name), schema: s })
        }
      }
      const responses: Record<string, unknown> = {}
      responses[String(spec.status)] =
        spec.status === 204 || spec.status === 302
          ? { description: statusText[spec.status] }
          : {
              description: statusText[spec.status],
              ...(spec.responseFile !== undefined
                ? { content: { [spec.responseFile]: { schema: { type: "string", format: "binary" } } } }
                : spec.response === undefined
                  ? {}
                  : { content: { "application/json": { schema: collect(spec.response, "ignore") } } })
            }
      for (const status of spec.errors) {
        responses[String(status)] = {
          description: statusText[status] ?? "Error",
          content: { "application/json": { schema: errorSchema } }
        }
      }
      const operation: Record<string, unknown> = {
        operationId: spec.operationId,
        summary: spec.summary,
        ...(spec.description === undefined ? {} : { description: spec.description }),
        tags: [g.tag],
        ...(parameters.length > 0 ? { parameters } : {}),
        responses,
        security:
          spec.auth === "none"
            ? []
            : spec.auth === "optional"
              ? [{}, { bearer: [] }, { cookie: [] }]
              : [{ bearer: [] }, { cookie: [] }]
      }
      if (spec.bodyKind === "csv") {
        operation.requestBody = { required: true, content: { "text/csv": { schema: { type: "string" } } } }
      } else if (spec.bodyKind === "json_or_csv" && spec.body !== undefined) {
        operation.requestBody = {
          required: true,
          content: {
            "application/json": { schema: collect(spec.body, "error") },
            "text/csv": { schema: { type: "string" } }
          }
        }
      } else if (spec.body !== undefined) {
        operation.requestBody = {
          required: true,
          content: { "application/json": { schema: collect(spec.body, "error") } }
        }
      }
      paths[path] = { ...(paths[path] ?? {}), [spec.method]: operation }
    }
  }
  const webhooks = webhookDocument(collect)
  return {
    openapi: "3.1.0",
    info: {
      title: "OpenPOR API",
      version: info.version,
      description:
        "Partner incentive programs: enrollment, Digital Partner of Record, Claiming Partner of Record, review and attribution."
    },
    servers: [{ url: "/" }],
    paths,
    webhooks,
    components: {
      schemas: rewriteRefsDeep(definitions),
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer" },
        cookie: { type: "apiKey", in: "cookie", name: "openpor_session" }
      }
    }
  }
}

/**
 * The webhooks (OpenAPI 3.1 `webhooks`): one POST per event type that OpenPOR sends to registered
 * endpoints, its body `{ id, type, timestamp, data }` from the domain's schema, signed per the
 * Standard Webhooks specification (docs/decisions/023-webhooks.md).
 */
const webhookDocument = (collect: (schema: Schema.Top, excess: "error" | "ignore") => unknown) => {
  const header = (name: string, description: string) => ({
    name,
    in: "header",
    required: true,
    description,
    schema: { type: "string" }
  })
  const headers = [
    header(
      "webhook-id",
      "The delivery's id (msg_…): the same on every attempt; drop a request whose id you already processed"
    ),
    header("webhook-timestamp", "Seconds since the epoch when this attempt was signed"),
    header("webhook-signature", "v1,<base64 HMAC-SHA256 of id.timestamp.body with the endpoint's secret>")
  ]
  return Object.fromEntries(
    WebhookEventType.literals.map((type) => [
      type,
      {
        post: {
          operationId: `webhook_${type.replace(/\./g, "_")}`,
          summary: webhookEventDescriptions[type],
          tags: ["Webhooks"],
          parameters: headers,
          requestBody: {
            required: true,
            content: { "application/json": { schema: collect(webhookEventBody(type), "ignore") } }
          },
          responses: {
            "200": {
              description: "Accepted (any 2xx); anything else, a timeout (10 s) or no answer is retried"
            }
          }
        }
      }
    ])
  )
}

/** `#/$defs/X` → `#/components/schemas/X` with X sanitized to a valid component key. */
const componentRef = (ref: string): string => {
  const match = /^#\/\$defs\/(.+)$/.exec(ref)
  if (match === null) return ref
  const key = match[1]!.replaceAll("~1", "/").replaceAll("~0", "~")
  return `#/components/schemas/${componentKey(key)}`
}
const rewriteRefs = (schema: unknown): unknown => rewriteRefsDeep(schema)
const rewriteRefsDeep = (value: any): any => {
  if (Array.isArray(value)) return value.map(rewriteRefsDeep)
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === "$ref" && typeof v === "string" ? componentRef(v) : rewriteRefsDeep(v)
    }
    return out
  }
  return value
}
