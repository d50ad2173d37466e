import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import { fiscalYearOf } from "../calendar/business-calendar.ts"
import type { EnrollmentView, PayoutDefaultsView, ProfileSummary } from "../contract/enrollment.ts"
import type { Location } from "../identity/model.ts"
import type { LocationId, OrganizationId } from "../ids.ts"
import { NotFound } from "../shared/errors.ts"
import type { Kernel } from "./kernel.ts"
import { actorPermits, enrollmentViewActions, viewState } from "./lifecycle.ts"
import {
  BankProfile,
  type Enrollment,
  type Program,
  type TaxProfile,
  VALIDATION_TARGET_MILLIS
} from "./model.ts"
import type { EnrollmentFilter } from "./repository.ts"

/** Which requirements of the program the location meets, and whether it is eligible. */
export const makeEligibilityCheck = (k: Kernel) => (location: Location, program: Program) =>
  Effect.gen(function* () {
    const met = new Map((yield* k.repo.requirementStatuses(location.id)).map((s) => [s.requirementId, s.met]))
    const requirements = program.requirements.map((r) => ({
      id: r.id,
      name: r.name,
      met: met.get(r.id) ?? false
    }))
    const eligible = program.status === "active" && (program.open || requirements.every((r) => r.met))
    return { eligible, requirements }
  })

const summary = (p: BankProfile | TaxProfile | undefined): ProfileSummary | null =>
  p === undefined
    ? null
    : {
        id: p.id,
        label: p instanceof BankProfile ? `${p.label} (${p.currency})` : `${p.legalName} (${p.country})`,
        state: p.state,
        stateReason: p.stateReason
      }

