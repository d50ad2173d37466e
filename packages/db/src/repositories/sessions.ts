import {
  type AttemptReservation,
  LoginAttemptRepository,
  newId,
  Session,
  SessionRepository
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { sql } from "kysely"
import { Db } from "../db.ts"
import type { SessionsTable } from "../schema.ts"
import { toRoleAssignment, toUser } from "./identity.ts"
import { compiledOnce, makeQuery, parameter } from "./query.ts"
import { type PropsOf, rowMapping } from "./row-mapping.ts"
import { rememberVersions, versionColumns } from "./settings-versions.ts"

const sessions = rowMapping<SessionsTable, PropsOf<typeof Session>>()({
  id: "id",
  userId: "user_id",
  tokenHash: "token_hash",
  csrfToken: "csrf_token",
  createdAt: ["created_at", "date"],
  expiresAt: ["expires_at", "date"],
  lastSeenAt: ["last_seen_at", "date"]
})

export const SessionRepositoryLive = Layer.effect(
  SessionRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db
    // The user's roles as a JSON array of [role, location_key], ordered as rolesOf orders them, in a
    // subquery of the session's one statement.
    const rolesJson =
      dialect === "postgres"
        ? sql<unknown>`(select coalesce(json_agg(json_build_array(ra.role, ra.location_key) order by ra.role, ra.location_key), '[]'::json) from role_assignments ra where ra.user_id = sessions.user_id)`
        : sql<unknown>`(select json_group_array(json_array(ra.role, ra.location_key) order by ra.role, ra.location_key) from role_assignments ra where ra.user_id = sessions.user_id)`
    // Every request runs it: built and compiled once.
    const signedIn = compiledOnce((db) =>
      db
        .selectFrom("sessions")
        .innerJoin("users", "users.id", "sessions.user_id")
        .selectAll("sessions")
        .select([
          "users.email",
          "users.display_name",
          "users.kind",
          "users.organization_id",
          "users.tenant_id",
          "users.active",
          rolesJson.as("roles"),
          // The tokens of the in-memory caches, so checking them costs this request no statement.
          ...versionColumns()
        ])
        .where("sessions.token_hash", "=", parameter("tokenHash"))
    )
    return SessionRepository.of({
      insert: (s) =>
        query((db) => db.insertInto("sessions").values(sessions.encode(s)).execute()).pipe(Effect.asVoid),
      findSignedIn: (tokenHash) =>
        signedIn(query, { tokenHash }, (rows) => rows[0]).pipe(
          Effect.tap((r) => (r === undefined ? Effect.void : rememberVersions(r))),
          Effect.map((r) =>
            Option.fromNullishOr(r).pipe(
              Option.map((row) => {
                // SQLite answers JSON text, PostgreSQL (json) a parsed value: [[role, location_key], …].
                const pairs = (typeof row.roles === "string" ? JSON.parse(row.roles) : row.roles) as Array<
                  [string, string]
                >
                return {
                  session: new Session(sessions.decode(row)),
                  user: toUser({ ...row, id: row.user_id }),
                  roles: pairs.map(([role, locationKey]) => toRoleAssignment(row.user_id, role, locationKey))
                }
              })
            )
          )
        ),
      touch: (id, at, expiresAt) =>
        query((db) =>
          db
            .updateTable("sessions")
            .set({ last_seen_at: at.toISOString(), expires_at: expiresAt.toISOString() })
            .where("id", "=", id)
            .execute()
        ).pipe(Effect.asVoid),
      delete: (id) =>
        query((db) => db.deleteFrom("sessions").where("id", "=", id).execute()).pipe(Effect.asVoid),
      deleteForUser: (userId) =>
        query((db) => db.deleteFrom("sessions").where("user_id", "=", userId).executeTakeFirst()).pipe(
          Effect.map((r) => Number(r.numDeletedRows))
        ),
      deleteExpired: (now) =>
        query((db) =>
          db.deleteFrom("sessions").where("expires_at", "<=", now.toISOString()).executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numDeletedRows)))
    })
  })
)

export const LoginAttemptRepositoryLive = Layer.effect(
  LoginAttemptRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db
    return LoginAttemptRepository.of({
      reserve: ({ keys, at, since, limit }) =>
        query(async (db): Promise<AttemptReservation> => {
          const ordered = [...new Set(keys)].sort()
          // PostgreSQL: a transaction-scoped lock per key serializes concurrent reservations of the
          // same key across connections and processes until commit. SQLite: the one connection runs
          // one transaction at a time (and writers are serialized by the database lock).
          if (dialect === "postgres") {
            for (const key of ordered)
              await sql`SELECT pg_advisory_xact_lock(hashtextextended(${key}, 0))`.execute(db)
          }
          // Attempts older than the window no longer count: drop them (the table stays small).
          await db
            .deleteFrom("login_attempts")
            .where("key", "in", ordered)
            .where("at", "<", since.toISOString())
            .execute()
          for (const key of ordered) {
            const row = await db
              .selectFrom("login_attempts")
              .select((eb) => [eb.fn.countAll<number | string>().as("count"), eb.fn.min("at").as("oldest")])
              .where("key", "=", key)
              .where("at", ">=", since.toISOString())
              .executeTakeFirstOrThrow()
            if (Number(row.count) >= limit) {
              const oldest =
                row.oldest === null || row.oldest === undefined ? null : new Date(row.oldest as string)
              return { _tag: "Blocked", key, oldest }
            }
          }
          await db
            .insertInto("login_attempts")
            .values(ordered.map((key) => ({ id: newId("att"), key, at: at.toISOString() })))
            .execute()
          return { _tag: "Reserved" }
        }),
      clear: (key) =>
        query((db) => db.deleteFrom("login_attempts").where("key", "=", key).execute()).pipe(Effect.asVoid)
    })
  })
)
