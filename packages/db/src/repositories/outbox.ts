import { DevMailbox, type OutboxId, OutboxMessage, OutboxRepository } from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { Selectable } from "kysely"
import type { OutboxTable } from "../schema.ts"
import { makeQuery } from "./query.ts"

const toMessage = (r: Selectable<OutboxTable>): OutboxMessage =>
  new OutboxMessage({
    id: r.id as OutboxId,
    kind: "email",
    to: JSON.parse(r.to_json) as Array<string>,
    subject: r.subject,
    text: r.text,
    html: r.html,
    template: r.template,
    createdAt: new Date(r.created_at),
    deliveredAt: r.delivered_at === null ? null : new Date(r.delivered_at),
    attempts: r.attempts
  })

export const OutboxRepositoryLive = Layer.effect(
  OutboxRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return OutboxRepository.of({
      insert: (m) =>
        query((db) =>
          db
            .insertInto("outbox")
            .values({
              id: m.id,
              kind: m.kind,
              to_json: JSON.stringify(m.to),
              subject: m.subject,
              text: m.text,
              html: m.html,
              template: m.template,
              created_at: m.createdAt.toISOString(),
              delivered_at: null,
              attempts: 0
            })
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
            .values({
              id: m.id,
              to_json: JSON.stringify(m.to),
              subject: m.subject,
              text: m.text,
              html: m.html,
              template: m.template,
              created_at: at.toISOString()
            })
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
        ).pipe(
          Effect.map((rows) =>
            rows.map((r) => ({
              id: r.id,
              to: JSON.parse(r.to_json) as Array<string>,
              subject: r.subject,
              text: r.text,
              html: r.html,
              template: r.template,
              createdAt: new Date(r.created_at)
            }))
          )
        )
    })
  })
)
