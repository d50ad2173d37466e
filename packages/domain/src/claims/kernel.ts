import { Effect, Option } from "effect"
import { CaseRepository } from "../arbitration/repository.ts"
import { AuditLog } from "../audit/audit.ts"
import { Secrets } from "../auth/auth.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { Calendar } from "../calendar/calendar-service.ts"
import { Clock } from "../calendar/clock.ts"
import { DirectoryRepository } from "../directory/repository.ts"
import { EnrollmentRepository } from "../enrollment/repository.ts"
import type { User } from "../identity/model.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { newId, type UserId } from "../ids.ts"
import { JobQueue } from "../jobs/repository.ts"
import { type NewEmail, Outbox } from "../outbox/outbox.ts"
import { ConcurrentChange, type Forbidden, NotFound, VersionConflict } from "../shared/errors.ts"
import { transition } from "../shared/lifecycle.ts"
import { Transactor } from "../shared/transactor.ts"
import { WebhookEvents } from "../webhooks/events.ts"
import { BlobStore } from "./blob-store.ts"
import { ClaimsConfig } from "./config.ts"
import { queueDeadline } from "./deadlines.ts"
import {
  authorizeBeforeState,
  type ClaimAction,
  type ClaimContext,
  claimLifecycle,
  permitsOn
} from "./lifecycle.ts"
import { Claim, ClaimComment, type ClaimStatus, type SystemNotice } from "./model.ts"
import { ClaimRepository } from "./repository.ts"
import { claimChangeEvents } from "./webhook-events.ts"

/** A client's `version` can conflict only when the request carries one. */
type IfVersioned<V> = [V] extends [undefined] ? never : VersionConflict

export type ClaimChanges = Partial<Omit<Claim, "id" | "status" | "version">>

/** How a change is written to the audit log (default: `claim.<action>`, status and version). */
export interface AuditAs {
  readonly action?: string | undefined
  readonly before?: unknown
  readonly after?: unknown
}

/** The acting user's id (partner, customer and vendor users have one; a signed link does not). */
export const userIdOf = (actor: Actor): UserId =>
  actor.kind === "customer_contact" ? ("usr_customer_link" as UserId) : actor.userId

export const partnerTarget = (claim: Pick<Claim, "organizationId" | "locationId">) => ({
  organizationId: claim.organizationId,
  locationId: claim.locationId
})

/**
 * The shared part of every claims use case: its dependencies, and the one path of a change — load
 * (locked) → authorize → check the version → transition (claim lifecycle) → write with the optimistic
 * version → audit → then emails and jobs, all in one transaction.
 */
