import { createHash } from "node:crypto"
import { IdempotencyStore, KnownVersions } from "@openpor/db"
import type { Authenticated } from "@openpor/domain"
import { AuthService, Clock, CurrentRequestId } from "@openpor/domain"
import {
  Cause,
  Effect,
  type Exit,
  type ManagedRuntime,
  Option,
  Schema,
  SchemaIssue,
  SchemaParser
} from "effect"
import type { Context } from "hono"
import { Hono } from "hono"
import { getCookie } from "hono/cookie"
import { tracedRequest } from "../telemetry.ts"
import { failureResponse, HttpError } from "./errors.ts"
import { fastEncoder } from "./response-encoder.ts"
import { checkTextRecord, findInvalidText, invalidText, invalidTextLine } from "./text.ts"

export type Method = "get" | "post" | "put" | "patch" | "delete"

/** How a route authenticates: no session, a required session, or an optional one. */
export type AuthMode = "none" | "session" | "optional"

export interface RouteSpec {
  readonly method: Method
  /** OpenAPI path relative to the group, with `{param}` placeholders. */
  readonly path: string
  readonly operationId: string
  readonly summary: string
  readonly description?: string
  readonly auth: AuthMode
  readonly body?: Schema.Top
  /**
   * "json" (default) or "csv" (raw text/csv body, given to the handler as a string); "json_or_csv"
   * takes either by Content-Type: a text/csv body reaches the handler as a string, JSON decoded by `body`.
   */
  readonly bodyKind?: "json" | "csv" | "json_or_csv"
  readonly query?: Schema.Top
  readonly params?: Schema.Top
  readonly response?: Schema.Top
  /** A file answer instead of JSON: its media type, for the OpenAPI document (the handler returns a Response). */
  readonly responseFile?: string
  /** 302: a browser navigation answered with a redirect (the handler returns the Response). */
  readonly status: 200 | 201 | 202 | 204 | 302
  /** Honour the Idempotency-Key header (a retried request returns the first response). */
  readonly idempotent?: boolean
  /** The JSON body may be left out entirely (an empty object is used). */
  readonly bodyOptional?: boolean
  /** Error statuses the route can answer, for the OpenAPI document. */
  readonly errors: ReadonlyArray<number>
}

export interface HandlerInput<B, Q, P> {
  readonly body: B
  readonly query: Q
  readonly params: P
  readonly auth: Authenticated | null
  readonly c: Context
  readonly requestId: string
}

type TypeOf<S> = S extends Schema.Top ? S["Type"] : undefined

export interface Route<R> {
  readonly spec: RouteSpec
  readonly handler: (input: HandlerInput<any, any, any>) => Effect.Effect<unknown, unknown, R>
}

/** Declares a route: the schemas validate requests and also generate the OpenAPI document. */
export const route = <const S extends RouteSpec, R>(
  spec: S,
  handler: (
    input: HandlerInput<
      S["bodyKind"] extends "csv"
        ? string
        : S["bodyKind"] extends "json_or_csv"
          ? string | TypeOf<S["body"]>
          : TypeOf<S["body"]>,
      TypeOf<S["query"]>,
      TypeOf<S["params"]>
    >
  ) => Effect.Effect<S["response"] extends Schema.Top ? S["response"]["Type"] : unknown, unknown, R>
): Route<R> => ({ spec, handler: handler as Route<R>["handler"] })

export interface RouteGroup<R> {
  readonly basePath: string
  readonly tag: string
  readonly routes: ReadonlyArray<Route<R>>
}

export const group = <const Routes extends ReadonlyArray<Route<any>>>(
  basePath: string,
  tag: string,
  routes: Routes
): RouteGroup<Routes[number] extends Route<infer R> ? R : never> => ({
  basePath,
  tag,
  routes
})

const parseOptions = { errors: "all", onExcessProperty: "error" } as const

/** A whole number in a query string, within bounds (e.g. `limit`). */
export const QueryInt = (minimum: number, maximum: number) =>
  Schema.NumberFromString.check(Schema.isInt(), Schema.isBetween({ minimum, maximum }))

