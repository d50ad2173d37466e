import {
  AttributionService,
  Channel,
  Clock,
  IncentiveKind,
  IsoDate,
  PartnerId,
  PorService,
  SolutionArea,
  type Subject,
  SubscriptionState
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { group, QueryInt, route } from "../http/route.ts"

const Nullable = Schema.NullOr(Schema.String)
const SubscriptionIdField = Schema.String.check(Schema.isMaxLength(100))

const SubscriptionView = Schema.Struct({
  id: Schema.String,
  product: Schema.String,
  solutionArea: SolutionArea,
  channel: Channel,
  state: SubscriptionState,
  partnerOfRecord: Schema.NullOr(
    Schema.Struct({ partnerId: Schema.String, name: Schema.String, addedAt: Schema.String })
  )
})

/** What the two intakes of a partner's dated event on a subscription (OSA form, the DPOR's POE) share. */
const intake = <const Date extends Schema.Struct.Fields>(date: Date) =>
  ({
    auth: "session",
    body: Schema.Struct({ subscriptionId: SubscriptionIdField, partnerId: PartnerId, ...date }),
    status: 201,
    errors: [400, 401, 403, 404, 415, 422]
  }) as const

export const dporRoutes = group("/api/v1", "Digital Partner of Record", [
  route(
    {
      method: "get",
      path: "/customer/subscriptions",
      operationId: "listTenantSubscriptions",
      summary: "The customer's subscriptions with their Digital Partner of Record",
      auth: "session",
      response: Schema.Struct({ subscriptions: Schema.Array(SubscriptionView) }),
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth }) =>
      Effect.map(
        PorService.use((s) => s.tenantSubscriptions(auth!.actor)),
        (subscriptions) => ({ subscriptions })
      )
  ),
  route(
    {
      method: "put",
      path: "/customer/subscriptions/{subscriptionId}/partner-of-record",
      operationId: "setPartnerOfRecord",
      summary:
        "Name the Digital Partner of Record (tenant admin); adding another replaces it; the partners are emailed",
      auth: "session",
      params: Schema.Struct({ subscriptionId: SubscriptionIdField }),
      body: Schema.Struct({ partnerId: PartnerId }),
      response: SubscriptionView,
      status: 200,
      errors: [400, 401, 403, 404, 415, 422]
    },
    ({ auth, params, body }) =>
      PorService.use((s) => s.setPartnerOfRecord(auth!.actor, params.subscriptionId, body.partnerId))
  ),
  route(
    {
      method: "delete",
      path: "/customer/subscriptions/{subscriptionId}/partner-of-record",
      operationId: "removePartnerOfRecord",
      summary: "Remove the Digital Partner of Record (tenant admin); the partner is emailed",
      auth: "session",
      params: Schema.Struct({ subscriptionId: SubscriptionIdField }),
      response: SubscriptionView,
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth, params }) => PorService.use((s) => s.removePartnerOfRecord(auth!.actor, params.subscriptionId))
  ),
  route(
    {
      method: "get",
      path: "/partner-of-record/subscriptions",
      operationId: "listDporSubscriptions",
      summary: "The subscriptions on which the caller's locations are the Digital Partner of Record",
      auth: "session",
      response: Schema.Struct({
        subscriptions: Schema.Array(
          Schema.Struct({
            subscriptionId: Schema.String,
            partnerId: Schema.String,
            tenantId: Schema.String,
            product: Schema.String,
            addedAt: Schema.String
          })
        )
      }),
      status: 200,
      errors: [400, 401, 403]
    },
    ({ auth }) =>
      Effect.map(
        PorService.use((s) => s.partnerSubscriptions(auth!.actor)),
        (rows) => ({
          subscriptions: rows.map((r) => ({
            subscriptionId: r.subscriptionId,
            partnerId: r.partnerId,
            tenantId: r.tenantId,
            product: r.product,
            addedAt: r.addedAt.toISOString()
          }))
        })
      )
  ),
  route(
    {
      method: "post",
      path: "/osa-forms",
      operationId: "recordOsaForm",
      summary:
        "Legacy OSA form intake (operator); refused with osa_forms_not_accepted from 2015-04-30 (rule 4)",
      ...intake({ receivedOn: Schema.optionalKey(IsoDate) }),
      response: Schema.Struct({ id: Schema.String, receivedOn: Schema.String })
    },
    ({ auth, body }) => PorService.use((s) => s.recordOsaForm(auth!.actor, body))
  ),
  route(
    {
      method: "post",
      path: "/por-poe",
      operationId: "recordPorPoe",
      summary:
        "The partner of record's proof of execution for a subscription (its Incentives admin, or an operator)",
      ...intake({ submittedOn: Schema.optionalKey(IsoDate) }),
      response: Schema.Struct({ id: Schema.String, at: Schema.String })
    },
    ({ auth, body }) => PorService.use((s) => s.recordPorPoe(auth!.actor, body))
  )
])

const SubjectQuery = {
  subscriptionId: Schema.optionalKey(SubscriptionIdField),
  tenantId: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(100))),
  workload: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(100))),
  incentive: IncentiveKind
}

const subjectOf = (q: {
  subscriptionId?: string
  tenantId?: string
  workload?: string
}): Effect.Effect<Subject, HttpError> => {
  if (q.subscriptionId !== undefined && q.tenantId === undefined && q.workload === undefined)
    return Effect.succeed({ subscriptionId: q.subscriptionId })
  if (q.subscriptionId === undefined && q.tenantId !== undefined && q.workload !== undefined) {
    return Effect.succeed({ tenantId: q.tenantId, workload: q.workload })
  }
  return Effect.fail(
    new HttpError(400, "invalid_request", "Give either subscriptionId, or tenantId and workload")
  )
}

