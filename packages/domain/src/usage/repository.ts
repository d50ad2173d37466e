import { Context, Effect, Layer } from "effect"
import type { MemoryStore } from "../testing/memory/store.ts"
import { makeUsageRepositoryMemory } from "../testing/memory/usage.ts"
import type { UsageRecord } from "./model.ts"

/** Monthly usage per association target (packages/db implements it on the `usage_months` table). */
export class UsageRepository extends Context.Service<
  UsageRepository,
  {
    /**
     * Stores each record, replacing the stored month of the same target (an import run again changes
     * nothing). Answers the keys (`<targetKey>|<month>`) that were stored before, i.e. replaced.
     */
    readonly upsert: (records: ReadonlyArray<UsageRecord>) => Effect.Effect<ReadonlySet<string>>
    /** The months of these targets, by target then month. */
    readonly ofTargets: (targetKeys: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<UsageRecord>>
  }
>()("@openpor/domain/usage/UsageRepository") {
  /** In memory, for workflow tests; its table lives in the MemoryStore. */
  static readonly layerTest: Layer.Layer<UsageRepository, never, MemoryStore> = Layer.effect(
    UsageRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeUsageRepositoryMemory)
  )
}

/** The key of one stored month (what `upsert` answers). */
export const usageKey = (r: Pick<UsageRecord, "targetKey" | "month">) => `${r.targetKey}|${r.month}`
