import { Effect, Layer } from "effect"
import { AuditEvent, AuditLog, actorRef, CurrentRequestId } from "../../audit/audit.ts"
import { Clock } from "../../calendar/clock.ts"
import type { User } from "../../identity/model.ts"
import type { UserId } from "../../ids.ts"
import { USERS_TABLE } from "./identity.ts"
import { MemoryStore } from "./store.ts"

/**
 * The audit log in memory: append-only, listed newest first by (at, id) with the acting user's email.
 * Ids grow with each append, so events of one instant keep the order they were written in (the
 * database orders them by their random ids; tests should not depend on either).
 */
export const auditLogMemory: Layer.Layer<AuditLog, never, MemoryStore | Clock> = Layer.effect(
  AuditLog,
  Effect.gen(function* () {
    const store = yield* MemoryStore
    const clock = yield* Clock
    const events = store.table<string, AuditEvent>("audit_log")
    const users = store.table<UserId, User>(USERS_TABLE)
    let sequence = 0
    return AuditLog.of({
      append: (input) =>
        Effect.gen(function* () {
          const ref = actorRef(input.actor)
          sequence++
          const event = new AuditEvent({
            id: `aud_${String(sequence).padStart(10, "0")}`,
            at: yield* clock.now,
            actorType: ref.type,
            actorId: ref.id,
            action: input.action,
            entityType: input.entityType,
            entityId: input.entityId,
            // Stored as JSON: later changes to the caller's objects do not reach the log.
            before: input.before === undefined ? null : JSON.parse(JSON.stringify(input.before)),
            after: input.after === undefined ? null : JSON.parse(JSON.stringify(input.after)),
            requestId: yield* CurrentRequestId
          })
          events.set(event.id, event)
          return event
        }),
      list: (f) =>
        Effect.sync(() => {
          const emailOf = (e: AuditEvent) => users.get(e.actorId as UserId)?.email ?? null
          const actor = f.actor?.trim().toLowerCase()
          return [...events.values()]
            .filter((e) => f.entityType === undefined || e.entityType === f.entityType)
            .filter((e) => f.entityId === undefined || e.entityId === f.entityId)
            .filter((e) => f.actor === undefined || e.actorId === f.actor || emailOf(e) === actor)
            .filter((e) => f.action === undefined || e.action === f.action)
            .filter((e) => f.from === undefined || e.at.toISOString() >= f.from)
            .filter((e) => f.to === undefined || e.at.toISOString() < f.to)
            .filter((e) => f.before === undefined || e.at.toISOString() < f.before)
            .filter((e) => {
              if (f.cursor === undefined) return true
              const at = e.at.toISOString()
              return at < f.cursor.at || (at === f.cursor.at && e.id < f.cursor.id)
            })
            .sort((a, b) => b.at.getTime() - a.at.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
            .slice(0, f.limit)
            .map((e) => new AuditEvent({ ...e, actorEmail: emailOf(e) }))
        })
    })
  })
)
