import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import { Clock } from "../calendar/clock.ts"
import type { IncentiveKind } from "../catalog/catalog.ts"
import { DirectoryRepository } from "../directory/repository.ts"
import { newId, type SubscriptionId, type TenantId } from "../ids.ts"
import { JobKind } from "../jobs/model.ts"
import { JobQueue } from "../jobs/repository.ts"
import { PorRepository, subscriptionSubject, toEngineEvent, workloadSubject } from "../por/model.ts"
import { type Forbidden, NotFound } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { attribute, timeline } from "./engine.ts"
import {
  type Attribution,
  type AttributionEvent,
  type AttributionInterval,
  defaultPolicyTimeline,
  type PolicyTimeline
} from "./model.ts"
import { type AttributionBatch, AttributionBatchRepository, type AttributionResultRow } from "./repository.ts"

/** The attribution policy timeline (effective dates) is configuration (SPEC §4). */
export const AttributionPolicy = Context.Reference<PolicyTimeline>(
  "@openpor/domain/attribution/AttributionPolicy",
  {
    defaultValue: () => defaultPolicyTimeline
  }
)

/** The job kind that computes an attribution batch in the background (`AttributionService.startBatch`). */
export const ATTRIBUTION_BATCH_JOB = JobKind.attributionBatch
export const BATCH_CHUNK = 2000

/** What an attribution answer is about: one subscription, or one workload of a customer tenant. */
export type Subject =
  | { readonly subscriptionId: string }
  | { readonly tenantId: string; readonly workload: string }

const subjectKeyOf = (s: Subject) =>
  "subscriptionId" in s ? subscriptionSubject(s.subscriptionId) : workloadSubject(s.tenantId, s.workload)

type Failure = Forbidden | NotFound

/**
 * Attribution over stored history: answers and timelines for a subscription or workload from its POR events,
 * and batches over every subscription for an incentive and a date (SPEC §4). The rules are the pure {@link
 * attribute} and {@link timeline}.
 */
export class AttributionService extends Context.Service<
  AttributionService,
  {
    /**
     * Which partner earns for a subscription or workload, for an incentive and a date, with the explanation
     * (SPEC §4).
     */
    readonly attribute: (
      actor: Actor,
      subject: Subject,
      kind: IncentiveKind,
      asOf: string
    ) => Effect.Effect<Attribution, Failure>
    /** The periods over which the answer stays the same, for a subscription or workload and an incentive. */
    readonly timeline: (
      actor: Actor,
      subject: Subject,
      kind: IncentiveKind,
      range: { readonly from?: string | undefined; readonly to?: string | undefined }
    ) => Effect.Effect<ReadonlyArray<AttributionInterval>, Failure>
    /**
     * Starts a batch: the partner of record of every subscription for an incentive as of a date, computed by
     * a job.
     */
    readonly startBatch: (
      actor: Actor,
      asOf: string,
      kind: IncentiveKind
    ) => Effect.Effect<AttributionBatch, Failure>
    /** A batch with its progress. */
    readonly getBatch: (actor: Actor, id: string) => Effect.Effect<AttributionBatch, Failure>
    /** A page of a batch's results. */
    readonly batchResults: (
      actor: Actor,
      id: string,
      after: string | undefined,
      limit: number
    ) => Effect.Effect<ReadonlyArray<AttributionResultRow>, Failure>
    /** The job: processes the batch chunk by chunk from its cursor; each chunk commits with the cursor. */
    readonly runBatch: (
      id: string,
      options?: { readonly maxChunks?: number; readonly chunkSize?: number }
    ) => Effect.Effect<AttributionBatch>
  }
