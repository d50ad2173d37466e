import { Context, Effect, Layer, type Option, Schema } from "effect"
import type { User } from "../identity/model.ts"
import type { JobQueue } from "../jobs/repository.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import { makeWebhookRepositoryMemory, makeWebhookSenderMemory } from "../testing/memory/webhooks.ts"
import type {
  DeliveryWithEndpoint,
  WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookEventType
} from "./model.ts"

/** One event as the fan-out writes it: its body is the same for every endpoint that receives it. */
export interface EventToFanOut {
  readonly eventId: string
  readonly type: WebhookEventType
  /** Organization endpoints of this organization receive it; vendor endpoints receive every event. */
  readonly organizationId: string | null
  readonly payload: string
}

/** Which endpoints a caller sees. */
export type EndpointScope =
  | { readonly scope: "organization"; readonly organizationId: string }
  | { readonly scope: "vendor" }

/** Endpoints and their deliveries (packages/db implements it on `webhook_endpoints` and `webhook_deliveries`). */
export class WebhookRepository extends Context.Service<
  WebhookRepository,
  {
    /** Stores a new endpoint. */
    readonly insertEndpoint: (endpoint: WebhookEndpoint) => Effect.Effect<void>
    /** Writes it if its version is still `expectedVersion`; false otherwise. */
    readonly updateEndpoint: (endpoint: WebhookEndpoint, expectedVersion: number) => Effect.Effect<boolean>
    /** Deletes it with its deliveries; false when it did not exist. */
    readonly deleteEndpoint: (id: string) => Effect.Effect<boolean>
    /** The endpoint of this id. */
    readonly findEndpoint: (id: string) => Effect.Effect<Option.Option<WebhookEndpoint>>
    /** The endpoints of a scope. */
    readonly listEndpoints: (scope: EndpointScope) => Effect.Effect<ReadonlyArray<WebhookEndpoint>>
    /**
     * Joins the caller's transaction: one delivery per enabled endpoint that subscribes to each
     * event's type and may receive it (vendor endpoints, or the event's organization's), and its
     * delivery job (`maxAttempts`, due at `at`). One statement when no endpoint matches.
     * Answers the deliveries' ids.
     */
    readonly fanOut: (
      events: ReadonlyArray<EventToFanOut>,
      at: Date,
      maxAttempts: number
    ) => Effect.Effect<ReadonlyArray<string>>
    /** Stores a new delivery. */
    readonly insertDelivery: (delivery: WebhookDelivery) => Effect.Effect<void>
    /** A delivery with its endpoint. */
    readonly findDelivery: (id: string) => Effect.Effect<Option.Option<DeliveryWithEndpoint>>
    /** Newest first; `before`: the cursor of the last delivery of the previous page. */
    readonly listDeliveries: (filter: {
      readonly endpointId: string
      readonly status?: WebhookDeliveryStatus | undefined
      readonly before?: { readonly createdAt: Date; readonly id: string } | undefined
      readonly limit: number
    }) => Effect.Effect<ReadonlyArray<WebhookDelivery>>
    /** Replaces the delivery's state (status, attempts, log). */
    readonly updateDelivery: (delivery: WebhookDelivery) => Effect.Effect<void>
    /** Sets failingSince to `at` unless it is set already; answers the endpoint's failingSince. */
    readonly markFailing: (endpointId: string, at: Date) => Effect.Effect<Option.Option<Date>>
    /** Clears failingSince (a delivery succeeded). */
    readonly clearFailing: (endpointId: string) => Effect.Effect<void>
    /** The vendor's active operators (told when a vendor endpoint is disabled). */
    readonly operators: Effect.Effect<ReadonlyArray<User>>
  }
>()("@openpor/domain/webhooks/WebhookRepository") {
  /** In memory, for workflow tests; its tables live in the MemoryStore, its jobs in the JobQueue. */
  static readonly layerTest: Layer.Layer<WebhookRepository, never, MemoryStore | JobQueue> = Layer.effect(
    WebhookRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeWebhookRepositoryMemory)
  )
}

/** A request could not be sent or was not answered (network error, timeout). */
export class WebhookSendError extends Schema.TaggedError<WebhookSendError>()("WebhookSendError", {
  reason: Schema.String,
  durationMs: Schema.Number
}) {}

/** What a receiver answered. */
export interface WebhookResponse {
  readonly statusCode: number
  readonly durationMs: number
  /** The start of the response body (at most RESPONSE_EXCERPT_CHARS). */
  readonly excerpt: string | null
}

/** One signed request to send (the platform signs it per Standard Webhooks with the secret). */
export interface WebhookRequest {
  readonly url: string
  readonly secret: string
  /** The `webhook-id` header. */
  readonly messageId: string
  readonly body: string
}

/**
 * Sends one webhook request: signs it (webhook-id, webhook-timestamp, webhook-signature) and POSTs it
 * with a timeout. apps/api/src/platform/webhook-sender.ts implements it with fetch and `standardwebhooks`.
 */
export class WebhookSender extends Context.Service<
  WebhookSender,
  {
    /** Sends one signed request; answers the receiver's status, or fails when it could not be reached. */
    readonly send: (request: WebhookRequest) => Effect.Effect<WebhookResponse, WebhookSendError>
  }
>()("@openpor/domain/webhooks/WebhookSender") {
  /**
   * In memory: records each request in the MemoryStore (table "webhooks.sent") and answers the status
   * the table "webhooks.receivers" holds for the URL (a function of the request's number, default 200).
   */
  static readonly layerTest: Layer.Layer<WebhookSender, never, MemoryStore> = Layer.effect(
    WebhookSender,
    Effect.suspend(() => makeWebhookSenderMemory)
  )
}
