import { Effect } from "effect"
import { normaliseEmail, type User } from "../../identity/model.ts"
import type { UserId } from "../../ids.ts"
import type { Language } from "../../preferences/language.ts"
import { UserSettingsRepository } from "../../preferences/repository.ts"
import { USERS_TABLE } from "./identity.ts"
import { MemoryStore } from "./store.ts"

/** UserSettingsRepository in memory: languages by user, opened notifications by (user, notification). */
export const makeUserSettingsRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const languages = store.table<UserId, Language>("preferences.languages")
  const reads = store.table<string, Date>("preferences.notification_reads")
  // The identity repository's users, for look-ups by email (testing/memory/identity.ts).
  const users = store.table<UserId, User>(USERS_TABLE)
  return UserSettingsRepository.of({
    languageOf: (userId) => Effect.sync(() => languages.get(userId) ?? null),
    setLanguage: (userId, language) => Effect.sync(() => void languages.set(userId, language)),
    languagesOf: (emails) =>
      Effect.sync(() => {
        const wanted = new Set(emails.map(normaliseEmail))
        const found = new Map<string, Language>()
        for (const user of users.values()) {
          const language = languages.get(user.id)
          const email = normaliseEmail(user.email)
          if (language !== undefined && wanted.has(email)) found.set(email, language)
        }
        return found
      }),
    readNotifications: (userId) =>
      Effect.sync(
        () =>
          new Set(
            [...reads.keys()]
              .filter((key) => key.startsWith(`${userId}\u0000`))
              .map((key) => key.slice(userId.length + 1))
          )
      ),
    markNotificationRead: (userId, notificationId, at) =>
      Effect.sync(() => {
        const key = `${userId}\u0000${notificationId}`
        if (!reads.has(key)) reads.set(key, at)
      })
  })
})
