import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import {
  type AllowedBy,
  type ClaimAction,
  ClaimStatus,
  claimActions,
  claimLifecycle,
  isSystem,
  type Permits,
  rows,
  transition
} from "../src/index.ts"
import { contextOf } from "./claim-fixtures.ts"
import { everyPair } from "./lifecycle-pairs.ts"

/** Every allowed (status, action) → status of the SPEC §5 lifecycle and who may do it, written out by hand. */
const allowed: ReadonlyArray<readonly [ClaimStatus, ClaimAction, ClaimStatus, AllowedBy]> = [
  ["draft", "edit", "draft", "draftClaim"],
  ["draft", "attach_poe", "draft", "draftClaim"],
  ["draft", "remove_poe", "draft", "draftClaim"],
  ["draft", "submit", "submitted", "submitClaim"],
  ["submitted", "start_review", "under_review", "reviewClaims"],
  ["submitted", "approve", "approved", "reviewClaims"],
  ["submitted", "reject", "rejected", "reviewClaims"],
  ["submitted", "request_info", "partner_action_required", "reviewClaims"],
  ["submitted", "customer_decline", "rejected", "declineAssociation"],
  ["submitted", "win_arbitration", "approved", "arbitrate"],
  ["under_review", "assign", "under_review", "reviewClaims"],
  ["under_review", "approve", "approved", "reviewClaims"],
  ["under_review", "reject", "rejected", "reviewClaims"],
  ["under_review", "request_info", "partner_action_required", "reviewClaims"],
  ["under_review", "customer_decline", "rejected", "declineAssociation"],
  ["under_review", "win_arbitration", "approved", "arbitrate"],
  ["partner_action_required", "edit", "partner_action_required", "submitClaim"],
  ["partner_action_required", "attach_poe", "partner_action_required", "submitClaim"],
  ["partner_action_required", "remove_poe", "partner_action_required", "submitClaim"],
  ["partner_action_required", "assign", "partner_action_required", "reviewClaims"],
  ["partner_action_required", "resubmit", "submitted", "submitClaim"],
  ["partner_action_required", "no_partner_response", "rejected", "system"],
  ["partner_action_required", "reject", "rejected", "reviewClaims"],
  ["partner_action_required", "customer_decline", "rejected", "declineAssociation"],
  ["approved", "attach_poe", "approved", "submitClaim"],
  ["approved", "customer_decline", "rejected", "declineAssociation"],
  ["approved", "disassociate", "rejected_final", "submitClaim"],
  ["approved", "subscription_expired", "ended", "system"],
  ["approved", "superseded", "ended", "system"],
  ["rejected", "dispute", "disputed", "submitClaim"],
  ["disputed", "assign", "disputed", "reviewClaims"],
  ["disputed", "uphold_dispute", "approved", "reviewClaims"],
  ["disputed", "reject_dispute", "rejected_final", "reviewClaims"],
  ["disputed", "customer_decline", "rejected_final", "declineAssociation"],
  ["disputed", "win_arbitration", "approved", "arbitrate"]
]

// Every status of the vocabulary × every action of the lifecycle.
const pairs = everyPair(ClaimStatus.literals, claimActions, allowed)

/** Holds exactly one policy action (or the system's permission). */
const holding =
  (only: AllowedBy): Permits =>
  (a) =>
    a === only

const failureTag = (exit: Exit.Exit<unknown, unknown>) => {
  const reason = Exit.isFailure(exit) ? exit.cause.reasons[0] : undefined
  return reason?._tag === "Fail" ? (reason.error as { _tag: string })._tag : undefined
}

// A claim whose dispute guard holds (rejected just now by a reviewer, never disputed).
const open = contextOf({ rejectedAt: new Date("2026-03-02T09:00:00Z") }, "2026-03-03T09:00:00Z")

describe("claim lifecycle: every (status, action) pair", () => {
  it("covers 9 statuses × 19 actions, and the table is exactly the hand-written one", () => {
    assert.strictEqual(claimActions.length, 19)
    assert.strictEqual(pairs.length, 171)
    assert.deepStrictEqual(
      [...rows(claimLifecycle)].sort(),
      allowed.map(([f, a, t, by]) => [f, a, t, by] as const).sort()
    )
  })

  it.each(pairs)("$from + $action → $expected ($allowedBy)", ({ from, action, expected, allowedBy }) => {
    const run = (permits: Permits) =>
      Effect.runSyncExit(transition(claimLifecycle, { id: "clm_1", from, action, context: open, permits }))
    if (allowedBy === undefined) {
      assert.strictEqual(failureTag(run(() => true)), "IllegalTransition")
      return
    }
    assert.deepStrictEqual(run(holding(allowedBy)), Exit.succeed(expected as ClaimStatus))
    // Whoever does not hold the row's policy action is refused (the system included, or a user for it).
    assert.strictEqual(failureTag(run(allowedBy === "system" ? () => false : isSystem)), "Forbidden")
  })

  it("rejected_final and ended are terminal", () => {
    for (const action of claimActions) {
      for (const from of ["rejected_final", "ended"] as const) {
        const exit = Effect.runSyncExit(
          transition(claimLifecycle, { id: "clm_1", from, action, context: open, permits: () => true })
        )
        assert.strictEqual(failureTag(exit), "IllegalTransition")
      }
    }
  })
})
