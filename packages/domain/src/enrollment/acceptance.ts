import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import type { Location } from "../identity/model.ts"
import { NotFound } from "../shared/errors.ts"
import type { Permits } from "../shared/lifecycle.ts"
import { enrollmentEmails } from "./emails.ts"
import type { Kernel } from "./kernel.ts"
import { actorPermits, consequence } from "./lifecycle.ts"
import type { BankProfile, Enrollment, MissingItem, Program, TaxProfile } from "./model.ts"
import type { Views } from "./views.ts"

interface Resolved {
  readonly bank: BankProfile | undefined
  readonly tax: TaxProfile | undefined
  readonly missing: ReadonlyArray<MissingItem>
}

/** The bank and tax profiles a location chooses for an enrollment. */
export interface ProfileChoice {
  readonly bankProfileId?: string | undefined
  readonly taxProfileId?: string | undefined
}

/** What the Incentives admin is told to do about each missing item. */
export const describeMissing = (missing: ReadonlyArray<MissingItem>): string => {
  const text: Record<MissingItem, string> = {
    bank_profile: "add a bank profile",
    bank_profile_choice: "choose which bank profile to use (or set a default for the location)",
    bank_profile_returned: "the bank profile was returned by validation; correct it",
    tax_profile: "add a tax profile",
    tax_profile_choice: "choose which tax profile to use (or set a default for the location)",
    tax_profile_returned: "the tax profile was returned by validation; correct it"
  }
  return missing.map((m) => text[m]).join("; ")
}

/**
 * Accepting an invitation (SPEC §3): the Incentives admin submits the enrollment with the chosen (or
 * default) bank and tax profiles; complete data goes to validation, and already-validated profiles
 * enroll at once. `submit` is also what a corrected profile does to the enrollments that use it.
 */
export const makeAcceptance = (k: Kernel, views: Views) => {
  /** Which bank and tax profile an enrollment would use, and what is missing. */
  const resolveProfiles = (location: Location, enrollment: Enrollment, input: ProfileChoice) =>
    Effect.gen(function* () {
      const missing: Array<MissingItem> = []
      let bank: BankProfile | undefined
      const bankId = input.bankProfileId ?? enrollment.bankProfileId ?? undefined
      if (bankId !== undefined) {
        bank = Option.getOrUndefined(yield* k.repo.findBankProfile(bankId))
        if (bank === undefined || bank.organizationId !== location.organizationId)
          return yield* new NotFound({ entity: "bank profile", id: bankId })
      } else {
        const defaults = yield* k.repo.defaultBankProfiles(location.id)
        const all = yield* k.repo.bankProfilesOf(location.organizationId)
        if (defaults.length === 1)
          bank = Option.getOrUndefined(yield* k.repo.findBankProfile(defaults[0]!.profileId))
        else if (defaults.length === 0 && all.length === 1) bank = all[0]
        else missing.push(all.length === 0 ? "bank_profile" : "bank_profile_choice")
      }
      if (bank?.state === "action_required") missing.push("bank_profile_returned")
      let tax: TaxProfile | undefined
      const taxId = input.taxProfileId ?? enrollment.taxProfileId ?? undefined
      if (taxId !== undefined) {
        tax = Option.getOrUndefined(yield* k.repo.findTaxProfile(taxId))
        if (tax === undefined || tax.organizationId !== location.organizationId)
          return yield* new NotFound({ entity: "tax profile", id: taxId })
      } else {
        const preferred = yield* k.repo.defaultTaxProfile(location.id)
        const all = yield* k.repo.taxProfilesOf(location.organizationId)
        if (Option.isSome(preferred)) tax = all.find((t) => t.id === preferred.value)
        else if (all.length === 1) tax = all[0]
        else missing.push(all.length === 0 ? "tax_profile" : "tax_profile_choice")
      }
      if (tax?.state === "action_required") missing.push("tax_profile_returned")
      return { bank, tax, missing }
    })

  /**
   * Submits the enrollment with its profiles: something missing → `submit_incomplete` (the reason says
   * what); complete → `complete` (submit_complete, or update_profiles for one already validating or
   * enrolled), and enrolled at once when both profiles are validated already.
   */
  const submit = (
    actor: Actor,
    permits: Permits,
    location: Location,
    program: Program,
    enrollment: Enrollment,
    resolved: Resolved,
    complete: "submit_complete" | "update_profiles"
  ) =>
    Effect.gen(function* () {
      const { bank, tax, missing } = resolved
      const changes = {
        bankProfileId: bank?.id ?? null,
        taxProfileId: tax?.id ?? null,
        missing: [...missing]
      }
      if (missing.length > 0) {
        return yield* k.move(actor, permits, enrollment, "submit_incomplete", {
          ...changes,
          reason: describeMissing(missing)
        })
      }
      const now = yield* k.clock.now
      const validating = yield* k.move(actor, permits, enrollment, complete, {
        ...changes,
        reason: null,
        submittedAt: now
      })
      if (bank?.state !== "approved" || tax?.state !== "approved") return validating
      const enrolled = yield* k.move("system", consequence, validating, "approve", { enrolledAt: now })
      yield* k.emailAdmins(location, (to, portalUrl) =>
        enrollmentEmails.enrolled({ to, portalUrl, ...k.emailContext(location, program) })
      )
      return enrolled
    })

  /** Enroll: only from invited or action_required (the table has no submit_* row elsewhere: 409). */
  const accept = Effect.fn("EnrollmentService.accept")(function* (
    actor: Actor,
    id: string,
    input: ProfileChoice
  ) {
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        const { enrollment, location } = yield* views.ownEnrollment(actor, id)
        const program = yield* k.loadProgram(enrollment.programId)
        const resolved = yield* resolveProfiles(location, enrollment, input)
        const permits = actorPermits(actor, {
          organizationId: location.organizationId,
          locationId: location.id
        })
        const next = yield* submit(actor, permits, location, program, enrollment, resolved, "submit_complete")
        return yield* views.toView(actor, next)
      })
    )
  })

  return { resolveProfiles, submit, methods: { accept } }
}
