import {
  addBusinessDays,
  authorize,
  Calendar,
  Channel,
  calendarView,
  DirectoryImport,
  DirectoryService,
  IsoDate,
  JobStatus,
  listAudit,
  listJobs,
  removeHoliday,
  SolutionArea,
  SubscriptionState,
  sendTestEmail,
  setHoliday,
  TenantId
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { readCsvRecords } from "../http/csv.ts"
import { HttpError } from "../http/errors.ts"
import { decodeInput, group, QueryInt, route } from "../http/route.ts"

const ImportResultView = Schema.Struct({
  tenantsCreated: Schema.Number,
  tenantsUpdated: Schema.Number,
  subscriptionsCreated: Schema.Number,
  subscriptionsUpdated: Schema.Number,
  expiredSubscriptionIds: Schema.Array(Schema.String)
})

const CSV_COLUMNS = [
  "tenant_id",
  "tenant_name",
  "tenant_domains",
  "tenant_workloads",
  "subscription_id",
  "product",
  "solution_area",
  "channel",
  "state",
  "provisioned_at",
  "expires_at"
] as const

/**
 * CSV import: one row per subscription (or per tenant with an empty subscription_id); domains and
 * workloads are separated by `;`. Rows of the same tenant must agree on its name, domains, workloads.
 */
export const csvToImport = (text: string) =>
  Effect.gen(function* () {
    const rows = (yield* readCsvRecords(text)).map((r) => r.record)
    const header = Object.keys(rows[0]!)
    const missing = CSV_COLUMNS.filter((c) => !header.includes(c))
    if (missing.length > 0) {
      return yield* Effect.fail(
        new HttpError(400, "invalid_csv", `The CSV misses the column(s) ${missing.join(", ")}`, {
          expected: CSV_COLUMNS
        })
      )
    }
    const unknown = header.filter((h) => !(CSV_COLUMNS as ReadonlyArray<string>).includes(h))
    if (unknown.length > 0) {
      return yield* Effect.fail(
        new HttpError(400, "invalid_csv", `Unknown CSV column(s): ${unknown.join(", ")}`, {
          expected: CSV_COLUMNS
        })
      )
    }
    const split = (s: string) =>
      s
        .split(";")
        .map((x) => x.trim())
        .filter((x) => x !== "")
    const tenants = new Map<
      string,
      { id: string; name: string; domains: Array<string>; workloads: Array<string>; line: number }
    >()
    const subscriptions: Array<Record<string, unknown>> = []
    for (const [index, row] of rows.entries()) {
      const line = index + 2
      const tenant = {
        id: row.tenant_id!,
        name: row.tenant_name!,
        domains: split(row.tenant_domains!),
        workloads: split(row.tenant_workloads!),
        line
      }
      const seen = tenants.get(tenant.id)
      if (seen === undefined) tenants.set(tenant.id, tenant)
      else if (
        seen.name !== tenant.name ||
        seen.domains.join(";") !== tenant.domains.join(";") ||
        seen.workloads.join(";") !== tenant.workloads.join(";")
      ) {
        return yield* Effect.fail(
          new HttpError(
            400,
            "invalid_csv",
            `Line ${line}: tenant ${tenant.id} differs from line ${seen.line} (name, domains or workloads)`
          )
        )
      }
      if (row.subscription_id !== "") {
        subscriptions.push({
          id: row.subscription_id,
          tenantId: row.tenant_id,
          product: row.product,
          solutionArea: row.solution_area,
          channel: row.channel,
          state: row.state,
          provisionedAt: row.provisioned_at === "" ? null : row.provisioned_at,
          expiresAt: row.expires_at === "" ? null : row.expires_at
        })
      }
    }
    const data = {
      tenants: [...tenants.values()].map(({ line: _line, ...t }) => t),
      subscriptions
    }
    return (yield* decodeInput(DirectoryImport, data, "body")) as DirectoryImport
  })

/** An ISO-8601 date or instant (a date means its midnight UTC). */
const AuditInstant = Schema.String.check(
  Schema.isPattern(/^\d{4}-\d{2}-\d{2}(T.*)?$/, { message: "an ISO-8601 date or instant" })
)
/** The audit log's filters (GET /ops/audit and its exports): entity, actor, action and a time range. */
export const AuditFilterQuery = {
  entityType: Schema.optionalKey(Schema.String),
  entityId: Schema.optionalKey(Schema.String),
  actor: Schema.optionalKey(Schema.String),
  action: Schema.optionalKey(Schema.String),
  from: Schema.optionalKey(AuditInstant),
  to: Schema.optionalKey(AuditInstant)
}

/** The audit filter of a decoded query: blank texts ignored, the instants checked (400 naming the field). */
export const auditFilterOf = (query: {
  readonly entityType?: string | undefined
  readonly entityId?: string | undefined
  readonly actor?: string | undefined
  readonly action?: string | undefined
  readonly from?: string | undefined
  readonly to?: string | undefined
}) =>
  Effect.gen(function* () {
    const instant = (value: string | undefined, name: string) => {
      if (value === undefined) return Effect.succeed(undefined)
      const date = new Date(value)
      return Number.isNaN(date.getTime())
        ? Effect.fail(
            new HttpError(400, "invalid_request", `${name} is not a valid instant`, { field: name })
          )
        : Effect.succeed(date.toISOString())
    }
    const blank = (value: string | undefined) =>
      value === undefined || value.trim() === "" ? undefined : value.trim()
    return {
      entityType: blank(query.entityType),
      entityId: blank(query.entityId),
      actor: blank(query.actor),
      action: blank(query.action),
      from: yield* instant(query.from, "from"),
      to: yield* instant(query.to, "to")
    }
  })

/** The audit list's keyset cursor: the last event's instant and id. */
const encodeAuditCursor = (at: string, id: string) => Buffer.from(`${at}|${id}`).toString("base64url")
const decodeAuditCursor = (cursor: string): { at: string; id: string } | null => {
  const [at, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|")
  if (at === undefined || id === undefined || rest.length > 0 || Number.isNaN(Date.parse(at))) return null
  return { at, id }
}

const TenantView = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  domains: Schema.Array(Schema.String),
  workloads: Schema.Array(Schema.String)
})
const SubscriptionView = Schema.Struct({
  id: Schema.String,
  tenantId: Schema.String,
  product: Schema.String,
  solutionArea: SolutionArea,
  channel: Channel,
  state: SubscriptionState,
  provisionedAt: Schema.NullOr(Schema.String),
  expiresAt: Schema.NullOr(Schema.String)
})

