import { authorize, eligibilityOf, importEligibilityRows, PartnerId, ProgramStatus } from "@openpor/domain"
import { Effect, Schema } from "effect"
import { readCsvRecords } from "../http/csv.ts"
import { HttpError } from "../http/errors.ts"
import { group, route } from "../http/route.ts"

const EligibilityView = Schema.Struct({
  location: Schema.Struct({
    id: Schema.String,
    partnerId: Schema.String,
    name: Schema.String,
    city: Schema.String,
    country: Schema.String
  }),
  agreementActive: Schema.Boolean,
  programs: Schema.Array(
    Schema.Struct({
      id: Schema.String,
      name: Schema.String,
      status: ProgramStatus,
      open: Schema.Boolean,
      requirements: Schema.Array(
        Schema.Struct({ id: Schema.String, name: Schema.String, met: Schema.Boolean })
      )
    })
  )
})

const CSV_COLUMNS = ["partner_id", "requirement_id", "met"] as const
const MET: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  "1": true,
  false: false,
  no: false,
  "0": false
}

const RowResult = Schema.Struct({
  line: Schema.Number,
  partnerId: Schema.String,
  requirementId: Schema.String,
  met: Schema.NullOr(Schema.Boolean),
  /** null when the row is fine; otherwise why it is refused. */
  problem: Schema.NullOr(Schema.Struct({ code: Schema.String, message: Schema.String }))
})

/** The records of an eligibility CSV (its form only: the rows are checked by the domain). */
const readRows = (text: string) =>
  Effect.gen(function* () {
    const records = (yield* readCsvRecords(text)).map((r) => r.record)
    const header = Object.keys(records[0]!)
    if (header.length !== CSV_COLUMNS.length || CSV_COLUMNS.some((c) => !header.includes(c)))
      return yield* Effect.fail(
        new HttpError(400, "invalid_csv", `The columns must be ${CSV_COLUMNS.join(", ")}`, {
          expected: CSV_COLUMNS
        })
      )
    if (records.length > 10_000)
      return yield* Effect.fail(new HttpError(413, "payload_too_large", "At most 10,000 rows per import"))
    return records.map((record) => ({
      partnerId: record.partner_id ?? "",
      requirementId: record.requirement_id ?? "",
      met: MET[(record.met ?? "").toLowerCase()] ?? null
    }))
  })

/** What the operator's eligibility screen reads of one location (the writes are in enrollmentOpsRoutes). */
export const eligibilityRoutes = group(
  "/api/v1/ops/eligibility",
  "Operations: programs, eligibility, validation",
  [
    route(
      {
        method: "get",
        path: "/{partnerId}",
        operationId: "getEligibility",
        summary:
          "One location's eligibility: every requirement of every program with met/unmet, and whether it has an active agreement (operator, auditor)",
        auth: "session",
        params: Schema.Struct({ partnerId: PartnerId }),
        response: EligibilityView,
        status: 200,
        errors: [400, 401, 403, 404]
      },
      ({ auth, params }) => eligibilityOf(auth!.actor, params.partnerId)
    ),
    route(
      {
        method: "post",
        path: "/import.csv",
        operationId: "importEligibilityCsv",
        summary:
          "Set requirement states from a CSV file (partner_id, requirement_id, met), all rows or none (operator)",
        description:
          "Every row is checked first and answered with its line: if any row is wrong, nothing is applied and the 400 answer lists each refused row in details.rows; otherwise every row is applied in one transaction and listed in rows.",
        auth: "session",
        bodyKind: "csv",
        response: Schema.Struct({ applied: Schema.Number, rows: Schema.Array(RowResult) }),
        status: 200,
        errors: [400, 401, 403, 413, 415]
      },
      ({ auth, body }) =>
        Effect.gen(function* () {
          // Authorized before the file is read: a refused caller learns nothing about its file.
          yield* authorize("manageCatalog", auth!.actor)
          const rows = yield* importEligibilityRows(auth!.actor, yield* readRows(body))
          return { applied: rows.length, rows }
        })
    )
  ]
)
