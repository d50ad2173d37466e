import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import type { Location } from "../identity/model.ts"
import { type LocationId, newId, type PartnerId, type ProgramId } from "../ids.ts"
import { NotFound } from "../shared/errors.ts"
import { transition } from "../shared/lifecycle.ts"
import { enrollmentEmails } from "./emails.ts"
import { UnknownPartnerId } from "./errors.ts"
import type { Kernel } from "./kernel.ts"
import { consequence, isActiveEnrollmentState, programLifecycle, vendorPermits } from "./lifecycle.ts"
import { Enrollment, type Program, RequirementStatus } from "./model.ts"
import type { Views } from "./views.ts"

/** The row of an eligibility import: one requirement of one location, by PartnerID. */
export interface EligibilityRow {
  readonly partnerId: string
  readonly requirementId: string
  readonly met: boolean
}

/**
 * Eligibility (SPEC §3): requirements met per location, agreements, and what follows from them —
 * invitations, deactivation, discontinuation. Every such move is a consequence of the operator's change
 * (or of the program's), so it passes the lifecycle table with `consequence`.
 */
export const makeEligibility = (k: Kernel, views: Views) => {
  /** Brings one (location, program) in line with eligibility: invite, deactivate or discontinue. */
  const evaluate = (actor: Actor | "system", location: Location, program: Program) =>
    Effect.gen(function* () {
      const existing = yield* k.repo.findEnrollmentFor(location.id, program.id)
      const c = k.emailContext(location, program)
      if (program.status === "discontinued") {
        if (Option.isSome(existing) && existing.value.state !== "discontinued") {
          yield* k.move(actor, consequence, existing.value, "discontinue", {
            reason: "The program is no longer offered"
          })
          yield* k.emailAdmins(location, (to, portalUrl) =>
            enrollmentEmails.discontinued({ to, portalUrl, ...c })
          )
        }
        return
      }
      const { eligible, requirements } = yield* views.eligibility(location, program)
      if (!eligible) {
        if (Option.isSome(existing) && isActiveEnrollmentState(existing.value.state)) {
          const names = requirements.filter((r) => !r.met).map((r) => r.name)
          const reason = `eligibility requirements not met: ${names.join(", ")}`
          yield* k.move(actor, consequence, existing.value, "deactivate", { reason })
          yield* k.emailAdmins(location, (to, portalUrl) =>
            enrollmentEmails.inactive({
              to,
              portalUrl,
              reason: { kind: "requirements_not_met", requirements: names },
              ...c
            })
          )
        }
        return
      }
      const now = yield* k.clock.now
      const fy = yield* k.currentFiscalYear
      if (Option.isNone(existing)) {
        const enrollment = new Enrollment({
          id: newId("enr"),
          locationId: location.id,
          programId: program.id,
          state: "invited",
          fiscalYear: fy.label,
          bankProfileId: null,
          taxProfileId: null,
          missing: [],
          reason: null,
          invitedAt: now,
          submittedAt: null,
          enrolledAt: null,
          updatedAt: now,
          version: 1
        })
        // A concurrent evaluation may have invited it first: then it also audited and emailed.
        if (!(yield* k.repo.insertEnrollment(enrollment))) return
        yield* k.audit.append({
          actor,
          action: "enrollment.invited",
          entityType: "enrollment",
          entityId: enrollment.id,
          before: null,
          after: { state: "invited", locationId: location.id, programId: program.id, fiscalYear: fy.label }
        })
      } else if (existing.value.state === "inactive") {
        yield* k.move(actor, consequence, existing.value, "invite", {
          reason: null,
          invitedAt: now,
          fiscalYear: fy.label,
          missing: []
        })
      } else {
        return
      }
      // Open programs: no email; the invitation is listed on the overview. Without an Incentives admin
      // the organization's Global and Account admins are told to assign one.
      if (!program.open) yield* k.invitations.sendInvitation(location, program)
    })

  const evaluateEverywhere = (actor: Actor | "system", program: Program) =>
    Effect.gen(function* () {
      for (const location of yield* k.identity.allLocations) yield* evaluate(actor, location, program)
    })

  /** Records one requirement of one location and re-evaluates that location's program. */
  const recordRequirement = (
    actor: Actor,
    input: { readonly locationId: LocationId; readonly requirementId: string; readonly met: boolean }
  ) =>
    Effect.gen(function* () {
      const location = yield* k.loadLocation(input.locationId)
      const program = (yield* k.repo.listPrograms).find((p) =>
        p.requirements.some((r) => r.id === input.requirementId)
      )
      if (program === undefined)
        return yield* new NotFound({ entity: "requirement", id: input.requirementId })
      const before = (yield* k.repo.requirementStatuses(location.id)).find(
        (s) => s.requirementId === input.requirementId
      )
      yield* k.repo.setRequirementStatus(
        new RequirementStatus({
          locationId: location.id,
          requirementId: input.requirementId,
          met: input.met,
          updatedAt: yield* k.clock.now
        })
      )
      yield* k.audit.append({
        actor,
        action: "eligibility.requirement_set",
        entityType: "location",
        entityId: location.id,
        before: before === undefined ? null : { requirementId: before.requirementId, met: before.met },
        after: { requirementId: input.requirementId, met: input.met }
      })
      yield* evaluate(actor, location, program)
      return { location, program }
    })

  /** Records whether a location meets a program requirement (operators); enrollments are re-evaluated. */
  const setRequirement = Effect.fn("EnrollmentService.setRequirement")(function* (
    actor: Actor,
    input: { readonly locationId: LocationId; readonly requirementId: string; readonly met: boolean }
  ) {
    yield* authorize("manageCatalog", actor)
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        const { location, program } = yield* recordRequirement(actor, input)
        const enrollment = yield* k.repo.findEnrollmentFor(location.id, program.id)
        return Option.isSome(enrollment) ? [yield* views.toView(actor, enrollment.value)] : []
      })
    )
  })

  /** Many requirement states at once by PartnerID: all rows or none (an unknown PartnerID refuses all). */
  const importEligibility = Effect.fn("EnrollmentService.importEligibility")(function* (
    actor: Actor,
    rows: ReadonlyArray<EligibilityRow>
  ) {
    yield* authorize("manageCatalog", actor)
    yield* k.tx.transaction(
      Effect.forEach(rows, (row, index) =>
        Effect.gen(function* () {
          const location = yield* k.identity.findLocationByPartnerId(row.partnerId as PartnerId)
          if (Option.isNone(location)) {
            return yield* new UnknownPartnerId({ row: index + 1, partnerId: row.partnerId })
          }
          yield* recordRequirement(actor, { ...row, locationId: location.value.id })
        })
      )
    )
    return rows.length
  })

  /** Records whether a location's partner agreement is active (operators); enrollments are re-evaluated. */
  const setAgreement = Effect.fn("EnrollmentService.setAgreement")(function* (
    actor: Actor,
    locationId: LocationId,
    active: boolean
  ) {
    yield* authorize("manageCatalog", actor)
    yield* k.tx.transaction(
      Effect.gen(function* () {
        yield* k.loadLocation(locationId)
        const before = yield* k.repo.isAgreementActive(locationId)
        yield* k.repo.setAgreement(locationId, active, yield* k.clock.now)
        yield* k.audit.append({
          actor,
          action: "agreement.set",
          entityType: "location",
          entityId: locationId,
          before: { active: before },
          after: { active }
        })
      })
    )
  })

  /** Invites every location that is eligible and not yet invited (operator "send invitations"). */
  const inviteEligible = Effect.fn("EnrollmentService.inviteEligible")(function* (
    actor: Actor,
    programId: ProgramId
  ) {
    yield* authorize("manageCatalog", actor)
    return yield* k.tx.transaction(
      Effect.gen(function* () {
        const program = yield* k.loadProgram(programId)
        yield* transition(programLifecycle, {
          id: programId,
          from: program.status,
          action: "invite",
          context: { programId },
          permits: vendorPermits(actor)
        })
        const invited = k.repo
          .listEnrollments({ programId, states: ["invited"], limit: 1_000_000 })
          .pipe(Effect.map((rows) => rows.length))
        const before = yield* invited
        yield* evaluateEverywhere(actor, program)
        return (yield* invited) - before
      })
    )
  })

  /** Whether the location is enrolled in the program (the claims gate). */
  const isEnrolled = (locationId: LocationId, programId: ProgramId) =>
    Effect.map(
      k.repo.findEnrollmentFor(locationId, programId),
      (e) => Option.isSome(e) && e.value.state === "enrolled"
    )

  return {
    evaluateEverywhere,
    methods: { setRequirement, importEligibility, setAgreement, inviteEligible, isEnrolled }
  }
}
