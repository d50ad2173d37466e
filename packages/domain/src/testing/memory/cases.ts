import { Effect, Option } from "effect"
import type { ArbitrationCase } from "../../arbitration/model.ts"
import { CaseRepository } from "../../arbitration/repository.ts"
import { MemoryStore } from "./store.ts"

/** CaseRepository in memory: optimistic `update` (false when the stored version is not the expected one). */
export const makeCaseRepositoryMemory = Effect.gen(function* () {
  const cases = (yield* MemoryStore).table<string, ArbitrationCase>("arbitration.cases")
  return CaseRepository.of({
    insert: (c) =>
      Effect.suspend(() =>
        cases.has(c.id)
          ? Effect.die(new Error(`case ${c.id} exists already`))
          : Effect.sync(() => void cases.set(c.id, c))
      ),
    find: (id) => Effect.sync(() => Option.fromUndefinedOr(cases.get(id))),
    findMany: (ids) => Effect.sync(() => ids.flatMap((id) => cases.get(id) ?? [])),
    update: (c, expectedVersion) =>
      Effect.sync(() => {
        if (cases.get(c.id)?.version !== expectedVersion) return false
        cases.set(c.id, c)
        return true
      })
  })
})
