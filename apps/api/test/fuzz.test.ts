import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ERROR_CODES } from "../src/http/error-codes.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/**
 * Schema-derived fuzzing of the whole API (SPEC §9): for every operation of the served OpenAPI
 * document, as a signed-in user of each kind, one request per payload kind with the payload in every
 * string field of the JSON body (at any depth) and in every path and query parameter. Every answer
 * must be below 500, and every error answer must be the error envelope. (1 MB strings get 413 in
 * bodies; the 200 KB strings fit the body limit and reach the handlers and the database.)
 */

const MB = 1024 * 1024

interface Payload {
  readonly kind: string
  /** The value put into JSON bodies. */
  readonly text: string
  /** The same value as it appears in a URL (already percent-encoded). */
  readonly url: string
}

const PAYLOADS: ReadonlyArray<Payload> = [
  { kind: "NUL", text: "nul\u0000here", url: "nul%00here" },
  // A lone high surrogate: JSON.stringify writes it as the escape \ud800; in a URL, its WTF-8 bytes.
  { kind: "lone surrogate", text: "lone\ud800here", url: "lone%ED%A0%80here" },
  { kind: "1 MB string", text: "x".repeat(MB), url: "x".repeat(MB) },
  // Long text that still fits the 1 MB body limit (reaches the handlers and the database).
  { kind: "200 KB string", text: "y".repeat(200 * 1024), url: "y".repeat(200 * 1024) }
]

/** One signed-in user of each kind (SPEC appendix B). */
const USERS = {
  partner: "ian@contoso.example",
  customer: "admin@northwind.example",
  reviewer: "rita@vendor.example",
  operator: "otto@vendor.example",
  auditor: "aude@vendor.example"
} as const

type JsonSchema = Record<string, any>

interface Operation {
  readonly method: string
  readonly path: string
  readonly parameters: ReadonlyArray<{ name: string; in: string }>
  readonly body: JsonSchema | undefined
  readonly bodyType: string | undefined
  /**
   * A browser navigation answered with a redirect (302 in the document, e.g. the OpenID Connect sign-in's
   * start and callback): its refusals are HTML pages for a person, not the JSON envelope (decision 026).
   */
  readonly browserPage: boolean
}

const operationsOf = (doc: any): Array<Operation> => {
  const out: Array<Operation> = []
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, any>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const content = op.requestBody?.content as Record<string, { schema: JsonSchema }> | undefined
      const bodyType = content === undefined ? undefined : Object.keys(content)[0]
      out.push({
        method: method.toUpperCase(),
        path,
        parameters: op.parameters ?? [],
        body: bodyType === undefined ? undefined : content![bodyType]!.schema,
        bodyType,
        browserPage: op.responses?.["302"] !== undefined
      })
    }
  }
  // Signing out last keeps the tokens valid for everything else.
  return out.sort((a, b) => Number(isSignOut(a)) - Number(isSignOut(b)))
}

const isSignOut = (op: Operation) => op.method === "DELETE" && op.path === "/api/v1/auth/sessions/current"

/** A value for a JSON schema with `text` in every string position (all optional properties included). */
const valueFor = (schema: JsonSchema | undefined, doc: any, text: string, depth = 0): unknown => {
  if (schema === undefined || depth > 12) return text
  if (typeof schema.$ref === "string") {
    const name = schema.$ref.replace("#/components/schemas/", "")
    return valueFor(doc.components.schemas[name], doc, text, depth + 1)
  }
  const variants = (schema.anyOf ?? schema.oneOf) as Array<JsonSchema> | undefined
  if (variants !== undefined) {
    const pick = variants.find((v) => v.type !== "null") ?? variants[0]
    return valueFor(pick, doc, text, depth + 1)
  }
  if (Array.isArray(schema.allOf)) return valueFor(schema.allOf[0], doc, text, depth + 1)
  const type = Array.isArray(schema.type) ? schema.type.find((t: string) => t !== "null") : schema.type
  switch (type) {
    case "object": {
      const out: Record<string, unknown> = {}
      for (const [k, v] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
        out[k] = valueFor(v, doc, text, depth + 1)
      }
      if (schema.properties === undefined && schema.additionalProperties !== false) out.key = text
      return out
    }
    case "array":
      return [valueFor(schema.items, doc, text, depth + 1)]
    case "integer":
    case "number":
      return 1
    case "boolean":
      return true
    case "null":
      return null
    default:
      return text
  }
}

