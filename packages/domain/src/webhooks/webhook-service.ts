import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { policy } from "../authorization/policy.ts"
import { Clock } from "../calendar/clock.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { newId } from "../ids.ts"
import type { Job } from "../jobs/model.ts"
import { JobKind } from "../jobs/model.ts"
import { JobQueue } from "../jobs/repository.ts"
import { Outbox } from "../outbox/outbox.ts"
import {
  ConcurrentChange,
  Forbidden,
  InvalidInput,
  NotFound,
  RuleViolations,
  VersionConflict
} from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import {
  type CreateWebhookEndpoint,
  decodeCursor,
  deliveryDetail,
  deliveryView,
  encodeCursor,
  endpointView,
  type UpdateWebhookEndpoint,
  type WebhookDeliveryDetail,
  type WebhookDeliveryView,
  type WebhookEndpointView,
  withSecret
} from "./contract.ts"
import { makeDelivery } from "./delivery.ts"
import { eventBody } from "./events.ts"
import {
  newWebhookSecret,
  urlProblem,
  WEBHOOK_DELIVERY_ATTEMPTS,
  WebhookConfig,
  type WebhookDelivery,
  type WebhookDeliveryStatus,
  type WebhookEndpoint
} from "./model.ts"
import { type EndpointScope, WebhookRepository, WebhookSender } from "./repository.ts"

/** The job kind that delivers one webhook event to one endpoint. */
export const DELIVER_WEBHOOK_JOB = JobKind.deliverWebhook

/** The job of one delivery (at most one open per delivery). */
export const deliveryJob = (deliveryId: string, runAt: Date) => ({
  kind: DELIVER_WEBHOOK_JOB,
  payload: { deliveryId },
  runAt,
  maxAttempts: WEBHOOK_DELIVERY_ATTEMPTS,
  uniqueKey: `webhook:${deliveryId}`
})

type EndpointWithSecret = { readonly endpoint: WebhookEndpointView; readonly secret: string }

/**
 * Webhook endpoints and deliveries (SPEC §12). A partner organization's Global admins manage its
 * endpoints; the vendor's operators the vendor-wide ones (auditors read them). Anything outside the
 * caller's scope does not exist for it (404). Every change is audited in its transaction.
 */
export class WebhookService extends Context.Service<
  WebhookService,
  {
    /** The endpoints the actor manages (its organization's, or the vendor's). */
    readonly list: (actor: Actor) => Effect.Effect<ReadonlyArray<WebhookEndpointView>, Forbidden>
    /** Adds an endpoint; answers it with its signing secret (shown once). */
    readonly create: (
      actor: Actor,
      input: CreateWebhookEndpoint
    ) => Effect.Effect<EndpointWithSecret, Forbidden | RuleViolations | InvalidInput>
    /** Changes an endpoint at its version (URL, description, event types, enabled). */
    readonly update: (
      actor: Actor,
      id: string,
      input: UpdateWebhookEndpoint
    ) => Effect.Effect<WebhookEndpointView, Forbidden | NotFound | VersionConflict | RuleViolations>
    /** Replaces an endpoint's signing secret; answers the new one (shown once). */
    readonly rotateSecret: (
      actor: Actor,
      id: string
    ) => Effect.Effect<EndpointWithSecret, Forbidden | NotFound>
    /** Deletes an endpoint. */
    readonly remove: (actor: Actor, id: string) => Effect.Effect<void, Forbidden | NotFound>
    /** Sends a test event to an endpoint. */
    readonly sendTest: (actor: Actor, id: string) => Effect.Effect<WebhookDeliveryView, Forbidden | NotFound>
    /** A page of an endpoint's deliveries, newest first. */
    readonly deliveries: (
      actor: Actor,
      endpointId: string,
      filter: {
        readonly status?: WebhookDeliveryStatus | undefined
        readonly cursor?: string | undefined
        readonly limit?: number | undefined
      }
    ) => Effect.Effect<
      { readonly items: ReadonlyArray<WebhookDeliveryView>; readonly nextCursor: string | null },
      Forbidden | NotFound | InvalidInput
    >
    /** One delivery with the body sent and its attempts. */
    readonly delivery: (
      actor: Actor,
      id: string
    ) => Effect.Effect<WebhookDeliveryDetail, Forbidden | NotFound>
    /** Sends a delivery again. */
    readonly redeliver: (actor: Actor, id: string) => Effect.Effect<WebhookDeliveryView, Forbidden | NotFound>
    /** The job handler: sends one delivery, records the attempt; fails to be retried with backoff. */
    readonly deliver: (payload: { readonly deliveryId: string }, job: Job) => Effect.Effect<void, unknown>
  }
