import {
  type Association,
  AssociationStatus,
  type AuditEvent,
  type Claim,
  ClaimStatus,
  Clock,
  ExportService,
  IncentiveKind,
  IsoDate,
  MAX_TIMELINE_SUBSCRIPTIONS,
  type TimelineRow
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { type CsvColumn, csvDownload, jsonLinesDownload } from "../http/export-stream.ts"
import { group, route } from "../http/route.ts"
import { AuditFilterQuery, auditFilterOf } from "./ops.ts"

/**
 * Streamed exports (SPEC §12, decision 025): CSV of the claims and associations of the caller's scope,
 * attribution timelines of subscriptions, and the audit log as CSV or JSON Lines. The filters are checked
 * before the first byte (a bad one is a 400 and nothing is exported); the rows are read a keyset page at
 * a time as the client reads them, so an export of any size takes constant memory.
 */

const Bom = Schema.optionalKey(
  Schema.Literals(["true", "false"]).annotate({
    description: "true: start the file with a UTF-8 byte-order mark (for Microsoft Excel). Default false."
  })
)

const withBom = (bom: "true" | "false" | undefined) => bom === "true"

/** `claims-2026-11-30.csv`: what, and the business day it was made. */
const fileName = (stem: string, extension: string) =>
  Effect.map(
    Clock.use((c) => c.now),
    (now) => `${stem}-${now.toISOString().slice(0, 10)}.${extension}`
  )

const list = (values: ReadonlyArray<string>) => values.join(";")

/** A claim as the claims list shows it (no contact details; the partner's and customer's side of it). */
const claimColumns: ReadonlyArray<CsvColumn<Claim>> = [
  { header: "id", cell: (c) => c.id },
  { header: "name", cell: (c) => c.name },
  { header: "status", cell: (c) => c.status },
  { header: "partnerId", cell: (c) => c.partnerId },
  { header: "tenantId", cell: (c) => c.tenantId },
  { header: "customerDomain", cell: (c) => c.customerDomain },
  { header: "solutionArea", cell: (c) => c.solutionArea },
  { header: "partnerRole", cell: (c) => c.partnerRole },
  { header: "programId", cell: (c) => c.programId },
  { header: "workloads", cell: (c) => list(c.workloads) },
  { header: "subscriptionIds", cell: (c) => list(c.subscriptionIds) },
  { header: "optOutOfIncentives", cell: (c) => c.optOutOfIncentives },
  { header: "consentStatus", cell: (c) => c.consent.status },
  { header: "competing", cell: (c) => c.competing },
  { header: "rejectionReason", cell: (c) => c.rejectionReason },
  { header: "createdAt", cell: (c) => c.createdAt },
  { header: "submittedAt", cell: (c) => c.submittedAt },
  { header: "decidedAt", cell: (c) => c.decidedAt },
  { header: "officialAt", cell: (c) => c.officialAt },
  { header: "endedAt", cell: (c) => c.endedAt },
  { header: "updatedAt", cell: (c) => c.updatedAt }
]

/** What an association is on: `workload:<tenant>:<workload>` or `subscription:<id>`. */
const targetOf = (a: Association) => {
  const [kind, ...rest] = a.targetKey.split(":")
  return kind === "workload"
    ? { workload: rest.at(-1) ?? "", subscriptionId: "" }
    : { workload: "", subscriptionId: rest.join(":") }
}

const associationColumns: ReadonlyArray<CsvColumn<Association>> = [
  { header: "id", cell: (a) => a.id },
  { header: "claimId", cell: (a) => a.claimId },
  { header: "partnerId", cell: (a) => a.partnerId },
  { header: "tenantId", cell: (a) => a.tenantId },
  { header: "workload", cell: (a) => targetOf(a).workload },
  { header: "subscriptionId", cell: (a) => targetOf(a).subscriptionId },
  { header: "status", cell: (a) => a.status },
  { header: "startedAt", cell: (a) => a.startedAt },
  { header: "officialAt", cell: (a) => a.officialAt },
  { header: "endedAt", cell: (a) => a.endedAt },
  { header: "endReason", cell: (a) => a.endReason }
]

const timelineColumns: ReadonlyArray<CsvColumn<TimelineRow>> = [
  { header: "subscriptionId", cell: (r) => r.subscriptionId },
  { header: "incentive", cell: (r) => r.incentive },
  { header: "from", cell: (r) => r.from },
  { header: "to", cell: (r) => r.to },
  { header: "partnerId", cell: (r) => r.partnerId },
  { header: "basis", cell: (r) => r.basis },
  { header: "incentiveEligible", cell: (r) => r.incentiveEligible },
  { header: "problem", cell: (r) => r.problem }
]

const auditJson = (e: AuditEvent) => ({
  id: e.id,
  at: e.at.toISOString(),
  actorType: e.actorType,
  actorId: e.actorId,
  actorEmail: e.actorEmail ?? null,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId,
  before: e.before,
  after: e.after,
  requestId: e.requestId
})

const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value))

const auditColumns: ReadonlyArray<CsvColumn<AuditEvent>> = [
  { header: "id", cell: (e) => e.id },
  { header: "at", cell: (e) => e.at },
  { header: "actorType", cell: (e) => e.actorType },
  { header: "actorId", cell: (e) => e.actorId },
  { header: "actorEmail", cell: (e) => e.actorEmail ?? null },
  { header: "action", cell: (e) => e.action },
  { header: "entityType", cell: (e) => e.entityType },
  { header: "entityId", cell: (e) => e.entityId },
  { header: "before", cell: (e) => json(e.before) },
  { header: "after", cell: (e) => json(e.after) },
  { header: "requestId", cell: (e) => e.requestId }
]

