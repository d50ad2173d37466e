/** One line of an audit entry's before/after comparison. */
export interface DiffLine {
  /** Dotted path of the field, e.g. "consent.status"; "" when the whole value is not an object. */
  readonly field: string
  readonly before: string | undefined
  readonly after: string | undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

/** A value as a person reads it: text as it is, lists and other values as JSON. */
export const readable = (value: unknown): string => {
  if (typeof value === "string") return value
  if (value === null) return "null"
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number"))
    return value.join(", ")
  return JSON.stringify(value)
}

/** The fields of an object with dotted paths (nested objects flattened; arrays stay one value). */
const flatten = (value: Record<string, unknown>, prefix = "", into = new Map<string, unknown>()) => {
  for (const [key, inner] of Object.entries(value)) {
    const path = prefix === "" ? key : `${prefix}.${key}`
    if (isRecord(inner) && Object.keys(inner).length > 0) flatten(inner, path, into)
    else into.set(path, inner)
  }
  return into
}

/**
 * What changed between an audit entry's `before` and `after`: for objects, every field whose value differs
 * (added, removed or changed), in the order they first appear; otherwise the two values as one line.
 * Unchanged fields are left out; an entry whose data did not change yields no lines.
 */
export const auditDiff = (before: unknown, after: unknown): DiffLine[] => {
  const none = (value: unknown) => value === null || value === undefined
  if (
    (isRecord(before) || none(before)) &&
    (isRecord(after) || none(after)) &&
    !(none(before) && none(after))
  ) {
    const old = isRecord(before) ? flatten(before) : new Map<string, unknown>()
    const next = isRecord(after) ? flatten(after) : new Map<string, unknown>()
    const fields = [...new Set([...old.keys(), ...next.keys()])]
    return fields.flatMap((field) => {
      const a = old.has(field) ? readable(old.get(field)) : undefined
      const b = next.has(field) ? readable(next.get(field)) : undefined
      return a === b ? [] : [{ field, before: a, after: b }]
    })
  }
  if (none(before) && none(after)) return []
  const a = none(before) ? undefined : readable(before)
  const b = none(after) ? undefined : readable(after)
  return a === b ? [] : [{ field: "", before: a, after: b }]
}
