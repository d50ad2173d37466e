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

/** One problem of a failed request, as the envelope's details describe it. */
export interface FieldProblem {
  readonly code: string
  readonly message: string
}

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
