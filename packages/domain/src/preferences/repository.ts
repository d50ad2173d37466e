import { Context, Effect, Layer } from "effect"
import type { UserId } from "../ids.ts"
import { makeUserSettingsRepositoryMemory } from "../testing/memory/preferences.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import type { Language } from "./language.ts"

/**
 * Per-user settings and read state: each user's language (the apps' switcher saves it; emails to the
 * user are written in it) and the home-page notifications the user has opened. Implemented by packages/db.
 */
export class UserSettingsRepository extends Context.Service<
  UserSettingsRepository,
  {
    /** The user's language, or null when never chosen. */
    readonly languageOf: (userId: UserId) => Effect.Effect<Language | null>
    /** Stores a user's chosen language. */
    readonly setLanguage: (userId: UserId, language: Language) => Effect.Effect<void>
    /** The chosen language of the users with these email addresses (by normalised address; unknown: absent). */
    readonly languagesOf: (emails: ReadonlyArray<string>) => Effect.Effect<ReadonlyMap<string, Language>>
    /** The notifications this user has opened. */
    readonly readNotifications: (userId: UserId) => Effect.Effect<ReadonlySet<string>>
    /** Records that the user opened it (a second time keeps the first). */
    readonly markNotificationRead: (userId: UserId, notificationId: string, at: Date) => Effect.Effect<void>
  }
>()("@openpor/domain/preferences/UserSettingsRepository") {
  /** In memory, for workflow tests; its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<UserSettingsRepository, never, MemoryStore> = Layer.effect(
    UserSettingsRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeUserSettingsRepositoryMemory)
  )
}
