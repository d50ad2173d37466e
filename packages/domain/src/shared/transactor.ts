import { Context, type Effect } from "effect"

/**
 * Runs an effect in one database transaction: everything it writes commits together or not at all.
 * Nested calls join the outer transaction. Implemented by packages/db.
 */
export class Transactor extends Context.Service<
  Transactor,
  {
    readonly transaction: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  }
>()("@openpor/domain/shared/Transactor") {}
