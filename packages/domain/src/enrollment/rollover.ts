import { Effect, Option } from "effect"
import { fiscalYearOf } from "../calendar/business-calendar.ts"
import { JobKind } from "../jobs/model.ts"
import type { EnrollmentEmailReason } from "./email-texts.ts"
import { enrollmentEmails } from "./emails.ts"
import type { Kernel } from "./kernel.ts"
import { consequence, type EnrollmentAction, isActiveEnrollmentState } from "./lifecycle.ts"
import type { Enrollment } from "./model.ts"
import type { Views } from "./views.ts"

/**
 * The job kind of the fiscal-year rollover (enrollments of the ended year become inactive; renewals are
 * invited).
 */
export const FISCAL_YEAR_ROLLOVER_JOB = JobKind.fiscalYearRollover

/**
 * The fiscal-year rollover (SPEC §3): at the end of a fiscal year every enrollment of that year is
 * renewed, asked for payout data, or expired — by the system, one transaction per enrollment.
 */
export const makeRollover = (k: Kernel, views: Views) => {
  /** Schedules the next fiscal-year rollover job (idempotent). */
  const scheduleRollover = Effect.gen(function* () {
    const fy = yield* k.currentFiscalYear
    yield* k.jobs.enqueue({
      kind: FISCAL_YEAR_ROLLOVER_JOB,
      payload: { fiscalYear: fy.label },
      runAt: fy.end,
      uniqueKey: `fiscal-year-rollover:${fy.label}`,
      maxAttempts: 20
    })
  })

  /** One enrollment of the ending year into `nextYear`. Every move here is the system's. */
  const rollOne = (current: Enrollment, nextYear: string) =>
    Effect.gen(function* () {
      const move = (action: EnrollmentAction, changes: Partial<Enrollment>) =>
        k.move("system", consequence, current, action, changes).pipe(Effect.orDie)
      const location = yield* k.loadLocation(current.locationId).pipe(Effect.orDie)
      const program = yield* k.loadProgram(current.programId).pipe(Effect.orDie)
      const c = k.emailContext(location, program)
      const expire = (reason: string, why: EnrollmentEmailReason) =>
        Effect.gen(function* () {
          yield* move("expire", { reason })
          yield* k.emailAdmins(location, (to, portalUrl) =>
            enrollmentEmails.inactive({ to, portalUrl, reason: why, ...c })
          )
          return "inactive" as const
        })
      if (program.status === "discontinued") {
        yield* move("discontinue", { reason: "The program is no longer offered" })
        return "unchanged" as const
      }
      const { eligible, requirements } = yield* views.eligibility(location, program)
      const agreement = yield* k.repo.isAgreementActive(location.id)
      if (!eligible || !agreement) {
        const unmet = requirements.filter((r) => !r.met).map((r) => r.name)
        const reasons = [
          ...(eligible ? [] : [`eligibility requirements not met: ${unmet.join(", ")}`]),
          ...(agreement ? [] : ["no active incentives agreement"])
        ]
        return yield* expire(`Not renewed for ${nextYear}: ${reasons.join("; ")}`, {
          kind: "not_renewed",
          fiscalYear: nextYear,
          requirements: eligible ? [] : unmet,
          noAgreement: !agreement
        })
      }
      // An invitation nobody has started yet simply carries over.
      if (current.state === "invited") {
        yield* move("renew", { fiscalYear: nextYear })
        return "renewed" as const
      }
      // Payout and tax data are complete when a profile is given and not returned by validation.
      const { bank, tax } = yield* k.profilesOf(current)
      const taxComplete = tax !== undefined && tax.state !== "action_required"
      const payoutComplete = bank !== undefined && bank.state !== "action_required"
      if (taxComplete && payoutComplete) {
        yield* move("renew", { fiscalYear: nextYear })
        yield* k.emailAdmins(location, (to, portalUrl) =>
          enrollmentEmails.renewed({ to, portalUrl, fiscalYear: nextYear, ...c })
        )
        return "renewed" as const
      }
      if (!taxComplete)
        return yield* expire(
          `Not renewed for ${nextYear}: tax data is missing or was returned by validation`,
          {
            kind: "not_renewed_tax",
            fiscalYear: nextYear
          }
        )
      const reason = `Payout (bank) data is missing for ${nextYear}`
      yield* move("renew_payout_missing", {
        fiscalYear: nextYear,
        reason,
        missing: [bank === undefined ? "bank_profile" : "bank_profile_returned"]
      })
      yield* k.emailAdmins(location, (to, portalUrl) =>
        enrollmentEmails.actionRequired({
          to,
          portalUrl,
          reason: { kind: "payout_missing", fiscalYear: nextYear },
          ...c
        })
      )
      return "actionRequired" as const
    })

  /** The rollover: renew, ask for payout data, or deactivate every enrollment of the ending year. */
  const rollover = Effect.fn("EnrollmentService.rollover")(function* (fiscalYear: string) {
    const next = fiscalYearOf(yield* k.calendar.current, yield* k.clock.now)
    const counts = { renewed: 0, actionRequired: 0, inactive: 0 }
    if (next.label === fiscalYear) return counts
    const pending = yield* k.repo.listEnrollments({
      fiscalYear,
      states: ["invited", "action_required", "validating", "enrolled"],
      limit: 1_000_000
    })
    for (const enrollment of pending) {
      // One transaction per enrollment: a crash resumes where it stopped (the job is retried).
      const outcome = yield* k.tx.transaction(
        Effect.gen(function* () {
          const current = Option.getOrUndefined(yield* k.repo.findEnrollment(enrollment.id))
          if (
            current === undefined ||
            current.fiscalYear !== fiscalYear ||
            !isActiveEnrollmentState(current.state)
          )
            return "unchanged" as const
          return yield* rollOne(current, next.label)
        })
      )
      if (outcome !== "unchanged") counts[outcome]++
    }
    yield* k.audit.append({
      actor: "system",
      action: "enrollment.fiscal_year_rollover",
      entityType: "fiscal_year",
      entityId: fiscalYear,
      before: null,
      after: { next: next.label, ...counts }
    })
    yield* scheduleRollover
    return counts
  })

  return { methods: { scheduleRollover, rollover } }
}
