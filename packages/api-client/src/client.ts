import { readCookie } from "./cookies.ts"
import { ApiError, toApiError } from "./errors.ts"
import type { Mailbox, Me, Session } from "./types.ts"

export type HttpMethod = "GET" | "HEAD" | "POST" | "PUT" | "PATCH" | "DELETE"

/** Name of the JS-readable cookie that carries the CSRF token of a cookie session. */
export const CSRF_COOKIE = "openpor_csrf"
/** Header that must echo the CSRF token on every unsafe request made with cookie auth. */
export const CSRF_HEADER = "X-CSRF-Token"
/** All endpoints live below this path. */
export const API_PREFIX = "/api/v1"

const UNSAFE_METHODS: ReadonlySet<HttpMethod> = new Set(["POST", "PUT", "PATCH", "DELETE"])

export const isUnsafeMethod = (method: HttpMethod): boolean => UNSAFE_METHODS.has(method)

export interface ClientOptions {
  /** Origin (or origin plus path prefix) of the API; default "" = same origin as the page. */
  readonly baseUrl?: string | undefined
  /** `fetch` implementation; default the global one. */
  readonly fetch?: typeof fetch | undefined
  /** Source of the cookie string used to read the CSRF cookie; default `document.cookie`. */
  readonly cookies?: (() => string) | undefined
  /** Bearer token: when set, requests authenticate with `Authorization` instead of the cookie. */
  readonly token?: string | undefined
}

export interface RequestOptions {
  readonly signal?: AbortSignal | undefined
  readonly headers?: Readonly<Record<string, string>> | undefined
}

export interface ApiClient {
  /**
   * Calls `method` on `path` (relative to `/api/v1`, may carry a query string). A `FormData` body is sent
   * as multipart, anything else as JSON. Resolves with the parsed JSON (undefined for 204); rejects with
   * an {@link ApiError} for error responses and unreachable servers (status 0, code `network_error`).
   */
  request<T>(method: HttpMethod, path: string, body?: unknown, options?: RequestOptions): Promise<T>
  signIn(email: string, password: string): Promise<Session>
  /** Ends the session; an already expired session counts as signed out. */
  signOut(): Promise<void>
  me(): Promise<Me>
  devMailbox(): Promise<Mailbox>
  /** Calls `listener` whenever a request fails with 401 `unauthenticated` (e.g. the session expired). */
  onUnauthenticated(listener: (error: ApiError) => void): () => void
}

const documentCookies = (): string => (typeof document === "undefined" ? "" : document.cookie)

const parseBody = async (response: Response): Promise<unknown> => {
  if (response.status === 204 || response.status === 205) return undefined
  const text = await response.text()
  if (text === "") return undefined
  const contentType = response.headers.get("content-type") ?? ""
  if (!/[/+]json\b/i.test(contentType)) return text
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

const isAbort = (error: unknown): boolean => error instanceof Error && error.name === "AbortError"

export const createClient = (options: ClientOptions = {}): ApiClient => {
  const baseUrl = (options.baseUrl ?? "").replace(/\/+$/, "")
  const doFetch = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => fetch(input, init))
  const cookies = options.cookies ?? documentCookies
  const listeners = new Set<(error: ApiError) => void>()
  // The sign-in response carries the CSRF token too; used when the cookie cannot be read.
  let sessionCsrfToken: string | undefined

  const csrfToken = (): string | undefined => readCookie(cookies(), CSRF_COOKIE) || sessionCsrfToken

  const request = async <T>(
    method: HttpMethod,
    path: string,
    body?: unknown,
    requestOptions: RequestOptions = {}
  ): Promise<T> => {
    if (!path.startsWith("/")) throw new TypeError(`API path must start with "/": ${path}`)
    const headers = new Headers({ Accept: "application/json", ...requestOptions.headers })
    const init: RequestInit = { method, headers, credentials: "same-origin" }
    if (requestOptions.signal !== undefined) init.signal = requestOptions.signal
    if (body !== undefined) {
      if (body instanceof FormData) {
        init.body = body
      } else {
        headers.set("Content-Type", "application/json")
        init.body = JSON.stringify(body)
      }
    }
    if (options.token !== undefined) {
      headers.set("Authorization", `Bearer ${options.token}`)
    } else if (isUnsafeMethod(method)) {
      const token = csrfToken()
      if (token !== undefined) headers.set(CSRF_HEADER, token)
    }

    let response: Response
    try {
      response = await doFetch(`${baseUrl}${API_PREFIX}${path}`, init)
    } catch (error) {
      if (isAbort(error)) throw error
      const message = error instanceof Error ? error.message : String(error)
      throw new ApiError(0, "network_error", message)
    }
    const parsed = await parseBody(response)
    if (!response.ok) {
      const error = toApiError(response.status, response.statusText, parsed)
      if (error.status === 401 && error.code === "unauthenticated") {
        for (const listener of listeners) listener(error)
      }
      throw error
    }
    return parsed as T
  }

  return {
    request,
    async signIn(email, password) {
      const session = await request<Session>("POST", "/auth/sessions", { email, password })
      sessionCsrfToken = session.csrfToken
      return session
    },
    async signOut() {
      try {
        await request<void>("DELETE", "/auth/sessions/current")
      } catch (error) {
        if (!(error instanceof ApiError && error.status === 401)) throw error
      } finally {
        sessionCsrfToken = undefined
      }
    },
    me: () => request<Me>("GET", "/me"),
    devMailbox: () => request<Mailbox>("GET", "/dev/mailbox"),
    onUnauthenticated(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    }
  }
}
