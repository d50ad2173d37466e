import { Context, Duration, Effect, Clock as EffectClock, Layer, Ref } from "effect"

/**
 * The application's clock. `layer` reads Effect's Clock (the system clock in production, TestClock in
 * tests). `layerControllable` is the operator's test clock (`OPENPOR_CLOCK=test`): real time shifted by
 * an offset that `advance` and `set` change, so timers can be demonstrated.
 */
export class Clock extends Context.Service<
  Clock,
  {
    readonly now: Effect.Effect<Date>
    readonly controllable: boolean
  }
>()("@openpor/domain/calendar/Clock") {
  static readonly layer = Layer.succeed(Clock, {
    now: Effect.map(EffectClock.currentTimeMillis, (ms) => new Date(ms)),
    controllable: false
  })
}

/**
 * Real time, for sessions, cookies, sign-in lockouts and rate limits (SPEC §7). It is never the
 * operator's test clock: advancing business time must not sign anyone out or lock anyone in.
 * `layer` reads Effect's Clock (the system clock in production, TestClock in tests).
 */
export class WallClock extends Context.Service<WallClock, { readonly now: Effect.Effect<Date> }>()(
  "@openpor/domain/calendar/WallClock"
) {
  static readonly layer = Layer.succeed(WallClock, {
    now: Effect.map(EffectClock.currentTimeMillis, (ms) => new Date(ms))
  })
}

/** Persistence of the test clock's offset, so a restart keeps demonstrated time. */
export class ClockOffsetStore extends Context.Service<
  ClockOffsetStore,
  {
    readonly load: Effect.Effect<number>
    /** Stores the test clock's offset. */
    readonly save: (offsetMillis: number) => Effect.Effect<void>
    /**
     * The stored offset; on a database that has none yet (a new one), `offsetMillis` is stored first
     * and answered (OPENPOR_CLOCK_START). A database that has a clock keeps it.
     */
    readonly initialize: (offsetMillis: number) => Effect.Effect<number>
  }
>()("@openpor/domain/calendar/ClockOffsetStore") {
  static readonly layerMemory = Layer.effect(
    ClockOffsetStore,
    Effect.gen(function* () {
      const ref = yield* Ref.make<number | undefined>(undefined)
      return ClockOffsetStore.of({
        load: Effect.map(Ref.get(ref), (n) => n ?? 0),
        save: (n) => Ref.set(ref, n),
        initialize: (n) => Ref.modify(ref, (stored) => (stored === undefined ? [n, n] : [stored, stored]))
      })
    })
  )
}

/**
 * The operator's test clock (`OPENPOR_CLOCK=test`): moves business time forward by an offset so timers can be
 * demonstrated.
 */
export class TestClockControl extends Context.Service<
  TestClockControl,
  {
    /** Moves business time forward by `millis`; answers the new now. */
    readonly advance: (millis: number) => Effect.Effect<Date>
    /** Sets business time to an instant (never backwards); answers the new now. */
    readonly set: (now: Date) => Effect.Effect<Date>
    readonly offset: Effect.Effect<number>
    /**
     * Follows the stored offset forever, reading it every `everyMillis`: another process's move of the
     * test clock reaches this one within that time (a started server forks it; tests in one process do not).
     */
    readonly follow: (everyMillis: number) => Effect.Effect<never>
  }
>()("@openpor/domain/calendar/TestClockControl") {}

const realMillis = EffectClock.currentTimeMillis

/**
 * The controllable clock starting at `start` on a new database (SPEC §7, OPENPOR_CLOCK_START): its
 * offset is stored at once, so a restart goes on from there; a database that has a clock keeps it and
 * `start` is ignored. Without `start` it starts at real time.
 */
export const layerControllableFrom = (
  start: Date | undefined
): Layer.Layer<Clock | TestClockControl, never, ClockOffsetStore> =>
  Layer.effectContext(
    Effect.gen(function* () {
      const store = yield* ClockOffsetStore
      const initial =
        start === undefined
          ? yield* store.load
          : yield* store.initialize(start.getTime() - (yield* realMillis))
      const offset = yield* Ref.make(initial)
      const now = Effect.gen(function* () {
        return new Date((yield* realMillis) + (yield* Ref.get(offset)))
      })
      // Several processes share one stored offset: a move starts from the newest of this process's and
      // the stored one, so a process that has not caught up yet never moves the clock back.
      const latest = Effect.gen(function* () {
        const stored = yield* store.load
        return yield* Ref.updateAndGet(offset, (o) => Math.max(o, stored))
      })
      const advance = Effect.fn("TestClockControl.advance")(function* (millis: number) {
        const next = (yield* latest) + Math.max(0, millis)
        yield* Ref.set(offset, next)
        yield* store.save(next)
        return yield* now
      })
      const set = Effect.fn("TestClockControl.set")(function* (target: Date) {
        const real = yield* realMillis
        const next = Math.max(yield* latest, target.getTime() - real)
        yield* Ref.set(offset, next)
        yield* store.save(next)
        return yield* now
      })
      const follow = (everyMillis: number): Effect.Effect<never> =>
        latest.pipe(Effect.andThen(Effect.sleep(Duration.millis(everyMillis))), Effect.forever)
      return Context.make(Clock, Clock.of({ now, controllable: true })).pipe(
        Context.add(TestClockControl, TestClockControl.of({ advance, set, offset: Ref.get(offset), follow }))
      )
    })
  )

/** Controllable clock: provides both Clock and TestClockControl. Time never moves backwards by `set`. */
export const layerControllable: Layer.Layer<Clock | TestClockControl, never, ClockOffsetStore> =
  layerControllableFrom(undefined)
