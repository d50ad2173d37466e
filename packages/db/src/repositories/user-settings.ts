import {
  isLanguage,
  type Language,
  normaliseEmail,
  type UserId,
  UserSettingsRepository
} from "@openpor/domain"
import { Effect, Layer } from "effect"
import { makeQuery } from "./query.ts"

/** Each user's language (users.language) and the notifications each user has opened (notification_reads). */
export const UserSettingsRepositoryLive = Layer.effect(
  UserSettingsRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return UserSettingsRepository.of({
      languageOf: (userId) =>
        query((db) =>
          db.selectFrom("users").select("language").where("id", "=", userId).executeTakeFirst()
        ).pipe(Effect.map((r) => (isLanguage(r?.language) ? r.language : null))),
      setLanguage: (userId, language) =>
        query((db) => db.updateTable("users").set({ language }).where("id", "=", userId).execute()).pipe(
          Effect.asVoid
        ),
      languagesOf: (emails) => {
        const wanted = [...new Set(emails.map(normaliseEmail))].filter((e) => e !== "")
        if (wanted.length === 0) return Effect.succeed(new Map<string, Language>())
        return query((db) =>
          db
            .selectFrom("users")
            .select(["email", "language"])
            .where("email", "in", wanted)
            .where("language", "is not", null)
            .execute()
        ).pipe(
          Effect.map(
            (rows) =>
              new Map(
                rows.flatMap(
                  (r): Array<[string, Language]> =>
                    isLanguage(r.language) ? [[normaliseEmail(r.email), r.language]] : []
                )
              )
          )
        )
      },
      readNotifications: (userId: UserId) =>
        query((db) =>
          db
            .selectFrom("notification_reads")
            .select("notification_id")
            .where("user_id", "=", userId)
            .execute()
        ).pipe(Effect.map((rows) => new Set(rows.map((r) => r.notification_id)))),
      markNotificationRead: (userId, notificationId, at) =>
        query((db) =>
          db
            .insertInto("notification_reads")
            .values({ user_id: userId, notification_id: notificationId, read_at: at.toISOString() })
            .onConflict((oc) => oc.columns(["user_id", "notification_id"]).doNothing())
            .execute()
        ).pipe(Effect.asVoid)
    })
  })
)
