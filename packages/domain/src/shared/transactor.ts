import { type Cause, Clock, Context, Duration, Effect, Schedule } from "effect"

/**
 * Runs an effect in one database transaction: everything it writes commits together or not at all.
 * Nested calls join the outer transaction. The outermost call runs the whole effect again when the
 * database aborts it (deadlock, serialization failure) or when it fails with ConcurrentChange (an
 * optimistic write found its row changed), a few times before giving up. Implemented by packages/db.
 */
export class Transactor extends Context.Service<
  Transactor,
  {
    /**
     * Runs the effect in one database transaction (joining the current one if any); a failure or defect rolls
     * it back.
     */
    readonly transaction: <A, E, R>(effect: Effect.Effect<A, E, R>) => Effect.Effect<A, E, R>
  }
>()("@openpor/domain/shared/Transactor") {}

/** The domain's ConcurrentChange (a failure, or a defect where a job turned failures into defects). */
export const isConcurrentChange = (error: unknown): boolean =>
  (error as { _tag?: unknown } | null)?._tag === "ConcurrentChange"

/**
 * When a transaction runs again: at most 8 more times, each after a short random pause (5–29 ms) so
 * that the rivals that made it fail interleave differently.
 */
export const transactionReruns = Schedule.recurs(8).pipe(
  Schedule.addDelay(() => Effect.sync(() => Duration.millis(5 + Math.floor(Math.random() * 25))))
)

/**
 * Runs `once` (one whole transaction) and again per {@link transactionReruns} while `mayRunAgain`
 * says its failure or defect allows it; then fails as the last run did. The pauses are real time
 * (under a TestClock too): they wait for rival connections, not for business time.
 */
export const rerunTransaction = <A, E, R>(
  once: Effect.Effect<A, E, R>,
  mayRunAgain: (cause: Cause.Cause<E>) => boolean
): Effect.Effect<A, E, R> =>
  Clock.clockWith((callerClock) =>
    once.pipe(
      Effect.provideService(Clock.Clock, callerClock),
      Effect.sandbox,
      Effect.retry({ schedule: transactionReruns, while: mayRunAgain }),
      Effect.catch(Effect.failCause),
      Effect.provideService(Clock.Clock, Clock.Clock.defaultValue())
    )
  )