interface Issue {
  readonly path: string
  readonly message: string
}

type Where = "body" | "query" | "path"
type Decoder = (input: unknown) => Effect.Effect<unknown, HttpError>

/** The issues as Standard Schema reports them (the messages of the 400 answers). */
const formatIssues = SchemaIssue.makeFormatterStandardSchemaV1()

/** Parsers, built once per schema (not per request); they run in the request's fiber, synchronously. */
const parsers = new WeakMap<Schema.Top, (input: unknown) => Effect.Effect<unknown, SchemaIssue.Issue>>()
const parserOf = (schema: Schema.Top) => {
  let parse = parsers.get(schema)
  if (parse === undefined) {
    parse = SchemaParser.decodeUnknownEffect(schema as Schema.Codec<unknown, unknown>, parseOptions)
    parsers.set(schema, parse)
  }
  return parse
}

const invalidInput = (
  where: Where,
  found: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<unknown> | undefined }>
): HttpError => {
  const issues: Array<Issue> = found.map((i) => ({
    path: (i.path ?? [])
      .map((p) => String(typeof p === "object" && p !== null && "key" in p ? p.key : p))
      .join("."),
    message: i.message
  }))
  const missing = issues.filter((i) => /missing/i.test(i.message))
  const code = missing.length > 0 && missing.length === issues.length ? "missing_field" : "invalid_request"
  const summary = issues
    .slice(0, 5)
    .map((i) => (i.path === "" ? i.message : `${i.path}: ${i.message}`))
    .join("; ")
  return new HttpError(400, code, `The request ${where} is not valid: ${summary}`, {
    location: where,
    issues
  })
}

/**
 * A validator of input against a schema, built once (routes build theirs when they are mounted):
 * unknown fields, wrong types and missing fields are 400s. Every string in the input is checked first
 * (NUL, lone surrogates → 400 invalid_text), so no handler and no database ever sees such text.
 */
export const decoderFor = (schema: Schema.Top, where: Where): Decoder => {
  const parse = parserOf(schema)
  return (input) => {
    const bad = findInvalidText(input)
    if (bad !== undefined) return Effect.fail(invalidText(where, bad))
    return Effect.matchCauseEffect(parse(input), {
      onSuccess: Effect.succeed,
      // A schema issue, or (as Standard Schema reports it) a defect of a transformation.
      onFailure: (cause) => {
        const issue = Cause.findErrorOption(cause)
        return Effect.fail(
          invalidInput(
            where,
            Option.isSome(issue) ? formatIssues(issue.value).issues : [{ message: Cause.pretty(cause) }]
          )
        )
      }
    })
  }
}

/** Validates input against a schema (see decoderFor). */
export const decodeInput = (schema: Schema.Top, input: unknown, where: Where) =>
  decoderFor(schema, where)(input)

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"])
export const SESSION_COOKIE = "openpor_session"
export const CSRF_COOKIE = "openpor_csrf"
export const CSRF_HEADER = "X-CSRF-Token"

/** Bearer token first; otherwise the session cookie, which needs the CSRF header on unsafe methods. */
const authenticate = (c: Context, mode: AuthMode) =>
  Effect.gen(function* () {
    if (mode === "none") return null
    const header = c.req.header("authorization")
    let token: string | undefined
    let viaCookie = false
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)$/i.exec(header.trim())
      if (match === null) {
        return yield* Effect.fail(
          new HttpError(401, "unauthenticated", "The Authorization header must be 'Bearer <token>'")
        )
      }
      token = match[1]
    } else {
      token = getCookie(c, SESSION_COOKIE)
      viaCookie = token !== undefined
    }
    if (token === undefined || token === "") {
      if (mode === "optional") return null
      return yield* Effect.fail(new HttpError(401, "unauthenticated", "Sign in to continue"))
    }
    const auth = yield* AuthService.use((s) => s.authenticate(token))
    if (viaCookie && UNSAFE.has(c.req.method)) {
      const sent = c.req.header(CSRF_HEADER)
      if (sent === undefined || sent !== auth.session.csrfToken) {
        return yield* Effect.fail(
          new HttpError(
            403,
            "csrf_token_invalid",
            `Cookie-authenticated ${c.req.method} requests need the ${CSRF_HEADER} header`
          )
        )
      }
    }
    return auth
  })

