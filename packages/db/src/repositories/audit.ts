import { AuditEvent, AuditLog, actorRef, Clock, CurrentRequestId, newId } from "@openpor/domain"
import { Effect, Layer } from "effect"
import type { Selectable } from "kysely"
import type { AuditLogTable } from "../schema.ts"
import { json, makeQuery, parseJson } from "./query.ts"

/** An audit row as the domain's event (the actor's email when the query joined it). */
export const toAuditEvent = (r: Selectable<AuditLogTable>, actorEmail?: string | null): AuditEvent =>
  new AuditEvent({
    id: r.id,
    at: new Date(r.at),
    actorType: r.actor_type,
    actorId: r.actor_id,
    action: r.action,
    entityType: r.entity_type,
    entityId: r.entity_id,
    before: parseJson(r.before_json),
    after: parseJson(r.after_json),
    requestId: r.request_id,
    ...(actorEmail === undefined ? {} : { actorEmail })
  })

export const AuditLogLive = Layer.effect(
  AuditLog,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const clock = yield* Clock
    return AuditLog.of({
      append: (input) =>
        Effect.gen(function* () {
          const at = yield* clock.now
          const requestId = yield* CurrentRequestId
          const ref = actorRef(input.actor)
          const event = new AuditEvent({
            id: newId("aud"),
            at,
            actorType: ref.type,
            actorId: ref.id,
            action: input.action,
            entityType: input.entityType,
            entityId: input.entityId,
            before: input.before ?? null,
            after: input.after ?? null,
            requestId
          })
          yield* query((db) =>
            db
              .insertInto("audit_log")
              .values({
                id: event.id,
                at: at.toISOString(),
                actor_type: event.actorType,
                actor_id: event.actorId,
                action: event.action,
                entity_type: event.entityType,
                entity_id: event.entityId,
                before_json: json(event.before),
                after_json: json(event.after),
                request_id: requestId
              })
              .execute()
          )
          return event
        }),
      list: ({ entityType, entityId, actor, action, from, to, limit, before, cursor }) =>
        query((db) => {
          let q = db
            .selectFrom("audit_log")
            .leftJoin("users", "users.id", "audit_log.actor_id")
            .selectAll("audit_log")
            .select("users.email as actor_email")
            .orderBy("audit_log.at", "desc")
            .orderBy("audit_log.id", "desc")
            .limit(limit)
          if (entityType !== undefined) q = q.where("audit_log.entity_type", "=", entityType)
          if (entityId !== undefined) q = q.where("audit_log.entity_id", "=", entityId)
          if (actor !== undefined)
            q = q.where((eb) =>
              eb.or([
                eb("audit_log.actor_id", "=", actor),
                eb("users.email", "=", actor.trim().toLowerCase())
              ])
            )
          if (action !== undefined) q = q.where("audit_log.action", "=", action)
          if (from !== undefined) q = q.where("audit_log.at", ">=", from)
          if (to !== undefined) q = q.where("audit_log.at", "<", to)
          if (before !== undefined) q = q.where("audit_log.at", "<", before)
          if (cursor !== undefined)
            q = q.where((eb) =>
              eb.or([
                eb("audit_log.at", "<", cursor.at),
                eb.and([eb("audit_log.at", "=", cursor.at), eb("audit_log.id", "<", cursor.id)])
              ])
            )
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map((r) => toAuditEvent(r, r.actor_email ?? null))))
    })
  })
)
