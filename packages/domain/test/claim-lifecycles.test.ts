import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit } from "effect"
import {
  type Actor,
  type AllowedBy,
  authorizeBeforeState,
  available,
  caseLifecycle,
  claimDeadlines,
  claimLifecycle,
  consentLifecycle,
  defaultClaimSettings,
  type LocationId,
  type LocationRole,
  makeCalendar,
  type OrganizationId,
  offeredActions,
  permitsOn,
  rows,
  transition,
  type UserId
} from "../src/index.ts"
import { claimWith, contextOf } from "./claim-fixtures.ts"

const failure = (exit: Exit.Exit<unknown, unknown>) => {
  const reason = Exit.isFailure(exit) ? exit.cause.reasons[0] : undefined
  return reason?._tag === "Fail"
    ? (reason.error as { _tag: string; violations?: Array<{ code: string }> })
    : undefined
}

describe("consent lifecycle: the whole table", () => {
  it("lists every (state, action) → state and who may do it", () => {
    const expected: ReadonlyArray<readonly [string, string, string, AllowedBy]> = [
      ["not_requested", "request", "awaiting_response", "submitClaim"],
      ["not_requested", "decline", "declined", "declineAssociation"],
      ["awaiting_response", "accept", "accepted", "declineAssociation"],
      ["awaiting_response", "decline", "declined", "declineAssociation"],
      ["awaiting_response", "lapse", "lapsed", "system"],
      ["accepted", "decline", "declined", "declineAssociation"],
      ["lapsed", "decline", "declined", "declineAssociation"]
    ]
    assert.deepStrictEqual([...rows(consentLifecycle)].sort(), [...expected].sort())
    // 5 states × 4 actions: every other pair is illegal.
    let illegal = 0
    for (const from of consentLifecycle.states)
      for (const action of consentLifecycle.actions) {
        const exit = Effect.runSyncExit(
          transition(consentLifecycle, {
            id: "clm_1",
            from,
            action,
            context: claimWith({ status: "submitted" }),
            permits: () => true
          })
        )
        if (failure(exit)?._tag === "IllegalTransition") illegal++
      }
    assert.strictEqual(illegal, 20 - expected.length)
  })

  it("accepting needs a claim the customer can still decline", () => {
    const accept = (status: "submitted" | "rejected_final") =>
      Effect.runSyncExit(
        transition(consentLifecycle, {
          id: "clm_1",
          from: "awaiting_response",
          action: "accept",
          context: claimWith({ status }),
          permits: () => true
        })
      )
    assert.deepStrictEqual(accept("submitted"), Exit.succeed("accepted"))
    assert.strictEqual(failure(accept("rejected_final"))?._tag, "IllegalTransition")
  })
})

describe("arbitration case lifecycle: the whole table", () => {
  it("open → resolved by a reviewer (resolve) or by the system (merge); resolved is final", () => {
    assert.deepStrictEqual(
      [...rows(caseLifecycle)].map((r) => [...r]).sort(),
      [
        ["open", "merge", "resolved", "system"],
        ["open", "resolve", "resolved", "arbitrate"]
      ].sort()
    )
    for (const action of caseLifecycle.actions) {
      const exit = Effect.runSyncExit(
        transition(caseLifecycle, {
          id: "case_1",
          from: "resolved",
          action,
          context: undefined,
          permits: () => true
        })
      )
      assert.strictEqual(failure(exit)?._tag, "IllegalTransition")
    }
  })
})

const admin: Actor = {
  kind: "partner",
  userId: "usr_admin" as UserId,
  organizationId: "org_a" as OrganizationId,
  organizationRoles: new Set(),
  locationRoles: new Map<LocationId, ReadonlySet<LocationRole>>([
    ["loc_a" as LocationId, new Set(["incentives_admin"])]
  ])
}

