import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import {
  type AllowedBy,
  type EnrollmentAction,
  type EnrollmentState,
  enrollmentActions,
  enrollmentLifecycle,
  enrollmentViewActions,
  isActiveEnrollmentState,
  type ProfileAction,
  type ProfileState,
  profileActions,
  profileLifecycle,
  programActions,
  programLifecycle,
  rows,
  transition,
  viewState
} from "../src/index.ts"

/**
 * Every allowed (state, action) → state of SPEC §3 with who may ask for it, written out by hand.
 * Every pair not listed here must be an illegal_transition.
 */
const allowedByState: {
  readonly [F in EnrollmentState]?: {
    readonly [X in EnrollmentAction]?: readonly [EnrollmentState, AllowedBy]
  }
} = {
  invited: {
    submit_complete: ["validating", "enroll"],
    submit_incomplete: ["action_required", "enroll"],
    deactivate: ["inactive", "system"],
    discontinue: ["discontinued", "manageCatalog"],
    renew: ["invited", "system"],
    expire: ["inactive", "system"]
  },
  action_required: {
    submit_complete: ["validating", "enroll"],
    submit_incomplete: ["action_required", "enroll"],
    update_profiles: ["action_required", "editBankAndTax"],
    deactivate: ["inactive", "system"],
    discontinue: ["discontinued", "manageCatalog"],
    renew: ["action_required", "system"],
    renew_payout_missing: ["action_required", "system"],
    expire: ["inactive", "system"]
  },
  validating: {
    approve: ["enrolled", "validateProfiles"],
    return: ["action_required", "validateProfiles"],
    profiles_returned: ["action_required", "system"],
    update_profiles: ["validating", "editBankAndTax"],
    deactivate: ["inactive", "system"],
    discontinue: ["discontinued", "manageCatalog"],
    renew: ["validating", "system"],
    renew_payout_missing: ["action_required", "system"],
    expire: ["inactive", "system"]
  },
  enrolled: {
    update_profiles: ["validating", "editBankAndTax"],
    profiles_returned: ["action_required", "system"],
    deactivate: ["inactive", "system"],
    discontinue: ["discontinued", "manageCatalog"],
    renew: ["enrolled", "system"],
    renew_payout_missing: ["action_required", "system"],
    expire: ["inactive", "system"]
  },
  inactive: {
    invite: ["invited", "system"],
    discontinue: ["discontinued", "manageCatalog"]
  }
}
const allowed = Object.entries(allowedByState).flatMap(([from, row]) =>
  Object.entries(row ?? {}).map(
    ([action, [to, allowedBy]]) =>
      [from, action, to, allowedBy] as readonly [
        EnrollmentState,
        EnrollmentAction,
        EnrollmentState,
        AllowedBy
      ]
  )
)

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
    return { from, action, expected: row?.[2] ?? "illegal_transition", allowedBy: row?.[3] }
  })
)

const everyone = () => true
const nobody = () => false
const withReason = { reason: "IBAN does not match the account holder" }

/** The failure's tag and message of an exit, or undefined when it succeeded. */
const failureOf = (exit: Exit.Exit<unknown, unknown>) => {
  if (Exit.isSuccess(exit)) return undefined
  const reason = exit.cause.reasons[0]
  assert.strictEqual(reason?._tag, "Fail")
  const error = (reason as { error: { _tag: string; message: string } }).error
  return { tag: error._tag, message: error.message }
}

describe("enrollment state machine: every (state, action) pair", () => {
  it("covers all 6 states × 12 actions", () => {
    assert.strictEqual(pairs.length, 72)
    assert.strictEqual(enrollmentActions.length, 12)
    assert.deepStrictEqual(enrollmentLifecycle.states, states)
  })

  it("the table is exactly the rows written out above (state, action, target, allowedBy)", () => {
    assert.deepStrictEqual([...rows(enrollmentLifecycle)].sort(), [...allowed].sort())
  })

  it.effect.each(pairs)("$from + $action → $expected ($allowedBy)", ({ from, action, expected, allowedBy }) =>
    Effect.gen(function* () {
      const args = { id: "enr_1", from, action, context: withReason }
      const exit = yield* Effect.exit(transition(enrollmentLifecycle, { ...args, permits: everyone }))
      if (expected === "illegal_transition") {
        const failure = failureOf(exit)
        assert.strictEqual(failure?.tag, "IllegalTransition")
        assert.match(failure?.message ?? "", new RegExp(`enrollment enr_1 is ${from}`))
      } else {
        assert.deepStrictEqual(exit, Exit.succeed(expected as EnrollmentState))
        // Only the holder of the row's allowedBy may make the move.
        const onlyThat = yield* Effect.exit(
          transition(enrollmentLifecycle, { ...args, permits: (a) => a === allowedBy })
        )
        assert.deepStrictEqual(onlyThat, Exit.succeed(expected as EnrollmentState))
        const denied = failureOf(
          yield* Effect.exit(transition(enrollmentLifecycle, { ...args, permits: nobody }))
        )
        assert.strictEqual(denied?.tag, "Forbidden")
      }
    })
  )

  it("discontinued is final", () => {
    for (const action of enrollmentActions) {
      const exit = Effect.runSyncExit(
        transition(enrollmentLifecycle, {
          id: "enr_1",
          from: "discontinued",
          action,
          context: withReason,
          permits: everyone
        })
      )
      assert.isTrue(Exit.isFailure(exit))
    }
  })

  it("validation returns an enrollment only with a reason (the guard, after state and permission)", () => {
    for (const reason of [null, "", "   "]) {
      const failure = failureOf(
        Effect.runSyncExit(
          transition(enrollmentLifecycle, {
            id: "enr_1",
            from: "validating",
            action: "return",
            context: { reason },
            permits: everyone
          })
        )
      )
      assert.strictEqual(failure?.tag, "InvalidInput")
      assert.strictEqual(failure?.message, "A reason is required to return an enrollment")
    }
  })

  it("active states are those the rollover may expire", () => {
    assert.deepStrictEqual(states.filter(isActiveEnrollmentState), [
      "invited",
      "action_required",
      "validating",
      "enrolled"
    ])
  })
})

