import { Cause, Context, Effect, Exit, Layer, Option, Result, Semaphore } from "effect"
import { isConcurrentChange, rerunTransaction, Transactor } from "../../shared/transactor.ts"

/**
 * The tables of the in-memory repositories, in one place so the test Transactor can take a snapshot
 * before a transaction and put it back when the transaction fails (rollback), like the databases do.
 * Rows are immutable values: repositories replace a row, they never change one in place, so a
 * snapshot is a shallow copy of every table.
 */
export class MemoryStore extends Context.Service<
  MemoryStore,
  {
    /** The table of this name (created empty on first use). Insertion order is kept (audit order). */
    readonly table: <K, V>(name: string) => Map<K, V>
    /** A copy of every table (taken when a transaction starts). */
    readonly snapshot: () => MemorySnapshot
    /** Puts every table back as the snapshot had it (the transaction rolled back). */
    readonly restore: (snapshot: MemorySnapshot) => void
  }
>()("@openpor/domain/testing/MemoryStore") {
  /** A fresh, empty store per build of the layer (one per test). */
  static readonly layer = Layer.sync(MemoryStore, () => {
    const tables = new Map<string, Map<unknown, unknown>>()
    return MemoryStore.of({
      table: <K, V>(name: string) => {
        let t = tables.get(name)
        if (t === undefined) {
          t = new Map()
          tables.set(name, t)
        }
        return t as Map<K, V>
      },
      snapshot: () => new Map([...tables].map(([name, rows]) => [name, new Map(rows)])),
      restore: (snapshot) => {
        for (const [name, rows] of tables) {
          const saved = snapshot.get(name)
          rows.clear()
          if (saved !== undefined) for (const [k, v] of saved) rows.set(k, v)
        }
      }
    })
  })
}

/** A copy of every in-memory table (what a rolled-back transaction restores). */
export type MemorySnapshot = ReadonlyMap<string, ReadonlyMap<unknown, unknown>>

/** Set inside a running memory transaction: a nested `transaction` joins it. */
const InMemoryTransaction = Context.Reference<boolean>("@openpor/domain/testing/InMemoryTransaction", {
  defaultValue: () => false
})

/**
 * The Transactor over the memory store: one transaction at a time (like SQLite's single writer),
 * nested calls join the outer one, a failure or defect rolls every table back to where the
 * transaction started, and a ConcurrentChange (failure or defect) runs the whole transaction again,
 * as often as the database Transactor does (`rerunTransaction`).
 */
export const memoryTransactor: Layer.Layer<Transactor, never, MemoryStore> = Layer.effect(
  Transactor,
  Effect.gen(function* () {
    const store = yield* MemoryStore
    const writer = Semaphore.makeUnsafe(1)
    const once = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<A, E, R> =>
      Effect.suspend(() => {
        const before = store.snapshot()
        return effect.pipe(
          Effect.provideService(InMemoryTransaction, true),
          Effect.onExit((exit) =>
            Exit.isSuccess(exit) ? Effect.void : Effect.sync(() => store.restore(before))
          )
        )
      })
    const mayRunAgain = (cause: Cause.Cause<unknown>): boolean => {
      const defect = Cause.findDefect(cause)
      const failure = Cause.findErrorOption(cause)
      return (
        (Result.isSuccess(defect) && isConcurrentChange(defect.success)) ||
        (Option.isSome(failure) && isConcurrentChange(failure.value))
      )
    }
    return Transactor.of({
      transaction: (effect) =>
        Effect.gen(function* () {
          if (yield* InMemoryTransaction) return yield* effect
          return yield* writer.withPermits(1)(rerunTransaction(once(effect), mayRunAgain))
        })
    })
  })
)
