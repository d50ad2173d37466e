import {
  BULK_CLAIM_COLUMN_HELP,
  BULK_CLAIM_COLUMNS,
  BulkClaimsService,
  BulkImportView,
  BulkRowOutcome,
  BulkRowView,
  bulkClaimsTemplate,
  bulkImportView,
  bulkRowView,
  Forbidden,
  policy
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { readCsvRecords, requireColumns } from "../http/csv.ts"
import { HttpError } from "../http/errors.ts"
import { group, QueryInt, route } from "../http/route.ts"

/** The largest file and the most rows one upload takes (a larger file: 413 payload_too_large). */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024
export const MAX_IMPORT_ROWS = 5000

const IdParams = Schema.Struct({ id: Schema.String.check(Schema.isMaxLength(100)) })

const columnsDoc = BULK_CLAIM_COLUMNS.map((c) => `${c}: ${BULK_CLAIM_COLUMN_HELP[c]}`).join("; ")

/** The rows of a bulk claims file, each with its line, after the file's form is checked. */
const readUpload = (text: string) =>
  Effect.gen(function* () {
    if (Buffer.byteLength(text) > MAX_IMPORT_BYTES)
      return yield* Effect.fail(
        new HttpError(413, "payload_too_large", `A claims file is at most ${MAX_IMPORT_BYTES} bytes`, {
          limit: MAX_IMPORT_BYTES
        })
      )
    const records = yield* readCsvRecords(text)
    yield* requireColumns(Object.keys(records[0]!.record), BULK_CLAIM_COLUMNS)
    if (records.length > MAX_IMPORT_ROWS)
      return yield* Effect.fail(
        new HttpError(413, "payload_too_large", `A claims file has at most ${MAX_IMPORT_ROWS} rows`, {
          limit: MAX_IMPORT_ROWS,
          rows: records.length
        })
      )
    return records.map(({ line, record }) => ({ line, cells: record }))
  })

export const claimImportRoutes = group("/api/v1/claim-imports", "Claims (CPOR): bulk import", [
  route(
    {
      method: "get",
      path: "/template.csv",
      operationId: "downloadClaimImportTemplate",
      summary: "The bulk claims template: the header row and one example row (CSV)",
      description: `One claim per row. ${columnsDoc}.`,
      auth: "none",
      responseFile: "text/csv",
      status: 200,
      errors: []
    },
    () =>
      Effect.succeed(
        new Response(bulkClaimsTemplate(), {
          status: 200,
          headers: {
            "Content-Type": "text/csv; charset=utf-8",
            "Content-Disposition": 'attachment; filename="openpor-claims-template.csv"',
            "X-Content-Type-Options": "nosniff"
          }
        })
      )
  ),
  route(
    {
      method: "post",
      path: "",
      operationId: "uploadClaimImport",
      summary:
        "Upload a CSV of draft claims (Incentives admin or user): answers at once; a job turns the rows into drafts",
      description: `Content-Type: text/csv with the template's header (GET /api/v1/claim-imports/template.csv). ${columnsDoc}. Every row is checked as submission would check it (all codes of SPEC §5 but poe_required and acknowledgements_required); good rows become drafts, refused rows are listed with their line, column and code (GET /api/v1/claim-imports/{id}/rows?outcome=refused). A row that made a draft before (the same content, the same organization) is already_imported and creates nothing. An unreadable file or a wrong header is 400 invalid_csv, more than ${MAX_IMPORT_ROWS} rows or ${MAX_IMPORT_BYTES} bytes 413, another media type 415; nothing is stored then. Poll GET /api/v1/claim-imports/{id} for progress.`,
      auth: "session",
      bodyKind: "csv",
      query: Schema.Struct({ fileName: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(200))) }),
      response: BulkImportView,
      status: 202,
      errors: [400, 401, 403, 413, 415]
    },
    ({ auth, body, query }) =>
      Effect.gen(function* () {
        const actor = auth!.actor
        // Refused before the file is read: a caller who may not draft learns nothing about its file.
        if (!(actor.kind === "partner" && policy.draftClaim(actor, { organizationId: actor.organizationId })))
          return yield* new Forbidden({
            action: "draftClaim",
            reason: "Only Incentives admins and users of a location import claims"
          })
        const rows = yield* readUpload(body)
        const created = yield* BulkClaimsService.use((s) => s.upload(actor, query.fileName ?? null, rows))
        return bulkImportView(created)
      })
  ),
  route(
    {
      method: "get",
      path: "",
      operationId: "listClaimImports",
      summary: "The caller's bulk claims imports, newest first",
      auth: "session",
      query: Schema.Struct({ limit: Schema.optionalKey(QueryInt(1, 100)) }),
      response: Schema.Struct({ imports: Schema.Array(BulkImportView) }),
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query }) =>
      Effect.map(
        BulkClaimsService.use((s) => s.list(auth!.actor, query.limit ?? 20)),
        (imports) => ({ imports: imports.map(bulkImportView) })
      )
  ),
  route(
    {
      method: "get",
      path: "/{id}",
      operationId: "getClaimImport",
      summary: "A bulk claims import: status (queued, running, completed, failed), rows processed and counts",
      description: "Only for the user who uploaded it (404 for anyone else).",
      auth: "session",
      params: IdParams,
      response: BulkImportView,
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth, params }) =>
      Effect.map(
        BulkClaimsService.use((s) => s.get(auth!.actor, params.id)),
        bulkImportView
      )
  ),
  route(
    {
      method: "get",
      path: "/{id}/rows",
      operationId: "listClaimImportRows",
      summary:
        "The report of a bulk claims import: processed rows by line, with the draft made or the problems (column, code, message)",
      description:
        "`outcome` filters (refused, created, already_imported); `after` is the previous page's nextCursor (a line).",
      auth: "session",
      params: IdParams,
      query: Schema.Struct({
        outcome: Schema.optionalKey(BulkRowOutcome),
        after: Schema.optionalKey(QueryInt(0, 1_000_000_000)),
        limit: Schema.optionalKey(QueryInt(1, 500))
      }),
      response: Schema.Struct({ rows: Schema.Array(BulkRowView), nextCursor: Schema.NullOr(Schema.Int) }),
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 100
        const rows = yield* BulkClaimsService.use((s) =>
          s.report(auth!.actor, params.id, { outcome: query.outcome, after: query.after ?? 0, limit })
        )
        return {
          rows: rows.map(bulkRowView),
          nextCursor: rows.length === limit ? rows.at(-1)!.line : null
        }
      })
  )
])