>()("@openpor/domain/webhooks/WebhookService") {
  static readonly layer = Layer.effect(
    WebhookService,
    Effect.gen(function* () {
      const repo = yield* WebhookRepository
      const sender = yield* WebhookSender
      const identity = yield* IdentityRepository
      const jobs = yield* JobQueue
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const outbox = yield* Outbox
      const clock = yield* Clock

      /** The endpoints the actor may read (write: change) — or Forbidden. */
      const scopeOf = (actor: Actor, write: boolean): Effect.Effect<EndpointScope, Forbidden> => {
        if (
          actor.kind === "partner" &&
          policy.manageWebhooks(actor, { organizationId: actor.organizationId })
        )
          return Effect.succeed({ scope: "organization", organizationId: actor.organizationId })
        if (write ? policy.manageVendorWebhooks(actor) : policy.readVendorWebhooks(actor))
          return Effect.succeed({ scope: "vendor" })
        return Effect.fail(
          new Forbidden({
            action: write ? "manageWebhooks" : "readWebhooks",
            reason:
              "Only an organization's Global admins and the vendor's operators manage webhooks (auditors read the vendor's)"
          })
        )
      }
      const inScope = (e: WebhookEndpoint, scope: EndpointScope) =>
        scope.scope === "vendor"
          ? e.scope === "vendor"
          : e.scope === "organization" && e.organizationId === scope.organizationId

      const endpointOf = (actor: Actor, id: string, write: boolean) =>
        Effect.gen(function* () {
          const scope = yield* scopeOf(actor, write)
          const found = Option.getOrUndefined(yield* repo.findEndpoint(id))
          if (found === undefined || !inScope(found, scope))
            return yield* new NotFound({ entity: "webhook endpoint", id })
          return found
        })

      const deliveryOf = (actor: Actor, id: string, write: boolean) =>
        Effect.gen(function* () {
          const scope = yield* scopeOf(actor, write)
          const found = Option.getOrUndefined(yield* repo.findDelivery(id))
          if (found === undefined || !inScope(found.endpoint, scope))
            return yield* new NotFound({ entity: "webhook delivery", id })
          return found
        })

      const checkUrl = (url: string) =>
        Effect.gen(function* () {
          const problem = urlProblem(url, yield* WebhookConfig)
          if (problem !== undefined)
            return yield* new RuleViolations({
              violations: [{ code: "webhook_url_not_allowed", message: problem, field: "url" }]
            })
        })

      const auditAs = (actor: Actor, action: string, e: WebhookEndpoint, before: unknown, after: unknown) =>
        audit.append({ actor, action, entityType: "webhook_endpoint", entityId: e.id, before, after })

      /** What the audit keeps of an endpoint (never its secret). */
      const facts = (e: WebhookEndpoint) => ({
        url: e.url,
        description: e.description,
        eventTypes: e.eventTypes,
        enabled: e.enabled,
        disabledReason: e.disabledReason,
        version: e.version
      })

      const list = Effect.fn("WebhookService.list")(function* (actor: Actor) {
        const scope = yield* scopeOf(actor, false)
        return (yield* repo.listEndpoints(scope)).map(endpointView)
      })

      const create = Effect.fn("WebhookService.create")(function* (
        actor: Actor,
        input: CreateWebhookEndpoint
      ) {
        const scope = yield* scopeOf(actor, true)
        const url = input.url.trim()
        yield* checkUrl(url)
        const now = yield* clock.now
        const endpoint: WebhookEndpoint = {
          id: newId("whe"),
          scope: scope.scope,
          organizationId: scope.scope === "organization" ? scope.organizationId : null,
          url,
          description: input.description?.trim() || null,
          eventTypes: [...new Set(input.eventTypes)],
          enabled: true,
          disabledReason: null,
          failingSince: null,
          secret: newWebhookSecret(),
          createdAt: now,
          updatedAt: now,
          version: 1
        }
        yield* tx.transaction(
          Effect.gen(function* () {
            yield* repo.insertEndpoint(endpoint)
            yield* auditAs(actor, "webhook_endpoint.created", endpoint, null, facts(endpoint))
          })
        )
        return withSecret(endpoint)
      })

      const update = Effect.fn("WebhookService.update")(function* (
        actor: Actor,
        id: string,
        input: UpdateWebhookEndpoint
      ) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            // Scope first: another scope's endpoint is 404 whatever the body says.
            const e = yield* endpointOf(actor, id, true)
            if (input.url !== undefined) yield* checkUrl(input.url.trim())
            if (input.version !== e.version)
              return yield* new VersionConflict({
                aggregate: "webhook endpoint",
                id,
                expected: input.version,
                actual: e.version
              })
            const enabled = input.enabled ?? e.enabled
            const next: WebhookEndpoint = {
              ...e,
              url: input.url?.trim() ?? e.url,
              description:
                input.description === undefined ? e.description : input.description?.trim() || null,
              eventTypes: input.eventTypes === undefined ? e.eventTypes : [...new Set(input.eventTypes)],
              enabled,
              // Enabling again clears the failure; disabling by hand says so.
              disabledReason: enabled ? null : input.enabled === false ? "manual" : e.disabledReason,
              failingSince: input.enabled === true ? null : e.failingSince,
              updatedAt: yield* clock.now,
              version: e.version + 1
            }
            if (!(yield* repo.updateEndpoint(next, e.version)))
              return yield* Effect.die(new ConcurrentChange({ aggregate: "webhook endpoint" }))
            yield* auditAs(actor, "webhook_endpoint.updated", next, facts(e), facts(next))
            return endpointView(next)
          })
        )
      })

      const rotateSecret = Effect.fn("WebhookService.rotateSecret")(function* (actor: Actor, id: string) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const e = yield* endpointOf(actor, id, true)
            const next: WebhookEndpoint = {
              ...e,
              secret: newWebhookSecret(),
              updatedAt: yield* clock.now,
              version: e.version + 1
            }
            if (!(yield* repo.updateEndpoint(next, e.version)))
              return yield* Effect.die(new ConcurrentChange({ aggregate: "webhook endpoint" }))
            yield* auditAs(
              actor,
              "webhook_endpoint.secret_rotated",
              next,
              { version: e.version },
              {
                version: next.version
              }
            )
            return withSecret(next)
          })
        )
      })

      const remove = Effect.fn("WebhookService.remove")(function* (actor: Actor, id: string) {
        yield* tx.transaction(
          Effect.gen(function* () {
            const e = yield* endpointOf(actor, id, true)
            yield* repo.deleteEndpoint(e.id)
            yield* auditAs(actor, "webhook_endpoint.deleted", e, facts(e), null)
          })
        )
      })

      const sendTest = Effect.fn("WebhookService.sendTest")(function* (actor: Actor, id: string) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const e = yield* endpointOf(actor, id, true)
            const now = yield* clock.now
            const eventId = newId<string>("evt")
            const delivery: WebhookDelivery = {
              id: newId("msg"),
              endpointId: e.id,
              eventId,
              eventType: "endpoint.test",
              payload: eventBody(
                eventId,
                {
                  type: "endpoint.test",
                  organizationId: e.organizationId,
                  data: { endpointId: e.id, message: "A test event from OpenPOR" }
                },
                now
              ),
              status: "pending",
              attempts: 0,
              createdAt: now,
              lastAttemptAt: null,
              nextAttemptAt: now,
              lastStatusCode: null,
              attemptLog: []
            }
            yield* repo.insertDelivery(delivery)
            yield* jobs.enqueue(deliveryJob(delivery.id, now))
            yield* auditAs(actor, "webhook_endpoint.test_sent", e, null, { deliveryId: delivery.id })
            return deliveryView(delivery)
          })
        )
      })

      const deliveries = Effect.fn("WebhookService.deliveries")(function* (
        actor: Actor,
        endpointId: string,
        filter: {
          readonly status?: WebhookDeliveryStatus | undefined
          readonly cursor?: string | undefined
          readonly limit?: number | undefined
        }
      ) {
        const e = yield* endpointOf(actor, endpointId, false)
        const before = filter.cursor === undefined ? undefined : decodeCursor(filter.cursor)
        if (filter.cursor !== undefined && before === undefined)
          return yield* new InvalidInput({
            code: "invalid_request",
            reason: "The cursor is not one this list gave",
            details: { field: "cursor" }
          })
        const limit = Math.min(Math.max(filter.limit ?? 50, 1), 200)
        const rows = yield* repo.listDeliveries({
          endpointId: e.id,
          status: filter.status,
          before,
          limit: limit + 1
        })
        const page = rows.slice(0, limit)
        return {
          items: page.map(deliveryView),
          nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null
        }
      })

      const delivery = Effect.fn("WebhookService.delivery")(function* (actor: Actor, id: string) {
        return deliveryDetail((yield* deliveryOf(actor, id, false)).delivery)
      })

      const redeliver = Effect.fn("WebhookService.redeliver")(function* (actor: Actor, id: string) {
        return yield* tx.transaction(
          Effect.gen(function* () {
            const { delivery: d, endpoint } = yield* deliveryOf(actor, id, true)
            const now = yield* clock.now
            const next: WebhookDelivery = { ...d, status: "pending", nextAttemptAt: now }
            yield* repo.updateDelivery(next)
            // A job waiting for its backoff gives way to one due now (the attempts continue).
            yield* jobs.cancelByKey(`webhook:${d.id}`)
            yield* jobs.enqueue(deliveryJob(d.id, now))
            yield* auditAs(
              actor,
              "webhook_delivery.redelivered",
              endpoint,
              { status: d.status },
              {
                deliveryId: d.id,
                status: "pending"
              }
            )
            return deliveryView(next)
          })
        )
      })

      const { deliver } = makeDelivery({ repo, sender, identity, tx, audit, outbox, clock })

      return WebhookService.of({
        list,
        create,
        update,
        rotateSecret,
        remove,
        sendTest,
        deliveries,
        delivery,
        redeliver,
        deliver
      })
    })
  )
}
