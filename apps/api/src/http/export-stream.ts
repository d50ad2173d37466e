import { stringify } from "csv-stringify/sync"
import { Effect, Stream } from "effect"
import type { Context } from "hono"

/** One column of a CSV export: its header and its cell of a row. */
export interface CsvColumn<A> {
  readonly header: string
  readonly cell: (row: A) => string | number | boolean | Date | null | undefined
}

/** The byte-order mark Excel needs to read a CSV as UTF-8 (`?bom=true`; off by default, see decision 025). */
const BOM = "\uFEFF"

const encoder = new TextEncoder()

const cellText = (value: string | number | boolean | Date | null | undefined): string | number | boolean =>
  value === null || value === undefined ? "" : value instanceof Date ? value.toISOString() : value

/**
 * CSV text of rows, quoted by csv-stringify (RFC 4180: cells with a comma, quote or line break quoted,
 * quotes doubled; CRLF between records) and with formula injection defused: a text cell that starts
 * with = + - @ (or a tab or carriage return) gets a leading apostrophe (`escape_formulas`), so a
 * spreadsheet shows it as text instead of running it.
 */
export const csvText = <A>(columns: ReadonlyArray<CsvColumn<A>>, rows: ReadonlyArray<A>, header: boolean) =>
  stringify(
    rows.map((row) => columns.map((c) => cellText(c.cell(row)))),
    {
      header,
      columns: columns.map((c) => c.header),
      escape_formulas: true,
      record_delimiter: "windows",
      cast: { boolean: (b) => (b ? "true" : "false") }
    }
  )

/** `attachment` with the file name (ASCII, made by the server) and the name's stem dated. */
const disposition = (fileName: string) => `attachment; filename="${fileName}"`

/**
 * A streamed download: each page of the stream becomes one chunk of the body, pulled by the client's
 * reading (a ReadableStream with a high-water mark of one chunk: the next page is read from the database
 * only when the previous one has been handed to the socket). A client that disconnects (the request's
 * signal aborts, or the body is cancelled) interrupts the stream, and with it the reading.
 */
export const streamedDownload = (
  c: Context,
  chunks: Stream.Stream<string>,
  options: { readonly contentType: string; readonly fileName: string }
) =>
  Effect.gen(function* () {
    const context = yield* Effect.context<never>()
    const body = Stream.toReadableStreamWith(
      Stream.map(chunks, (text) => encoder.encode(text)),
      context,
      { signal: c.req.raw.signal, strategy: { highWaterMark: 1 } }
    )
    return new Response(body, {
      status: 200,
      headers: {
        "Content-Type": options.contentType,
        "Content-Disposition": disposition(options.fileName),
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "private, no-store"
      }
    })
  })

/** A CSV download of pages of rows: the header first (with the BOM when asked), then one chunk per page. */
export const csvDownload = <A>(
  c: Context,
  pages: Stream.Stream<ReadonlyArray<A>>,
  columns: ReadonlyArray<CsvColumn<A>>,
  options: { readonly fileName: string; readonly bom: boolean }
) =>
  streamedDownload(
    c,
    Stream.concat(
      Stream.succeed(`${options.bom ? BOM : ""}${csvText(columns, [], true)}`),
      Stream.map(pages, (rows) => csvText(columns, rows, false))
    ),
    { contentType: "text/csv; charset=utf-8", fileName: options.fileName }
  )

/** A JSON Lines download (one JSON object per line, `application/x-ndjson`), one chunk per page. */
export const jsonLinesDownload = <A>(
  c: Context,
  pages: Stream.Stream<ReadonlyArray<A>>,
  toJson: (row: A) => unknown,
  options: { readonly fileName: string }
) =>
  streamedDownload(
    c,
    Stream.map(pages, (rows) => rows.map((r) => `${JSON.stringify(toJson(r))}\n`).join("")),
    { contentType: "application/x-ndjson; charset=utf-8", fileName: options.fileName }
  )
