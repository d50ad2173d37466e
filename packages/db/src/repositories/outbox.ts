import {
  DevMailbox,
  type DevMailboxEntry,
  type OutboxId,
  OutboxMessage,
  OutboxRepository
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { Selectable } from "kysely"
import type { DevMailboxTable, OutboxTable } from "../schema.ts"
import { makeQuery } from "./query.ts"
import { type FieldsOf, rowMapping } from "./row-mapping.ts"

/** The email's columns, the same in the outbox and the development mailbox. */
const emailColumns = {
  to: ["to_json", "json"],
  subject: "subject",
  text: "text",
  html: "html",
  template: "template",
  createdAt: ["created_at", "date"]
} as const

const messages = rowMapping<OutboxTable, FieldsOf<typeof OutboxMessage>>()({
  ...emailColumns,
  kind: "kind",
  deliveredAt: ["delivered_at", "date?"],
  attempts: ["attempts", "int"]
})
const toMessage = (r: Selectable<OutboxTable>) =>
  new OutboxMessage({ id: r.id as OutboxId, ...messages.decode(r) })

const mailbox = rowMapping<DevMailboxTable, Omit<DevMailboxEntry, "id">>()(emailColumns)

export const OutboxRepositoryLive = Layer.effect(
  OutboxRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return OutboxRepository.of({
      insert: (m) =>
        query((db) =>
          db
            .insertInto("outbox")
            // A new message: not delivered, no attempt yet.
            .values({ id: m.id, ...messages.encode(m), delivered_at: null, attempts: 0 })
            .execute()
        ).pipe(Effect.asVoid),
      find: (id) =>
        query((db) => db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
          Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toMessage)))
        ),
      markDelivered: (id, at) =>
        query((db) =>
          db
            .updateTable("outbox")
            .set({ delivered_at: at.toISOString() })
            .where("id", "=", id)
            .where("delivered_at", "is", null)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows) > 0)),
      recordAttempt: (id) =>
        query((db) =>
          db
            .updateTable("outbox")
            .set((eb) => ({ attempts: eb("attempts", "+", 1) }))
            .where("id", "=", id)
            .execute()
        ).pipe(Effect.asVoid),
      list: ({ undeliveredOnly, limit }) =>
        query((db) => {
          let q = db
            .selectFrom("outbox")
            .selectAll()
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .limit(limit)
          if (undeliveredOnly === true) q = q.where("delivered_at", "is", null)
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map(toMessage)))
    })
  })
)

export const DevMailboxLive = Layer.effect(
  DevMailbox,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return DevMailbox.of({
      store: (m, at) =>
        query((db) =>
          db
            .insertInto("dev_mailbox")
            .values({ id: m.id, ...mailbox.encode({ ...m, createdAt: at }) })
            .onConflict((oc) => oc.column("id").doNothing())
            .execute()
        ).pipe(Effect.asVoid),
      list: (limit) =>
        query((db) =>
          db
            .selectFrom("dev_mailbox")
            .selectAll()
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .limit(limit)
            .execute()
        ).pipe(Effect.map((rows) => rows.map((r) => ({ id: r.id, ...mailbox.decode(r) }))))
    })
  })
)
