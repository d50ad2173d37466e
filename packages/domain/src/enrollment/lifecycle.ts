import type { Actor } from "../authorization/actor.ts"
import { type PartnerTarget, policy } from "../authorization/policy.ts"
import type { OrganizationId } from "../ids.ts"
import { InvalidInput } from "../shared/errors.ts"
import { type AllowedBy, available, lifecycle, type Permits } from "../shared/lifecycle.ts"
import { ProgramDiscontinued } from "./errors.ts"
import type { EnrollmentState, ProfileState, ProgramStatus } from "./model.ts"

/**
 * Everything that moves an enrollment (SPEC §3), as one table `(state, action) → { to, allowedBy }`.
 * `allowedBy` names who may ask for the move: the location's Incentives admin (`enroll`), the profile
 * editor (`editBankAndTax`), the operator (`validateProfiles`, `manageCatalog`), or `"system"` for the
 * moves that eligibility, other enrollments and the fiscal-year rollover cause.
 */
export const enrollmentActions = [
  /** The location became eligible again (after being inactive). */
  "invite",
  /** The Incentives admin accepts the invitation with complete payout and tax data… */
  "submit_complete",
  /** …or with something missing (the enrollment says what). */
  "submit_incomplete",
  /** Payout or tax data of an enrollment changed (new data must be validated again). */
  "update_profiles",
  /** A profile it uses was returned by the validation of another enrollment. */
  "profiles_returned",
  /** Operator validation. */
  "approve",
  "return",
  /** Eligibility lost (requirements unmet). */
  "deactivate",
  /** Program no longer offered. */
  "discontinue",
  /** Fiscal-year rollover outcomes. */
  "renew",
  "renew_payout_missing",
  "expire"
] as const
/** An action on an enrollment, the key of a row of {@link enrollmentLifecycle}. */
export type EnrollmentAction = (typeof enrollmentActions)[number]

const enroll = { allowedBy: "enroll" } as const
const edit = { allowedBy: "editBankAndTax" } as const
const operator = { allowedBy: "validateProfiles" } as const
const catalog = { allowedBy: "manageCatalog" } as const
const system = { allowedBy: "system" } as const

/** What every state that is still on its way or done may lose: eligibility, the program, the year. */
const ends = {
  deactivate: { to: "inactive", ...system },
  discontinue: { to: "discontinued", ...catalog },
  expire: { to: "inactive", ...system }
} as const

/** What the guards read: the reason the enrollment will carry after the move. */
export interface EnrollmentMove {
  readonly reason: string | null
}

/** Validation returns an enrollment only with a reason (the Incentives admin is told what to fix). */
const reasonGiven = ({ reason }: EnrollmentMove): InvalidInput | undefined =>
  reason === null || reason.trim() === ""
    ? new InvalidInput({
        code: "missing_field",
        reason: "A reason is required to return an enrollment",
        details: { field: "reason" }
      })
    : undefined

/**
 * The enrollment's lifecycle as data: invited → action_required or validating → enrolled; inactive when
 * deactivated or expired, discontinued with its program; renewed by the fiscal-year rollover.
 */
export const enrollmentLifecycle = lifecycle<EnrollmentState, EnrollmentAction, EnrollmentMove, InvalidInput>(
  {
    aggregate: "enrollment",
    states: ["invited", "action_required", "validating", "enrolled", "inactive", "discontinued"],
    actions: enrollmentActions,
    table: {
      invited: {
        submit_complete: { to: "validating", ...enroll },
        submit_incomplete: { to: "action_required", ...enroll },
        renew: { to: "invited", ...system },
        ...ends
      },
      action_required: {
        submit_complete: { to: "validating", ...enroll },
        submit_incomplete: { to: "action_required", ...enroll },
        update_profiles: { to: "action_required", ...edit },
        renew: { to: "action_required", ...system },
        renew_payout_missing: { to: "action_required", ...system },
        ...ends
      },
      validating: {
        approve: { to: "enrolled", ...operator },
        return: { to: "action_required", ...operator, guard: reasonGiven },
        profiles_returned: { to: "action_required", ...system },
        update_profiles: { to: "validating", ...edit },
        renew: { to: "validating", ...system },
        renew_payout_missing: { to: "action_required", ...system },
        ...ends
      },
      enrolled: {
        update_profiles: { to: "validating", ...edit },
        profiles_returned: { to: "action_required", ...system },
        renew: { to: "enrolled", ...system },
        renew_payout_missing: { to: "action_required", ...system },
        ...ends
      },
      inactive: {
        invite: { to: "invited", ...system },
        discontinue: { to: "discontinued", ...catalog }
      },
      discontinued: {}
    }
  }
)

