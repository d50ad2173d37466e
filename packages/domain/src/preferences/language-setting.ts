import { Effect } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import type { UserId } from "../ids.ts"
import { Transactor } from "../shared/transactor.ts"
import type { Language } from "./language.ts"
import { UserSettingsRepository } from "./repository.ts"

/**
 * The signed-in user chooses a language (`PATCH /me`; the apps' language switcher): the apps open in it
 * and emails to the user are written in it (SPEC §8). Audited as `user.language_changed` when it changes.
 */
export const setOwnLanguage = Effect.fn("Preferences.setOwnLanguage")(function* (
  actor: Actor & { readonly userId: UserId },
  language: Language
) {
  const settings = yield* UserSettingsRepository
  const audit = yield* AuditLog
  const tx = yield* Transactor
  return yield* tx.transaction(
    Effect.gen(function* () {
      const before = yield* settings.languageOf(actor.userId)
      if (before === language) return language
      yield* settings.setLanguage(actor.userId, language)
      yield* audit.append({
        actor,
        action: "user.language_changed",
        entityType: "user",
        entityId: actor.userId,
        before: { language: before },
        after: { language }
      })
      return language
    })
  )
})

/** The signed-in user's language, or null when never chosen. */
export const ownLanguage = (userId: UserId) => UserSettingsRepository.use((s) => s.languageOf(userId))