/** Reading enrollments: the view of one enrollment for one viewer, lists, the validation queue. */
export const makeViews = (k: Kernel) => {
  const eligibility = makeEligibilityCheck(k)

  /** The enrollment as this actor sees it (state, profiles and actions depend on the viewer). */
  const toView = (actor: Actor, enrollment: Enrollment) =>
    Effect.gen(function* () {
      const program = yield* k.loadProgram(enrollment.programId).pipe(Effect.orDie)
      const location = yield* k.loadLocation(enrollment.locationId).pipe(Effect.orDie)
      const { requirements } = yield* eligibility(location, program)
      const target = { organizationId: location.organizationId, locationId: location.id }
      const isAdmin = policy.enroll(actor, target)
      const isVendor = actor.kind === "vendor"
      const calendar = yield* k.calendar.current
      const now = yield* k.clock.now
      const fy = fiscalYearOf(calendar, now)
      const fyOfEnrollment = enrollment.fiscalYear === fy.label ? fy : fiscalYearOf(calendar, fy.start)
      const { bank, tax } = yield* k.profilesOf(enrollment)
      const dueAt =
        enrollment.submittedAt === null
          ? undefined
          : new Date(enrollment.submittedAt.getTime() + VALIDATION_TARGET_MILLIS)
      // Only an Incentives admin goes on from here: a location without one is blocked until one is assigned.
      const waitsForAdmin = enrollment.state === "invited" || enrollment.state === "action_required"
      const blocked = waitsForAdmin && !(yield* k.invitations.hasIncentivesAdmin(location))
      const view: EnrollmentView = {
        id: enrollment.id,
        program: { id: program.id, name: program.name, open: program.open, status: program.status },
        location: { id: location.id, partnerId: location.partnerId, name: location.name },
        state: viewState(enrollment.state, isAdmin || isVendor),
        fiscalYear: enrollment.fiscalYear,
        expiresOn: fyOfEnrollment.lastDay,
        missing: enrollment.missing,
        reason: enrollment.reason,
        requirements,
        unmetRequirements: requirements.filter((r) => !r.met).map((r) => ({ id: r.id, name: r.name })),
        // Bank and tax details only for the location's Incentives admins and vendor staff.
        bankProfile: isAdmin || isVendor ? summary(bank) : null,
        taxProfile: isAdmin || isVendor ? summary(tax) : null,
        validation:
          enrollment.state === "validating" && enrollment.submittedAt !== null && dueAt !== undefined
            ? { submittedAt: enrollment.submittedAt, dueAt, overdue: now.getTime() > dueAt.getTime() }
            : null,
        blockedReason: blocked ? "no_incentives_admin" : null,
        actions: enrollmentViewActions(enrollment.state, actorPermits(actor, target)),
        invitedAt: enrollment.invitedAt,
        enrolledAt: enrollment.enrolledAt,
        version: enrollment.version
      }
      return view
    })

  /** The enrollment and its location, unless the actor may not even know it exists (404). */
  const ownEnrollment = (actor: Actor, id: string) =>
    Effect.gen(function* () {
      const enrollment = yield* k.loadEnrollment(id)
      const location = yield* k.loadLocation(enrollment.locationId)
      if (actor.kind === "partner" && actor.organizationId !== location.organizationId)
        return yield* new NotFound({ entity: "enrollment", id })
      if (actor.kind === "customer" || actor.kind === "customer_contact")
        return yield* new NotFound({ entity: "enrollment", id })
      return { enrollment, location }
    })

  /** The location, authorized for `action`; another organization's location is not found (no probing). */
  const authorizedLocation = (
    actor: Actor,
    action: "enroll" | "editBankAndTax" | "viewEnrollments" | "viewBankAndTax",
    locationId: LocationId
  ) =>
    Effect.gen(function* () {
      const location = yield* k.identity.findLocation(locationId)
      if (
        Option.isNone(location) ||
        (actor.kind === "partner" && actor.organizationId !== location.value.organizationId)
      )
        return yield* new NotFound({ entity: "location", id: locationId })
      yield* authorize(action, actor, { organizationId: location.value.organizationId, locationId })
      return location.value
    })

  /** The enrollments of the actor's locations (all for vendor staff), as views. */
  const listEnrollments = Effect.fn("EnrollmentService.listEnrollments")(function* (
    actor: Actor,
    filter: Omit<EnrollmentFilter, "locationIds"> & { readonly locationId?: LocationId | undefined }
  ) {
    let locationIds: Array<LocationId> | undefined
    if (actor.kind === "partner") {
      const own = yield* k.identity.locationsOf(actor.organizationId)
      locationIds = own
        .filter((l) => policy.viewEnrollments(actor, { organizationId: l.organizationId, locationId: l.id }))
        .map((l) => l.id)
        .filter((id) => filter.locationId === undefined || id === filter.locationId)
    } else if (actor.kind === "vendor") {
      yield* authorize("viewEnrollments", actor, { organizationId: "" as OrganizationId })
      locationIds = filter.locationId === undefined ? undefined : [filter.locationId]
    } else {
      locationIds = []
    }
    if (locationIds !== undefined && locationIds.length === 0) return []
    const rows = yield* k.repo.listEnrollments({ ...filter, locationIds })
    return yield* Effect.forEach(rows, (e) => toView(actor, e))
  })

  /** One enrollment's view, with the actions the actor is offered. */
  const getEnrollment = Effect.fn("EnrollmentService.getEnrollment")(function* (actor: Actor, id: string) {
    const { enrollment, location } = yield* ownEnrollment(actor, id)
    yield* authorize("viewEnrollments", actor, {
      organizationId: location.organizationId,
      locationId: location.id
    })
    return yield* toView(actor, enrollment)
  })

  /** Enrollments waiting for bank/tax validation, the oldest due first (operators and auditors). */
  const validationQueue = Effect.fn("EnrollmentService.validationQueue")(function* (actor: Actor) {
    yield* authorize("readValidationQueue", actor)
    const list = yield* listEnrollments(actor, { states: ["validating"], limit: 500 })
    const due = (v: EnrollmentView) => v.validation?.dueAt.getTime() ?? 0
    return [...list].sort((a, b) => due(a) - due(b))
  })

  /** The location's default bank profile per currency and its default tax profile. */
  const payoutDefaults = Effect.fn("EnrollmentService.payoutDefaults")(function* (
    actor: Actor,
    locationId: LocationId
  ) {
    yield* authorizedLocation(actor, "viewBankAndTax", locationId)
    const bank = yield* k.repo.defaultBankProfiles(locationId)
    const tax = yield* k.repo.defaultTaxProfile(locationId)
    const view: PayoutDefaultsView = {
      bankProfiles: bank.map((b) => ({ currency: b.currency, bankProfileId: b.profileId })),
      taxProfileId: Option.getOrNull(tax)
    }
    return view
  })

  return {
    eligibility,
    toView,
    ownEnrollment,
    authorizedLocation,
    queries: { listEnrollments, getEnrollment, validationQueue, payoutDefaults }
  }
}
export type Views = ReturnType<typeof makeViews>