const expectEnvelope = (
  label: string,
  status: number,
  contentType: string | null,
  body: unknown,
  browserPage = false
) => {
  expect(status, label).toBeLessThan(500)
  if (status < 400) return
  if (browserPage && /^text\/html/.test(contentType ?? "")) {
    // A page with a link back to sign-in: no stack trace, no error object.
    expect(String(body), label).toMatch(/^<!doctype html>/)
    expect(String(body), label).not.toMatch(/\bat .+:\d+:\d+|Error:/)
    return
  }
  expect(contentType ?? "", label).toMatch(/^application\/json/)
  const error = (body as { error?: Record<string, unknown> } | null)?.error
  expect(error, `${label}: ${JSON.stringify(body).slice(0, 300)}`).toBeDefined()
  expect(Object.keys(error!).sort(), label).toEqual(["code", "details", "message"])
  expect(typeof error!.code, label).toBe("string")
  expect(error!.code as string, label).toMatch(/^[a-z][a-z0-9_]*$/)
  // One of the vocabulary the OpenAPI document declares (its ErrorCode schema).
  expect(ERROR_CODES as readonly string[], label).toContain(error!.code)
  expect(typeof error!.message, label).toBe("string")
  expect(typeof error!.details === "object" && error!.details !== null, label).toBe(true)
}

describe.each(dialects)("fuzzing every operation of the OpenAPI document on %s", (dialect) => {
  let t: TestApp
  let doc: any
  const tokens: Record<string, string> = {}
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    for (const [kind, email] of Object.entries(USERS)) tokens[kind] = await t.signIn(email)
    doc = (await t.call("GET", "/api/v1/openapi.json")).body
  })
  afterAll(async () => t.close())

  it("NUL, lone surrogates, 1 MB and 200 KB strings in every string input: never a 5xx, always the error envelope", async () => {
    const operations = operationsOf(doc)
    expect(operations.length).toBeGreaterThan(60)
    let requests = 0
    const statuses = new Map<number, number>()
    for (const [kind, token] of Object.entries(tokens)) {
      for (const op of operations) {
        for (const payload of PAYLOADS) {
          let path = op.path
          const query: Array<string> = []
          for (const p of op.parameters) {
            if (p.in === "path") path = path.replace(`{${p.name}}`, payload.url)
            else if (p.in === "query") query.push(`${encodeURIComponent(p.name)}=${payload.url}`)
          }
          // An operation without parameters still gets the payload in an (unknown) query parameter.
          if (op.parameters.length === 0) query.push(`fuzz=${payload.url}`)
          const url = `${path}${query.length > 0 ? `?${query.join("&")}` : ""}`
          const headers: Record<string, string> = { authorization: `Bearer ${token}` }
          let body: string | undefined
          if (op.bodyType === "application/json") {
            body = JSON.stringify(valueFor(op.body, doc, payload.text))
            headers["content-type"] = "application/json"
          } else if (op.bodyType === "text/csv") {
            body = `tenant_id,tenant_name\n${payload.text},${payload.text}\n`
            headers["content-type"] = "text/csv"
          }
          const res = await t.app.request(url, {
            method: op.method,
            headers,
            ...(body === undefined ? {} : { body })
          })
          const text = await res.text()
          let parsed: unknown = text
          try {
            parsed = JSON.parse(text)
          } catch {
            parsed = text
          }
          expectEnvelope(
            `${kind} ${op.method} ${op.path} (${payload.kind}) → ${res.status}`,
            res.status,
            res.headers.get("content-type"),
            parsed,
            op.browserPage
          )
          requests++
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
        }
      }
    }
    expect(requests).toBe(operations.length * PAYLOADS.length * Object.keys(USERS).length)
    // The text rule answered: NUL and lone surrogates are refused as invalid_text somewhere in each run.
    expect(statuses.get(400) ?? 0).toBeGreaterThan(0)
    // Thousands of requests, many of them megabytes: half a minute on a quiet machine, far more on a busy one.
  }, 300_000)
})
