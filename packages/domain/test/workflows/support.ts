import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { type Job, JobQueue } from "../../src/index.ts"
import { seedWorld } from "../../src/testing/index.ts"

/** Monday 2 March 2026, 09:00 UTC: where every workflow test starts (UTC vendor calendar). */
export const START = new Date("2026-03-02T09:00:00.000Z")

/** Business time at START and the seeded world (partners, reviewer, customer, catalog). */
export const start = Effect.andThen(TestClock.setTime(START.getTime()), seedWorld)

export const DAY = 86_400_000

/**
 * The codes a domain failure carries, whatever its shape: each violation's code (RuleViolations), the
 * `code` of an InvalidInput/Conflict, or the tag in snake_case for errors that are their own code
 * (e.g. `IllegalTransition` → `illegal_transition`, a future `DisputeWindowClosed` →
 * `dispute_window_closed`).
 */
export const codesOf = (error: unknown): ReadonlyArray<string> => {
  const e = error as { _tag?: string; code?: unknown; violations?: ReadonlyArray<{ code: string }> }
  if (Array.isArray(e.violations)) return e.violations.map((v) => v.code)
  if (typeof e.code === "string") return [e.code]
  return [
    String(e._tag)
      .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
      .toLowerCase()
  ]
}

/** The failure of an effect that must fail (a success fails the test). */
export const failure = <A, E, R>(effect: Effect.Effect<A, E, R>): Effect.Effect<E, never, R> =>
  Effect.flip(effect).pipe(
    Effect.catch((value) => Effect.die(new Error(`expected a failure, got ${JSON.stringify(value)}`)))
  )

/** The pending jobs of one kind, in run order. */
export const pendingJobs = (kind: string) =>
  Effect.gen(function* () {
    const jobs = yield* (yield* JobQueue).list({ status: "pending", kind, limit: 1000 })
    return [...jobs].sort((a: Job, b: Job) => a.runAt.getTime() - b.runAt.getTime())
  })

/** A view's timestamp as ISO text, whether the view holds a Date (contract schemas) or a string. */
export const iso = (value: Date | string | null | undefined): string | null =>
  value === null || value === undefined ? null : value instanceof Date ? value.toISOString() : value
