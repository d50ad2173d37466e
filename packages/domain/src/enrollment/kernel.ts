import { Effect, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { fiscalYearOf } from "../calendar/business-calendar.ts"
import { Calendar } from "../calendar/calendar-service.ts"
import { Clock } from "../calendar/clock.ts"
import type { Location } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"
import type { LocationId, ProgramId } from "../ids.ts"
import { JobQueue } from "../jobs/repository.ts"
import { type NewEmail, Outbox } from "../outbox/outbox.ts"
import { AppConfig } from "../shared/config.ts"
import { ConcurrentChange, NotFound } from "../shared/errors.ts"
import { type Permits, transition } from "../shared/lifecycle.ts"
import { Transactor } from "../shared/transactor.ts"
import { WebhookEvents } from "../webhooks/events.ts"
import { makeAdminInvitations } from "./admin-invitations.ts"
import { type EnrollmentAction, enrollmentLifecycle } from "./lifecycle.ts"
import { Enrollment, type Program } from "./model.ts"
import { EnrollmentRepository } from "./repository.ts"

/**
 * What every enrollment use case shares: the services, the loaders, the emails to a location's
 * Incentives admins, and `move` — the one way an enrollment changes state (transition by the table,
 * optimistic save, audit). Built once by EnrollmentService.layer and handed to each use-case file.
 */
export const makeKernel = Effect.gen(function* () {
  const repo = yield* EnrollmentRepository
  const identity = yield* IdentityRepository
  const clock = yield* Clock
  const calendar = yield* Calendar
  const tx = yield* Transactor
  const audit = yield* AuditLog
  const outbox = yield* Outbox
  const jobs = yield* JobQueue
  const invitations = yield* makeAdminInvitations
  const webhooks = yield* WebhookEvents

  const orNotFound =
    (entity: string, id: string) =>
    <A>(found: Option.Option<A>): Effect.Effect<A, NotFound> =>
      Option.match(found, {
        onNone: () => Effect.fail(new NotFound({ entity, id })),
        onSome: Effect.succeed
      })

  const loadProgram = (id: ProgramId) => Effect.flatMap(repo.findProgram(id), orNotFound("program", id))
  const loadLocation = (id: LocationId) =>
    Effect.flatMap(identity.findLocation(id), orNotFound("location", id))
  const loadEnrollment = (id: string) => Effect.flatMap(repo.findEnrollment(id), orNotFound("enrollment", id))

  /** The fiscal year now (labels, first and last day). */
  const currentFiscalYear = Effect.gen(function* () {
    return fiscalYearOf(yield* calendar.current, yield* clock.now)
  })

  /** Emails the location's Incentives admins (nobody to email: nothing is written). */
  const emailAdmins = (
    location: Location,
    build: (to: ReadonlyArray<string>, portalUrl: string) => NewEmail
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

  /** What every enrollment email says about its enrollment. */
  const emailContext = (location: Location, program: Program) => ({
    programName: program.name,
    partnerId: location.partnerId,
    locationName: location.name
  })

  /**
   * The one state change of an enrollment: the table's transition (IllegalTransition, Forbidden), the
   * optimistic write (ConcurrentChange: the Transactor runs the transaction again from a fresh read),
   * and the audit row `enrollment.<action>`.
   */
  const move = (
    actor: Actor | "system",
    permits: Permits,
    enrollment: Enrollment,
    action: EnrollmentAction,
    changes: Partial<Omit<Enrollment, "id" | "state" | "version">> = {}
  ) =>
    Effect.gen(function* () {
      const reason = changes.reason === undefined ? enrollment.reason : changes.reason
      const to = yield* transition(enrollmentLifecycle, {
        id: enrollment.id,
        from: enrollment.state,
        action,
        context: { reason },
        permits
      })
      const next = new Enrollment({
        ...enrollment,
        ...changes,
        state: to,
        updatedAt: yield* clock.now,
        version: enrollment.version + 1
      })
      if (!(yield* repo.updateEnrollment(next, enrollment.version)))
        return yield* new ConcurrentChange({ aggregate: "enrollment" })
      yield* audit.append({
        actor,
        action: `enrollment.${action}`,
        entityType: "enrollment",
        entityId: enrollment.id,
        before: { state: enrollment.state, missing: enrollment.missing, fiscalYear: enrollment.fiscalYear },
        after: { state: next.state, missing: next.missing, fiscalYear: next.fiscalYear, reason: next.reason }
      })
      if (next.state !== enrollment.state) {
        // Webhook deliveries in the same transaction, to the location's organization.
        const location = Option.getOrUndefined(yield* identity.findLocation(enrollment.locationId))
        if (location !== undefined)
          yield* webhooks.publish({
            type: "enrollment.state_changed",
            organizationId: location.organizationId,
            data: {
              enrollmentId: next.id,
              organizationId: location.organizationId,
              partnerId: location.partnerId,
              programId: next.programId,
              fiscalYear: next.fiscalYear,
              from: enrollment.state,
              to: next.state
            }
          })
      }
      return next
    })

  /** Bank and tax profile an enrollment uses (undefined when none is chosen or it is gone). */
  const profilesOf = (enrollment: Enrollment) =>
    Effect.gen(function* () {
      const bank =
        enrollment.bankProfileId === null
          ? undefined
          : Option.getOrUndefined(yield* repo.findBankProfile(enrollment.bankProfileId))
      const tax =
        enrollment.taxProfileId === null
          ? undefined
          : Option.getOrUndefined(yield* repo.findTaxProfile(enrollment.taxProfileId))
      return { bank, tax }
    })

  return {
    repo,
    identity,
    clock,
    calendar,
    tx,
    audit,
    outbox,
    jobs,
    invitations,
    loadProgram,
    loadLocation,
    loadEnrollment,
    currentFiscalYear,
    emailAdmins,
    emailContext,
    move,
    profilesOf
  }
})

export type Kernel = Effect.Success<typeof makeKernel>
