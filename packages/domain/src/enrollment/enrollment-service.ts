import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import { fiscalYearOf } from "../calendar/business-calendar.ts"
import { Calendar } from "../calendar/calendar-service.ts"
import { Clock } from "../calendar/clock.ts"
import { defaultPrograms } from "../catalog/catalog.ts"
import type { Location } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { type LocationId, newId, type OrganizationId, type ProgramId } from "../ids.ts"
import { JobQueue } from "../jobs/repository.ts"
import { Outbox } from "../outbox/outbox.ts"
import { AppConfig } from "../shared/config.ts"
import {
  ConcurrentChange,
  Conflict,
  type Forbidden,
  IllegalTransition,
  InvalidInput,
  NotFound,
  VersionConflict
} from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { enrollmentEmails } from "./emails.ts"
import {
  BankProfile,
  Enrollment,
  type MissingItem,
  Program,
  Requirement,
  RequirementStatus,
  TaxProfile,
  VALIDATION_TARGET_MILLIS
} from "./model.ts"
import { type EnrollmentFilter, EnrollmentRepository } from "./repository.ts"
import {
  type EnrollmentAction,
  isActiveEnrollmentState,
  transitionEnrollment,
  viewState
} from "./transitions.ts"

export const FISCAL_YEAR_ROLLOVER_JOB = "enrollment.fiscal_year_rollover"

export interface ProfileSummary {
  readonly id: string
  readonly label: string
  readonly state: string
  readonly stateReason: string | null
}

export interface EnrollmentView {
  readonly id: string
  readonly program: {
    readonly id: string
    readonly name: string
    readonly open: boolean
    readonly status: string
  }
  readonly location: { readonly id: string; readonly partnerId: string; readonly name: string }
  /** The state as this viewer sees it (`enrolling` for users who are not Incentives admin). */
  readonly state: string
  readonly fiscalYear: string
  /** Last day of the fiscal year: the enrollment expires at its end unless renewed. */
  readonly expiresOn: string
  readonly missing: ReadonlyArray<MissingItem>
  readonly reason: string | null
  readonly requirements: ReadonlyArray<{ readonly id: string; readonly name: string; readonly met: boolean }>
  readonly unmetRequirements: ReadonlyArray<{ readonly id: string; readonly name: string }>
  readonly bankProfile: ProfileSummary | null
  readonly taxProfile: ProfileSummary | null
  readonly validation: {
    readonly submittedAt: string
    readonly dueAt: string
    readonly overdue: boolean
  } | null
  /** What the viewer can do now. */
  readonly actions: ReadonlyArray<"accept">
  readonly invitedAt: string
  readonly enrolledAt: string | null
  readonly version: number
}

export interface BankProfileInput {
  readonly label: string
  readonly accountHolder: string
  readonly iban: string
  readonly bic: string
  readonly bankName: string
  readonly country: string
  readonly currency: string
}

export interface TaxProfileInput {
  readonly legalName: string
  readonly country: string
  readonly taxId: string
  readonly address: string
}

export interface ProgramInput {
  readonly id: string
  readonly name: string
  readonly solutionArea: Program["solutionArea"]
  readonly partnerRoles: Program["partnerRoles"]
  readonly open: boolean
  readonly incentivized: boolean
  readonly arbitrationPolicy: Program["arbitrationPolicy"]
  readonly allowedChannels: Program["allowedChannels"]
  readonly requirements: ReadonlyArray<{ readonly id: string; readonly name: string }>
  /** The program guide's address; null removes it; absent keeps the current one. */
  readonly guideUrl?: string | null | undefined
}

type Failure =
  | ConcurrentChange
  | Forbidden
  | NotFound
  | InvalidInput
  | IllegalTransition
  | VersionConflict
  | Conflict

const notFound = (entity: string, id: string) => new NotFound({ entity, id })

export class EnrollmentService extends Context.Service<
  EnrollmentService,
  {
    readonly ensureCatalog: Effect.Effect<void>
    readonly listPrograms: Effect.Effect<ReadonlyArray<Program>>
    readonly listEnrollments: (
      actor: Actor,
      filter: Omit<EnrollmentFilter, "locationIds"> & { readonly locationId?: LocationId | undefined }
    ) => Effect.Effect<ReadonlyArray<EnrollmentView>, Forbidden>
    readonly getEnrollment: (actor: Actor, id: string) => Effect.Effect<EnrollmentView, Failure>
    readonly accept: (
      actor: Actor,
      id: string,
      input: { readonly bankProfileId?: string | undefined; readonly taxProfileId?: string | undefined }
    ) => Effect.Effect<EnrollmentView, Failure>
    readonly validate: (
      actor: Actor,
      id: string,
      input: {
        readonly decision: "approve" | "return"
        readonly reason?: string | undefined
        readonly profiles?: "bank" | "tax" | "both" | undefined
      }
    ) => Effect.Effect<EnrollmentView, Failure>

    readonly listBankProfiles: (
      actor: Actor,
      organizationId: OrganizationId
    ) => Effect.Effect<ReadonlyArray<BankProfile>, Forbidden>
    readonly createBankProfile: (
      actor: Actor,
      input: BankProfileInput & { readonly defaultForLocationId?: LocationId | undefined }
    ) => Effect.Effect<BankProfile, Failure>
    readonly updateBankProfile: (
      actor: Actor,
      id: string,
      patch: Partial<BankProfileInput>,
      expectedVersion?: number
    ) => Effect.Effect<BankProfile, Failure>
    readonly setDefaultBankProfile: (
      actor: Actor,
      locationId: LocationId,
      profileId: string
    ) => Effect.Effect<void, Failure>
    readonly listTaxProfiles: (
      actor: Actor,
      organizationId: OrganizationId
    ) => Effect.Effect<ReadonlyArray<TaxProfile>, Forbidden>
    readonly createTaxProfile: (
      actor: Actor,
      input: TaxProfileInput & { readonly defaultForLocationId?: LocationId | undefined }
    ) => Effect.Effect<TaxProfile, Failure>
    readonly updateTaxProfile: (
      actor: Actor,
      id: string,
      patch: Partial<TaxProfileInput>,
      expectedVersion?: number
    ) => Effect.Effect<TaxProfile, Failure>
    readonly setDefaultTaxProfile: (
      actor: Actor,
      locationId: LocationId,
      profileId: string
    ) => Effect.Effect<void, Failure>

    readonly upsertProgram: (actor: Actor, input: ProgramInput) => Effect.Effect<Program, Failure>
    readonly discontinueProgram: (actor: Actor, id: ProgramId) => Effect.Effect<Program, Failure>
    readonly setRequirement: (
      actor: Actor,
      input: { readonly locationId: LocationId; readonly requirementId: string; readonly met: boolean }
    ) => Effect.Effect<ReadonlyArray<EnrollmentView>, Failure>
    readonly setAgreement: (
      actor: Actor,
      locationId: LocationId,
      active: boolean
    ) => Effect.Effect<void, Failure>
    /** Invites every location that is eligible and not yet invited (operator "send invitations"). */
    readonly inviteEligible: (actor: Actor, programId: ProgramId) => Effect.Effect<number, Failure>
    /** Whether the location is enrolled in the program (the claims gate). */
    readonly isEnrolled: (locationId: LocationId, programId: ProgramId) => Effect.Effect<boolean>
    /** Schedules the next fiscal-year rollover job (idempotent). */
    readonly scheduleRollover: Effect.Effect<void>
    /** The rollover: renew, ask for payout data, or deactivate every enrollment of the ending year. */
    readonly rollover: (fiscalYear: string) => Effect.Effect<{
      readonly renewed: number
      readonly actionRequired: number
      readonly inactive: number
    }>
  }
