import { Context, Effect, Layer, type Option } from "effect"
import { makeCaseRepositoryMemory } from "../testing/memory/cases.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import type { ArbitrationCase } from "./model.ts"

/**
 * Storage of arbitration cases and their parties (a repository interface: SQL in `packages/db`, in memory in
 * `@openpor/domain/testing`).
 */
export class CaseRepository extends Context.Service<
  CaseRepository,
  {
    /** Stores a new case. */
    readonly insert: (c: ArbitrationCase) => Effect.Effect<void>
    /** The case of this id. */
    readonly find: (id: string) => Effect.Effect<Option.Option<ArbitrationCase>>
    /** These cases (those that exist), in one read whatever their number. */
    readonly findMany: (ids: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<ArbitrationCase>>
    /** Optimistic: false when the stored version is not `expectedVersion`. */
    readonly update: (c: ArbitrationCase, expectedVersion: number) => Effect.Effect<boolean>
  }
>()("@openpor/domain/arbitration/CaseRepository") {
  /** In memory, for workflow tests (see testing/layers.ts); its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<CaseRepository, never, MemoryStore> = Layer.effect(
    CaseRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeCaseRepositoryMemory)
  )
}