const CalendarView = Schema.Struct({
  timeZone: Schema.String,
  fiscalYearStartMonth: Schema.Number,
  fiscalYear: Schema.Struct({ label: Schema.String, firstDay: Schema.String, lastDay: Schema.String }),
  now: Schema.String,
  holidays: Schema.Array(Schema.Struct({ date: Schema.String, name: Schema.String }))
})

export const directoryRoutes = group("/api/v1/ops/directory", "Operations: customer directory", [
  route(
    {
      method: "post",
      path: "/import",
      operationId: "importDirectory",
      summary: "Bulk upsert tenants and subscriptions (JSON)",
      description: "All rows are validated first; the import is applied in one transaction or not at all.",
      auth: "session",
      body: DirectoryImport,
      response: ImportResultView,
      status: 200,
      errors: [400, 401, 403, 413, 415]
    },
    ({ auth, body }) => DirectoryService.use((s) => s.import(auth!.actor, body, "json"))
  ),
  route(
    {
      method: "post",
      path: "/import.csv",
      operationId: "importDirectoryCsv",
      summary: "Bulk upsert tenants and subscriptions (CSV)",
      description: `Columns: ${CSV_COLUMNS.join(", ")}. Domains and workloads are separated by ';'. A row with an empty subscription_id imports only the tenant.`,
      auth: "session",
      bodyKind: "csv",
      response: ImportResultView,
      status: 200,
      errors: [400, 401, 403, 413, 415]
    },
    ({ auth, body }) =>
      Effect.gen(function* () {
        yield* authorize("manageDirectory", auth!.actor)
        const data = yield* csvToImport(body)
        return yield* DirectoryService.use((s) => s.import(auth!.actor, data, "csv"))
      })
  ),
  route(
    {
      method: "get",
      path: "/tenants",
      operationId: "listTenants",
      summary: "List tenants of the customer directory (cursor pagination by tenant ID)",
      auth: "session",
      query: Schema.Struct({
        after: Schema.optionalKey(Schema.String),
        limit: Schema.optionalKey(QueryInt(1, 500))
      }),
      response: Schema.Struct({
        tenants: Schema.Array(TenantView),
        nextCursor: Schema.NullOr(Schema.String)
      }),
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 100
        const tenants = yield* DirectoryService.use((d) =>
          d.listTenants(auth!.actor, { limit, after: query.after })
        )
        return { tenants, nextCursor: tenants.length === limit ? (tenants.at(-1)?.id ?? null) : null }
      })
  ),
  route(
    {
      method: "get",
      path: "/tenants/{tenantId}",
      operationId: "getTenant",
      summary: "One tenant with its subscriptions",
      auth: "session",
      params: Schema.Struct({ tenantId: TenantId }),
      response: Schema.Struct({ tenant: TenantView, subscriptions: Schema.Array(SubscriptionView) }),
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params }) => DirectoryService.use((d) => d.getTenant(auth!.actor, params.tenantId))
  )
])

