/**
 * The typed HTTP client of the OpenPOR API (openapi-fetch under the hood).
 *
 * @module
 */

import createFetchClient, { type FetchResponse, type MaybeOptionalInit } from "openapi-fetch"
import type { HttpMethod as LowerMethod, MediaType, PathsWithMethod } from "openapi-typescript-helpers"
import { readCookie } from "./cookies.ts"
import { ApiError, unwrap } from "./errors.ts"
import type { paths } from "./generated/openapi.ts"
import type { Mailbox, Me, ResponseOf, Session } from "./types.ts"

/** An HTTP method name. */
export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE"

/** Name of the JS-readable cookie that carries the CSRF token of a cookie session. */
export const CSRF_COOKIE = "openpor_csrf"
/** Header that must echo the CSRF token on every unsafe request made with cookie auth. */
export const CSRF_HEADER = "X-CSRF-Token"
/** All endpoints live below this path. */
export const API_PREFIX = "/api/v1"

const UNSAFE_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"])

/** Whether a request with this method changes something (and so needs the CSRF header with cookie auth). */
export const isUnsafeMethod = (method: string): boolean => UNSAFE_METHODS.has(method.toUpperCase())

/** Options of {@link createClient}; all optional. */
export interface ClientOptions {
  /** Origin of the API; default "" = same origin as the page. */
  readonly baseUrl?: string | undefined
  /** `fetch` implementation; default the global one (called with a `Request`). */
  readonly fetch?: ((request: Request) => Promise<Response>) | undefined
  /** Source of the cookie string used to read the CSRF cookie; default `document.cookie`. */
  readonly cookies?: (() => string) | undefined
  /**
   * How requests authenticate after {@link ApiClient.signIn}: `"cookie"` (default; browsers: the HttpOnly
   * session cookie plus the `X-CSRF-Token` header on unsafe requests) or `"bearer"` (scripts and servers,
   * which keep no cookies: the session's `token` as `Authorization: Bearer …`).
   */
  readonly auth?: "cookie" | "bearer" | undefined
  /** Bearer token to start with: when set, requests authenticate with `Authorization` instead of the cookie. */
  readonly token?: string | undefined
}

/** The init argument of a typed call: required when the operation has required parameters or a body. */
export type InitParam<Init> = RequiredKeysOf<Init> extends never ? [Init?] : [Init]
/** The keys of `T` that are not optional. */
export type RequiredKeysOf<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T]

/** The body of the success answer of `M path` (what a {@link TypedCall} resolves with). */
export type Success<Path extends keyof paths, M extends LowerMethod, Init> = Extract<
  FetchResponse<paths[Path][M] & Record<string | number, any>, Init, MediaType>,
  { data: unknown }
>["data"]

/**
 * A typed call of one HTTP method: the path is one of the API's paths (with `{param}` placeholders), the
 * init carries `params: { path, query }` and `body` exactly as the OpenAPI document declares them, and the
 * promise resolves with the success response's body (undefined for 204). Error responses and unreachable
 * servers reject with an {@link ApiError}.
 */
export type TypedCall<M extends LowerMethod> = <
  Path extends PathsWithMethod<paths, M>,
  Init extends MaybeOptionalInit<paths[Path], M>
>(
  path: Path,
  ...init: InitParam<Init & { signal?: AbortSignal; headers?: Record<string, string> }>
) => Promise<Success<Path, M, Init>>

