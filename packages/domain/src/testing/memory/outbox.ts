import { Effect, Layer, Option } from "effect"
import type { OutboxId } from "../../ids.ts"
import { Mailer, OutboxMessage, OutboxRepository } from "../../outbox/outbox.ts"
import { MemoryStore } from "./store.ts"

/** The messages the memory Mailer "sent", in sending order. */
export const SENT_TABLE = "outbox.sent"

/** OutboxRepository in memory: a message is delivered once (markDelivered answers false the second time). */
export const outboxRepositoryMemory: Layer.Layer<OutboxRepository, never, MemoryStore> = Layer.effect(
  OutboxRepository,
  Effect.gen(function* () {
    const messages = (yield* MemoryStore).table<OutboxId, OutboxMessage>("outbox")
    const replace = (m: OutboxMessage, changes: Partial<OutboxMessage>) =>
      messages.set(m.id, new OutboxMessage({ ...m, ...changes }))
    return OutboxRepository.of({
      insert: (m) =>
        Effect.sync(
          () => void messages.set(m.id, new OutboxMessage({ ...m, deliveredAt: null, attempts: 0 }))
        ),
      find: (id) => Effect.sync(() => Option.fromUndefinedOr(messages.get(id))),
      markDelivered: (id, at) =>
        Effect.sync(() => {
          const m = messages.get(id)
          if (m === undefined || m.deliveredAt !== null) return false
          replace(m, { deliveredAt: at })
          return true
        }),
      recordAttempt: (id) =>
        Effect.sync(() => {
          const m = messages.get(id)
          if (m !== undefined) replace(m, { attempts: m.attempts + 1 })
        }),
      list: ({ undeliveredOnly, limit }) =>
        Effect.sync(() =>
          // Newest first; messages of one instant in the reverse order they were written.
          [...messages.values()]
            .reverse()
            .filter((m) => undeliveredOnly !== true || m.deliveredAt === null)
            .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
            .slice(0, limit)
        )
    })
  })
)

/** A Mailer that never fails and keeps what it sent (read it with `sentEmails`). */
export const mailerMemory: Layer.Layer<Mailer, never, MemoryStore> = Layer.effect(
  Mailer,
  Effect.gen(function* () {
    const sent = (yield* MemoryStore).table<OutboxId, OutboxMessage>(SENT_TABLE)
    return Mailer.of({ send: (message) => Effect.sync(() => void sent.set(message.id, message)) })
  })
)