/** The calendar as answered (instants as ISO strings). */
const calendarAnswer = Effect.map(calendarView(), (view) => ({ ...view, now: view.now.toISOString() }))

export const calendarRoutes = group("/api/v1", "Calendar", [
  route(
    {
      method: "get",
      path: "/calendar",
      operationId: "getCalendar",
      summary: "The vendor business calendar: time zone, fiscal year, holidays, current time",
      auth: "session",
      response: CalendarView,
      status: 200,
      errors: [401]
    },
    () => calendarAnswer
  ),
  route(
    {
      method: "get",
      path: "/calendar/business-days",
      operationId: "addBusinessDays",
      summary: "The instant N business days after a given instant (weekends and holidays skipped)",
      auth: "session",
      query: Schema.Struct({
        from: Schema.String.check(
          Schema.isPattern(/^\d{4}-\d{2}-\d{2}T/, { message: "from is an ISO-8601 instant" })
        ),
        days: QueryInt(0, 3650)
      }),
      response: Schema.Struct({ from: Schema.String, days: Schema.Number, result: Schema.String }),
      status: 200,
      errors: [400, 401]
    },
    ({ query }) =>
      Effect.gen(function* () {
        const from = new Date(query.from)
        if (Number.isNaN(from.getTime()))
          return yield* Effect.fail(new HttpError(400, "invalid_request", "from is not a valid instant"))
        const calendar = yield* Calendar.use((c) => c.current)
        return {
          from: from.toISOString(),
          days: query.days,
          result: addBusinessDays(calendar, from, query.days).toISOString()
        }
      })
  ),
  route(
    {
      method: "put",
      path: "/ops/calendar/holidays/{date}",
      operationId: "putHoliday",
      summary: "Add or rename a holiday of the vendor calendar (operator)",
      auth: "session",
      params: Schema.Struct({ date: IsoDate }),
      body: Schema.Struct({ name: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)) }),
      response: CalendarView,
      status: 200,
      errors: [400, 401, 403, 415]
    },
    ({ auth, params, body }) =>
      Effect.andThen(setHoliday(auth!.actor, params.date, body.name), calendarAnswer)
  ),
  route(
    {
      method: "delete",
      path: "/ops/calendar/holidays/{date}",
      operationId: "deleteHoliday",
      summary: "Remove a holiday (operator)",
      auth: "session",
      params: Schema.Struct({ date: IsoDate }),
      status: 204,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params }) => removeHoliday(auth!.actor, params.date)
  )
])