/** The dispute rule: once, never after a customer's decline, within 30 days of the rejection. */
describe("the dispute guard", () => {
  const rejected = new Date("2026-03-02T09:00:00Z")
  const dispute = (overrides: Parameters<typeof contextOf>[0], now: string) => {
    const context = contextOf({ rejectedAt: rejected, ...overrides }, now)
    return {
      exit: Effect.runSyncExit(
        transition(claimLifecycle, {
          id: "clm_1",
          from: "rejected",
          action: "dispute",
          context,
          permits: permitsOn(admin, context.claim)
        })
      ),
      offered: available(claimLifecycle, "rejected", context, permitsOn(admin, context.claim)).includes(
        "dispute"
      ),
      actions: offeredActions(admin, context),
      disputeBy: claimDeadlines(context.claim, context.calendar, context.settings).disputeBy
    }
  }

  it("allows a first dispute within the window, offers it and names its deadline", () => {
    const d = dispute({}, "2026-03-20T09:00:00Z")
    assert.deepStrictEqual(d.exit, Exit.succeed("disputed"))
    assert.isTrue(d.offered)
    assert.include(d.actions, "dispute")
    assert.strictEqual(d.disputeBy?.toISOString(), "2026-04-01T09:00:00.000Z")
  })

  it("allows it on the window's last instant and refuses it after (dispute_window_closed)", () => {
    assert.deepStrictEqual(dispute({}, "2026-04-01T09:00:00Z").exit, Exit.succeed("disputed"))
    const late = dispute({}, "2026-04-01T09:00:01Z")
    assert.strictEqual(failure(late.exit)?.violations?.[0]?.code, "dispute_window_closed")
    assert.isFalse(late.offered)
    assert.notInclude(late.actions, "dispute")
  })

  it("refuses a second dispute (dispute_already_used), with no deadline", () => {
    const d = dispute({ disputeUsed: true }, "2026-03-03T09:00:00Z")
    assert.strictEqual(failure(d.exit)?.violations?.[0]?.code, "dispute_already_used")
    assert.isFalse(d.offered)
    assert.isNull(d.disputeBy)
  })

  it("refuses to dispute a customer's decline (dispute_not_allowed), with no deadline", () => {
    const d = dispute({ rejectionReason: "customer_declined" }, "2026-03-03T09:00:00Z")
    assert.strictEqual(failure(d.exit)?.violations?.[0]?.code, "dispute_not_allowed")
    assert.isFalse(d.offered)
    assert.isNull(d.disputeBy)
  })

  it("follows the configured window", () => {
    const context = contextOf({ rejectedAt: rejected }, "2026-03-20T09:00:00Z", {
      ...defaultClaimSettings,
      disputeWindowDays: 10
    })
    const by = claimDeadlines(context.claim, makeCalendar({}), context.settings).disputeBy
    assert.strictEqual(by?.toISOString(), "2026-03-12T09:00:00.000Z")
    const exit = Effect.runSyncExit(
      transition(claimLifecycle, {
        id: "clm_1",
        from: "rejected",
        action: "dispute",
        context,
        permits: permitsOn(admin, context.claim)
      })
    )
    assert.strictEqual(failure(exit)?.violations?.[0]?.code, "dispute_window_closed")
  })
})

const partnerWith = (roles: ReadonlyArray<LocationRole>): Actor => ({
  ...admin,
  locationRoles: new Map<LocationId, ReadonlySet<LocationRole>>([["loc_a" as LocationId, new Set(roles)]])
})

/** 403 before 409: without the rights an action needs in any status, the status is not looked at. */
describe("authorize before the state", () => {
  const check = (
    actor: Actor,
    from: Parameters<typeof authorizeBeforeState>[0],
    action: Parameters<typeof authorizeBeforeState>[1]
  ) => {
    const exit = Effect.runSyncExit(authorizeBeforeState(from, action, permitsOn(actor, claimWith())))
    const error = failure(exit) as { _tag: string; action?: string } | undefined
    return error === undefined ? "ok" : `${error._tag}:${error.action}`
  }
  const user = partnerWith(["incentives_user"])
  const billing = partnerWith([])

  it("an Incentives user may not add proof or edit once submitted: 403 submitClaim, wherever the claim is", () => {
    assert.strictEqual(check(user, "submitted", "attach_poe"), "Forbidden:submitClaim")
    assert.strictEqual(check(user, "rejected_final", "edit"), "Forbidden:submitClaim")
    assert.strictEqual(check(user, "under_review", "remove_poe"), "Forbidden:submitClaim")
  })

  it("someone without claims rights is refused with the first right the action names", () => {
    assert.strictEqual(check(billing, "submitted", "edit"), "Forbidden:draftClaim")
  })

  it("an Incentives admin passes (then the state answers 409), and a status with a row is left to its row", () => {
    assert.strictEqual(check(admin, "submitted", "attach_poe"), "ok")
    assert.strictEqual(check(user, "draft", "attach_poe"), "ok")
    assert.strictEqual(check(user, "approved", "attach_poe"), "ok")
  })
})