const JSON_LIMIT = 1024 * 1024
export const CSV_LIMIT = 20 * 1024 * 1024

const readBody = (c: Context, spec: RouteSpec, decodeBody: Decoder | undefined) =>
  Effect.gen(function* () {
    if (spec.body === undefined && spec.bodyKind !== "csv") return undefined
    const type = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase()
    if (spec.bodyOptional === true && type === "" && (c.req.header("content-length") ?? "0") === "0") {
      return yield* decodeBody!({})
    }
    const csv = spec.bodyKind === "csv" || (spec.bodyKind === "json_or_csv" && type === "text/csv")
    const limit = csv ? CSV_LIMIT : JSON_LIMIT
    const declared = Number(c.req.header("content-length") ?? "0")
    if (declared > limit) {
      return yield* Effect.fail(
        new HttpError(413, "payload_too_large", `The request body is larger than ${limit} bytes`, { limit })
      )
    }
    if (csv) {
      if (type !== "text/csv") {
        return yield* Effect.fail(
          new HttpError(415, "unsupported_media_type", "Send the file as Content-Type: text/csv")
        )
      }
      const text = yield* Effect.promise(() => c.req.text())
      if (Buffer.byteLength(text) > limit) {
        return yield* Effect.fail(
          new HttpError(413, "payload_too_large", `The request body is larger than ${limit} bytes`, { limit })
        )
      }
      const badLine = invalidTextLine(text)
      if (badLine !== undefined) return yield* Effect.fail(invalidText("body", badLine))
      return text
    }
    if (type !== "application/json") {
      return yield* Effect.fail(
        new HttpError(
          415,
          "unsupported_media_type",
          spec.bodyKind === "json_or_csv"
            ? "Send the body as Content-Type: application/json or text/csv"
            : "Send the body as Content-Type: application/json"
        )
      )
    }
    const text = yield* Effect.promise(() => c.req.text())
    if (Buffer.byteLength(text) > limit) {
      return yield* Effect.fail(
        new HttpError(413, "payload_too_large", `The request body is larger than ${limit} bytes`, { limit })
      )
    }
    if (text.trim() === "")
      return yield* Effect.fail(
        new HttpError(400, "malformed_json", "The request body is empty; send a JSON object")
      )
    const parsed = yield* Effect.try({
      try: () => JSON.parse(text) as unknown,
      catch: (e) =>
        new HttpError(400, "malformed_json", `The request body is not valid JSON: ${(e as Error).message}`)
    })
    return yield* decodeBody!(parsed)
  })

const toHonoPath = (path: string) => path.replace(/\{(\w+)\}/g, ":$1")

