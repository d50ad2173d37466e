import {
  authorize,
  EnrollmentRepository,
  EnrollmentService,
  IdentityRepository,
  isPartnerId,
  type LocationId,
  PARTNER_ID_MESSAGE,
  PartnerId,
  ProgramStatus,
  Transactor
} from "@openpor/domain"
import { parse } from "csv-parse/sync"
import { Effect, Option, Schema } from "effect"
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

/** The rows of an eligibility CSV with what is wrong with each, checked against the locations and catalog. */
const checkRows = (text: string) =>
  Effect.gen(function* () {
    const records = yield* Effect.try({
      try: () =>
        parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Array<
          Record<string, string>
        >,
      catch: (e) => new HttpError(400, "invalid_csv", `The CSV could not be read: ${(e as Error).message}`)
    })
    const header = records.length > 0 ? Object.keys(records[0]!) : []
    if (records.length === 0)
      return yield* Effect.fail(new HttpError(400, "invalid_csv", "The CSV has no data rows"))
    if (header.length !== CSV_COLUMNS.length || CSV_COLUMNS.some((c) => !header.includes(c)))
      return yield* Effect.fail(
        new HttpError(400, "invalid_csv", `The columns must be ${CSV_COLUMNS.join(", ")}`, {
          expected: CSV_COLUMNS
        })
      )
    if (records.length > 10_000)
      return yield* Effect.fail(new HttpError(413, "payload_too_large", "At most 10,000 rows per import"))
    // Built once per import: every location and every requirement of an active program.
    const locations = new Map(
      (yield* IdentityRepository.use((r) => r.allLocations)).map((l) => [l.partnerId, l])
    )
    const requirements = new Set(
      (yield* EnrollmentRepository.use((r) => r.listPrograms))
        .filter((p) => p.status === "active")
        .flatMap((p) => p.requirements.map((r) => r.id))
    )
    return records.map((record, index) => {
      const partnerId = record.partner_id ?? ""
      const requirementId = record.requirement_id ?? ""
      const met = MET[(record.met ?? "").toLowerCase()]
      const problem = !isPartnerId(partnerId)
        ? { code: "invalid_partner_id", message: PARTNER_ID_MESSAGE }
        : !locations.has(partnerId as never)
          ? { code: "unknown_partner_id", message: `PartnerID ${partnerId} is unknown` }
          : !requirements.has(requirementId)
            ? {
                code: "unknown_requirement",
                message: `${requirementId} is no requirement of an active program`
              }
            : met === undefined
              ? { code: "invalid_met", message: "met is true or false (also yes/no, 1/0)" }
              : null
      return {
        line: index + 2,
        partnerId,
        requirementId,
        met: met ?? null,
        problem,
        locationId: locations.get(partnerId as never)?.id
      }
    })
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
      ({ auth, params }) =>
        Effect.gen(function* () {
          yield* authorize("readEligibility", auth!.actor)
          const location = yield* IdentityRepository.use((r) =>
            r.findLocationByPartnerId(params.partnerId as never)
          )
          if (Option.isNone(location))
            return yield* Effect.fail(
              new HttpError(404, "unknown_partner_id", `PartnerID ${params.partnerId} is unknown`, {
                field: "partnerId"
              })
            )
          const repo = yield* EnrollmentRepository
          const statuses = yield* repo.requirementStatuses(location.value.id)
          const met = new Set(statuses.filter((s) => s.met).map((s) => s.requirementId))
          const programs = yield* repo.listPrograms
          return {
            location: {
              id: location.value.id,
              partnerId: location.value.partnerId,
              name: location.value.name,
              city: location.value.city,
              country: location.value.country
            },
            agreementActive: yield* repo.isAgreementActive(location.value.id),
            programs: programs.map((p) => ({
              id: p.id,
              name: p.name,
              status: p.status,
              open: p.open,
              requirements: p.requirements.map((r) => ({ id: r.id, name: r.name, met: met.has(r.id) }))
            }))
          }
        })
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
          yield* authorize("manageCatalog", auth!.actor)
          const rows = yield* checkRows(body)
          const refused = rows.filter((row) => row.problem !== null)
          if (refused.length > 0)
            return yield* Effect.fail(
              new HttpError(
                400,
                "invalid_rows",
                `${refused.length} of ${rows.length} rows are refused; nothing was applied`,
                { rows: refused.map(({ locationId: _, ...row }) => row) }
              )
            )
          const service = yield* EnrollmentService
          yield* Transactor.use((tx) =>
            tx.transaction(
              Effect.forEach(rows, (row) =>
                service.setRequirement(auth!.actor, {
                  locationId: row.locationId as LocationId,
                  requirementId: row.requirementId,
                  met: row.met!
                })
              )
            )
          )
          return { applied: rows.length, rows: rows.map(({ locationId: _, ...row }) => row) }
        })
    )
  ]
)