const SubscriptionList = Schema.String.check(
  Schema.isMinLength(1),
  Schema.isMaxLength(MAX_TIMELINE_SUBSCRIPTIONS * 40)
).annotate({ description: `Subscription IDs separated by commas (at most ${MAX_TIMELINE_SUBSCRIPTIONS})` })

const AuditQuery = Schema.Struct(AuditFilterQuery)

const auditPages = (actor: Parameters<ExportService["Service"]["audit"]>[0], query: typeof AuditQuery.Type) =>
  Effect.gen(function* () {
    const filter = yield* auditFilterOf(query)
    return yield* ExportService.use((s) => s.audit(actor, filter))
  })

export const exportRoutes = group("/api/v1/exports", "Exports", [
  route(
    {
      method: "get",
      path: "/claims.csv",
      operationId: "exportClaimsCsv",
      summary: "CSV of the claims the caller's claims list shows (vendor staff: all), streamed",
      description:
        "The claims list's scope and filters (status, q). Newest first. Cells that start with = + - @ get a leading apostrophe (formula injection).",
      auth: "session",
      query: Schema.Struct({
        status: Schema.optionalKey(ClaimStatus),
        q: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(200))),
        bom: Bom
      }),
      responseFile: "text/csv",
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query, c }) =>
      Effect.gen(function* () {
        const pages = yield* ExportService.use((s) =>
          s.claims(auth!.actor, {
            statuses: query.status === undefined ? undefined : [query.status],
            search: query.q
          })
        )
        return yield* csvDownload(c, pages, claimColumns, {
          fileName: yield* fileName("claims", "csv"),
          bom: withBom(query.bom)
        })
      })
  ),
  route(
    {
      method: "get",
      path: "/associations.csv",
      operationId: "exportAssociationsCsv",
      summary: "CSV of the associations of the caller's claims (vendor staff: all), streamed",
      description: "Newest first; `status` keeps pending, active or ended ones.",
      auth: "session",
      query: Schema.Struct({ status: Schema.optionalKey(AssociationStatus), bom: Bom }),
      responseFile: "text/csv",
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query, c }) =>
      Effect.gen(function* () {
        const pages = yield* ExportService.use((s) => s.associations(auth!.actor, { status: query.status }))
        return yield* csvDownload(c, pages, associationColumns, {
          fileName: yield* fileName("associations", "csv"),
          bom: withBom(query.bom)
        })
      })
  ),
  route(
    {
      method: "get",
      path: "/attribution-timelines.csv",
      operationId: "exportAttributionTimelinesCsv",
      summary: "CSV of the attribution timelines of subscriptions: who earns the incentive from when to when",
      description:
        "One row per interval (subscription, incentive, from, to, partnerId, basis, incentiveEligible), as GET /attribution/timeline answers; a subscription the caller may not see (or that does not exist) is one row with problem = not_found.",
      auth: "session",
      query: Schema.Struct({
        subscriptionIds: SubscriptionList,
        incentive: IncentiveKind,
        from: Schema.optionalKey(IsoDate),
        to: Schema.optionalKey(IsoDate),
        bom: Bom
      }),
      responseFile: "text/csv",
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query, c }) =>
      Effect.gen(function* () {
        const ids = query.subscriptionIds
          .split(",")
          .map((s) => s.trim())
          .filter((s) => s !== "")
        if (ids.length === 0 || ids.length > MAX_TIMELINE_SUBSCRIPTIONS || ids.some((s) => s.length > 100))
          return yield* Effect.fail(
            new HttpError(
              400,
              "invalid_request",
              `subscriptionIds names 1 to ${MAX_TIMELINE_SUBSCRIPTIONS} subscription IDs separated by commas`,
              { field: "subscriptionIds" }
            )
          )
        const pages = yield* ExportService.use((s) =>
          s.timelines(auth!.actor, ids, query.incentive, { from: query.from, to: query.to })
        )
        return yield* csvDownload(c, pages, timelineColumns, {
          fileName: yield* fileName("attribution-timelines", "csv"),
          bom: withBom(query.bom)
        })
      })
  ),
  route(
    {
      method: "get",
      path: "/audit.csv",
      operationId: "exportAuditCsv",
      summary: "The audit log as CSV, newest first (auditor, operator, reviewer), streamed",
      description:
        "The filters of GET /ops/audit (entityType, entityId, actor, action, from inclusive, to exclusive). before and after are JSON text.",
      auth: "session",
      query: Schema.Struct({ ...AuditFilterQuery, bom: Bom }),
      responseFile: "text/csv",
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query, c }) =>
      Effect.gen(function* () {
        const { bom, ...filter } = query
        const pages = yield* auditPages(auth!.actor, filter)
        return yield* csvDownload(c, pages, auditColumns, {
          fileName: yield* fileName("audit", "csv"),
          bom: withBom(bom)
        })
      })
  ),
  route(
    {
      method: "get",
      path: "/audit.jsonl",
      operationId: "exportAuditJsonLines",
      summary: "The audit log as JSON Lines, newest first (auditor, operator, reviewer), streamed",
      description:
        "One JSON object per line, as GET /ops/audit lists the events; the same filters (entityType, entityId, actor, action, from inclusive, to exclusive).",
      auth: "session",
      query: AuditQuery,
      responseFile: "application/x-ndjson",
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query, c }) =>
      Effect.gen(function* () {
        const pages = yield* auditPages(auth!.actor, query)
        return yield* jsonLinesDownload(c, pages, auditJson, { fileName: yield* fileName("audit", "jsonl") })
      })
  )
])
