import { Effect } from "effect"
import { IllegalTransition } from "../shared/errors.ts"
import type { EnrollmentState } from "./model.ts"

/**
 * Everything that moves an enrollment. The table is the state machine of SPEC §3: one row per
 * (state, action) that is allowed, with the states it may lead to. `transition` is the only checker.
 */
export type EnrollmentAction =
  /** The location became eligible again (after being inactive). */
  | "invite"
  /** The Incentives admin accepts the invitation / submits payout and tax data. */
  | "submit_complete"
  | "submit_incomplete"
  /** Payout or tax data of an enrollment changed (new data must be validated again). */
  | "update_profiles"
  /** A profile it uses was returned by validation or lost. */
  | "profiles_returned"
  /** Operator validation. */
  | "approve"
  | "return"
  /** Eligibility lost (requirements unmet, agreement ended). */
  | "deactivate"
  /** Program no longer offered. */
  | "discontinue"
  /** Fiscal-year rollover outcomes. */
  | "renew"
  | "renew_payout_missing"
  | "expire"

export const enrollmentTransitions: Readonly<
  Record<EnrollmentState, Partial<Record<EnrollmentAction, EnrollmentState>>>
> = {
  invited: {
    submit_complete: "validating",
    submit_incomplete: "action_required",
    deactivate: "inactive",
    discontinue: "discontinued",
    renew: "invited",
    expire: "inactive"
  },
  action_required: {
    submit_complete: "validating",
    submit_incomplete: "action_required",
    update_profiles: "action_required",
    deactivate: "inactive",
    discontinue: "discontinued",
    renew: "action_required",
    renew_payout_missing: "action_required",
    expire: "inactive"
  },
  validating: {
    approve: "enrolled",
    return: "action_required",
    profiles_returned: "action_required",
    update_profiles: "validating",
    deactivate: "inactive",
    discontinue: "discontinued",
    renew: "validating",
    renew_payout_missing: "action_required",
    expire: "inactive"
  },
  enrolled: {
    update_profiles: "validating",
    profiles_returned: "action_required",
    deactivate: "inactive",
    discontinue: "discontinued",
    renew: "enrolled",
    renew_payout_missing: "action_required",
    expire: "inactive"
  },
  inactive: {
    invite: "invited",
    discontinue: "discontinued"
  },
  discontinued: {}
}

export const enrollmentActions: ReadonlyArray<EnrollmentAction> = [
  "invite",
  "submit_complete",
  "submit_incomplete",
  "update_profiles",
  "profiles_returned",
  "approve",
  "return",
  "deactivate",
  "discontinue",
  "renew",
  "renew_payout_missing",
  "expire"
]

/** The next state, or IllegalTransition (409) when the action is not allowed in `from`. */
export const transitionEnrollment = (id: string, from: EnrollmentState, action: EnrollmentAction) => {
  const to = enrollmentTransitions[from][action]
  return to === undefined
    ? Effect.fail(new IllegalTransition({ aggregate: "enrollment", id, from, action }))
    : Effect.succeed(to)
}

/** States in which an enrollment is still on its way or done (eligibility matters). */
export const isActiveEnrollmentState = (s: EnrollmentState): boolean =>
  s === "invited" || s === "action_required" || s === "validating" || s === "enrolled"

/** `enrolling` for users who are not Incentives admin while it is action_required or validating. */
export const viewState = (state: EnrollmentState, viewerIsIncentivesAdmin: boolean) =>
  !viewerIsIncentivesAdmin && (state === "action_required" || state === "validating")
    ? ("enrolling" as const)
    : state