describe("the accept action offered in views follows the table", () => {
  it.each(states)("%s", (state) => {
    const expected: ReadonlyArray<"accept"> =
      state === "invited" || state === "action_required" ? ["accept"] : []
    assert.deepStrictEqual(
      enrollmentViewActions(state, (a) => a === "enroll"),
      expected
    )
    // Without the enroll permission (e.g. an Incentives user, vendor staff) nothing is offered.
    assert.deepStrictEqual(
      enrollmentViewActions(state, (a) => a !== "enroll"),
      []
    )
  })
})

const profileAllowedByState: {
  readonly [F in ProfileState]?: { readonly [X in ProfileAction]?: readonly [ProfileState, AllowedBy] }
} = {
  pending_validation: {
    approve: ["approved", "validateProfiles"],
    return: ["action_required", "validateProfiles"],
    correct: ["pending_validation", "editBankAndTax"]
  },
  approved: {
    return: ["action_required", "validateProfiles"],
    correct: ["pending_validation", "editBankAndTax"]
  },
  action_required: {
    approve: ["approved", "validateProfiles"],
    return: ["action_required", "validateProfiles"],
    correct: ["pending_validation", "editBankAndTax"]
  }
}
const profileAllowed = Object.entries(profileAllowedByState).flatMap(([from, row]) =>
  Object.entries(row ?? {}).map(
    ([action, [to, allowedBy]]) =>
      [from, action, to, allowedBy] as readonly [ProfileState, ProfileAction, ProfileState, AllowedBy]
  )
)

describe("bank and tax profile validation status: every (state, action) pair", () => {
  it("the table is exactly the rows written out above", () => {
    assert.deepStrictEqual([...rows(profileLifecycle)].sort(), [...profileAllowed].sort())
    assert.strictEqual(profileLifecycle.states.length * profileActions.length, 9)
  })

  it.effect.each(
    profileLifecycle.states.flatMap((from) =>
      profileActions.map((action) => ({
        from,
        action,
        expected: profileAllowed.find(([f, a]) => f === from && a === action)?.[2] ?? "illegal_transition"
      }))
    )
  )("$from + $action → $expected", ({ from, action, expected }) =>
    Effect.gen(function* () {
      const exit = yield* Effect.exit(
        transition(profileLifecycle, { id: "bnk_1", from, action, context: undefined, permits: everyone })
      )
      if (expected === "illegal_transition") assert.strictEqual(failureOf(exit)?.tag, "IllegalTransition")
      else assert.deepStrictEqual(exit, Exit.succeed(expected as ProfileState))
    })
  )
})

describe("program status: every (state, action) pair", () => {
  it("the table is exactly these rows", () => {
    assert.deepStrictEqual(
      [...rows(programLifecycle)].sort() as ReadonlyArray<ReadonlyArray<string>>,
      [
        ["active", "change", "active", "manageCatalog"],
        ["active", "invite", "active", "manageCatalog"],
        ["active", "discontinue", "discontinued", "manageCatalog"],
        ["discontinued", "change", "discontinued", "manageCatalog"],
        ["discontinued", "invite", "discontinued", "manageCatalog"],
        ["discontinued", "discontinue", "discontinued", "manageCatalog"]
      ].sort()
    )
    assert.strictEqual(programLifecycle.states.length * programActions.length, 6)
  })

  it.effect.each([
    ["active", "change", "active"],
    ["active", "invite", "active"],
    ["active", "discontinue", "discontinued"],
    ["discontinued", "discontinue", "discontinued"]
  ] as const)("%s + %s → %s", ([from, action, to]) =>
    Effect.gen(function* () {
      const exit = yield* Effect.exit(
        transition(programLifecycle, {
          id: "prg_x",
          from,
          action,
          context: { programId: "prg_x" },
          permits: everyone
        })
      )
      assert.deepStrictEqual(exit, Exit.succeed(to))
      const denied = yield* Effect.exit(
        transition(programLifecycle, {
          id: "prg_x",
          from,
          action,
          context: { programId: "prg_x" },
          permits: nobody
        })
      )
      assert.strictEqual(failureOf(denied)?.tag, "Forbidden")
    })
  )

  it.each([
    ["change", "Program prg_x is discontinued and cannot be changed"],
    ["invite", "Program prg_x is discontinued"]
  ] as const)("a discontinued program refuses %s with program_discontinued", (action, message) => {
    const failure = failureOf(
      Effect.runSyncExit(
        transition(programLifecycle, {
          id: "prg_x",
          from: "discontinued",
          action,
          context: { programId: "prg_x" },
          permits: everyone
        })
      )
    )
    assert.strictEqual(failure?.tag, "ProgramDiscontinued")
    assert.strictEqual(failure?.message, message)
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