>()("@openpor/domain/attribution/AttributionService") {
  static readonly layer = Layer.effect(
    AttributionService,
    Effect.gen(function* () {
      const por = yield* PorRepository
      const batches = yield* AttributionBatchRepository
      const directory = yield* DirectoryRepository
      const clock = yield* Clock
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const jobs = yield* JobQueue

      const eventsOf = (keys: ReadonlyArray<string>) =>
        Effect.gen(function* () {
          const own = yield* por.eventsFor(keys)
          const cpor = yield* por.cporEventsFor(keys)
          const bySubject = new Map<string, Array<AttributionEvent>>()
          for (const e of own)
            bySubject.set(e.subjectKey, [...(bySubject.get(e.subjectKey) ?? []), toEngineEvent(e)])
          for (const c of cpor) bySubject.set(c.subjectKey, [...(bySubject.get(c.subjectKey) ?? []), c.event])
          return { bySubject, own, cpor }
        })

      /**
       * The events of a subject the actor may see, read once for the check and the answer. Vendor staff
       * see all; a customer its tenant; a partner the subjects it appears in.
       */
      const authorizedEvents = (actor: Actor, subject: Subject) =>
        Effect.gen(function* () {
          const key = subjectKeyOf(subject)
          let tenantId: string
          if ("subscriptionId" in subject) {
            const sub = yield* directory.findSubscription(
              subject.subscriptionId.toLowerCase() as SubscriptionId
            )
            if (Option.isNone(sub))
              return yield* new NotFound({ entity: "subscription", id: subject.subscriptionId })
            tenantId = sub.value.tenantId
          } else {
            const tenant = yield* directory.findTenantName(subject.tenantId.toLowerCase() as TenantId)
            if (Option.isNone(tenant)) return yield* new NotFound({ entity: "tenant", id: subject.tenantId })
            tenantId = tenant.value.id
          }
          const notFound = new NotFound({
            entity: "subscriptionId" in subject ? "subscription" : "tenant workload",
            id: key
          })
          if (actor.kind === "vendor") {
            yield* authorize("readDirectory", actor)
          } else if (actor.kind === "customer") {
            if (actor.tenantId !== tenantId) return yield* notFound
            yield* authorize("viewTenant", actor, { tenantId: tenantId as TenantId })
          } else if (actor.kind === "partner") {
            yield* authorize("viewClaims", actor, { organizationId: actor.organizationId })
          } else {
            return yield* notFound
          }
          const { bySubject, own, cpor } = yield* eventsOf([key])
          if (actor.kind === "partner") {
            // Involved: an event names a partner (PartnerID) of one of its locations, or a CPOR
            // association is its organization's (whose PartnerID is the claim location's).
            const involved =
              own.some(
                (e) => e.partnerOrganizationId === actor.organizationId && "partnerId" in toEngineEvent(e)
              ) || cpor.some((c) => c.organizationId === actor.organizationId)
            if (!involved) return yield* notFound
          }
          return bySubject.get(key) ?? []
        })

      const attributeFor = Effect.fn("AttributionService.attribute")(function* (
        actor: Actor,
        subject: Subject,
        kind: IncentiveKind,
        asOf: string
      ) {
        const events = yield* authorizedEvents(actor, subject)
        return attribute(events, { kind, date: asOf }, yield* AttributionPolicy)
      })

      const timelineFor = Effect.fn("AttributionService.timeline")(function* (
        actor: Actor,
        subject: Subject,
        kind: IncentiveKind,
        range: { readonly from?: string | undefined; readonly to?: string | undefined }
      ) {
        const events = yield* authorizedEvents(actor, subject)
        return timeline(events, { kind, from: range.from, to: range.to }, yield* AttributionPolicy)
      })

      const startBatch = Effect.fn("AttributionService.startBatch")(function* (
        actor: Actor,
        asOf: string,
        kind: IncentiveKind
      ) {
        yield* authorize("operate", actor)
        return yield* tx.transaction(
          Effect.gen(function* () {
            const batch: AttributionBatch = {
              id: newId("atb"),
              asOf,
              incentive: kind,
              status: "pending",
              cursor: null,
              processed: 0,
              total: yield* batches.countSubscriptions,
              createdAt: yield* clock.now,
              completedAt: null,
              createdBy: actor.kind === "vendor" ? actor.userId : "system"
            }
            yield* batches.insert(batch)
            yield* jobs.enqueue({
              kind: ATTRIBUTION_BATCH_JOB,
              payload: { batchId: batch.id },
              uniqueKey: `attribution-batch:${batch.id}`,
              maxAttempts: 20
            })
            yield* audit.append({
              actor,
              action: "attribution.batch_started",
              entityType: "attribution_batch",
              entityId: batch.id,
              before: null,
              after: { asOf, incentive: kind, total: batch.total }
            })
            return batch
          })
        )
      })

      const loadBatch = (id: string) =>
        Effect.flatMap(
          batches.find(id),
          Option.match({
            onNone: () => Effect.fail(new NotFound({ entity: "attribution batch", id })),
            onSome: Effect.succeed
          })
        )

      const getBatch = Effect.fn("AttributionService.getBatch")(function* (actor: Actor, id: string) {
        if (!(policy.operate(actor) || policy.readAudit(actor))) yield* authorize("operate", actor)
        return yield* loadBatch(id)
      })

      const batchResults = Effect.fn("AttributionService.batchResults")(function* (
        actor: Actor,
        id: string,
        after: string | undefined,
        limit: number
      ) {
        if (!(policy.operate(actor) || policy.readAudit(actor))) yield* authorize("operate", actor)
        yield* loadBatch(id)
        return yield* batches.results(id, after, limit)
      })

      const runBatch = Effect.fn("AttributionService.runBatch")(function* (
        id: string,
        options?: { readonly maxChunks?: number; readonly chunkSize?: number }
      ) {
        const timelinePolicy = yield* AttributionPolicy
        let batch = yield* loadBatch(id).pipe(Effect.orDie)
        let chunks = 0
        while (batch.status !== "completed" && chunks < (options?.maxChunks ?? Number.POSITIVE_INFINITY)) {
          const current = batch
          batch = yield* tx.transaction(
            Effect.gen(function* () {
              const ids = yield* batches.subscriptionIdsAfter(
                current.cursor,
                options?.chunkSize ?? BATCH_CHUNK
              )
              if (ids.length === 0) {
                const done: AttributionBatch = {
                  ...current,
                  status: "completed",
                  completedAt: yield* clock.now
                }
                yield* batches.update(done)
                yield* audit.append({
                  actor: "system",
                  action: "attribution.batch_completed",
                  entityType: "attribution_batch",
                  entityId: id,
                  before: null,
                  after: { processed: done.processed }
                })
                return done
              }
              const keys = ids.map(subscriptionSubject)
              const { bySubject } = yield* eventsOf(keys)
              const rows: Array<AttributionResultRow> = ids.map((subscriptionId, i) => {
                const answer = attribute(
                  bySubject.get(keys[i]!) ?? [],
                  { kind: current.incentive as IncentiveKind, date: current.asOf },
                  timelinePolicy
                )
                return {
                  subscriptionId,
                  partnerId: answer.partnerId,
                  basis: answer.basis,
                  incentiveEligible: answer.incentiveEligible,
                  rule: answer.explanation.at(-1)?.rule ?? "no_partner"
                }
              })
              yield* batches.upsertResults(id, rows)
              const next: AttributionBatch = {
                ...current,
                status: "running",
                cursor: ids.at(-1)!,
                processed: current.processed + ids.length
              }
              yield* batches.update(next)
              return next
            })
          )
          chunks++
        }
        return batch
      })

      return AttributionService.of({
        attribute: attributeFor,
        timeline: timelineFor,
        startBatch,
        getBatch,
        batchResults,
        runBatch
      })
    })
  )
}
