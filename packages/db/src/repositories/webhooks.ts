import {
  currentTraceparent,
  newId,
  type WebhookAttempt,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookDisabledReason,
  type WebhookEndpoint,
  type WebhookEventType,
  WebhookRepository,
  type WebhookScope
} from "@openpor/domain"
import { Effect, Layer, Option, Redacted } from "effect"
import { type Selectable, sql } from "kysely"
import { Db } from "../db.ts"
import type { WebhookDeliveriesTable, WebhookEndpointsTable } from "../schema.ts"
import { toUser } from "./identity.ts"
import { makeQuery } from "./query.ts"

const toEndpoint = (r: Selectable<WebhookEndpointsTable>): WebhookEndpoint => ({
  id: r.id,
  scope: r.scope as WebhookScope,
  organizationId: r.organization_id,
  url: r.url,
  description: r.description,
  eventTypes: JSON.parse(r.event_types) as Array<WebhookEventType>,
  enabled: Number(r.enabled) === 1,
  disabledReason: r.disabled_reason as WebhookDisabledReason | null,
  failingSince: r.failing_since === null ? null : new Date(r.failing_since),
  secret: Redacted.make(r.secret),
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  version: Number(r.version)
})

const endpointRow = (e: WebhookEndpoint) => ({
  id: e.id,
  scope: e.scope,
  organization_id: e.organizationId,
  url: e.url,
  description: e.description,
  event_types: JSON.stringify(e.eventTypes),
  secret: Redacted.value(e.secret),
  enabled: e.enabled ? 1 : 0,
  disabled_reason: e.disabledReason,
  failing_since: e.failingSince?.toISOString() ?? null,
  created_at: e.createdAt.toISOString(),
  updated_at: e.updatedAt.toISOString(),
  version: e.version
})

type StoredAttempt = Omit<WebhookAttempt, "at"> & { readonly at: string }

const toDelivery = (r: Selectable<WebhookDeliveriesTable>): WebhookDelivery => ({
  id: r.id,
  endpointId: r.endpoint_id,
  eventId: r.event_id,
  eventType: r.event_type as WebhookEventType,
  payload: r.payload,
  status: r.status as WebhookDeliveryStatus,
  attempts: Number(r.attempts),
  createdAt: new Date(r.created_at),
  lastAttemptAt: r.last_attempt_at === null ? null : new Date(r.last_attempt_at),
  nextAttemptAt: r.next_attempt_at === null ? null : new Date(r.next_attempt_at),
  lastStatusCode: r.last_status_code === null ? null : Number(r.last_status_code),
  attemptLog: (JSON.parse(r.attempt_log) as Array<StoredAttempt>).map((a) => ({ ...a, at: new Date(a.at) }))
})

const deliveryRow = (d: WebhookDelivery) => ({
  id: d.id,
  endpoint_id: d.endpointId,
  event_id: d.eventId,
  event_type: d.eventType,
  payload: d.payload,
  status: d.status,
  attempts: d.attempts,
  created_at: d.createdAt.toISOString(),
  last_attempt_at: d.lastAttemptAt?.toISOString() ?? null,
  next_attempt_at: d.nextAttemptAt?.toISOString() ?? null,
  last_status_code: d.lastStatusCode,
  attempt_log: JSON.stringify(d.attemptLog.map((a) => ({ ...a, at: a.at.toISOString() })))
})

