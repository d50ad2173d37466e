/**
 * Typed errors of the OpenPOR API: {@link ApiError}, the {@link isApiError} guard, {@link unwrap} for plain
 * openapi-fetch results and {@link fieldErrors} for forms.
 *
 * @module
 */
import type { ErrorCode } from "./error-codes.ts"
import type { ErrorEnvelope } from "./types.ts"

/**
 * Codes the client gives an error itself, when there is no error envelope to read one from:
 * `network_error` (the server could not be reached; `status` 0) and `http_<status>` (an error answer whose
 * body is not the envelope, e.g. from a proxy).
 */
export type ClientErrorCode = "network_error" | `http_${number}`

/** Every code an {@link ApiError} can have: the API's {@link ErrorCode}s and the {@link ClientErrorCode}s. */
export type ApiErrorCode = ErrorCode | ClientErrorCode

/**
 * A failed API call, from the error envelope `{"error": {code, message, details}}` every failing endpoint
 * answers with.
 *
 * @example
 * ```ts
 * try {
 *   await api.PATCH("/api/v1/claims/{id}", { params: { path: { id } }, body: { name, version } })
 * } catch (error) {
 *   if (isApiError(error, "version_conflict")) console.log(error.details) // { expected, actual }
 *   else throw error
 * }
 * ```
 */
export class ApiError extends Error {
  override readonly name = "ApiError"
  /** The HTTP status of the answer; 0 when the server could not be reached. */
  readonly status: number
  /**
   * The envelope's stable snake_case code (`version_conflict`, `not_found`, `missing_field`, …; see
   * `ERROR_CODES`), or a {@link ClientErrorCode}. A server newer than this client may send a code this
   * version does not list yet; an app that throws an `ApiError` for a check of its own (a form rule checked
   * before sending) may use a code of its own.
   */
  readonly code: ApiErrorCode
  /**
   * The envelope's details: e.g. `{ expected, actual }` for `version_conflict`, `{ entity, id }` for
   * `not_found`, `{ violations: [{ code, message, field? }] }` for a 422, `{ issues: [{ path, message }] }`
   * for a 400 of the request's shape. An empty object when the answer had none.
   */
  readonly details: Readonly<Record<string, unknown>>
  /** The answer's `X-Request-Id` (also in the server's log lines): quote it when reporting a problem. */
  readonly requestId: string | undefined

  /**
   * @param status - The HTTP status (0: not reached).
   * @param code - The error code: an {@link ApiErrorCode}, or an app's own code for a check made before sending.
   * @param message - A human-readable English message (the server's).
   * @param details - The envelope's details.
   * @param requestId - The answer's `X-Request-Id`.
   */
  constructor(
    status: number,
    code: ApiErrorCode | (string & {}),
    message: string,
    details: Readonly<Record<string, unknown>> = {},
    requestId?: string
  ) {
    super(message)
    this.status = status
    this.code = code as ApiErrorCode
    this.details = details
    this.requestId = requestId
  }
}

/** An {@link ApiError} whose code is one of `C`: what {@link isApiError} with codes narrows to. */
export type ApiErrorOf<C extends ApiErrorCode> = ApiError & { readonly code: C }

/**
 * Whether `value` is an {@link ApiError} and, when codes are given, has one of them; narrows `error.code`
 * to those codes.
 *
 * @example
 * ```ts
 * if (isApiError(error, "not_found", "forbidden")) showGone(error.code) // code: "not_found" | "forbidden"
 * ```
 */
