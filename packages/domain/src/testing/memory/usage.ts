import { Effect } from "effect"
import type { UsageRecord } from "../../usage/model.ts"
import { UsageRepository, usageKey } from "../../usage/repository.ts"
import { MemoryStore } from "./store.ts"

/** UsageRepository in memory: one row per target and month, as the database's primary key has it. */
export const makeUsageRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const months = store.table<string, UsageRecord>("usage.usage_months")
  return UsageRepository.of({
    upsert: (records) =>
      Effect.sync(() => {
        const replaced = new Set<string>()
        for (const r of records) {
          const key = usageKey(r)
          if (months.has(key)) replaced.add(key)
          months.set(key, r)
        }
        return replaced
      }),
    ofTargets: (keys) =>
      Effect.sync(() =>
        [...months.values()]
          .filter((r) => keys.includes(r.targetKey))
          .sort((a, b) => (usageKey(a) < usageKey(b) ? -1 : usageKey(a) > usageKey(b) ? 1 : 0))
      )
  })
})
