import { Cause, Effect, Option } from "effect"
import type { Context } from "hono"
import type { ErrorCode } from "./error-codes.ts"
import { answerFor, isDomainError } from "./error-table.ts"
import { traceFields } from "./trace-fields.ts"

/** The error envelope of SPEC §9: `{"error": {"code", "message", "details"}}`. */
export interface ErrorBody {
  readonly error: {
    readonly code: string
    readonly message: string
    readonly details: Record<string, unknown>
  }
}

/** A failure raised by the HTTP layer itself (bad JSON, wrong media type, CSRF…). */
export class HttpError extends Error {
  readonly _tag = "HttpError"
  readonly status: 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 503
  readonly code: ErrorCode
  readonly details: Record<string, unknown>
  constructor(
    status: HttpError["status"],
    code: ErrorCode,
    message: string,
    details: Record<string, unknown> = {}
  ) {
    super(message)
    this.status = status
    this.code = code
    this.details = details
  }
}

export const envelope = (
  code: ErrorCode,
  message: string,
  details: Record<string, unknown> = {}
): ErrorBody => ({
  error: { code, message, details }
})

interface Mapped {
  readonly status: number
  readonly body: ErrorBody
  readonly headers?: Record<string, string>
}

/**
 * Maps a typed failure of the domain or the HTTP layer to status and envelope. Domain errors are
 * answered from their row in `error-table.ts` (one row per error class, checked by the compiler).
 */
export const mapFailure = (error: unknown): Mapped | undefined => {
  if (error instanceof HttpError)
    return { status: error.status, body: envelope(error.code, error.message, error.details) }
  if (!isDomainError(error)) return undefined
  const answer = answerFor(error)
  return {
    status: answer.status,
    // A row's fixed code is an ErrorCode (typed); a domain-chosen one (InvalidInput, rule violations) is
    // listed in error-codes.ts by hand.
    body: envelope(answer.code as ErrorCode, answer.message, answer.details),
    ...(Object.keys(answer.headers).length > 0 ? { headers: answer.headers } : {})
  }
}

/** Writes the response for a failed handler: typed failures as mapped, defects as a logged 500. */
export const failureResponse = (c: Context, cause: Cause.Cause<unknown>, requestId: string): Response => {
  const failure = Cause.findErrorOption(cause)
  const mapped = Option.isSome(failure) ? mapFailure(failure.value) : undefined
  if (mapped !== undefined) {
    for (const [k, v] of Object.entries(mapped.headers ?? {})) c.header(k, v)
    return c.json(mapped.body, mapped.status as 400)
  }
  // A defect or an unmapped failure: log it with the request id, answer without internals.
  logJson("error", "unhandled failure", {
    requestId,
    ...traceFields(c),
    cause: Cause.pretty(cause).slice(0, 4000)
  })
  return c.json(
    envelope("internal_error", `Something went wrong on our side (request ${requestId})`, { requestId }),
    500
  )
}

/**
 * Info and warning lines written in one turn of the event loop go to stdout in one write (under load
 * every request logs a line, and a write to a pipe is a synchronous system call on Linux); they are
 * written before the process exits. Errors go to stderr at once.
 */
let pending: Array<string> = []
const flush = () => {
  if (pending.length === 0) return
  const text = `${pending.join("\n")}\n`
  pending = []
  process.stdout.write(text)
}
process.on("exit", flush)

export const logJson = (
  level: "info" | "warn" | "error",
  msg: string,
  fields: Record<string, unknown>
): void => {
  const line = JSON.stringify({ level, time: new Date().toISOString(), msg, ...fields })
  if (level === "error") {
    flush()
    console.error(line)
    return
  }
  if (pending.length === 0) setImmediate(flush)
  pending.push(line)
}

export const orHttp = <A>(value: A | undefined, error: HttpError): Effect.Effect<A, HttpError> =>
  value === undefined ? Effect.fail(error) : Effect.succeed(value)