export function isApiError(value: unknown): value is ApiError
export function isApiError<const C extends ApiErrorCode>(
  value: unknown,
  ...codes: readonly [C, ...C[]]
): value is ApiErrorOf<C>
export function isApiError(value: unknown, ...codes: readonly ApiErrorCode[]): boolean {
  return value instanceof ApiError && (codes.length === 0 || codes.includes(value.code))
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Whether a parsed JSON body is the error envelope `{"error": {code, message, details}}`. */
export const isErrorEnvelope = (body: unknown): body is ErrorEnvelope =>
  isRecord(body) &&
  isRecord(body.error) &&
  typeof body.error.code === "string" &&
  typeof body.error.message === "string"

/**
 * Turns a failed answer into an {@link ApiError}: the envelope's code, message and details, or
 * `http_<status>` with the status text when the body (parsed JSON, `undefined` when it was not JSON) is not
 * an envelope.
 *
 * @param status - The HTTP status.
 * @param statusText - The status text (the message when there is no envelope).
 * @param body - The parsed body.
 * @param requestId - The answer's `X-Request-Id`.
 */
export const toApiError = (
  status: number,
  statusText: string,
  body: unknown,
  requestId?: string
): ApiError => {
  if (isErrorEnvelope(body)) {
    const details = isRecord(body.error.details) ? body.error.details : {}
    return new ApiError(status, body.error.code as ErrorCode, body.error.message, details, requestId)
  }
  return new ApiError(status, `http_${status}`, statusText || `HTTP ${status}`, {}, requestId)
}

/**
 * The result of a plain openapi-fetch call (`createClient<paths>()` from `openapi-fetch` with this package's
 * `paths`): `data` on success, `error` (the parsed error body) otherwise, and the `response`.
 */
export interface FetchResult<T> {
  readonly data?: T
  readonly error?: unknown
  readonly response: Response
}

/**
 * Returns the data of a plain openapi-fetch result, or throws its failure as an {@link ApiError} (the same
 * one `createClient`'s calls throw). The `ApiClient`'s own calls already do this.
 *
 * @example
 * ```ts
 * import createFetchClient from "openapi-fetch"
 * import { type paths, unwrap } from "@openpor/api-client"
 *
 * const raw = createFetchClient<paths>({ baseUrl, headers: { Authorization: `Bearer ${token}` } })
 * const me = unwrap(await raw.GET("/api/v1/me"))
 * ```
 */
export const unwrap = <T>(result: FetchResult<T>): T => {
  const { response } = result
  if (!response.ok) {
    throw toApiError(
      response.status,
      response.statusText,
      result.error,
      response.headers.get("x-request-id") ?? undefined
    )
  }
  return result.data as T
}

/** One problem of a failed request, as the envelope's details describe it. */
export interface FieldProblem {
  /** The problem's code: a violation's or issue's own code, else the error's. */
  readonly code: string
  /** The server's English message. */
  readonly message: string
}

/** An error's problems sorted by form field: the result of {@link fieldErrors}. */
export interface FieldErrors {
  /** Problems by field name (the dotted path of the request body field, e.g. `partnerId`, `customerContact.email`). */
  readonly fields: Readonly<Record<string, readonly FieldProblem[]>>
  /** Problems that concern no field the caller knows (shown at the top of the form). */
  readonly general: readonly FieldProblem[]
}

const fieldProblem = (value: unknown, fallbackCode: string): FieldProblem | undefined =>
  isRecord(value) && typeof value.message === "string"
    ? { code: typeof value.code === "string" ? value.code : fallbackCode, message: value.message }
    : undefined

/**
 * Sorts an error's problems by field, from the envelope's details: `violations` (422 business rules, each with
 * an optional `field`), `issues` (400 schema validation, each with a `path`) or a single `field`. Problems of
 * fields not in `known` (when given) and problems without a field are `general`; an error without any
 * details is one general problem with its own code and message.
 *
 * @param error - The failed call's error.
 * @param known - The form's field names; a problem of `customerContact.email` belongs to `customerContact` when only that is known.
 */
export const fieldErrors = (error: ApiError, known?: readonly string[]): FieldErrors => {
  const fields: Record<string, FieldProblem[]> = {}
  const general: FieldProblem[] = []
  const add = (field: unknown, problem: FieldProblem | undefined) => {
    if (problem === undefined) return
    const name = typeof field === "string" && field !== "" ? field : undefined
    const match =
      name === undefined
        ? undefined
        : known === undefined
          ? name
          : known.find((candidate) => name === candidate || name.startsWith(`${candidate}.`))
    if (match === undefined) general.push(problem)
    else fields[match] = [...(fields[match] ?? []), problem]
  }
  const { details } = error
  if (Array.isArray(details.violations)) {
    for (const violation of details.violations)
      add(isRecord(violation) ? violation.field : undefined, fieldProblem(violation, error.code))
  } else if (Array.isArray(details.issues)) {
    for (const issue of details.issues)
      add(isRecord(issue) ? issue.path : undefined, fieldProblem(issue, error.code))
  } else if (typeof details.field === "string") {
    add(details.field, { code: error.code, message: error.message })
  }
  if (Object.keys(fields).length === 0 && general.length === 0)
    general.push({ code: error.code, message: error.message })
  return { fields, general }
}