/** The client {@link createClient} returns: one typed call per HTTP method and a few shortcuts. */
export interface ApiClient {
  /** `GET path`: reads. */
  readonly GET: TypedCall<"get">
  /** `POST path`: creates and actions. */
  readonly POST: TypedCall<"post">
  /** `PUT path`: replaces. */
  readonly PUT: TypedCall<"put">
  /** `PATCH path`: edits (most take the resource's `version` and answer 409 `version_conflict` when it is stale). */
  readonly PATCH: TypedCall<"patch">
  /** `DELETE path`: removes. */
  readonly DELETE: TypedCall<"delete">
  /**
   * Signs in with email and password (`POST /api/v1/auth/sessions`). The answer's CSRF token (cookie auth)
   * or bearer token (`auth: "bearer"`) is used by the following requests. Rejects with 401
   * `invalid_credentials`, or 429 `too_many_attempts` after five failed attempts.
   */
  signIn(email: string, password: string): Promise<Session>
  /** Ends the session; an already expired session counts as signed out. */
  signOut(): Promise<void>
  /** The signed-in user, their organization or tenant, roles and locations (`GET /api/v1/me`). */
  me(): Promise<Me>
  /** Who is signed in, without an error for signed-out visitors (`GET /api/v1/auth/session`). */
  session(): Promise<ResponseOf<"getSession">>
  /** The development server's outgoing mail, newest first (`GET /api/v1/dev/mailbox`; not on a production server). */
  devMailbox(): Promise<Mailbox>
  /** Calls `listener` whenever a request fails with 401 `unauthenticated` (e.g. the session expired). */
  onUnauthenticated(listener: (error: ApiError) => void): () => void
}

const documentCookies = (): string => (typeof document === "undefined" ? "" : document.cookie)

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === "AbortError"

/**
 * Creates a client of the OpenPOR API.
 *
 * @example
 * ```ts
 * const api = createClient({ baseUrl: "http://localhost:3000", auth: "bearer" })
 * await api.signIn("ian@contoso.example", "demo-Passw0rd!")
 * const { claims } = await api.GET("/api/v1/claims", { params: { query: { status: "draft" } } })
 * ```
 */
export const createClient = (options: ClientOptions = {}): ApiClient => {
  const baseUrl = (options.baseUrl ?? "").replace(/\/+$/, "")
  const cookies = options.cookies ?? documentCookies
  const listeners = new Set<(error: ApiError) => void>()
  // The sign-in response carries the CSRF token too; used when the cookie cannot be read.
  let sessionCsrfToken: string | undefined
  let bearerToken = options.token
  const csrfToken = (): string | undefined => readCookie(cookies(), CSRF_COOKIE) || sessionCsrfToken

  const doFetch = options.fetch ?? ((request: Request) => fetch(request))
  const fetchClient = createFetchClient<paths>({
    baseUrl,
    credentials: "same-origin",
    fetch: (request) => doFetch(request)
  })
  fetchClient.use({
    onRequest({ request }) {
      request.headers.set("Accept", "application/json")
      if (bearerToken !== undefined) {
        request.headers.set("Authorization", `Bearer ${bearerToken}`)
      } else if (isUnsafeMethod(request.method)) {
        const token = csrfToken()
        if (token !== undefined) request.headers.set(CSRF_HEADER, token)
      }
      return request
    }
  })

  const call =
    (method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE") =>
    async (path: string, init?: Record<string, unknown>): Promise<unknown> => {
      let result: { data?: unknown; error?: unknown; response: Response }
      try {
        result = await (fetchClient[method] as (p: string, i?: unknown) => Promise<typeof result>)(path, init)
      } catch (error) {
        if (isAbort(error) || error instanceof ApiError) throw error
        throw new ApiError(0, "network_error", error instanceof Error ? error.message : String(error))
      }
      try {
        return unwrap(result)
      } catch (error) {
        if (error instanceof ApiError && error.status === 401 && error.code === "unauthenticated") {
          for (const listener of listeners) listener(error)
        }
        throw error
      }
    }

  const api = {
    GET: call("GET") as TypedCall<"get">,
    POST: call("POST") as TypedCall<"post">,
    PUT: call("PUT") as TypedCall<"put">,
    PATCH: call("PATCH") as TypedCall<"patch">,
    DELETE: call("DELETE") as TypedCall<"delete">
  }

  return {
    ...api,
    async signIn(email, password) {
      const session = await api.POST("/api/v1/auth/sessions", { body: { email, password } })
      sessionCsrfToken = session.csrfToken
      if (options.auth === "bearer") bearerToken = session.token
      return session
    },
    async signOut() {
      try {
        await api.DELETE("/api/v1/auth/sessions/current")
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error
      } finally {
        sessionCsrfToken = undefined
        if (options.auth === "bearer") bearerToken = undefined
      }
    },
    me: () => api.GET("/api/v1/me"),
    session: () => api.GET("/api/v1/auth/session"),
    devMailbox: () => api.GET("/api/v1/dev/mailbox"),
    onUnauthenticated(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}
