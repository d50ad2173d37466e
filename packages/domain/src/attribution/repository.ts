import { Context, Effect, Layer, type Option } from "effect"
import { makeAttributionBatchRepositoryMemory } from "../testing/memory/attribution.ts"
import type { MemoryStore } from "../testing/memory/store.ts"

/**
 * An attribution batch: the partner of record of every subscription for one incentive kind as of one date,
 * computed by a job.
 */
export interface AttributionBatch {
  readonly id: string
  readonly asOf: string
  readonly incentive: string
  readonly status: "pending" | "running" | "completed"
  /** The last subscription id processed; the batch resumes after it. */
  readonly cursor: string | null
  readonly processed: number
  readonly total: number
  readonly createdAt: Date
  readonly completedAt: Date | null
  readonly createdBy: string
}

/** One subscription's answer in an attribution batch. */
export interface AttributionResultRow {
  readonly subscriptionId: string
  readonly partnerId: string | null
  readonly basis: string | null
  readonly incentiveEligible: boolean
  /** The rule that decided it (the last explanation step). */
  readonly rule: string
}

/** Storage of attribution batches and their result rows (a repository interface). */
export class AttributionBatchRepository extends Context.Service<
  AttributionBatchRepository,
  {
    /** Stores a new batch. */
    readonly insert: (batch: AttributionBatch) => Effect.Effect<void>
    /** The batch of this id. */
    readonly find: (id: string) => Effect.Effect<Option.Option<AttributionBatch>>
    /** Writes the batch's progress and status. */
    readonly update: (batch: AttributionBatch) => Effect.Effect<void>
    readonly countSubscriptions: Effect.Effect<number>
    /**
     * The next `limit` subscription ids after the cursor, in id order (the batch walks every subscription in
     * chunks).
     */
    readonly subscriptionIdsAfter: (
      cursor: string | null,
      limit: number
    ) => Effect.Effect<ReadonlyArray<string>>
    /** Insert or replace (a re-run chunk after a crash writes the same rows again). */
    readonly upsertResults: (
      batchId: string,
      rows: ReadonlyArray<AttributionResultRow>
    ) => Effect.Effect<void>
    /** A page of a batch's result rows, in subscription order after `after`. */
    readonly results: (
      batchId: string,
      after: string | undefined,
      limit: number
    ) => Effect.Effect<ReadonlyArray<AttributionResultRow>>
  }
>()("@openpor/domain/attribution/AttributionBatchRepository") {
  /** In memory, for workflow tests (see testing/layers.ts); its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<AttributionBatchRepository, never, MemoryStore> = Layer.effect(
    AttributionBatchRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeAttributionBatchRepositoryMemory)
  )
}
