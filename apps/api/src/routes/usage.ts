import { authorize, USAGE_COLUMNS, UsageImport, type UsageInputRow, UsageService } from "@openpor/domain"
import { Effect, Schema } from "effect"
import { readCsvRecords, requireColumns } from "../http/csv.ts"
import { group, route } from "../http/route.ts"

/** A CSV header may also name the columns in snake_case (tenant_id, active_users, …). */
const camel = (h: string) => h.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())

/** A whole number of the file, NaN when the cell is empty or not a number (the domain names the row). */
const count = (cell: string | undefined) =>
  cell === undefined || cell.trim() === "" ? Number.NaN : Number(cell)
const optional = (cell: string | null | undefined) =>
  cell === undefined || cell === null || cell.trim() === "" ? null : cell.trim()

/** The rows of a usage CSV with the line each is on (its form only: the domain checks the rows). */
const readCsv = (text: string) =>
  Effect.gen(function* () {
    const records = yield* readCsvRecords(text)
    const header = Object.keys(records[0]!.record)
    yield* requireColumns(header, USAGE_COLUMNS, camel)
    return records.map(({ record, line }): UsageInputRow => {
      const cell = (column: string) => {
        const key = header.find((h) => camel(h) === column)
        return key === undefined ? undefined : record[key]
      }
      return {
        line,
        tenantId: cell("tenantId") ?? "",
        workload: optional(cell("workload")),
        subscriptionId: optional(cell("subscriptionId")),
        month: cell("month") ?? "",
        activeUsers: count(cell("activeUsers")),
        licensedSeats: count(cell("licensedSeats"))
      }
    })
  })

const ImportRowView = Schema.Struct({
  line: Schema.Int,
  tenantId: Schema.String,
  workload: Schema.NullOr(Schema.String),
  subscriptionId: Schema.NullOr(Schema.String),
  month: Schema.String,
  result: Schema.Literals(["created", "replaced"])
})

export const usageImportRoutes = group("/api/v1/ops/usage", "Operations: usage", [
  route(
    {
      method: "post",
      path: "/import",
      operationId: "importUsage",
      summary:
        "Import monthly usage per tenant and workload or subscription (JSON {rows: [...]} or text/csv), all rows or none (operator)",
      description: `Columns (JSON fields): ${USAGE_COLUMNS.join(", ")}; each row names a workload (Modern Work) or a subscription ID (Business Applications) of the tenant, a month YYYY-MM and whole numbers of active users and licensed seats. Every row is checked first: if any is wrong, nothing is stored and the 400 invalid_rows answer lists each problem (line, column, code, message) in details.rows; a CSV line is the file's line (the header is line 1), a JSON line the row's position (from 1). A month imported again for the same tenant and target replaces the stored one (result: replaced).`,
      auth: "session",
      bodyKind: "json_or_csv",
      body: UsageImport,
      response: Schema.Struct({
        applied: Schema.Int,
        created: Schema.Int,
        replaced: Schema.Int,
        rows: Schema.Array(ImportRowView)
      }),
      status: 200,
      errors: [400, 401, 403, 413, 415]
    },
    ({ auth, body }) =>
      Effect.gen(function* () {
        // Authorized before the file is read: a refused caller learns nothing about its file.
        yield* authorize("manageDirectory", auth!.actor)
        const rows: ReadonlyArray<UsageInputRow> =
          typeof body === "string"
            ? yield* readCsv(body)
            : body.rows.map((row, index) => ({
                line: index + 1,
                tenantId: row.tenantId,
                workload: optional(row.workload),
                subscriptionId: optional(row.subscriptionId),
                month: row.month,
                activeUsers: row.activeUsers,
                licensedSeats: row.licensedSeats
              }))
        return yield* UsageService.use((s) =>
          s.importRows(auth!.actor, rows, typeof body === "string" ? "csv" : "json")
        )
      })
  )
])

const ClaimUsageView = Schema.Struct({
  claimId: Schema.String,
  tenantId: Schema.String,
  officialSince: Schema.DateFromString.annotate({ description: "When the association became official" }),
  series: Schema.Array(
    Schema.Struct({
      workload: Schema.NullOr(Schema.String),
      subscriptionId: Schema.NullOr(Schema.String),
      product: Schema.NullOr(Schema.String),
      months: Schema.Array(
        Schema.Struct({ month: Schema.String, activeUsers: Schema.Int, licensedSeats: Schema.Int })
      )
    })
  )
})

export const claimUsageRoutes = group("/api/v1/claims", "Claims", [
  route(
    {
      method: "get",
      path: "/{id}/usage",
      operationId: "getClaimUsage",
      summary:
        "Monthly usage of the workloads or subscriptions of the claim's official association (claiming organization, vendor staff)",
      description:
        "Only while the association is official: 404 before (not approved, consent window open), after it ended, and for anyone but the claiming organization's users and vendor staff. One series per workload or subscription still associated, its months oldest first.",
      auth: "session",
      params: Schema.Struct({ id: Schema.String }),
      response: ClaimUsageView,
      status: 200,
      errors: [401, 404]
    },
    ({ auth, params }) => UsageService.use((s) => s.claimUsage(auth!.actor, params.id))
  )
])