/** WebhookRepository on `webhook_endpoints` and `webhook_deliveries` (migration 2026-11-30-0014-webhooks). */
export const WebhookRepositoryLive = Layer.effect(
  WebhookRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db
    // A delivery's id, made by the database so the fan-out is one INSERT … SELECT.
    const newMessageId =
      dialect === "postgres"
        ? sql<string>`'msg_' || replace(gen_random_uuid()::text, '-', '')`
        : sql<string>`'msg_' || lower(hex(randomblob(16)))`

    return WebhookRepository.of({
      insertEndpoint: (e) =>
        Effect.asVoid(query((db) => db.insertInto("webhook_endpoints").values(endpointRow(e)).execute())),
      updateEndpoint: (e, expected) =>
        query((db) =>
          db
            .updateTable("webhook_endpoints")
            .set(endpointRow(e))
            .where("id", "=", e.id)
            .where("version", "=", expected)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows) > 0)),
      deleteEndpoint: (id) =>
        Effect.gen(function* () {
          yield* query((db) => db.deleteFrom("webhook_deliveries").where("endpoint_id", "=", id).execute())
          const r = yield* query((db) =>
            db.deleteFrom("webhook_endpoints").where("id", "=", id).executeTakeFirst()
          )
          return Number(r.numDeletedRows) > 0
        }),
      findEndpoint: (id) =>
        query((db) =>
          db.selectFrom("webhook_endpoints").selectAll().where("id", "=", id).executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toEndpoint)))),
      listEndpoints: (scope) =>
        query((db) => {
          const q = db.selectFrom("webhook_endpoints").selectAll().where("scope", "=", scope.scope)
          return (scope.scope === "organization" ? q.where("organization_id", "=", scope.organizationId) : q)
            .orderBy("created_at")
            .orderBy("id")
            .execute()
        }).pipe(Effect.map((rows) => rows.map(toEndpoint))),
      fanOut: (events, at, maxAttempts) =>
        Effect.gen(function* () {
          if (events.length === 0) return []
          const now = at.toISOString()
          const values = sql.join(
            events.map((e) => sql`(${e.eventId}, ${e.type}, ${e.organizationId}, ${e.payload})`)
          )
          // One statement: a delivery per enabled endpoint subscribed to the event's type that may
          // receive it (vendor-wide, or of the event's organization).
          const inserted = yield* query((db) =>
            sql<{ id: string }>`
              INSERT INTO webhook_deliveries (id, endpoint_id, event_id, event_type, payload, status, attempts,
                created_at, last_attempt_at, next_attempt_at, last_status_code, attempt_log)
              SELECT ${newMessageId}, e.id, ev.column1, ev.column2, ev.column4, 'pending', 0,
                ${now}, NULL, ${now}, NULL, '[]'
              FROM webhook_endpoints e
              JOIN (VALUES ${values}) AS ev
                ON e.enabled = 1
                AND e.event_types LIKE '%"' || ev.column2 || '"%'
                AND (e.scope = 'vendor' OR e.organization_id = ev.column3)
              RETURNING id`.execute(db)
          )
          const ids = inserted.rows.map((r) => r.id)
          if (ids.length === 0) return ids
          // Their jobs, in one statement (the job kind's payload: { deliveryId }), linked to the enqueuing span.
          const traceContext = yield* currentTraceparent
          yield* query((db) =>
            db
              .insertInto("jobs")
              .values(
                ids.map((id) => ({
                  id: newId<string>("job"),
                  kind: "webhooks.deliver",
                  payload_json: JSON.stringify({ deliveryId: id }),
                  status: "pending",
                  run_at: now,
                  attempts: 0,
                  max_attempts: maxAttempts,
                  leased_by: null,
                  lease_until: null,
                  last_error: null,
                  unique_key: `webhook:${id}`,
                  created_at: now,
                  updated_at: now,
                  ...(traceContext === undefined ? {} : { trace_context: traceContext })
                }))
              )
              .execute()
          )
          return ids
        }),
      insertDelivery: (d) =>
        Effect.asVoid(query((db) => db.insertInto("webhook_deliveries").values(deliveryRow(d)).execute())),
      findDelivery: (id) =>
        Effect.gen(function* () {
          const row = yield* query((db) =>
            db.selectFrom("webhook_deliveries").selectAll().where("id", "=", id).executeTakeFirst()
          )
          if (row === undefined) return Option.none()
          const endpoint = yield* query((db) =>
            db
              .selectFrom("webhook_endpoints")
              .selectAll()
              .where("id", "=", row.endpoint_id)
              .executeTakeFirst()
          )
          return endpoint === undefined
            ? Option.none()
            : Option.some({ delivery: toDelivery(row), endpoint: toEndpoint(endpoint) })
        }),
      listDeliveries: ({ endpointId, status, before, limit }) =>
        query((db) => {
          let q = db.selectFrom("webhook_deliveries").selectAll().where("endpoint_id", "=", endpointId)
          if (status !== undefined) q = q.where("status", "=", status)
          if (before !== undefined) {
            const at = before.createdAt.toISOString()
            q = q.where((eb) =>
              eb.or([
                eb("created_at", "<", at),
                eb.and([eb("created_at", "=", at), eb("id", "<", before.id)])
              ])
            )
          }
          return q.orderBy("created_at", "desc").orderBy("id", "desc").limit(limit).execute()
        }).pipe(Effect.map((rows) => rows.map(toDelivery))),
      updateDelivery: (d) =>
        Effect.asVoid(
          query((db) => {
            const { id: _id, endpoint_id: _e, event_id: _ev, created_at: _c, ...changes } = deliveryRow(d)
            return db.updateTable("webhook_deliveries").set(changes).where("id", "=", d.id).execute()
          })
        ),
      markFailing: (endpointId, at) =>
        query((db) =>
          db
            .updateTable("webhook_endpoints")
            .set((eb) => ({ failing_since: eb.fn.coalesce("failing_since", eb.val(at.toISOString())) }))
            .where("id", "=", endpointId)
            .returning("failing_since")
            .executeTakeFirst()
        ).pipe(
          Effect.map((r) =>
            r === undefined || r.failing_since === null
              ? Option.none()
              : Option.some(new Date(r.failing_since))
          )
        ),
      clearFailing: (endpointId) =>
        Effect.asVoid(
          query((db) =>
            db
              .updateTable("webhook_endpoints")
              .set({ failing_since: null })
              .where("id", "=", endpointId)
              .execute()
          )
        ),
      operators: query((db) =>
        db
          .selectFrom("users")
          .innerJoin("role_assignments", "role_assignments.user_id", "users.id")
          .select([
            "users.id",
            "users.email",
            "users.display_name",
            "users.kind",
            "users.organization_id",
            "users.tenant_id",
            "users.active"
          ])
          .where("role_assignments.role", "=", "operator")
          .where("users.kind", "=", "vendor")
          .where("users.active", "=", 1)
          .orderBy("users.email")
          .execute()
      ).pipe(Effect.map((rows) => rows.map(toUser)))
    })
  })
)
