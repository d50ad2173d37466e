import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import { type ClaimAction, type ClaimStatus, claimActions, transitionClaim } from "../src/index.ts"

/** Every allowed (status, action) → status of the SPEC §5 lifecycle, written out by hand. */
const allowed: ReadonlyArray<readonly [ClaimStatus, ClaimAction, ClaimStatus]> = [
  ["draft", "edit", "draft"],
  ["draft", "attach_poe", "draft"],
  ["draft", "remove_poe", "draft"],
  ["draft", "submit", "submitted"],
  ["submitted", "start_review", "under_review"],
  ["submitted", "approve", "approved"],
  ["submitted", "reject", "rejected"],
  ["submitted", "request_info", "partner_action_required"],
  ["submitted", "customer_decline", "rejected"],
  ["under_review", "approve", "approved"],
  ["under_review", "reject", "rejected"],
  ["under_review", "request_info", "partner_action_required"],
  ["under_review", "customer_decline", "rejected"],
  ["partner_action_required", "edit", "partner_action_required"],
  ["partner_action_required", "attach_poe", "partner_action_required"],
  ["partner_action_required", "remove_poe", "partner_action_required"],
  ["partner_action_required", "resubmit", "submitted"],
  ["partner_action_required", "no_partner_response", "rejected"],
  ["partner_action_required", "reject", "rejected"],
  ["partner_action_required", "customer_decline", "rejected"],
  ["approved", "attach_poe", "approved"],
  ["approved", "customer_decline", "rejected"],
  ["approved", "disassociate", "rejected_final"],
  ["approved", "subscription_expired", "ended"],
  ["approved", "superseded", "ended"],
  ["rejected", "dispute", "disputed"],
  ["disputed", "uphold_dispute", "approved"],
  ["disputed", "reject_dispute", "rejected_final"],
  ["disputed", "customer_decline", "rejected_final"]
]

const statuses: ReadonlyArray<ClaimStatus> = [
  "draft",
  "submitted",
  "under_review",
  "partner_action_required",
  "approved",
  "rejected",
  "disputed",
  "rejected_final",
  "ended"
]

const pairs = statuses.flatMap((from) =>
  claimActions.map((action) => ({
    from,
    action,
    expected: allowed.find(([f, a]) => f === from && a === action)?.[2] ?? "illegal_transition"
  }))
)

describe("claim lifecycle: every (status, action) pair", () => {
  it("covers 9 statuses × 17 actions", () => {
    assert.strictEqual(claimActions.length, 17)
    assert.strictEqual(pairs.length, 153)
  })

  it.effect.each(pairs)("$from + $action → $expected", ({ from, action, expected }) =>
    Effect.gen(function* () {
      const exit = yield* Effect.exit(transitionClaim("clm_1", from, action))
      if (expected === "illegal_transition") {
        assert.isTrue(Exit.isFailure(exit))
        const reason = Exit.isFailure(exit) ? exit.cause.reasons[0] : undefined
        assert.strictEqual(reason?._tag, "Fail")
        if (reason?._tag === "Fail")
          assert.strictEqual((reason.error as { _tag: string })._tag, "IllegalTransition")
      } else {
        assert.deepStrictEqual(exit, Exit.succeed(expected as ClaimStatus))
      }
    })
  )

  it("rejected_final and ended are terminal", () => {
    for (const action of claimActions) {
      for (const status of ["rejected_final", "ended"] as const) {
        assert.isTrue(Exit.isFailure(Effect.runSyncExit(transitionClaim("clm_1", status, action))))
      }
    }
  })
})
