import { Context, type Effect } from "effect"

/**
 * Runs an effect in one database transaction: everything it writes commits together or not at all.
 * Nested calls join the outer transaction. The outermost call runs the whole effect again when the
 * database aborts it (deadlock, serialization failure) or when it fails with ConcurrentChange (an
 * optimistic write found its row changed), a few times before giving up. Implemented by packages/db.
 */
export class Transactor extends Context.Service<
  Transactor,
  {
    readonly transaction: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  }
>()("@openpor/domain/shared/Transactor") {}
