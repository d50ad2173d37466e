export {
  API_PREFIX,
  type ApiClient,
  type ClientOptions,
  CSRF_COOKIE,
  CSRF_HEADER,
  createClient,
  type HttpMethod,
  isUnsafeMethod,
  type TypedCall
} from "./client.ts"
export { readCookie } from "./cookies.ts"
export {
  ApiError,
  type FieldErrors,
  type FieldProblem,
  fieldErrors,
  isApiError,
  isErrorEnvelope,
  toApiError
} from "./errors.ts"
export * from "./types.ts"
export * from "./vocabulary.ts"