export const makeKernel = Effect.gen(function* () {
  const repo = yield* ClaimRepository
  const directory = yield* DirectoryRepository
  const identity = yield* IdentityRepository
  const enrollments = yield* EnrollmentRepository
  const clock = yield* Clock
  const calendarService = yield* Calendar
  const tx = yield* Transactor
  const audit = yield* AuditLog
  const outbox = yield* Outbox
  const jobs = yield* JobQueue
  const secrets = yield* Secrets
  const blobs = yield* BlobStore
  const cases = yield* CaseRepository
  const webhooks = yield* WebhookEvents

  const notFound = (id: string) => new NotFound({ entity: "claim", id })
  const orNotFound = (id: string) => (o: Option.Option<Claim>) =>
    Option.isSome(o) ? Effect.succeed(o.value) : Effect.fail(notFound(id))

  const load = (id: string) => Effect.flatMap(repo.find(id), orNotFound(id))
  /** Inside a write transaction: the claim, locked until the transaction ends (writers queue up). */
  const loadForUpdate = (id: string) => Effect.flatMap(repo.findForUpdate(id), orNotFound(id))

  /** A claim is visible to its organization (with a claims role) and vendor staff; to others it does not exist. */
  const visible = (actor: Actor, claim: Claim) =>
    actor.kind === "vendor" || (actor.kind === "partner" && actor.organizationId === claim.organizationId)
      ? authorize("viewClaims", actor, partnerTarget(claim))
      : Effect.fail(notFound(claim.id))

  /** What the claim's guards see now. */
  const contextOf = (claim: Claim) =>
    Effect.gen(function* () {
      const context: ClaimContext = {
        claim,
        now: yield* clock.now,
        calendar: yield* calendarService.current,
        settings: yield* ClaimsConfig
      }
      return context
    })

  /**
   * Writes a claim if nobody changed it meanwhile (optimistic version), and audits the change. A
   * changed row is a ConcurrentChange: the Transactor runs the whole transaction again from its
   * first read, so a write never fails because of another request (only the client's own
   * `version`, checked against a fresh read, gives version_conflict), and no error names the
   * other claim — which may belong to another organization.
   */
  const save = (
    actor: Actor | "system",
    claim: Claim,
    next: Claim,
    auditAs: { readonly action: string; readonly before: unknown; readonly after: unknown }
  ) =>
    Effect.gen(function* () {
      if (!(yield* repo.update(next, claim.version, claim))) {
        return yield* new ConcurrentChange({ aggregate: "claim" })
      }
      yield* audit.append({ actor, entityType: "claim", entityId: claim.id, ...auditAs })
      // Webhook deliveries in the same transaction (status, consent, joining a case).
      const events = claimChangeEvents(claim, next)
      if (events.length > 0) yield* webhooks.publish(events)
      return next
    })

  /** The status `action` leads to from the claim's, if the lifecycle's row, the actor and its guard allow it. */
  const transitionOf = (actor: Actor | "system", claim: Claim, action: ClaimAction) =>
    Effect.flatMap(contextOf(claim), (context) =>
      transition(claimLifecycle, {
        id: claim.id,
        from: claim.status,
        action,
        context,
        permits: permitsOn(actor, claim)
      })
    )

  /**
   * Writes a checked change: the new status and fields, the next SLA deadline, the optimistic write
   * and its audit row (default `claim.<action>` with status and version).
   */
  const write = (
    actor: Actor | "system",
    claim: Claim,
    to: ClaimStatus,
    changes: ClaimChanges,
    auditAs: AuditAs & { readonly action: string }
  ) =>
    Effect.gen(function* () {
      const { now, calendar, settings } = yield* contextOf(claim)
      const moved = new Claim({
        ...claim,
        ...changes,
        status: to,
        updatedAt: now,
        version: claim.version + 1
      })
      // The next SLA deadline is stored with the claim, so the review queue is an index scan.
      const next = new Claim({ ...moved, queueDeadlineAt: queueDeadline(moved, calendar, settings) })
      return yield* save(actor, claim, next, {
        action: auditAs.action,
        before: auditAs.before ?? { status: claim.status, version: claim.version },
        after: auditAs.after ?? {
          status: next.status,
          version: next.version,
          rejectionReason: next.rejectionReason,
          // The statements confirmed at submission are audited with it (SPEC §5).
          ...(changes.acknowledgements === undefined ? {} : { acknowledgements: changes.acknowledgements })
        }
      })
    })

  /** One change of a loaded claim through the lifecycle's row for `action`. */
  const move = (
    actor: Actor | "system",
    claim: Claim,
    action: ClaimAction,
    changes: ClaimChanges = {},
    auditAs: AuditAs = {}
  ) =>
    Effect.flatMap(transitionOf(actor, claim, action), (to) =>
      write(actor, claim, to, changes, { ...auditAs, action: auditAs.action ?? `claim.${action}` })
    )

  /** Whether the claim's lifecycle allows `action` for the actor now (to refuse early, before an upload). */
  const allowed = (actor: Actor, claim: Claim, action: ClaimAction) =>
    Effect.andThen(
      authorizeBeforeState(claim.status, action, permitsOn(actor, claim)),
      transitionOf(actor, claim, action)
    )

  /**
   * The preamble of a request on one claim, in one transaction: load it locked, check access (by
   * default: it is visible to the actor), then the client's `version` (409 version_conflict).
   */
  const command = <A, E, E1 = never, V extends number | undefined = undefined>(
    actor: Actor,
    id: string,
    options: {
      readonly version?: V
      readonly access?: ((claim: Claim) => Effect.Effect<void, E1>) | undefined
    },
    body: (claim: Claim) => Effect.Effect<A, E>
  ): Effect.Effect<A, E | E1 | NotFound | Forbidden | IfVersioned<V>> =>
    tx.transaction(
      Effect.gen(function* () {
        const claim = yield* loadForUpdate(id)
        yield* options.access === undefined ? visible(actor, claim) : options.access(claim)
        if (options.version !== undefined && options.version !== claim.version) {
          return yield* new VersionConflict({
            aggregate: "claim",
            id,
            expected: options.version,
            actual: claim.version
          })
        }
        return yield* body(claim)
      })
    ) as Effect.Effect<A, E | E1 | NotFound | Forbidden | IfVersioned<V>>

  /**
   * The one path of a state change: load locked → access → authorize before the
   * state (403 before 409) → the client's version → transition → `changes` → write and
   * audit → `effects` (emails, jobs, comments) → the view, all in one transaction.
   */
  const change = <
    A,
    E1 = never,
    E3 = never,
    E4 = never,
    E5 = never,
    V extends number | undefined = undefined
  >(
    actor: Actor,
    id: string,
    spec: {
      readonly version?: V
      readonly access?: ((claim: Claim) => Effect.Effect<void, E1>) | undefined
      readonly action: (claim: Claim) => ClaimAction
      readonly changes?: ((claim: Claim, now: Date) => Effect.Effect<ClaimChanges, E3>) | undefined
      readonly audit?: AuditAs | undefined
      readonly effects?: ((next: Claim, claim: Claim) => Effect.Effect<void, E4>) | undefined
      readonly view: (next: Claim) => Effect.Effect<A, E5>
    }
  ) =>
    command(
      actor,
      id,
      {
        ...spec,
        access: (claim: Claim) =>
          Effect.gen(function* () {
            yield* spec.access === undefined ? visible(actor, claim) : spec.access(claim)
            yield* authorizeBeforeState(claim.status, spec.action(claim), permitsOn(actor, claim))
          })
      },
      (claim) =>
        Effect.gen(function* () {
          const action = spec.action(claim)
          const to = yield* transitionOf(actor, claim, action)
          const changes = spec.changes === undefined ? {} : yield* spec.changes(claim, yield* clock.now)
          const next = yield* write(actor, claim, to, changes, {
            ...spec.audit,
            action: spec.audit?.action ?? `claim.${action}`
          })
          if (spec.effects !== undefined) yield* spec.effects(next, claim)
          return yield* spec.view(next)
        })
    )

  const admins = (claim: Claim) =>
    Effect.map(identity.usersWithLocationRole(claim.locationId, "incentives_admin"), (us) =>
      us.map((u) => u.email)
    )

  /** An email to the claiming location's Incentives admins and the claim's partner contact. */
  const emailPartner = (claim: Claim, build: (to: ReadonlyArray<string>) => NewEmail) =>
    Effect.gen(function* () {
      const to = [
        ...new Set([
          ...(yield* admins(claim)),
          ...(claim.partnerContact === null ? [] : [claim.partnerContact.email])
        ])
      ]
      if (to.length > 0) yield* outbox.enqueueEmail(build(to))
    })

  const organizationName = (claim: Claim) =>
    Effect.map(identity.findOrganization(claim.organizationId), (o) =>
      Option.match(o, { onNone: () => claim.partnerId, onSome: (x) => x.name })
    )

  /** The comment's author; `signedIn` (the authenticated user, when the caller has it) spares a read. */
  const authorOf = (actor: Actor, signedIn?: Pick<User, "id" | "displayName">) =>
    Effect.gen(function* () {
      if (actor.kind === "customer_contact") {
        return { authorType: "customer" as const, authorId: actor.email, authorName: actor.email }
      }
      const user: Option.Option<Pick<User, "displayName">> =
        signedIn !== undefined && signedIn.id === actor.userId
          ? Option.some(signedIn)
          : yield* identity.findUserById(actor.userId)
      const name = Option.match(user, { onNone: () => actor.userId as string, onSome: (u) => u.displayName })
      return {
        authorType: actor.kind === "partner" ? ("partner" as const) : actor.kind,
        authorId: actor.userId as string,
        authorName: actor.kind === "vendor" ? `Reviewer (${name})` : name
      }
    })

  const addComment = (
    actor: Actor,
    claim: Claim,
    body: string,
    signedIn?: Pick<User, "id" | "displayName">
  ) =>
    Effect.gen(function* () {
      const comment = new ClaimComment({
        id: newId("cmt"),
        claimId: claim.id,
        ...(yield* authorOf(actor, signedIn)),
        body,
        createdAt: yield* clock.now
      })
      yield* repo.insertComment(comment)
      return comment
    })

  /** A notice of the system in the claim's comments (authorType "system", its authorId the notice). */
  const addNotice = (claim: Claim, notice: SystemNotice, body: string) =>
    Effect.gen(function* () {
      const comment = new ClaimComment({
        id: newId("cmt"),
        claimId: claim.id,
        authorType: "system",
        authorId: notice,
        authorName: "OpenPOR",
        body,
        createdAt: yield* clock.now
      })
      yield* repo.insertComment(comment)
      return comment
    })

  return {
    repo,
    directory,
    identity,
    enrollments,
    clock,
    calendarService,
    tx,
    audit,
    outbox,
    jobs,
    secrets,
    blobs,
    cases,
    webhooks,
    notFound,
    load,
    loadForUpdate,
    visible,
    contextOf,
    save,
    transitionOf,
    write,
    move,
    allowed,
    command,
    change,
    emailPartner,
    organizationName,
    addComment,
    addNotice
  }
})

export type Kernel = Effect.Success<typeof makeKernel>
