import { assert, describe, it } from "@effect/vitest"
import { Cause, Clock, Effect, Option } from "effect"
import { ConcurrentChange, isConcurrentChange, NotFound, rerunTransaction } from "../src/index.ts"

const concurrentChange = (cause: Cause.Cause<unknown>) =>
  Option.exists(Cause.findErrorOption(cause), isConcurrentChange)

describe("rerunTransaction (the Transactor's reruns, a Schedule)", () => {
  it.effect("runs a transaction that met a concurrent change again, at most 8 more times, in real time", () =>
    Effect.gen(function* () {
      // it.effect runs on a TestClock that nobody moves: the pauses must not wait for it.
      let runs = 0
      const seen: Array<number> = []
      const flaky = Effect.gen(function* () {
        runs++
        seen.push(yield* Clock.currentTimeMillis)
        if (runs < 3) return yield* new ConcurrentChange({ aggregate: "claim" })
        return "done"
      })
      assert.strictEqual(yield* rerunTransaction(flaky, concurrentChange), "done")
      assert.strictEqual(runs, 3)
      assert.deepStrictEqual(seen, [0, 0, 0], "the transaction itself still reads the caller's (test) clock")

      runs = 0
      const always = Effect.suspend(() => {
        runs++
        return Effect.fail(new ConcurrentChange({ aggregate: "case" }))
      })
      const error = yield* Effect.flip(rerunTransaction(always, concurrentChange))
      assert.strictEqual(error._tag, "ConcurrentChange")
      assert.strictEqual(runs, 9)
    })
  )

  it.effect("does not run other failures again", () =>
    Effect.gen(function* () {
      let runs = 0
      const missing = Effect.suspend(() => {
        runs++
        return Effect.fail(new NotFound({ entity: "claim", id: "clm_1" }))
      })
      const error = yield* Effect.flip(rerunTransaction(missing, concurrentChange))
      assert.strictEqual(error._tag, "NotFound")
      assert.strictEqual(runs, 1)
    })
  )
})
