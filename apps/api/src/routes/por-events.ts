import {
  authorize,
  importPorEvents,
  PartnerId,
  POR_IMPORT_COLUMNS,
  PorImportEventType,
  PorImportOutcome,
  type PorImportRecord
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { readCsvRecords, requireColumns } from "../http/csv.ts"
import { HttpError } from "../http/errors.ts"
import { group, route } from "../http/route.ts"

const MAX_ROWS = 10_000

/**
 * One event of a JSON history file: text fields whose missing or wrong values are a row's problem (the
 * PartnerID has the domain's pattern, like every PartnerID the API takes: a malformed one is a 400 naming
 * its path; an unknown one is a row's problem).
 */
const EventInput = Schema.Struct({
  externalId: Schema.optionalKey(Schema.String),
  type: Schema.optionalKey(Schema.String),
  subscriptionId: Schema.optionalKey(Schema.String),
  partnerId: Schema.optionalKey(PartnerId),
  on: Schema.optionalKey(Schema.String)
})
/** `{events: [...]}` (SPEC §9) or the bare list. */
const ImportBody = Schema.Union([
  Schema.Struct({ events: Schema.Array(EventInput) }),
  Schema.Array(EventInput)
])

const ImportRowView = Schema.Struct({
  line: Schema.Number,
  externalId: Schema.String,
  type: PorImportEventType,
  subscriptionId: Schema.String,
  outcome: PorImportOutcome
})

/** The records of a history CSV with the line each starts on (its form only: the domain checks rows). */
const readCsv = (text: string) =>
  Effect.gen(function* () {
    const records = yield* readCsvRecords(text)
    yield* requireColumns(Object.keys(records[0]!.record), POR_IMPORT_COLUMNS)
    return records.map(
      ({ record, line }): PorImportRecord => ({
        line,
        externalId: record.externalId,
        type: record.type,
        subscriptionId: record.subscriptionId,
        partnerId: record.partnerId,
        on: record.on
      })
    )
  })

export const porEventImportRoutes = group("/api/v1/ops/por-events", "Operations: history import", [
  route(
    {
      method: "post",
      path: "/import",
      operationId: "importPorEvents",
      summary:
        "Import DPOR / OSA / POE history (JSON {events: [...]} or text/csv with the columns externalId, type, subscriptionId, partnerId, on), all rows or none (operator)",
      description: `Columns: ${POR_IMPORT_COLUMNS.join(", ")}; type is one of ${PorImportEventType.literals.join(", ")}; on is YYYY-MM-DD. Every row is checked first: if any row is wrong, nothing is stored and the 400 invalid_rows answer lists each refused row (line, externalId, column, code, message) in details.rows; a CSV line is the file's line (the header is line 1), a JSON line the event's position in the list (from 1). A row whose externalId was imported before changes nothing (outcome unchanged). At most ${MAX_ROWS} rows.`,
      auth: "session",
      bodyKind: "json_or_csv",
      body: ImportBody,
      response: Schema.Struct({
        importId: Schema.String,
        total: Schema.Number,
        imported: Schema.Number,
        unchanged: Schema.Number,
        rows: Schema.Array(ImportRowView)
      }),
      status: 200,
      errors: [400, 401, 403, 413, 415]
    },
    ({ auth, body }) =>
      Effect.gen(function* () {
        // Authorized before the file is read: a refused caller learns nothing about its file.
        yield* authorize("operate", auth!.actor)
        const source = typeof body === "string" ? "csv" : "json"
        const records: ReadonlyArray<PorImportRecord> =
          typeof body === "string"
            ? yield* readCsv(body)
            : ("events" in body ? body.events : body).map((e, index) => ({ line: index + 1, ...e }))
        if (records.length === 0)
          return yield* Effect.fail(new HttpError(400, "empty_import", "The import has no events"))
        if (records.length > MAX_ROWS)
          return yield* Effect.fail(
            new HttpError(413, "payload_too_large", `At most ${MAX_ROWS} events per import`)
          )
        return yield* importPorEvents(auth!.actor, records, source)
      })
  )
])
