import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import {
  type EnrollmentAction,
  type EnrollmentState,
  enrollmentActions,
  transitionEnrollment,
  viewState
} from "../src/index.ts"

/**
 * Every allowed (state, action) → state of SPEC §3, written out by hand. Every pair not listed here
 * must be an illegal_transition.
 */
const allowed: ReadonlyArray<readonly [EnrollmentState, EnrollmentAction, EnrollmentState]> = [
  ["invited", "submit_complete", "validating"],
  ["invited", "submit_incomplete", "action_required"],
  ["invited", "deactivate", "inactive"],
  ["invited", "discontinue", "discontinued"],
  ["invited", "renew", "invited"],
  ["invited", "expire", "inactive"],
  ["action_required", "submit_complete", "validating"],
  ["action_required", "submit_incomplete", "action_required"],
  ["action_required", "update_profiles", "action_required"],
  ["action_required", "deactivate", "inactive"],
  ["action_required", "discontinue", "discontinued"],
  ["action_required", "renew", "action_required"],
  ["action_required", "renew_payout_missing", "action_required"],
  ["action_required", "expire", "inactive"],
  ["validating", "approve", "enrolled"],
  ["validating", "return", "action_required"],
  ["validating", "profiles_returned", "action_required"],
  ["validating", "update_profiles", "validating"],
  ["validating", "deactivate", "inactive"],
  ["validating", "discontinue", "discontinued"],
  ["validating", "renew", "validating"],
  ["validating", "renew_payout_missing", "action_required"],
  ["validating", "expire", "inactive"],
  ["enrolled", "update_profiles", "validating"],
  ["enrolled", "profiles_returned", "action_required"],
  ["enrolled", "deactivate", "inactive"],
  ["enrolled", "discontinue", "discontinued"],
  ["enrolled", "renew", "enrolled"],
  ["enrolled", "renew_payout_missing", "action_required"],
  ["enrolled", "expire", "inactive"],
  ["inactive", "invite", "invited"],
  ["inactive", "discontinue", "discontinued"]
]

const states: ReadonlyArray<EnrollmentState> = [
  "invited",
  "action_required",
  "validating",
  "enrolled",
  "inactive",
  "discontinued"
]

const pairs = states.flatMap((from) =>
  enrollmentActions.map((action) => {
    const row = allowed.find(([f, a]) => f === from && a === action)
    return { from, action, expected: row?.[2] ?? "illegal_transition" }
  })
)

describe("enrollment state machine: every (state, action) pair", () => {
  it("covers all 6 states × 12 actions", () => {
    assert.strictEqual(pairs.length, 72)
    assert.strictEqual(enrollmentActions.length, 12)
  })

  it.effect.each(pairs)("$from + $action → $expected", ({ from, action, expected }) =>
    Effect.gen(function* () {
      const exit = yield* Effect.exit(transitionEnrollment("enr_1", from, action))
      if (expected === "illegal_transition") {
        assert.isTrue(Exit.isFailure(exit))
        if (Exit.isFailure(exit)) {
          const error = exit.cause.reasons[0]
          assert.strictEqual(error?._tag, "Fail")
          if (error?._tag === "Fail") {
            assert.strictEqual((error.error as { _tag: string })._tag, "IllegalTransition")
            assert.match((error.error as Error).message, new RegExp(`enrollment enr_1 is ${from}`))
          }
        }
      } else {
        assert.deepStrictEqual(exit, Exit.succeed(expected as EnrollmentState))
      }
    })
  )

  it("discontinued is final", () => {
    for (const action of enrollmentActions) {
      assert.isTrue(Exit.isFailure(Effect.runSyncExit(transitionEnrollment("enr_1", "discontinued", action))))
    }
  })
})

describe("the enrolling view", () => {
  it.each([
    ["action_required", false, "enrolling"],
    ["validating", false, "enrolling"],
    ["action_required", true, "action_required"],
    ["validating", true, "validating"],
    ["invited", false, "invited"],
    ["enrolled", false, "enrolled"],
    ["inactive", false, "inactive"],
    ["discontinued", false, "discontinued"]
  ] as const)("%s seen by an Incentives admin=%s is %s", (state, admin, expected) => {
    assert.strictEqual(viewState(state, admin), expected)
  })
})