/** On what the earning partner's attribution rests (SPEC §4), or null when nobody earns. */
const Basis = Schema.NullOr(Schema.Literals(["cpor", "dpor", "osa"]))

const AttributionView = Schema.Struct({
  partnerId: Nullable,
  basis: Basis,
  incentiveEligible: Schema.Boolean,
  incentive: IncentiveKind,
  asOf: Schema.String,
  explanation: Schema.Array(
    Schema.Struct({ rule: Schema.String, text: Schema.String, eventIds: Schema.Array(Schema.String) })
  )
})

const BatchView = Schema.Struct({
  id: Schema.String,
  asOf: Schema.String,
  incentive: Schema.String,
  status: Schema.String,
  processed: Schema.Number,
  total: Schema.Number,
  createdAt: Schema.String,
  completedAt: Nullable
})
const batchView = (b: {
  id: string
  asOf: string
  incentive: string
  status: string
  processed: number
  total: number
  createdAt: Date
  completedAt: Date | null
}) => ({
  id: b.id,
  asOf: b.asOf,
  incentive: b.incentive,
  status: b.status,
  processed: b.processed,
  total: b.total,
  createdAt: b.createdAt.toISOString(),
  completedAt: b.completedAt?.toISOString() ?? null
})

export const attributionRoutes = group("/api/v1", "Attribution", [
  route(
    {
      method: "get",
      path: "/attribution",
      operationId: "getAttribution",
      summary: "Which partner earns for a subscription (or a tenant's workload) on a date, and why (SPEC §4)",
      description:
        "Partners see subscriptions/workloads they appear on; customers their own tenant; vendor staff everything. `asOf` defaults to today.",
      auth: "session",
      query: Schema.Struct({ ...SubjectQuery, asOf: Schema.optionalKey(IsoDate) }),
      response: AttributionView,
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        const subject = yield* subjectOf(query)
        // Today by the application clock (the test clock when it runs).
        const asOf = query.asOf ?? (yield* Clock.use((c) => c.now)).toISOString().slice(0, 10)
        const answer = yield* AttributionService.use((s) =>
          s.attribute(auth!.actor, subject, query.incentive, asOf)
        )
        return {
          ...answer,
          incentive: query.incentive,
          asOf,
          explanation: answer.explanation.map((e) => ({ ...e, eventIds: [...e.eventIds] }))
        }
      })
  ),
  route(
    {
      method: "get",
      path: "/attribution/timeline",
      operationId: "getAttributionTimeline",
      summary: "The intervals over which the earning partner stays the same",
      auth: "session",
      query: Schema.Struct({
        ...SubjectQuery,
        from: Schema.optionalKey(IsoDate),
        to: Schema.optionalKey(IsoDate)
      }),
      response: Schema.Struct({
        intervals: Schema.Array(
          Schema.Struct({
            from: Schema.String,
            to: Nullable,
            partnerId: Nullable,
            basis: Basis,
            incentiveEligible: Schema.Boolean
          })
        )
      }),
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, query }) =>
      Effect.gen(function* () {
        const subject = yield* subjectOf(query)
        const intervals = yield* AttributionService.use((s) =>
          s.timeline(auth!.actor, subject, query.incentive, { from: query.from, to: query.to })
        )
        return { intervals: intervals.map((i) => ({ ...i })) }
      })
  ),
  route(
    {
      method: "post",
      path: "/ops/attribution/batches",
      operationId: "startAttributionBatch",
      summary: "Attribute every subscription for a date into a result table, as a resumable job (operator)",
      auth: "session",
      body: Schema.Struct({ asOf: IsoDate, incentive: IncentiveKind }),
      response: BatchView,
      status: 202,
      errors: [400, 401, 403, 415]
    },
    ({ auth, body }) =>
      Effect.map(
        AttributionService.use((s) => s.startBatch(auth!.actor, body.asOf, body.incentive)),
        batchView
      )
  ),
  route(
    {
      method: "get",
      path: "/ops/attribution/batches/{id}",
      operationId: "getAttributionBatch",
      summary: "Progress of an attribution batch",
      auth: "session",
      params: Schema.Struct({ id: Schema.String }),
      response: BatchView,
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth, params }) =>
      Effect.map(
        AttributionService.use((s) => s.getBatch(auth!.actor, params.id)),
        batchView
      )
  ),
  route(
    {
      method: "get",
      path: "/ops/attribution/batches/{id}/results",
      operationId: "getAttributionBatchResults",
      summary: "Results of an attribution batch by subscription ID (cursor pagination)",
      auth: "session",
      params: Schema.Struct({ id: Schema.String }),
      query: Schema.Struct({
        after: Schema.optionalKey(Schema.String),
        limit: Schema.optionalKey(QueryInt(1, 5000))
      }),
      response: Schema.Struct({
        results: Schema.Array(
          Schema.Struct({
            subscriptionId: Schema.String,
            partnerId: Nullable,
            basis: Nullable,
            incentiveEligible: Schema.Boolean,
            rule: Schema.String
          })
        ),
        nextCursor: Nullable
      }),
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params, query }) =>
      Effect.gen(function* () {
        const limit = query.limit ?? 1000
        const results = yield* AttributionService.use((s) =>
          s.batchResults(auth!.actor, params.id, query.after, limit)
        )
        return {
          results,
          nextCursor: results.length === limit ? (results.at(-1)?.subscriptionId ?? null) : null
        }
      })
  )
])
