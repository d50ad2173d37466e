import { parse } from "csv-parse/sync"
import { Effect } from "effect"
import { HttpError } from "./errors.ts"

/** A data record of an uploaded CSV: the file line it starts on (the header is line 1) and its cells by header. */
export interface CsvRecord {
  readonly line: number
  readonly record: Readonly<Record<string, string>>
}

/**
 * The data records of an uploaded CSV (header row first; blank lines skipped; cells trimmed; a BOM ignored),
 * each with the line it starts on. Unreadable CSV, or a CSV without data rows → 400 `invalid_csv`.
 */
export const readCsvRecords = (text: string): Effect.Effect<ReadonlyArray<CsvRecord>, HttpError> =>
  Effect.gen(function* () {
    const parsed = yield* Effect.try({
      try: () =>
        parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, info: true }) as Array<{
          record: Record<string, string>
          info: { lines: number }
        }>,
      catch: (e) => new HttpError(400, "invalid_csv", `The CSV could not be read: ${(e as Error).message}`)
    })
    if (parsed.length === 0)
      return yield* Effect.fail(new HttpError(400, "invalid_csv", "The CSV has no data rows"))
    return parsed.map(({ record, info }) => ({ line: info.lines, record }))
  })

/**
 * Refuses a header that misses one of `columns` or names another (each header compared as `normalize` makes
 * it, e.g. snake_case to camelCase) with 400 `invalid_csv` listing the expected, missing and unknown columns.
 */
export const requireColumns = (
  header: ReadonlyArray<string>,
  columns: ReadonlyArray<string>,
  normalize: (header: string) => string = (h) => h
): Effect.Effect<void, HttpError> => {
  const named = header.map(normalize)
  const missing = columns.filter((c) => !named.includes(c))
  const unknown = header.filter((h) => !columns.includes(normalize(h)))
  return missing.length === 0 && unknown.length === 0
    ? Effect.void
    : Effect.fail(
        new HttpError(400, "invalid_csv", `The columns must be ${columns.join(", ")}`, {
          expected: columns,
          missing,
          unknown
        })
      )
}
