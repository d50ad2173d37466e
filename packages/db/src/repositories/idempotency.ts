import { Context, Effect, Layer } from "effect"
import { isUniqueViolation } from "../db.ts"
import { makeQuery, makeTryQuery } from "./query.ts"

/** Keys older than this are forgotten; the same key then starts a new request. */
export const IDEMPOTENCY_TTL_MILLIS = 24 * 3_600_000

export type Reservation =
  | { readonly _tag: "Reserved" }
  | { readonly _tag: "InProgress" }
  | {
      readonly _tag: "Completed"
      readonly requestHash: string
      readonly status: number
      readonly body: unknown
    }

/**
 * `Idempotency-Key` support for unsafe requests: a key is reserved before the handler runs (so two
 * concurrent requests with one key cannot both run), completed with the response, or released when
 * the request failed so it can be retried.
 */
export class IdempotencyStore extends Context.Service<
  IdempotencyStore,
  {
    readonly reserve: (
      userId: string,
      key: string,
      requestHash: string,
      now: Date
    ) => Effect.Effect<Reservation>
    readonly complete: (userId: string, key: string, status: number, body: unknown) => Effect.Effect<void>
    readonly release: (userId: string, key: string) => Effect.Effect<void>
  }
>()("@openpor/db/IdempotencyStore") {
  static readonly layer = Layer.effect(
    IdempotencyStore,
    Effect.gen(function* () {
      const query = yield* makeQuery
      const tryQuery = yield* makeTryQuery

      const existing = (userId: string, key: string) =>
        query((db) =>
          db
            .selectFrom("idempotency_keys")
            .selectAll()
            .where("user_id", "=", userId)
            .where("key", "=", key)
            .executeTakeFirst()
        )

      const reserve = (
        userId: string,
        key: string,
        requestHash: string,
        now: Date
      ): Effect.Effect<Reservation> =>
        Effect.gen(function* () {
          const row = yield* existing(userId, key)
          if (row !== undefined && now.getTime() - Date.parse(row.created_at) > IDEMPOTENCY_TTL_MILLIS) {
            yield* query((db) =>
              db.deleteFrom("idempotency_keys").where("user_id", "=", userId).where("key", "=", key).execute()
            )
          } else if (row !== undefined) {
            return row.status === null
              ? ({ _tag: "InProgress" } as const)
              : ({
                  _tag: "Completed",
                  requestHash: row.request_hash,
                  status: Number(row.status),
                  body: row.body_json === null ? null : JSON.parse(row.body_json)
                } as const)
          }
          const inserted = yield* tryQuery((db) =>
            db
              .insertInto("idempotency_keys")
              .values({
                user_id: userId,
                key,
                request_hash: requestHash,
                status: null,
                body_json: null,
                created_at: now.toISOString()
              })
              .execute()
          ).pipe(
            Effect.as(true),
            Effect.catch((e) => (isUniqueViolation(e) ? Effect.succeed(false) : Effect.die(e)))
          )
          if (inserted) return { _tag: "Reserved" } as const
          // Lost the race to a concurrent request with the same key.
          return yield* reserve(userId, key, requestHash, now)
        })

      return IdempotencyStore.of({
        reserve,
        complete: (userId, key, status, body) =>
          query((db) =>
            db
              .updateTable("idempotency_keys")
              .set({ status, body_json: JSON.stringify(body ?? null) })
              .where("user_id", "=", userId)
              .where("key", "=", key)
              .execute()
          ).pipe(Effect.asVoid),
        release: (userId, key) =>
          query((db) =>
            db
              .deleteFrom("idempotency_keys")
              .where("user_id", "=", userId)
              .where("key", "=", key)
              .where("status", "is", null)
              .execute()
          ).pipe(Effect.asVoid)
      })
    })
  )
}
