import { Effect } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { enrollmentEmails } from "./emails.ts"
import type { Kernel } from "./kernel.ts"
import { actorPermits, consequence } from "./lifecycle.ts"
import type { BankProfile, Enrollment, MissingItem, TaxProfile } from "./model.ts"
import type { makePayoutProfiles } from "./payout-profiles.ts"
import type { Views } from "./views.ts"

/**
 * An operator's decision on an enrollment in validation: approve, or return it with a reason (naming the
 * bank profile, the tax profile or both).
 */
export interface ValidationDecision {
  readonly decision: "approve" | "return"
  readonly reason?: string | undefined
  readonly profiles?: "bank" | "tax" | "both" | undefined
}

/**
 * The operator's validation of an enrollment's bank and tax data (SPEC §3, target VALIDATION_TARGET_MILLIS): approve
 * enrolls it (and every other enrollment waiting on the same, now approved, profiles); return sends it
 * back with a reason (and every other enrollment relying on a returned profile).
 */
export const makeValidation = (k: Kernel, views: Views, profiles: ReturnType<typeof makePayoutProfiles>) => {
  /** Emails the enrollment's Incentives admins, loading its location and program. */
  const notify = (enrollment: Enrollment, email: "enrolled" | { readonly reason: string }) =>
    Effect.gen(function* () {
      const location = yield* k.loadLocation(enrollment.locationId)
      const program = yield* k.loadProgram(enrollment.programId)
      const c = k.emailContext(location, program)
      yield* k.emailAdmins(location, (to, portalUrl) =>
        email === "enrolled"
          ? enrollmentEmails.enrolled({ to, portalUrl, ...c })
          : enrollmentEmails.actionRequired({
              to,
              portalUrl,
              reason: { kind: "returned", text: email.reason },
              ...c
            })
      )
    })

  const approve = (
    actor: Actor,
    enrollment: Enrollment,
    bank: BankProfile | undefined,
    tax: TaxProfile | undefined
  ) =>
    Effect.gen(function* () {
      const location = yield* k.loadLocation(enrollment.locationId)
      const permits = actorPermits(actor, {
        organizationId: location.organizationId,
        locationId: location.id
      })
      const now = yield* k.clock.now
      const approved = { enrolledAt: now, reason: null, missing: [] }
      const enrolled = yield* k.move(actor, permits, enrollment, "approve", approved)
      for (const profile of [bank, tax]) {
        if (profile !== undefined && profile.state !== "approved")
          yield* profiles.decide(actor, profile, "approve", null)
      }
      yield* notify(enrolled, "enrolled")
      // Other enrollments waiting on the same profiles are validated by the same decision.
      for (const kind of ["bank", "tax"] as const) {
        const profileId = kind === "bank" ? enrollment.bankProfileId : enrollment.taxProfileId
        if (profileId === null) continue
        for (const other of yield* k.repo.enrollmentsUsingProfile(kind, profileId)) {
          if (other.id === enrollment.id || other.state !== "validating") continue
          const theirs = yield* k.profilesOf(other)
          if (theirs.bank?.state !== "approved" || theirs.tax?.state !== "approved") continue
          yield* notify(yield* k.move(actor, consequence, other, "approve", approved), "enrolled")
        }
      }
      return enrolled
    })

  const giveBack = (
    actor: Actor,
    enrollment: Enrollment,
    bank: BankProfile | undefined,
    tax: TaxProfile | undefined,
    input: ValidationDecision
  ) =>
    Effect.gen(function* () {
      // The table's guard refuses a return without a reason (after the state and the permission).
      const reason = input.reason?.trim() ?? ""
      const location = yield* k.loadLocation(enrollment.locationId)
      const permits = actorPermits(actor, {
        organizationId: location.organizationId,
        locationId: location.id
      })
      const which = input.profiles ?? "both"
      const returned = [
        ["bank", which === "tax" ? undefined : bank, "bank_profile_returned"],
        ["tax", which === "bank" ? undefined : tax, "tax_profile_returned"]
      ] as const
      const missing: ReadonlyArray<MissingItem> = returned.flatMap(([, profile, item]) =>
        profile === undefined ? [] : [item]
      )
      const next = yield* k.move(actor, permits, enrollment, "return", { reason, missing: [...missing] })
      for (const [, profile] of returned) {
        if (profile !== undefined) yield* profiles.decide(actor, profile, "return", reason)
      }
      yield* notify(next, { reason })
      // Every other enrollment that relies on a returned profile needs action too.
      for (const [kind, profile, item] of returned) {
        if (profile === undefined) continue
        for (const other of yield* k.repo.enrollmentsUsingProfile(kind, profile.id)) {
          if (other.id === enrollment.id || (other.state !== "validating" && other.state !== "enrolled"))
            continue
          yield* notify(
            yield* k.move(actor, consequence, other, "profiles_returned", { reason, missing: [item] }),
            {
              reason
            }
          )
        }
      }
      return next
    })

  /** An operator approves an enrollment in validation, or returns it (and its payout profiles) with a reason. */
  const validate = Effect.fn("EnrollmentService.validate")(function* (
    actor: Actor,
    id: string,
    input: ValidationDecision
  ) {
    // Operators only, before anything is looked up (others learn nothing about the enrollment).
    yield* authorize("validateProfiles", actor)
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        const enrollment = yield* k.loadEnrollment(id)
        const { bank, tax } = yield* k.profilesOf(enrollment)
        const next =
          input.decision === "approve"
            ? yield* approve(actor, enrollment, bank, tax)
            : yield* giveBack(actor, enrollment, bank, tax, input)
        return yield* views.toView(actor, next)
      })
    )
  })

  return { methods: { validate } }
}
