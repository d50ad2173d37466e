import type { ErrorEnvelope } from "./types.ts"

/**
 * A failed API call. `status` is the HTTP status (0 when the server could not be reached) and `code` the
 * snake_case code of the error envelope (`invalid_credentials`, `unauthenticated`, `version_conflict`, …).
 */
export class ApiError extends Error {
  override readonly name = "ApiError"
  readonly status: number
  readonly code: string
  readonly details: Readonly<Record<string, unknown>>

  constructor(
    status: number,
    code: string,
    message: string,
    details: Readonly<Record<string, unknown>> = {}
  ) {
    super(message)
    this.status = status
    this.code = code
    this.details = details
  }
}

export const isApiError = (value: unknown): value is ApiError => value instanceof ApiError

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** Whether a parsed JSON body is the `{"error": {code, message, details}}` envelope. */
export const isErrorEnvelope = (body: unknown): body is ErrorEnvelope =>
  isRecord(body) &&
  isRecord(body.error) &&
  typeof body.error.code === "string" &&
  typeof body.error.message === "string"

/**
 * Turns a failed response (status and parsed body, `undefined` when the body was not JSON) into an
 * {@link ApiError}; falls back to `http_<status>` when the body is not an error envelope.
 */
export const toApiError = (status: number, statusText: string, body: unknown): ApiError => {
  if (isErrorEnvelope(body)) {
    const details = isRecord(body.error.details) ? body.error.details : {}
    return new ApiError(status, body.error.code, body.error.message, details)
  }
  return new ApiError(status, `http_${status}`, statusText || `HTTP ${status}`)
}
