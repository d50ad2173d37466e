/**
 * `@openpor/api-client`: a typed client of the OpenPOR HTTP API. Paths, parameters, bodies and answers are
 * typed from the OpenAPI document the API serves; failed calls throw an {@link ApiError} whose `code` is one
 * of the API's {@link ErrorCode}s.
 *
 * @example
 * ```ts
 * import { createClient, isApiError } from "@openpor/api-client"
 *
 * const api = createClient({ baseUrl: "http://localhost:3000", auth: "bearer" })
 * await api.signIn("ian@contoso.example", "demo-Passw0rd!")
 * try {
 *   await api.GET("/api/v1/claims/{id}", { params: { path: { id: "missing" } } })
 * } catch (error) {
 *   if (isApiError(error, "not_found")) console.log(error.status, error.details)
 * }
 * ```
 *
 * @packageDocumentation
 */
export {
  API_PREFIX,
  type ApiClient,
  type ClientOptions,
  CSRF_COOKIE,
  CSRF_HEADER,
  createClient,
  type HttpMethod,
  type InitParam,
  isUnsafeMethod,
  type RequiredKeysOf,
  type Success,
  type TypedCall
} from "./client.ts"
export { readCookie } from "./cookies.ts"
export { ERROR_CODES, type ErrorCode, isErrorCode } from "./error-codes.ts"
export {
  ApiError,
  type ApiErrorCode,
  type ApiErrorOf,
  type ClientErrorCode,
  type FetchResult,
  type FieldErrors,
  type FieldProblem,
  fieldErrors,
  isApiError,
  isErrorEnvelope,
  toApiError,
  unwrap
} from "./errors.ts"
export * from "./types.ts"
export * from "./vocabulary.ts"