>()("@openpor/domain/enrollment/EnrollmentService") {
  static readonly layer = Layer.effect(
    EnrollmentService,
    Effect.gen(function* () {
      const repo = yield* EnrollmentRepository
      const identity = yield* IdentityRepository
      const clock = yield* Clock
      const calendarService = yield* Calendar
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const outbox = yield* Outbox
      const jobs = yield* JobQueue

      const currentFiscalYear = Effect.gen(function* () {
        const calendar = yield* calendarService.current
        return fiscalYearOf(calendar, yield* clock.now)
      })

      const loadProgram = (id: ProgramId) =>
        Effect.flatMap(
          repo.findProgram(id),
          Option.match({ onNone: () => Effect.fail(notFound("program", id)), onSome: Effect.succeed })
        )
      const loadLocation = (id: LocationId) =>
        Effect.flatMap(
          identity.findLocation(id),
          Option.match({ onNone: () => Effect.fail(notFound("location", id)), onSome: Effect.succeed })
        )
      const loadEnrollment = (id: string) =>
        Effect.flatMap(
          repo.findEnrollment(id),
          Option.match({ onNone: () => Effect.fail(notFound("enrollment", id)), onSome: Effect.succeed })
        )

      /** Emails the location's Incentives admins (nobody to email: nothing is written). */
      const emailAdmins = (
        location: Location,
        build: (to: ReadonlyArray<string>, portalUrl: string) => import("../outbox/outbox.ts").NewEmail
      ) =>
        Effect.gen(function* () {
          const admins = yield* identity.usersWithLocationRole(location.id, "incentives_admin")
          if (admins.length === 0) return
          const { publicUrl } = yield* AppConfig
          yield* outbox.enqueueEmail(
            build(
              admins.map((a) => a.email),
              publicUrl
            )
          )
        })

      /** Payout and tax data changes are announced to every Incentives admin of the organization. */
      const emailPayoutChange = (organizationId: OrganizationId, what: string) =>
        Effect.gen(function* () {
          const locations = yield* identity.locationsOf(organizationId)
          const emails = new Set<string>()
          for (const l of locations)
            for (const u of yield* identity.usersWithLocationRole(l.id, "incentives_admin"))
              emails.add(u.email)
          if (emails.size === 0) return
          const { publicUrl } = yield* AppConfig
          yield* outbox.enqueueEmail({
            to: [...emails].sort(),
            template: "payout.changed",
            subject: "Your organization's payout or tax data changed",
            text: `${what}\n\nIf you did not expect this change, review the bank and tax profiles in the partner portal now: ${publicUrl}/partner/\n\nThis message was sent by OpenPOR.`
          })
        })

      const ctx = (location: Location, program: Program) => ({
        programName: program.name,
        partnerId: location.partnerId,
        locationName: location.name
      })

      /** Applies one transition of the table, writes it (optimistically), and audits it. */
      const apply = (
        actor: Actor | "system",
        enrollment: Enrollment,
        action: EnrollmentAction,
        changes: Partial<Omit<Enrollment, "id" | "state" | "version">> = {}
      ) =>
        Effect.gen(function* () {
          const to = yield* transitionEnrollment(enrollment.id, enrollment.state, action)
          const now = yield* clock.now
          const next = new Enrollment({
            ...enrollment,
            ...changes,
            state: to,
            updatedAt: now,
            version: enrollment.version + 1
          })
          // Changed by a concurrent transaction: the Transactor runs this one again from a fresh read.
          const written = yield* repo.updateEnrollment(next, enrollment.version)
          if (!written) return yield* new ConcurrentChange({ aggregate: "enrollment" })
          yield* audit.append({
            actor,
            action: `enrollment.${action}`,
            entityType: "enrollment",
            entityId: enrollment.id,
            before: {
              state: enrollment.state,
              missing: enrollment.missing,
              fiscalYear: enrollment.fiscalYear
            },
            after: {
              state: next.state,
              missing: next.missing,
              fiscalYear: next.fiscalYear,
              reason: next.reason
            }
          })
          return next
        })

      const eligibility = (location: Location, program: Program) =>
        Effect.gen(function* () {
          const statuses = yield* repo.requirementStatuses(location.id)
          const met = new Map(statuses.map((s) => [s.requirementId, s.met]))
          const requirements = program.requirements.map((r) => ({
            id: r.id,
            name: r.name,
            met: met.get(r.id) ?? false
          }))
          const eligible = program.status === "active" && (program.open || requirements.every((r) => r.met))
          return { eligible, requirements }
        })

      /** Brings one (location, program) in line with eligibility: invite, deactivate or discontinue. */
      const evaluate = (actor: Actor | "system", location: Location, program: Program) =>
        Effect.gen(function* () {
          const existing = yield* repo.findEnrollmentFor(location.id, program.id)
          const { eligible, requirements } = yield* eligibility(location, program)
          const names = requirements.filter((r) => !r.met).map((r) => r.name)
          if (program.status === "discontinued") {
            if (Option.isSome(existing) && existing.value.state !== "discontinued") {
              yield* apply(actor, existing.value, "discontinue", {
                reason: "The program is no longer offered"
              })
              yield* emailAdmins(location, (to, portalUrl) =>
                enrollmentEmails.discontinued({ to, portalUrl, ...ctx(location, program) })
              )
            }
            return
          }
          if (eligible) {
            const now = yield* clock.now
            if (Option.isNone(existing)) {
              const fy = yield* currentFiscalYear
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
              if (!(yield* repo.insertEnrollment(enrollment))) return
              yield* audit.append({
                actor,
                action: "enrollment.invited",
                entityType: "enrollment",
                entityId: enrollment.id,
                before: null,
                after: {
                  state: "invited",
                  locationId: location.id,
                  programId: program.id,
                  fiscalYear: fy.label
                }
              })
            } else if (existing.value.state === "inactive") {
              const fy = yield* currentFiscalYear
              yield* apply(actor, existing.value, "invite", {
                reason: null,
                invitedAt: now,
                fiscalYear: fy.label,
                missing: []
              })
            } else {
              return
            }
            // Open programs: no email; the invitation is listed on the overview.
            if (!program.open) {
              yield* emailAdmins(location, (to, portalUrl) =>
                enrollmentEmails.invitation({ to, portalUrl, ...ctx(location, program) })
              )
            }
            return
          }
          if (Option.isSome(existing) && isActiveEnrollmentState(existing.value.state)) {
            const reason = `eligibility requirements not met: ${names.join(", ")}`
            yield* apply(actor, existing.value, "deactivate", { reason })
            yield* emailAdmins(location, (to, portalUrl) =>
              enrollmentEmails.inactive({ to, portalUrl, reason, ...ctx(location, program) })
            )
          }
        })

      const summary = (p: BankProfile | TaxProfile | undefined): ProfileSummary | null =>
        p === undefined
          ? null
          : {
              id: p.id,
              label:
                p instanceof BankProfile ? `${p.label} (${p.currency})` : `${p.legalName} (${p.country})`,
              state: p.state,
              stateReason: p.stateReason
            }

      const toView = (actor: Actor, enrollment: Enrollment) =>
        Effect.gen(function* () {
          const program = yield* loadProgram(enrollment.programId).pipe(Effect.orDie)
          const location = yield* loadLocation(enrollment.locationId).pipe(Effect.orDie)
          const { requirements } = yield* eligibility(location, program)
          const isAdmin = policy.enroll(actor, {
            organizationId: location.organizationId,
            locationId: location.id
          })
          const isVendor = actor.kind === "vendor"
          const calendar = yield* calendarService.current
          const fy = fiscalYearOf(calendar, yield* clock.now)
          const fyOfEnrollment = enrollment.fiscalYear === fy.label ? fy : fiscalYearOf(calendar, fy.start)
          const bank =
            enrollment.bankProfileId === null
              ? undefined
              : Option.getOrUndefined(yield* repo.findBankProfile(enrollment.bankProfileId))
          const tax =
            enrollment.taxProfileId === null
              ? undefined
              : Option.getOrUndefined(yield* repo.findTaxProfile(enrollment.taxProfileId))
          const now = yield* clock.now
          const validation =
            enrollment.state === "validating" && enrollment.submittedAt !== null
              ? {
                  submittedAt: enrollment.submittedAt.toISOString(),
                  dueAt: new Date(enrollment.submittedAt.getTime() + VALIDATION_TARGET_MILLIS).toISOString(),
                  overdue: now.getTime() > enrollment.submittedAt.getTime() + VALIDATION_TARGET_MILLIS
                }
              : null
          const canAccept =
            isAdmin && (enrollment.state === "invited" || enrollment.state === "action_required")
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
            validation,
            actions: canAccept ? ["accept"] : [],
            invitedAt: enrollment.invitedAt.toISOString(),
            enrolledAt: enrollment.enrolledAt?.toISOString() ?? null,
            version: enrollment.version
          }
          return view
        })

      /** Which bank and tax profile an enrollment would use, and what is missing. */
      const resolveProfiles = (
        location: Location,
        enrollment: Enrollment,
        input: { readonly bankProfileId?: string | undefined; readonly taxProfileId?: string | undefined }
      ) =>
        Effect.gen(function* () {
          const missing: Array<MissingItem> = []
          let bank: BankProfile | undefined
          const bankId = input.bankProfileId ?? enrollment.bankProfileId ?? undefined
          if (bankId !== undefined) {
            bank = Option.getOrUndefined(yield* repo.findBankProfile(bankId))
            if (bank === undefined || bank.organizationId !== location.organizationId)
              return yield* notFound("bank profile", bankId)
          } else {
            const defaults = yield* repo.defaultBankProfiles(location.id)
            const all = yield* repo.bankProfilesOf(location.organizationId)
            if (defaults.length === 1)
              bank = Option.getOrUndefined(yield* repo.findBankProfile(defaults[0]!.profileId))
            else if (defaults.length === 0 && all.length === 1) bank = all[0]
            else if (all.length === 0) missing.push("bank_profile")
            else missing.push("bank_profile_choice")
          }
          if (bank?.state === "action_required") missing.push("bank_profile_returned")
          let tax: TaxProfile | undefined
          const taxId = input.taxProfileId ?? enrollment.taxProfileId ?? undefined
          if (taxId !== undefined) {
            tax = Option.getOrUndefined(yield* repo.findTaxProfile(taxId))
            if (tax === undefined || tax.organizationId !== location.organizationId)
              return yield* notFound("tax profile", taxId)
          } else {
            const preferred = yield* repo.defaultTaxProfile(location.id)
            const all = yield* repo.taxProfilesOf(location.organizationId)
            if (Option.isSome(preferred)) tax = all.find((t) => t.id === preferred.value)
            else if (all.length === 1) tax = all[0]
            else if (all.length === 0) missing.push("tax_profile")
            else missing.push("tax_profile_choice")
          }
          if (tax?.state === "action_required") missing.push("tax_profile_returned")
          return { bank, tax, missing }
        })

      /** After submission with complete data: validating; already-validated profiles enroll at once. */
      const submit = (
        actor: Actor | "system",
        location: Location,
        program: Program,
        enrollment: Enrollment,
        bank: BankProfile | undefined,
        tax: TaxProfile | undefined,
        missing: ReadonlyArray<MissingItem>
      ) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const changes = {
            bankProfileId: bank?.id ?? null,
            taxProfileId: tax?.id ?? null,
            missing: [...missing]
          }
          if (missing.length > 0) {
            return yield* apply(actor, enrollment, "submit_incomplete", {
              ...changes,
              reason: describeMissing(missing)
            })
          }
          const validating = yield* apply(
            actor,
            enrollment,
            enrollment.state === "enrolled" || enrollment.state === "validating"
              ? "update_profiles"
              : "submit_complete",
            {
              ...changes,
              reason: null,
              submittedAt: now
            }
          )
          if (bank?.state === "approved" && tax?.state === "approved") {
            const enrolled = yield* apply("system", validating, "approve", { enrolledAt: now })
            yield* emailAdmins(location, (to, portalUrl) =>
              enrollmentEmails.enrolled({ to, portalUrl, ...ctx(location, program) })
            )
            return enrolled
          }
          return validating
        })

      /** Re-checks every enrollment that uses a changed profile. */
      const profileChanged = (actor: Actor, kind: "bank" | "tax", profileId: string) =>
        Effect.gen(function* () {
          const using = yield* repo.enrollmentsUsingProfile(kind, profileId)
          for (const enrollment of using) {
            if (
              enrollment.state !== "enrolled" &&
              enrollment.state !== "validating" &&
              enrollment.state !== "action_required"
            )
              continue
            const location = yield* loadLocation(enrollment.locationId)
            const program = yield* loadProgram(enrollment.programId)
            const { bank, tax, missing } = yield* resolveProfiles(location, enrollment, {})
            if (enrollment.state === "action_required" && missing.length > 0) continue
            yield* submit(actor, location, program, enrollment, bank, tax, missing)
          }
        })

      const authorizedLocation = (
        actor: Actor,
        action: "enroll" | "editBankAndTax" | "viewEnrollments",
        locationId: LocationId
      ) =>
        Effect.gen(function* () {
          const location = yield* identity.findLocation(locationId)
          if (Option.isNone(location)) return yield* notFound("location", locationId)
          // A location of another organization is not found, not forbidden (no probing of foreign IDs).
          if (actor.kind === "partner" && actor.organizationId !== location.value.organizationId)
            return yield* notFound("location", locationId)
          yield* authorize(action, actor, { organizationId: location.value.organizationId, locationId })
          return location.value
        })

      const ownEnrollment = (actor: Actor, id: string) =>
        Effect.gen(function* () {
          const enrollment = yield* loadEnrollment(id)
          const location = yield* loadLocation(enrollment.locationId)
          if (actor.kind === "partner" && actor.organizationId !== location.organizationId)
            return yield* notFound("enrollment", id)
          if (actor.kind === "customer" || actor.kind === "customer_contact")
            return yield* notFound("enrollment", id)
          return { enrollment, location }
        })

      const ensureCatalog = Effect.gen(function* () {
        const existing = new Set((yield* repo.listPrograms).map((p) => p.id as string))
        for (const d of defaultPrograms) {
          if (existing.has(d.id)) continue
          const program = new Program({
            id: d.id as ProgramId,
            name: d.name,
            solutionArea: d.solutionArea,
            partnerRoles: [...d.partnerRoles],
            open: d.open,
            incentivized: d.incentivized,
            status: d.status,
            arbitrationPolicy: d.arbitrationPolicy,
            allowedChannels: [...d.allowedChannels],
            guideUrl: d.guideUrl ?? null,
            requirements: d.eligibilityRequirements.map(
              (r) => new Requirement({ id: r.id, programId: d.id as ProgramId, name: r.name })
            )
          })
          yield* tx.transaction(
            Effect.gen(function* () {
              yield* repo.upsertProgram(program)
              for (const r of program.requirements) yield* repo.upsertRequirement(r)
            })
          )
        }
      })

      const listEnrollments = Effect.fn("EnrollmentService.listEnrollments")(function* (
        actor: Actor,
        filter: Omit<EnrollmentFilter, "locationIds"> & { readonly locationId?: LocationId | undefined }
      ) {
        let locationIds: Array<LocationId> | undefined
        if (actor.kind === "partner") {
          const own = yield* identity.locationsOf(actor.organizationId)
          const visible = own.filter((l) =>
            policy.viewEnrollments(actor, { organizationId: l.organizationId, locationId: l.id })
          )
          locationIds = visible
            .map((l) => l.id)
            .filter((id) => filter.locationId === undefined || id === filter.locationId)
        } else if (actor.kind === "vendor") {
          yield* authorize("viewEnrollments", actor, { organizationId: "" as OrganizationId })
          locationIds = filter.locationId === undefined ? undefined : [filter.locationId]
        } else {
          locationIds = []
        }
        if (locationIds !== undefined && locationIds.length === 0) return []
        const rows = yield* repo.listEnrollments({ ...filter, locationIds })
        return yield* Effect.forEach(rows, (e) => toView(actor, e))
      })

      const getEnrollment = Effect.fn("EnrollmentService.getEnrollment")(function* (
        actor: Actor,
        id: string
      ) {
        const { enrollment, location } = yield* ownEnrollment(actor, id)
        yield* authorize("viewEnrollments", actor, {
          organizationId: location.organizationId,
          locationId: location.id
        })
        return yield* toView(actor, enrollment)
      })

      const accept = Effect.fn("EnrollmentService.accept")(function* (
        actor: Actor,
        id: string,
        input: { readonly bankProfileId?: string | undefined; readonly taxProfileId?: string | undefined }
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const { enrollment, location } = yield* ownEnrollment(actor, id)
            yield* authorize("enroll", actor, {
              organizationId: location.organizationId,
              locationId: location.id
            })
            if (enrollment.state !== "invited" && enrollment.state !== "action_required") {
              return yield* new IllegalTransition({
                aggregate: "enrollment",
                id: enrollment.id,
                from: enrollment.state,
                action: "accept"
              })
            }
            const program = yield* loadProgram(enrollment.programId)
            const { bank, tax, missing } = yield* resolveProfiles(location, enrollment, input)
            const next = yield* submit(actor, location, program, enrollment, bank, tax, missing)
            return yield* toView(actor, next)
          })
        )
      })

      const validate = Effect.fn("EnrollmentService.validate")(function* (
        actor: Actor,
        id: string,
        input: {
          readonly decision: "approve" | "return"
          readonly reason?: string | undefined
          readonly profiles?: "bank" | "tax" | "both" | undefined
        }
      ) {
        yield* authorize("validateProfiles", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            const enrollment = yield* loadEnrollment(id)
            const location = yield* loadLocation(enrollment.locationId)
            const program = yield* loadProgram(enrollment.programId)
            const now = yield* clock.now
            if (enrollment.state !== "validating") {
              yield* transitionEnrollment(
                enrollment.id,
                enrollment.state,
                input.decision === "approve" ? "approve" : "return"
              )
            }
            const bank =
              enrollment.bankProfileId === null
                ? undefined
                : Option.getOrUndefined(yield* repo.findBankProfile(enrollment.bankProfileId))
            const tax =
              enrollment.taxProfileId === null
                ? undefined
                : Option.getOrUndefined(yield* repo.findTaxProfile(enrollment.taxProfileId))
            if (input.decision === "approve") {
              if (bank !== undefined && bank.state !== "approved") {
                yield* setBankState(actor, bank, "approved", null)
              }
              if (tax !== undefined && tax.state !== "approved") {
                yield* setTaxState(actor, tax, "approved", null)
              }
              const enrolled = yield* apply(actor, enrollment, "approve", {
                enrolledAt: now,
                reason: null,
                missing: []
              })
              yield* emailAdmins(location, (to, portalUrl) =>
                enrollmentEmails.enrolled({ to, portalUrl, ...ctx(location, program) })
              )
              // Other enrollments waiting on the same profiles are validated by the same decision.
              for (const kind of ["bank", "tax"] as const) {
                const profileId = kind === "bank" ? enrollment.bankProfileId : enrollment.taxProfileId
                if (profileId === null) continue
                for (const other of yield* repo.enrollmentsUsingProfile(kind, profileId)) {
                  if (other.id === enrollment.id || other.state !== "validating") continue
                  const otherBank =
                    other.bankProfileId === null
                      ? undefined
                      : Option.getOrUndefined(yield* repo.findBankProfile(other.bankProfileId))
                  const otherTax =
                    other.taxProfileId === null
                      ? undefined
                      : Option.getOrUndefined(yield* repo.findTaxProfile(other.taxProfileId))
                  if (otherBank?.state === "approved" && otherTax?.state === "approved") {
                    yield* apply(actor, other, "approve", { enrolledAt: now, reason: null, missing: [] })
                    const otherLocation = yield* loadLocation(other.locationId)
                    const otherProgram = yield* loadProgram(other.programId)
                    yield* emailAdmins(otherLocation, (to, portalUrl) =>
                      enrollmentEmails.enrolled({ to, portalUrl, ...ctx(otherLocation, otherProgram) })
                    )
                  }
                }
              }
              return yield* toView(actor, enrolled)
            }
            const reason = input.reason?.trim() ?? ""
            if (reason === "") {
              return yield* new InvalidInput({
                code: "missing_field",
                reason: "A reason is required to return an enrollment",
                details: { field: "reason" }
              })
            }
            const which = input.profiles ?? "both"
            const missing: Array<MissingItem> = []
            if ((which === "bank" || which === "both") && bank !== undefined) {
              yield* setBankState(actor, bank, "action_required", reason)
              missing.push("bank_profile_returned")
            }
            if ((which === "tax" || which === "both") && tax !== undefined) {
              yield* setTaxState(actor, tax, "action_required", reason)
              missing.push("tax_profile_returned")
            }
            const returned = yield* apply(actor, enrollment, "return", { reason, missing })
            yield* emailAdmins(location, (to, portalUrl) =>
              enrollmentEmails.actionRequired({ to, portalUrl, reason, ...ctx(location, program) })
            )
            // Every other enrollment that relies on a returned profile needs action too.
            for (const [kind, profile, item] of [
              ["bank", which === "tax" ? undefined : bank, "bank_profile_returned"],
              ["tax", which === "bank" ? undefined : tax, "tax_profile_returned"]
            ] as const) {
              if (profile === undefined) continue
              for (const other of yield* repo.enrollmentsUsingProfile(kind, profile.id)) {
                if (
                  other.id === enrollment.id ||
                  (other.state !== "validating" && other.state !== "enrolled")
                )
                  continue
                yield* apply(actor, other, "profiles_returned", { reason, missing: [item] })
                const otherLocation = yield* loadLocation(other.locationId)
                const otherProgram = yield* loadProgram(other.programId)
                yield* emailAdmins(otherLocation, (to, portalUrl) =>
                  enrollmentEmails.actionRequired({
                    to,
                    portalUrl,
                    reason,
                    ...ctx(otherLocation, otherProgram)
                  })
                )
              }
            }
            return yield* toView(actor, returned)
          })
        )
      })

      /** Bank and tax profiles behave alike; each kind is described once here. */
      interface ProfileKind<P extends BankProfile | TaxProfile, I> {
        readonly kind: "bank" | "tax"
        readonly entity: string
        readonly auditType: string
        readonly find: (id: string) => Effect.Effect<Option.Option<P>>
        readonly insert: (p: P) => Effect.Effect<void>
        readonly update: (p: P, expectedVersion: number) => Effect.Effect<boolean>
        readonly make: (fields: P | (Omit<P, keyof Partial<I>> & Partial<I>)) => P
        readonly normalise: (input: Partial<I>) => Partial<I>
        readonly setDefault: (locationId: LocationId, p: P) => Effect.Effect<void>
        readonly describe: (p: P) => string
        readonly list: (organizationId: OrganizationId) => Effect.Effect<ReadonlyArray<P>>
      }
      const bankKind: ProfileKind<BankProfile, BankProfileInput> = {
        kind: "bank",
        entity: "bank profile",
        auditType: "bank_profile",
        find: repo.findBankProfile,
        insert: repo.insertBankProfile,
        update: repo.updateBankProfile,
        make: (fields) => new BankProfile(fields as BankProfile),
        normalise: (input) => ({
          ...input,
          ...(input.iban === undefined ? {} : { iban: input.iban.replace(/\s+/g, "").toUpperCase() }),
          ...(input.bic === undefined ? {} : { bic: input.bic.toUpperCase() })
        }),
        setDefault: (locationId, p) => repo.setDefaultBankProfile(locationId, p.currency, p.id),
        describe: (p) => `bank profile "${p.label}" (${p.currency}, account ending ${p.iban.slice(-4)})`,
        list: repo.bankProfilesOf
      }
      const taxKind: ProfileKind<TaxProfile, TaxProfileInput> = {
        kind: "tax",
        entity: "tax profile",
        auditType: "tax_profile",
        find: repo.findTaxProfile,
        insert: repo.insertTaxProfile,
        update: repo.updateTaxProfile,
        make: (fields) => new TaxProfile(fields as TaxProfile),
        normalise: (input) => input,
        setDefault: (locationId, p) => repo.setDefaultTaxProfile(locationId, p.id),
        describe: (p) => `tax profile "${p.legalName}" (${p.country})`,
        list: repo.taxProfilesOf
      }

      /** Validation outcome on a profile (approved / returned with a reason). */
      const setProfileState = <P extends BankProfile | TaxProfile, I>(
        k: ProfileKind<P, I>,
        actor: Actor,
        p: P,
        state: P["state"],
        reason: string | null
      ) =>
        Effect.gen(function* () {
          const now = yield* clock.now
          const next = k.make({ ...p, state, stateReason: reason, updatedAt: now, version: p.version + 1 })
          if (!(yield* k.update(next, p.version))) return yield* new ConcurrentChange({ aggregate: k.entity })
          yield* audit.append({
            actor,
            action: `${k.auditType}.${state}`,
            entityType: k.auditType,
            entityId: p.id,
            before: { state: p.state },
            after: { state, reason }
          })
        })
      const setBankState = (
        actor: Actor,
        p: BankProfile,
        state: BankProfile["state"],
        reason: string | null
      ) => setProfileState(bankKind, actor, p, state, reason)
      const setTaxState = (actor: Actor, p: TaxProfile, state: TaxProfile["state"], reason: string | null) =>
        setProfileState(taxKind, actor, p, state, reason)

      const organizationOf = (actor: Actor) =>
        actor.kind === "partner"
          ? Effect.succeed(actor.organizationId)
          : Effect.fail(
              new InvalidInput({
                code: "not_a_partner",
                reason: "Only partner users keep bank and tax profiles"
              })
            )

      const createProfile = <P extends BankProfile | TaxProfile, I extends object>(
        k: ProfileKind<P, I>,
        actor: Actor,
        input: I & { readonly defaultForLocationId?: LocationId | undefined }
      ) =>
        Effect.gen(function* () {
          const organizationId = yield* organizationOf(actor)
          yield* authorize("editBankAndTax", actor, {
            organizationId,
            locationId: input.defaultForLocationId
          })
          if (input.defaultForLocationId !== undefined) {
            yield* authorizedLocation(actor, "editBankAndTax", input.defaultForLocationId)
          }
          const now = yield* clock.now
          const { defaultForLocationId, ...fields } = input
          const profile = k.make({
            ...(k.normalise(fields as unknown as Partial<I>) as unknown as P),
            id: newId(k.kind === "bank" ? "bnk" : "tax"),
            organizationId,
            state: "pending_validation",
            stateReason: null,
            createdAt: now,
            updatedAt: now,
            version: 1
          })
          return yield* tx.transaction(
            Effect.gen(function* () {
              yield* k.insert(profile)
              if (defaultForLocationId !== undefined) yield* k.setDefault(defaultForLocationId, profile)
              yield* emailPayoutChange(organizationId, `A ${k.describe(profile)} was added.`)
              yield* audit.append({
                actor,
                action: `${k.auditType}.created`,
                entityType: k.auditType,
                entityId: profile.id,
                before: null,
                after: { profile: k.describe(profile), defaultForLocationId: defaultForLocationId ?? null }
              })
              return profile
            })
          )
        })

      /** A corrected profile is validated again; its enrollments follow (profileChanged). */
      const updateProfile = <P extends BankProfile | TaxProfile, I>(
        k: ProfileKind<P, I>,
        actor: Actor,
        id: string,
        patch: Partial<I>,
        expectedVersion?: number
      ) =>
        tx.transaction(
          Effect.gen(function* () {
            const organizationId = yield* organizationOf(actor)
            const current = Option.getOrUndefined(yield* k.find(id))
            if (current === undefined || current.organizationId !== organizationId)
              return yield* notFound(k.entity, id)
            yield* authorize("editBankAndTax", actor, { organizationId })
            if (expectedVersion !== undefined && expectedVersion !== current.version) {
              return yield* new VersionConflict({
                aggregate: k.entity,
                id,
                expected: expectedVersion,
                actual: current.version
              })
            }
            const now = yield* clock.now
            const next = k.make({
              ...current,
              ...(k.normalise(patch) as unknown as Partial<P>),
              state: "pending_validation",
              stateReason: null,
              updatedAt: now,
              version: current.version + 1
            })
            // Changed by a concurrent transaction: run again from a fresh read (the client's own
            // version, when it sent one, is checked above against that read).
            if (!(yield* k.update(next, current.version)))
              return yield* new ConcurrentChange({ aggregate: k.entity })
            yield* audit.append({
              actor,
              action: `${k.auditType}.updated`,
              entityType: k.auditType,
              entityId: id,
              before: { state: current.state, changed: Object.keys(patch) },
              after: { state: next.state }
            })
            yield* emailPayoutChange(organizationId, `The ${k.describe(next)} was changed.`)
            yield* profileChanged(actor, k.kind, id)
            return next
          })
        )

      const setDefaultProfile = <P extends BankProfile | TaxProfile, I>(
        k: ProfileKind<P, I>,
        actor: Actor,
        locationId: LocationId,
        profileId: string
      ) =>
        Effect.gen(function* () {
          const location = yield* authorizedLocation(actor, "editBankAndTax", locationId)
          const profile = Option.getOrUndefined(yield* k.find(profileId))
          if (profile === undefined || profile.organizationId !== location.organizationId)
            return yield* notFound(k.entity, profileId)
          yield* tx.transaction(
            Effect.gen(function* () {
              yield* k.setDefault(locationId, profile)
              yield* audit.append({
                actor,
                action: `${k.auditType}.default_set`,
                entityType: "location",
                entityId: locationId,
                before: null,
                after: { profileId: profile.id, profile: k.describe(profile) }
              })
            })
          )
        })

      const listProfiles = <P extends BankProfile | TaxProfile, I>(
        k: ProfileKind<P, I>,
        actor: Actor,
        organizationId: OrganizationId
      ) => Effect.andThen(authorize("viewBankAndTax", actor, { organizationId }), k.list(organizationId))

      const createBankProfile = Effect.fn("EnrollmentService.createBankProfile")(
        (
          actor: Actor,
          input: BankProfileInput & { readonly defaultForLocationId?: LocationId | undefined }
        ) => createProfile(bankKind, actor, input)
      )
      const updateBankProfile = Effect.fn("EnrollmentService.updateBankProfile")(
        (actor: Actor, id: string, patch: Partial<BankProfileInput>, expectedVersion?: number) =>
          updateProfile(bankKind, actor, id, patch, expectedVersion)
      )
      const setDefaultBankProfile = Effect.fn("EnrollmentService.setDefaultBankProfile")(
        (actor: Actor, locationId: LocationId, profileId: string) =>
          setDefaultProfile(bankKind, actor, locationId, profileId)
      )
      const listBankProfiles = Effect.fn("EnrollmentService.listBankProfiles")(
        (actor: Actor, organizationId: OrganizationId) => listProfiles(bankKind, actor, organizationId)
      )
      const createTaxProfile = Effect.fn("EnrollmentService.createTaxProfile")(
        (actor: Actor, input: TaxProfileInput & { readonly defaultForLocationId?: LocationId | undefined }) =>
          createProfile(taxKind, actor, input)
      )
      const updateTaxProfile = Effect.fn("EnrollmentService.updateTaxProfile")(
        (actor: Actor, id: string, patch: Partial<TaxProfileInput>, expectedVersion?: number) =>
          updateProfile(taxKind, actor, id, patch, expectedVersion)
      )
      const setDefaultTaxProfile = Effect.fn("EnrollmentService.setDefaultTaxProfile")(
        (actor: Actor, locationId: LocationId, profileId: string) =>
          setDefaultProfile(taxKind, actor, locationId, profileId)
      )
      const listTaxProfiles = Effect.fn("EnrollmentService.listTaxProfiles")(
        (actor: Actor, organizationId: OrganizationId) => listProfiles(taxKind, actor, organizationId)
      )

      const evaluateProgramEverywhere = (actor: Actor | "system", program: Program) =>
        Effect.gen(function* () {
          for (const location of yield* identity.allLocations) yield* evaluate(actor, location, program)
        })

      const upsertProgram = Effect.fn("EnrollmentService.upsertProgram")(function* (
        actor: Actor,
        input: ProgramInput
      ) {
        yield* authorize("manageCatalog", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            // Concurrent writes of one program (also its creation) run one after the other: exactly one
            // "created", and no update undoes a concurrent discontinuation.
            yield* repo.lockProgram(input.id as ProgramId)
            const before = Option.getOrUndefined(yield* repo.findProgram(input.id as ProgramId))
            if (before?.status === "discontinued") {
              return yield* new Conflict({
                code: "program_discontinued",
                reason: `Program ${input.id} is discontinued and cannot be changed`
              })
            }
            const ids = new Set(input.requirements.map((r) => r.id))
            if (ids.size !== input.requirements.length) {
              return yield* new InvalidInput({
                code: "duplicate_requirement",
                reason: "Each requirement id may appear once"
              })
            }
            const removed = (before?.requirements ?? []).filter((r) => !ids.has(r.id))
            if (removed.length > 0) {
              return yield* new InvalidInput({
                code: "requirement_removed",
                reason: `Requirements cannot be removed, only renamed: ${removed.map((r) => r.id).join(", ")}`
              })
            }
            const program = new Program({
              ...input,
              id: input.id as ProgramId,
              status: "active",
              guideUrl: input.guideUrl === undefined ? (before?.guideUrl ?? null) : input.guideUrl,
              requirements: input.requirements.map(
                (r) => new Requirement({ id: r.id, programId: input.id as ProgramId, name: r.name })
              )
            })
            yield* repo.upsertProgram(program)
            for (const r of program.requirements) yield* repo.upsertRequirement(r)
            yield* audit.append({
              actor,
              action: before === undefined ? "program.created" : "program.updated",
              entityType: "program",
              entityId: program.id,
              before: before ?? null,
              after: program
            })
            // Becoming open, or new requirements, change who is eligible.
            yield* evaluateProgramEverywhere(actor, program)
            return program
          })
        )
      })

      const discontinueProgram = Effect.fn("EnrollmentService.discontinueProgram")(function* (
        actor: Actor,
        id: ProgramId
      ) {
        yield* authorize("manageCatalog", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            yield* repo.lockProgram(id)
            const program = yield* loadProgram(id)
            if (program.status === "discontinued") return program
            const next = new Program({ ...program, status: "discontinued" })
            yield* repo.upsertProgram(next)
            yield* audit.append({
              actor,
              action: "program.discontinued",
              entityType: "program",
              entityId: id,
              before: { status: program.status },
              after: { status: "discontinued" }
            })
            yield* evaluateProgramEverywhere(actor, next)
            return next
          })
        )
      })

      const setRequirement = Effect.fn("EnrollmentService.setRequirement")(function* (
        actor: Actor,
        input: { readonly locationId: LocationId; readonly requirementId: string; readonly met: boolean }
      ) {
        yield* authorize("manageCatalog", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            const location = yield* loadLocation(input.locationId)
            const programs = yield* repo.listPrograms
            const program = programs.find((p) => p.requirements.some((r) => r.id === input.requirementId))
            if (program === undefined) return yield* notFound("requirement", input.requirementId)
            const now = yield* clock.now
            const before = (yield* repo.requirementStatuses(location.id)).find(
              (s) => s.requirementId === input.requirementId
            )
            yield* repo.setRequirementStatus(
              new RequirementStatus({
                locationId: location.id,
                requirementId: input.requirementId,
                met: input.met,
                updatedAt: now
              })
            )
            yield* audit.append({
              actor,
              action: "eligibility.requirement_set",
              entityType: "location",
              entityId: location.id,
              before: before === undefined ? null : { requirementId: before.requirementId, met: before.met },
              after: { requirementId: input.requirementId, met: input.met }
            })
            yield* evaluate(actor, location, program)
            const enrollment = yield* repo.findEnrollmentFor(location.id, program.id)
            return Option.isSome(enrollment) ? [yield* toView(actor, enrollment.value)] : []
          })
        )
      })

      const setAgreement = Effect.fn("EnrollmentService.setAgreement")(function* (
        actor: Actor,
        locationId: LocationId,
        active: boolean
      ) {
        yield* authorize("manageCatalog", actor)
        yield* tx.transaction(
          Effect.gen(function* () {
            yield* loadLocation(locationId)
            const before = yield* repo.isAgreementActive(locationId)
            yield* repo.setAgreement(locationId, active, yield* clock.now)
            yield* audit.append({
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

      const inviteEligible = Effect.fn("EnrollmentService.inviteEligible")(function* (
        actor: Actor,
        programId: ProgramId
      ) {
        yield* authorize("manageCatalog", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            const program = yield* loadProgram(programId)
            if (program.status === "discontinued") {
              return yield* new Conflict({
                code: "program_discontinued",
                reason: `Program ${programId} is discontinued`
              })
            }
            const before = (yield* repo.listEnrollments({ programId, states: ["invited"], limit: 1_000_000 }))
              .length
            yield* evaluateProgramEverywhere(actor, program)
            const after = (yield* repo.listEnrollments({ programId, states: ["invited"], limit: 1_000_000 }))
              .length
            return after - before
          })
        )
      })

      const isEnrolled = (locationId: LocationId, programId: ProgramId) =>
        Effect.map(
          repo.findEnrollmentFor(locationId, programId),
          (e) => Option.isSome(e) && e.value.state === "enrolled"
        )

      const scheduleRollover = Effect.gen(function* () {
        const fy = yield* currentFiscalYear
        yield* jobs.enqueue({
          kind: FISCAL_YEAR_ROLLOVER_JOB,
          payload: { fiscalYear: fy.label },
          runAt: fy.end,
          uniqueKey: `fiscal-year-rollover:${fy.label}`,
          maxAttempts: 20
        })
      })

      const rollover = Effect.fn("EnrollmentService.rollover")(function* (fiscalYear: string) {
        const calendar = yield* calendarService.current
        const now = yield* clock.now
        const next = fiscalYearOf(calendar, now)
        const counts = { renewed: 0, actionRequired: 0, inactive: 0 }
        if (next.label === fiscalYear) return counts
        const pending = yield* repo.listEnrollments({
          fiscalYear,
          states: ["invited", "action_required", "validating", "enrolled"],
          limit: 1_000_000
        })
        for (const enrollment of pending) {
          // One transaction per enrollment: a crash resumes where it stopped (the job is retried).
          yield* tx.transaction(
            Effect.gen(function* () {
              const current = Option.getOrUndefined(yield* repo.findEnrollment(enrollment.id))
              if (
                current === undefined ||
                current.fiscalYear !== fiscalYear ||
                !isActiveEnrollmentState(current.state)
              )
                return
              const location = yield* loadLocation(current.locationId).pipe(Effect.orDie)
              const program = yield* loadProgram(current.programId).pipe(Effect.orDie)
              const c = ctx(location, program)
              if (program.status === "discontinued") {
                yield* apply("system", current, "discontinue", {
                  reason: "The program is no longer offered"
                }).pipe(Effect.orDie)
                return
              }
              const { eligible, requirements } = yield* eligibility(location, program)
              const agreement = yield* repo.isAgreementActive(location.id)
              if (!eligible || !agreement) {
                const reasons = [
                  ...(!eligible
                    ? [
                        `eligibility requirements not met: ${requirements
                          .filter((r) => !r.met)
                          .map((r) => r.name)
                          .join(", ")}`
                      ]
                    : []),
                  ...(!agreement ? ["no active incentives agreement"] : [])
                ]
                const reason = `Not renewed for ${next.label}: ${reasons.join("; ")}`
                yield* apply("system", current, "expire", { reason }).pipe(Effect.orDie)
                yield* emailAdmins(location, (to, portalUrl) =>
                  enrollmentEmails.inactive({ to, portalUrl, reason, ...c })
                )
                counts.inactive++
                return
              }
              // An invitation nobody has started yet simply carries over.
              if (current.state === "invited") {
                yield* apply("system", current, "renew", { fiscalYear: next.label }).pipe(Effect.orDie)
                counts.renewed++
                return
              }
              // Payout and tax data are complete when a profile is given and not returned by validation.
              const bank =
                current.bankProfileId === null
                  ? undefined
                  : Option.getOrUndefined(yield* repo.findBankProfile(current.bankProfileId))
              const tax =
                current.taxProfileId === null
                  ? undefined
                  : Option.getOrUndefined(yield* repo.findTaxProfile(current.taxProfileId))
              const taxComplete = tax !== undefined && tax.state !== "action_required"
              const payoutComplete = bank !== undefined && bank.state !== "action_required"
              if (taxComplete && payoutComplete) {
                yield* apply("system", current, "renew", { fiscalYear: next.label }).pipe(Effect.orDie)
                yield* emailAdmins(location, (to, portalUrl) =>
                  enrollmentEmails.renewed({ to, portalUrl, fiscalYear: next.label, ...c })
                )
                counts.renewed++
              } else if (taxComplete) {
                const reason = `Payout (bank) data is missing for ${next.label}`
                yield* apply("system", current, "renew_payout_missing", {
                  fiscalYear: next.label,
                  reason,
                  missing: [bank === undefined ? "bank_profile" : "bank_profile_returned"]
                }).pipe(Effect.orDie)
                yield* emailAdmins(location, (to, portalUrl) =>
                  enrollmentEmails.actionRequired({ to, portalUrl, reason, ...c })
                )
                counts.actionRequired++
              } else {
                const reason = `Not renewed for ${next.label}: tax data is missing or was returned by validation`
                yield* apply("system", current, "expire", { reason }).pipe(Effect.orDie)
                yield* emailAdmins(location, (to, portalUrl) =>
                  enrollmentEmails.inactive({ to, portalUrl, reason, ...c })
                )
                counts.inactive++
              }
            })
          )
        }
        yield* audit.append({
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

      return EnrollmentService.of({
        ensureCatalog,
        listPrograms: repo.listPrograms,
        listEnrollments,
        getEnrollment,
        accept,
        validate,
        listBankProfiles,
        createBankProfile,
        updateBankProfile,
        setDefaultBankProfile,
        listTaxProfiles,
        createTaxProfile,
        updateTaxProfile,
        setDefaultTaxProfile,
        upsertProgram,
        discontinueProgram,
        setRequirement,
        setAgreement,
        inviteEligible,
        isEnrolled,
        scheduleRollover,
        rollover
      })
    })
  )
}

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
