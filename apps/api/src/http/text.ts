import { HttpError } from "./errors.ts"

/**
 * Text input rule (SPEC §9): NUL characters and lone UTF-16 surrogates are refused in every string
 * the API receives — JSON bodies at any depth (keys too), query and path parameters, CSV bodies and
 * multipart text fields and file names — with 400 `invalid_text`, the same way on both databases.
 * PostgreSQL cannot store NUL in text and neither database can store a lone surrogate as UTF-8.
 */
export const isInvalidText = (s: string): boolean => s.includes("\u0000") || !s.isWellFormed()

export type TextLocation = "body" | "query" | "path" | "form"

const describe = (where: TextLocation) =>
  where === "path"
    ? "A path parameter"
    : where === "query"
      ? "A query parameter"
      : where === "form"
        ? "A form field"
        : "The request body"

export const invalidText = (where: TextLocation, rawPath: string) => {
  const path = rawPath.length > 200 ? `${rawPath.slice(0, 200)}…` : rawPath
  return new HttpError(
    400,
    "invalid_text",
    `${describe(where)}${path === "" ? "" : ` (${path})`} contains a NUL character or an unpaired surrogate; send valid Unicode text`,
    { location: where, path }
  )
}

/** The path of the first string (or object key) with invalid text in a parsed JSON value, if any. */
export const findInvalidText = (value: unknown): string | undefined => {
  const stack: Array<{ value: unknown; path: string }> = [{ value, path: "" }]
  while (stack.length > 0) {
    const { value: v, path } = stack.pop()!
    if (typeof v === "string") {
      if (isInvalidText(v)) return path
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], path: join(path, String(i)) })
    } else if (v !== null && typeof v === "object") {
      const entries = Object.entries(v)
      for (let i = entries.length - 1; i >= 0; i--) {
        const [key, child] = entries[i]!
        if (isInvalidText(key)) return join(path, key.toWellFormed().replaceAll("\u0000", "\uFFFD"))
        stack.push({ value: child, path: join(path, key) })
      }
    }
  }
  return undefined
}

/** Index of the first NUL or unpaired surrogate, or -1. */
const firstInvalidIndex = (s: string): number => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c === 0) return i
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) i++
      else return i
    } else if (c >= 0xdc00 && c <= 0xdfff) return i
  }
  return -1
}

/** For a text body (CSV): where the first invalid character is, as "line N" (1-based), if any. */
export const invalidTextLine = (text: string): string | undefined => {
  if (!isInvalidText(text)) return undefined
  const at = firstInvalidIndex(text)
  let line = 1
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++
  return `line ${line}`
}

const join = (path: string, key: string) => (path === "" ? key : `${path}.${key}`)

/** Checks a flat record of strings (path or query parameters; query values may repeat). */
export const checkTextRecord = (
  where: TextLocation,
  record: Record<string, string | ReadonlyArray<string> | undefined>
): HttpError | undefined => {
  for (const [key, value] of Object.entries(record)) {
    const values = value === undefined ? [] : typeof value === "string" ? [value] : value
    if (isInvalidText(key)) return invalidText(where, "")
    if (values.some(isInvalidText)) return invalidText(where, key)
  }
  return undefined
}