export const opsRoutes = group("/api/v1/ops", "Operations", [
  route(
    {
      method: "post",
      path: "/email/test",
      operationId: "sendTestEmail",
      summary: "Send a test email through the outbox (checks SMTP configuration)",
      auth: "session",
      body: Schema.Struct({
        to: Schema.String.check(
          Schema.isPattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: "to is an email address" })
        )
      }),
      response: Schema.Struct({ messageId: Schema.String }),
      status: 202,
      errors: [400, 401, 403, 415]
    },
    ({ auth, body }) => Effect.map(sendTestEmail(auth!.actor, body.to), (messageId) => ({ messageId }))
  ),
  route(
    {
      method: "get",
      path: "/jobs",
      operationId: "listJobs",
      summary: "Durable jobs (timers, email delivery) with their state (operator, auditor)",
      auth: "session",
      query: Schema.Struct({
        status: Schema.optionalKey(JobStatus),
        kind: Schema.optionalKey(Schema.String),
        limit: Schema.optionalKey(QueryInt(1, 500))
      }),
      response: Schema.Struct({
        jobs: Schema.Array(
          Schema.Struct({
            id: Schema.String,
            kind: Schema.String,
            status: JobStatus,
            runAt: Schema.String,
            attempts: Schema.Number,
            maxAttempts: Schema.Number,
            lastError: Schema.NullOr(Schema.String)
          })
        )
      }),
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        const jobs = yield* listJobs(auth!.actor, {
          status: query.status,
          kind: query.kind,
          limit: query.limit ?? 100
        })
        return {
          jobs: jobs.map((j) => ({
            id: j.id,
            kind: j.kind,
            status: j.status,
            runAt: j.runAt.toISOString(),
            attempts: j.attempts,
            maxAttempts: j.maxAttempts,
            lastError: j.lastError
          }))
        }
      })
  ),
  route(
    {
      method: "get",
      path: "/audit",
      operationId: "listAudit",
      summary: "The audit log, newest first (auditor, operator, reviewer)",
      description:
        "Filters combine: entity (entityType, entityId), actor (a user's email or an actor id), action, and a time range (from inclusive, to exclusive; ISO instants). Page with cursor = the previous answer's nextCursor.",
      auth: "session",
      query: Schema.Struct({
        ...AuditFilterQuery,
        before: Schema.optionalKey(Schema.String),
        cursor: Schema.optionalKey(Schema.String),
        limit: Schema.optionalKey(QueryInt(1, 500))
      }),
      response: Schema.Struct({
        events: Schema.Array(
          Schema.Struct({
            id: Schema.String,
            at: Schema.String,
            actorType: Schema.String,
            actorId: Schema.String,
            actorEmail: Schema.NullOr(Schema.String),
            action: Schema.String,
            entityType: Schema.String,
            entityId: Schema.String,
            before: Schema.Unknown,
            after: Schema.Unknown,
            requestId: Schema.NullOr(Schema.String)
          })
        ),
        nextCursor: Schema.NullOr(Schema.String)
      }),
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        yield* authorize("readAudit", auth!.actor)
        const filter = yield* auditFilterOf(query)
        const cursor = query.cursor === undefined ? undefined : decodeAuditCursor(query.cursor)
        if (cursor === null)
          return yield* Effect.fail(
            new HttpError(400, "invalid_request", "cursor is not a cursor of this list", { field: "cursor" })
          )
        const limit = query.limit ?? 100
        const events = yield* listAudit(auth!.actor, {
          ...filter,
          before: query.before,
          cursor,
          limit
        })
        const last = events.at(-1)
        return {
          events: events.map((e) => ({ ...e, actorEmail: e.actorEmail ?? null, at: e.at.toISOString() })),
          nextCursor:
            events.length === limit && last !== undefined
              ? encodeAuditCursor(last.at.toISOString(), last.id)
              : null
        }
      })
  )
])