/** Mounts a group of routes as a Hono sub-app that runs each handler on the ManagedRuntime. */
export const toHono = <R>(
  routeGroup: RouteGroup<R>,
  runtime: ManagedRuntime.ManagedRuntime<R, unknown>,
  options: { readonly traced?: boolean } = {}
) => {
  const app = new Hono<{ Variables: { requestId: string } }>()
  for (const { spec, handler } of routeGroup.routes) {
    // Telemetry on (decision 028): the span's name and the metrics' route are the OpenAPI template.
    const method = spec.method.toUpperCase()
    const template = `${routeGroup.basePath}${spec.path}`
    // The request decoders and the response encoder are built once per route, not per request.
    const decodeParams = spec.params === undefined ? undefined : decoderFor(spec.params, "path")
    const decodeQuery = spec.query === undefined ? undefined : decoderFor(spec.query, "query")
    const decodeBody = spec.body === undefined ? undefined : decoderFor(spec.body, "body")
    const encodeResponse =
      spec.response === undefined
        ? undefined
        : (fastEncoder(spec.response) ??
          Schema.encodeUnknownSync(spec.response as Schema.Codec<unknown, unknown>))
    const encode = (value: unknown) => (encodeResponse === undefined ? value : encodeResponse(value))
    app.on(spec.method.toUpperCase(), toHonoPath(spec.path), async (c) => {
      const requestId = c.get("requestId") ?? "unknown"
      const run = Effect.gen(function* () {
        const auth = yield* authenticate(c, spec.auth)
        // Every path and query parameter, declared or not (a handler may read c.req.query itself).
        const rawParams = c.req.param() as Record<string, string>
        const badText = checkTextRecord("path", rawParams) ?? checkTextRecord("query", c.req.queries())
        if (badText !== undefined) return yield* Effect.fail(badText)
        const params = decodeParams === undefined ? rawParams : yield* decodeParams(rawParams)
        const query = decodeQuery === undefined ? undefined : yield* decodeQuery(c.req.query())
        const body = yield* readBody(c, spec, decodeBody)
        const key = c.req.header("idempotency-key")
        if (spec.idempotent !== true || key === undefined || auth === null) {
          return {
            replay: false,
            value: (yield* handler({ body, query, params, auth, c, requestId })) as unknown
          }
        }
        return yield* idempotently(
          c,
          auth.user.id,
          key,
          () => handler({ body, query, params, auth, c, requestId }),
          encode,
          spec.status
        )
      })
      const program = run.pipe(
        Effect.provideService(CurrentRequestId, requestId),
        // The cache version tokens this request saw (filled by the session lookup).
        Effect.provideService(KnownVersions, new Map<string, string>())
      )
      const respond = (exit: Exit.Exit<{ replay: boolean; value: unknown }, unknown>): Response => {
        if (exit._tag === "Failure") return failureResponse(c, exit.cause, requestId)
        const { replay, value } = exit.value
        if (replay) {
          c.header("Idempotency-Replayed", "true")
          return c.json(value as object, spec.status === 204 ? 200 : spec.status)
        }
        if (spec.status === 204) return c.body(null, 204)
        if (value instanceof Response) return value
        return c.json(encode(value) as object, spec.status)
      }
      const typed = program as Effect.Effect<{ replay: boolean; value: unknown }, unknown, R>
      if (options.traced !== true) return respond(await runtime.runPromiseExit(typed))
      return runtime.runPromise(tracedRequest(c, method, template, requestId, typed, respond))
    })
  }
  return app
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,200}$/

/**
 * Runs a handler at most once per (user, Idempotency-Key): the key is reserved first, completed with
 * the encoded response, and released when the handler fails so a corrected request can retry.
 */
const idempotently = <A, E, R>(
  c: Context,
  userId: string,
  key: string,
  handler: () => Effect.Effect<A, E, R>,
  encode: (value: unknown) => unknown,
  status: number
) =>
  Effect.gen(function* () {
    if (!IDEMPOTENCY_KEY.test(key)) {
      return yield* Effect.fail(
        new HttpError(400, "invalid_request", "Idempotency-Key has 1–200 letters, digits or . _ : -")
      )
    }
    const text = yield* Effect.promise(() => c.req.text().catch(() => ""))
    const hash = createHash("sha256").update(`${c.req.method} ${c.req.path}\n${text}`).digest("hex")
    const store = yield* IdempotencyStore
    const now = yield* Clock.use((clock) => clock.now)
    const reservation = yield* store.reserve(userId, key, hash, now)
    if (reservation._tag === "InProgress") {
      return yield* Effect.fail(
        new HttpError(
          409,
          "idempotency_key_in_use",
          "A request with this Idempotency-Key is still being processed"
        )
      )
    }
    if (reservation._tag === "Completed") {
      if (reservation.requestHash !== hash) {
        return yield* Effect.fail(
          new HttpError(
            422,
            "idempotency_key_reused",
            "This Idempotency-Key was used for a different request; use a new key"
          )
        )
      }
      return { replay: true, value: reservation.body }
    }
    const value = yield* handler().pipe(Effect.onError(() => store.release(userId, key)))
    yield* store.complete(userId, key, status, encode(value))
    return { replay: false, value: value as unknown }
  })
