import { Effect, Option } from "effect"
import type { RoleAssignment, User } from "../../identity/model.ts"
import { newId, type UserId } from "../../ids.ts"
import { JobQueue } from "../../jobs/repository.ts"
import type { WebhookDelivery, WebhookEndpoint } from "../../webhooks/model.ts"
import {
  WebhookRepository,
  type WebhookRequest,
  type WebhookResponse,
  WebhookSendError,
  WebhookSender
} from "../../webhooks/repository.ts"
import { MemoryStore } from "./store.ts"

/** The memory receiver's answer to the nth request (from 1) to a URL: a status code, or an error. */
export type MemoryReceiver = (n: number, request: WebhookRequest) => number | "network_error"

export const SENT_TABLE = "webhooks.sent"
export const RECEIVERS_TABLE = "webhooks.receivers"

/** WebhookRepository in memory, with the database's semantics (fan-out by scope and type, cascade on delete). */
export const makeWebhookRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const queue = yield* JobQueue
  const endpoints = store.table<string, WebhookEndpoint>("webhooks.endpoints")
  const deliveries = store.table<string, WebhookDelivery>("webhooks.deliveries")
  const users = store.table<UserId, User>("identity.users")
  const roles = store.table<string, RoleAssignment>("identity.role_assignments")
  let sequence = 0

  const newest = (a: WebhookDelivery, b: WebhookDelivery) =>
    b.createdAt.getTime() - a.createdAt.getTime() || (b.id < a.id ? -1 : b.id > a.id ? 1 : 0)

  return WebhookRepository.of({
    insertEndpoint: (e) => Effect.sync(() => void endpoints.set(e.id, e)),
    updateEndpoint: (e, expected) =>
      Effect.sync(() => {
        const stored = endpoints.get(e.id)
        if (stored === undefined || stored.version !== expected) return false
        endpoints.set(e.id, e)
        return true
      }),
    deleteEndpoint: (id) =>
      Effect.sync(() => {
        for (const [k, d] of deliveries) if (d.endpointId === id) deliveries.delete(k)
        return endpoints.delete(id)
      }),
    findEndpoint: (id) => Effect.sync(() => Option.fromNullishOr(endpoints.get(id))),
    listEndpoints: (scope) =>
      Effect.sync(() =>
        [...endpoints.values()]
          .filter((e) =>
            scope.scope === "vendor"
              ? e.scope === "vendor"
              : e.scope === "organization" && e.organizationId === scope.organizationId
          )
          .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1))
      ),
    fanOut: (events, at, maxAttempts) =>
      Effect.gen(function* () {
        const ids: Array<string> = []
        for (const event of events) {
          for (const e of endpoints.values()) {
            if (!e.enabled || !e.eventTypes.includes(event.type)) continue
            if (e.scope === "organization" && e.organizationId !== event.organizationId) continue
            sequence++
            const id = `msg_${String(sequence).padStart(10, "0")}${newId<string>("").slice(1, 9)}`
            deliveries.set(id, {
              id,
              endpointId: e.id,
              eventId: event.eventId,
              eventType: event.type,
              payload: event.payload,
              status: "pending",
              attempts: 0,
              createdAt: at,
              lastAttemptAt: null,
              nextAttemptAt: at,
              lastStatusCode: null,
              attemptLog: []
            })
            ids.push(id)
          }
        }
        for (const id of ids)
          yield* queue.enqueue({
            kind: "webhooks.deliver",
            payload: { deliveryId: id },
            runAt: at,
            maxAttempts,
            uniqueKey: `webhook:${id}`
          })
        return ids
      }),
    insertDelivery: (d) => Effect.sync(() => void deliveries.set(d.id, d)),
    findDelivery: (id) =>
      Effect.sync(() => {
        const delivery = deliveries.get(id)
        const endpoint = delivery === undefined ? undefined : endpoints.get(delivery.endpointId)
        return delivery === undefined || endpoint === undefined
          ? Option.none()
          : Option.some({ delivery, endpoint })
      }),
    listDeliveries: ({ endpointId, status, before, limit }) =>
      Effect.sync(() =>
        [...deliveries.values()]
          .filter((d) => d.endpointId === endpointId && (status === undefined || d.status === status))
          .filter(
            (d) =>
              before === undefined ||
              d.createdAt.getTime() < before.createdAt.getTime() ||
              (d.createdAt.getTime() === before.createdAt.getTime() && d.id < before.id)
          )
          .sort(newest)
          .slice(0, limit)
      ),
    updateDelivery: (d) => Effect.sync(() => void (deliveries.has(d.id) && deliveries.set(d.id, d))),
    markFailing: (endpointId, at) =>
      Effect.sync(() => {
        const e = endpoints.get(endpointId)
        if (e === undefined) return Option.none()
        if (e.failingSince === null) endpoints.set(e.id, { ...e, failingSince: at })
        return Option.some(e.failingSince ?? at)
      }),
    clearFailing: (endpointId) =>
      Effect.sync(() => {
        const e = endpoints.get(endpointId)
        if (e !== undefined) endpoints.set(e.id, { ...e, failingSince: null })
      }),
    operators: Effect.sync(() => {
      const ids = new Set([...roles.values()].filter((r) => r.role === "operator").map((r) => r.userId))
      return [...users.values()]
        .filter((u) => u.active && u.kind === "vendor" && ids.has(u.id))
        .sort((a, b) => (a.email < b.email ? -1 : 1))
    })
  })
})

/** One request the memory sender received. */
export interface SentWebhook extends WebhookRequest {
  readonly n: number
}

/** WebhookSender in memory: records each request; the receiver of its URL (default: 200) answers. */
export const makeWebhookSenderMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  return WebhookSender.of({
    send: (request) =>
      Effect.suspend(() => {
        const sent = store.table<number, SentWebhook>(SENT_TABLE)
        const receivers = store.table<string, MemoryReceiver>(RECEIVERS_TABLE)
        const n = [...sent.values()].filter((s) => s.url === request.url).length + 1
        sent.set(sent.size, { ...request, n })
        const answer = receivers.get(request.url)?.(n, request) ?? 200
        if (answer === "network_error")
          return Effect.fail(new WebhookSendError({ reason: "connect ECONNREFUSED", durationMs: 1 }))
        const response: WebhookResponse = { statusCode: answer, durationMs: 1, excerpt: `status ${answer}` }
        return Effect.succeed(response)
      })
  })
})
