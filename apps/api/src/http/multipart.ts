import {
  ACCEPTED_POE_TYPES,
  MAX_POE_BYTES,
  type PoeMediaType,
  safeDisplayName,
  sniffPoeType
} from "@openpor/domain"
import { Effect } from "effect"
import type { Context } from "hono"
import { HttpError } from "./errors.ts"
import { invalidText, isInvalidText } from "./text.ts"

/** The whole multipart body may exceed the file by this much (boundaries, part headers, other fields). */
const MULTIPART_OVERHEAD = 64 * 1024
export const MAX_POE_UPLOAD_BODY = MAX_POE_BYTES + MULTIPART_OVERHEAD

const tooLarge = (what: string) =>
  new HttpError(413, "payload_too_large", `${what} is larger than ${MAX_POE_BYTES} bytes (10 MB)`, {
    limit: MAX_POE_BYTES
  })

const invalid = (message: string, details: Record<string, unknown> = {}) =>
  new HttpError(400, "invalid_request", message, details)

/**
 * Without a trustworthy Content-Length (chunked transfer): reads the body up to the limit and puts it
 * back on the request, so nothing larger than the limit is ever buffered.
 */
const bufferBoundedBody = (c: Context): Effect.Effect<void, HttpError> =>
  Effect.gen(function* () {
    const body = c.req.raw.body
    if (body === null) return
    const reader = body.getReader()
    const chunks: Array<Uint8Array> = []
    let size = 0
    const outcome = yield* Effect.tryPromise({
      try: async () => {
        for (;;) {
          const { done, value } = await reader.read()
          if (done) return "complete" as const
          size += value.byteLength
          if (size > MAX_POE_UPLOAD_BODY) {
            await reader.cancel().catch(() => undefined)
            return "too_large" as const
          }
          chunks.push(value)
        }
      },
      catch: () => invalid("The request body could not be read")
    })
    if (outcome === "too_large") return yield* Effect.fail(tooLarge("The request body"))
    const bytes = new Uint8Array(size)
    let offset = 0
    for (const chunk of chunks) {
      bytes.set(chunk, offset)
      offset += chunk.byteLength
    }
    const headers = new Headers(c.req.raw.headers)
    headers.delete("transfer-encoding")
    headers.set("content-length", String(size))
    c.req.raw = new Request(c.req.raw, { headers, body: bytes })
  })

export interface PoeUpload {
  /** The partner's file name made safe for display and download (`safeDisplayName`); never a path. */
  readonly fileName: string
  readonly bytes: Uint8Array
  /** Recognised from the content, never from the name or the declared type. */
  readonly type: PoeMediaType
}

/**
 * Reads one proof-of-execution document from a `multipart/form-data` request: exactly one file in
 * `field`, at most MAX_POE_BYTES, a PDF, PNG, JPEG or DOCX by content. Every bad request is a 4xx
 * HttpError (400 invalid_request / missing_field, 413 payload_too_large, 415 unsupported_media_type).
 */
export const readPoeUpload = (c: Context, field = "file"): Effect.Effect<PoeUpload, HttpError> =>
  Effect.gen(function* () {
    const mediaType = (c.req.header("content-type") ?? "").split(";")[0]!.trim().toLowerCase()
    if (mediaType !== "multipart/form-data") {
      return yield* Effect.fail(
        new HttpError(
          415,
          "unsupported_media_type",
          `Upload the document as Content-Type: multipart/form-data with the file in the "${field}" field`
        )
      )
    }
    const declared = c.req.header("content-length")
    const chunked = c.req.header("transfer-encoding") !== undefined
    if (declared !== undefined && !chunked) {
      const length = /^\d{1,16}$/.test(declared.trim()) ? Number(declared.trim()) : Number.NaN
      if (Number.isNaN(length)) return yield* Effect.fail(invalid("The Content-Length header is not valid"))
      if (length > MAX_POE_UPLOAD_BODY) return yield* Effect.fail(tooLarge("The request body"))
    } else {
      yield* bufferBoundedBody(c)
    }

    const form = yield* Effect.tryPromise({
      try: () => c.req.formData(),
      catch: () => invalid("The request body is not valid multipart/form-data")
    })
    // Text rule (SPEC §9): field names, text values and file names are checked like any other input.
    for (const [name, value] of form.entries()) {
      if (isInvalidText(name)) return yield* Effect.fail(invalidText("form", ""))
      const text = typeof value === "string" ? value : value.name
      if (isInvalidText(text)) return yield* Effect.fail(invalidText("form", name))
    }
    const values = form.getAll(field)
    if (values.length === 0) {
      return yield* Effect.fail(
        new HttpError(400, "missing_field", `Attach the document as a file in the "${field}" field`, {
          field
        })
      )
    }
    if (values.length > 1) {
      return yield* Effect.fail(
        invalid(`Send exactly one file in the "${field}" field, not ${values.length}`, { field })
      )
    }
    const file = values[0]
    if (typeof file === "string" || file === undefined) {
      return yield* Effect.fail(invalid(`The "${field}" field must be a file, not a text value`, { field }))
    }
    if (file.size === 0) return yield* Effect.fail(invalid("The uploaded file is empty", { field }))
    if (file.size > MAX_POE_BYTES) return yield* Effect.fail(tooLarge("The uploaded file"))
    const bytes = yield* Effect.tryPromise({
      try: async () => new Uint8Array(await file.arrayBuffer()),
      catch: () => invalid("The uploaded file could not be read", { field })
    })
    const type = sniffPoeType(bytes)
    if (type === undefined) {
      return yield* Effect.fail(
        new HttpError(
          415,
          "unsupported_media_type",
          `The file is not an accepted document type; upload a ${ACCEPTED_POE_TYPES} file`,
          { accepted: ["PDF", "PNG", "JPEG", "DOCX"] }
        )
      )
    }
    return { fileName: safeDisplayName(file.name, type), bytes, type }
  })
