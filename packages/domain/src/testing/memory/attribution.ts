import { Effect, Option } from "effect"
import {
  type AttributionBatch,
  AttributionBatchRepository,
  type AttributionResultRow
} from "../../attribution/repository.ts"
import type { Subscription } from "../../directory/model.ts"
import type { SubscriptionId } from "../../ids.ts"
import { SUBSCRIPTIONS_TABLE } from "./directory.ts"
import { MemoryStore } from "./store.ts"

/**
 * AttributionBatchRepository in memory: batches, the directory's subscriptions in id order (the
 * batch's cursor), and results replaced per (batch, subscription) when a chunk runs again.
 */
export const makeAttributionBatchRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const batches = store.table<string, AttributionBatch>("attribution.batches")
  const results = store.table<string, AttributionResultRow & { readonly batchId: string }>(
    "attribution.results"
  )
  const subscriptions = store.table<SubscriptionId, Subscription>(SUBSCRIPTIONS_TABLE)
  const ids = () => [...subscriptions.keys()].map(String).sort()
  return AttributionBatchRepository.of({
    insert: (b) =>
      Effect.suspend(() =>
        batches.has(b.id)
          ? Effect.die(new Error(`attribution batch ${b.id} exists already`))
          : Effect.sync(() => void batches.set(b.id, b))
      ),
    find: (id) => Effect.sync(() => Option.fromUndefinedOr(batches.get(id))),
    update: (b) =>
      Effect.sync(() => {
        if (batches.has(b.id)) batches.set(b.id, b)
      }),
    countSubscriptions: Effect.sync(() => subscriptions.size),
    subscriptionIdsAfter: (cursor, limit) =>
      Effect.sync(() =>
        ids()
          .filter((id) => cursor === null || id > cursor)
          .slice(0, limit)
      ),
    upsertResults: (batchId, rows) =>
      Effect.sync(() => {
        for (const r of rows) results.set(`${batchId}|${r.subscriptionId}`, { ...r, batchId })
      }),
    results: (batchId, after, limit) =>
      Effect.sync(() =>
        [...results.values()]
          .filter((r) => r.batchId === batchId && (after === undefined || r.subscriptionId > after))
          .sort((a, b) =>
            a.subscriptionId < b.subscriptionId ? -1 : a.subscriptionId > b.subscriptionId ? 1 : 0
          )
          .slice(0, limit)
          .map(({ batchId: _, ...row }) => row)
      )
  })
})
