import { Context, type Effect, type Option } from "effect"
import type { ArbitrationCase } from "./model.ts"

export class CaseRepository extends Context.Service<
  CaseRepository,
  {
    readonly insert: (c: ArbitrationCase) => Effect.Effect<void>
    readonly find: (id: string) => Effect.Effect<Option.Option<ArbitrationCase>>
    /** Optimistic: false when the stored version is not `expectedVersion`. */
    readonly update: (c: ArbitrationCase, expectedVersion: number) => Effect.Effect<boolean>
  }
>()("@openpor/domain/arbitration/CaseRepository") {}
