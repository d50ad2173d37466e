import { Effect } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { InvalidInput } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { addBusinessDays } from "./business-calendar.ts"
import { Calendar } from "./calendar-service.ts"
import { Clock, TestClockControl } from "./clock.ts"
import { ClockCannotGoBack, NothingToAdvance } from "./errors.ts"

/**
 * The operator's test clock (non-production only): moving it is audited; running the jobs that became
 * due is the caller's next step.
 */
export const testClockNow = Effect.fn("TestClock.now")(function* (actor: Actor) {
  yield* authorize("readClock", actor)
  return yield* testClockState
})

/** The operator's test clock as it is now: business time and its offset from real time. */
export const testClockState = Effect.gen(function* () {
  const now = yield* Clock.use((c) => c.now)
  const offsetMillis = yield* TestClockControl.use((c) => c.offset)
  return { now, offsetMillis }
})

/** How far to move the operator's test clock: calendar days, business days and/or hours. */
export interface ClockAdvance {
  readonly days?: number | undefined
  readonly businessDays?: number | undefined
  readonly hours?: number | undefined
  readonly minutes?: number | undefined
}

/** Moves the test clock forward by the sum of the amounts (business days by the vendor calendar). */
export const advanceTestClock = Effect.fn("TestClock.advance")(function* (actor: Actor, by: ClockAdvance) {
  yield* authorize("controlClock", actor)
  const { days = 0, businessDays = 0, hours = 0, minutes = 0 } = by
  if (days + businessDays + hours + minutes === 0) return yield* new NothingToAdvance()
  const before = yield* Clock.use((c) => c.now)
  const calendar = yield* Calendar.use((c) => c.current)
  let target = new Date(before.getTime() + days * 86_400_000 + hours * 3_600_000 + minutes * 60_000)
  if (businessDays > 0) target = addBusinessDays(calendar, target, businessDays)
  const after = yield* TestClockControl.use((c) => c.advance(target.getTime() - before.getTime()))
  yield* audited(actor, "test_clock.advanced", before, after)
})

/** Sets the test clock to an instant (an ISO-8601 date or instant), never backwards. */
export const setTestClock = Effect.fn("TestClock.set")(function* (actor: Actor, now: string) {
  yield* authorize("controlClock", actor)
  const target = new Date(now)
  if (Number.isNaN(target.getTime()))
    return yield* new InvalidInput({ code: "invalid_request", reason: `now is not a valid instant: ${now}` })
  const before = yield* Clock.use((c) => c.now)
  if (target.getTime() < before.getTime()) return yield* new ClockCannotGoBack({ now: before })
  const after = yield* TestClockControl.use((c) => c.set(target))
  yield* audited(actor, "test_clock.set", before, after)
})

const audited = (actor: Actor, action: string, before: Date, after: Date) =>
  Transactor.use((tx) =>
    tx.transaction(
      AuditLog.use((a) =>
        a.append({
          actor,
          action,
          entityType: "test_clock",
          entityId: "clock",
          before: { now: before.toISOString() },
          after: { now: after.toISOString() }
        })
      )
    )
  )