/**
 * The validation status of a bank or tax profile: validation approves or returns it (with a reason);
 * a correction by the Incentives admin sends it back to validation. Created `pending_validation`.
 */
export const profileActions = ["approve", "return", "correct"] as const
/** An action on a bank or tax profile's validation, the key of a row of {@link profileLifecycle}. */
export type ProfileAction = (typeof profileActions)[number]

/**
 * A payout profile's validation as data: pending_validation → approved or action_required (by an
 * operator), back to pending_validation whenever the partner corrects it.
 */
export const profileLifecycle = lifecycle<ProfileState, ProfileAction>({
  aggregate: "profile",
  states: ["pending_validation", "approved", "action_required"],
  actions: profileActions,
  table: {
    pending_validation: {
      approve: { to: "approved", ...operator },
      return: { to: "action_required", ...operator },
      correct: { to: "pending_validation", ...edit }
    },
    approved: {
      return: { to: "action_required", ...operator },
      correct: { to: "pending_validation", ...edit }
    },
    action_required: {
      approve: { to: "approved", ...operator },
      // Returned again (by the validation of another enrollment that uses it): the new reason is kept.
      return: { to: "action_required", ...operator },
      correct: { to: "pending_validation", ...edit }
    }
  }
})

/**
 * The status of a program in the catalog: the operator changes it, invites the locations that are
 * eligible, or discontinues it. A discontinued program is neither changed nor offered again — refused
 * with its own error (program_discontinued), not as an illegal transition; discontinuing it again
 * changes nothing.
 */
export const programActions = ["change", "invite", "discontinue"] as const
/** An action on a program, the key of a row of {@link programLifecycle}. */
export type ProgramAction = (typeof programActions)[number]

/** What the program guards read. */
export interface ProgramMove {
  readonly programId: string
}

const noLongerOffered =
  (attempt: "change" | "invite") =>
  ({ programId }: ProgramMove): ProgramDiscontinued =>
    new ProgramDiscontinued({ programId, attempt })

/** A program's status as data: active until an operator discontinues it. */
export const programLifecycle = lifecycle<ProgramStatus, ProgramAction, ProgramMove, ProgramDiscontinued>({
  aggregate: "program",
  states: ["active", "discontinued"],
  actions: programActions,
  table: {
    active: {
      change: { to: "active", ...catalog },
      invite: { to: "active", ...catalog },
      discontinue: { to: "discontinued", ...catalog }
    },
    discontinued: {
      change: { to: "discontinued", ...catalog, guard: noLongerOffered("change") },
      invite: { to: "discontinued", ...catalog, guard: noLongerOffered("invite") },
      discontinue: { to: "discontinued", ...catalog }
    }
  }
})

/** The actor's permissions on a partner-owned target (the location of an enrollment, a profile's organization). */
export const actorPermits =
  (actor: Actor, target: PartnerTarget): Permits =>
  (allowedBy: AllowedBy) =>
    allowedBy !== "system" && (policy[allowedBy] as (a: Actor, t: PartnerTarget) => boolean)(actor, target)

/** The actor's permissions for vendor-wide actions (the catalog), which have no partner target. */
export const vendorPermits = (actor: Actor): Permits =>
  actorPermits(actor, { organizationId: "" as OrganizationId })

/**
 * A move that follows from another change which was itself authorized (a corrected profile, a
 * validation decision on a shared profile, a program's discontinuation, the fiscal-year rollover): the
 * table still decides whether the move exists; whose the original change was has been checked already.
 */
export const consequence: Permits = () => true

/** The public actions the API offers on an enrollment, derived from the table. */
export const enrollmentViewActions = (state: EnrollmentState, permits: Permits): ReadonlyArray<"accept"> => {
  const possible = available(enrollmentLifecycle, state, { reason: null }, permits)
  return possible.includes("submit_complete") || possible.includes("submit_incomplete") ? ["accept"] : []
}

/** States in which an enrollment is still on its way or done (eligibility matters). */
export const isActiveEnrollmentState = (s: EnrollmentState): boolean =>
  enrollmentLifecycle.table[s].expire !== undefined

/** `enrolling` for users who are not Incentives admin while it is action_required or validating. */
export const viewState = (state: EnrollmentState, viewerIsIncentivesAdmin: boolean) =>
  !viewerIsIncentivesAdmin && (state === "action_required" || state === "validating")
    ? ("enrolling" as const)
    : state
