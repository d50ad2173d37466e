import { Redacted, Schema } from "effect"
import {
  SUBSCRIBABLE_EVENT_TYPES,
  secretHint,
  type WebhookDelivery,
  WebhookDeliveryStatus,
  WebhookDisabledReason,
  type WebhookEndpoint,
  WebhookEventType,
  WebhookScope
} from "./model.ts"

/**
 * The webhooks' HTTP views and bodies, defined once: the domain builds the views, the API encodes
 * them with these schemas, and the OpenAPI document and the generated client come from them.
 */
const Timestamp = Schema.DateFromString

/** The event types an endpoint can subscribe to. */
export const SubscribableEventType = Schema.Literals(SUBSCRIBABLE_EVENT_TYPES)

/** A webhook endpoint as the API shows it (never its secret). */
export const WebhookEndpointView = Schema.Struct({
  id: Schema.String,
  scope: WebhookScope,
  organizationId: Schema.NullOr(Schema.String),
  url: Schema.String,
  description: Schema.NullOr(Schema.String),
  eventTypes: Schema.Array(WebhookEventType),
  enabled: Schema.Boolean,
  disabledReason: Schema.NullOr(WebhookDisabledReason),
  failingSince: Schema.NullOr(Timestamp),
  secretHint: Schema.String,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Schema.Number
})
/** A webhook endpoint's view (see the {@link WebhookEndpointView} schema). */
export type WebhookEndpointView = typeof WebhookEndpointView.Type

/** A newly created endpoint (or one with a rotated secret) with its signing secret, shown only once. */
export const WebhookEndpointWithSecret = Schema.Struct({
  endpoint: WebhookEndpointView,
  secret: Schema.String.annotate({ description: "The signing secret (whsec_…), shown only now" })
})

/** One delivery of an event to an endpoint as the API shows it: event, status, attempts and next try. */
export const WebhookDeliveryView = Schema.Struct({
  id: Schema.String.annotate({ description: "The webhook-id header's value (msg_…)" }),
  endpointId: Schema.String,
  eventType: WebhookEventType,
  status: WebhookDeliveryStatus,
  attempts: Schema.Number,
  createdAt: Timestamp,
  lastAttemptAt: Schema.NullOr(Timestamp),
  nextAttemptAt: Schema.NullOr(Timestamp),
  lastStatusCode: Schema.NullOr(Schema.Number)
})
/** A delivery's view (see the {@link WebhookDeliveryView} schema). */
export type WebhookDeliveryView = typeof WebhookDeliveryView.Type

/** One attempt of a delivery: when, the receiver's status code, how long it took, and the error. */
export const WebhookAttemptView = Schema.Struct({
  at: Timestamp,
  statusCode: Schema.NullOr(Schema.Number),
  durationMs: Schema.Number,
  error: Schema.NullOr(Schema.String),
  responseExcerpt: Schema.NullOr(Schema.String)
})

/** A delivery with the exact JSON body sent and the log of its attempts. */
export const WebhookDeliveryDetail = Schema.Struct({
  ...WebhookDeliveryView.fields,
  payload: Schema.Unknown.annotate({ description: "The exact JSON body sent" }),
  attemptLog: Schema.Array(WebhookAttemptView)
})
/** A delivery's detail (see the {@link WebhookDeliveryDetail} schema). */
export type WebhookDeliveryDetail = typeof WebhookDeliveryDetail.Type

/** A page of an endpoint's deliveries; `nextCursor` continues it. */
export const WebhookDeliveryPage = Schema.Struct({
  items: Schema.Array(WebhookDeliveryView),
  nextCursor: Schema.NullOr(Schema.String)
})

const Url = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(2000))
const Description = Schema.String.check(Schema.isMaxLength(500))
const EventTypes = Schema.Array(SubscribableEventType).check(Schema.isMinLength(1))

/** The body that creates a webhook endpoint: its https URL, a description and the event types. */
export const CreateWebhookEndpoint = Schema.Struct({
  url: Url,
  description: Schema.optionalKey(Schema.NullOr(Description)),
  eventTypes: EventTypes
})
/** A new endpoint's fields (see the {@link CreateWebhookEndpoint} schema). */
export type CreateWebhookEndpoint = typeof CreateWebhookEndpoint.Type

/** The body that changes a webhook endpoint (URL, description, event types, enabled) at its current version. */
export const UpdateWebhookEndpoint = Schema.Struct({
  url: Schema.optionalKey(Url),
  description: Schema.optionalKey(Schema.NullOr(Description)),
  eventTypes: Schema.optionalKey(EventTypes),
  enabled: Schema.optionalKey(Schema.Boolean),
  version: Schema.Int
})
/** An endpoint's changes (see the {@link UpdateWebhookEndpoint} schema). */
export type UpdateWebhookEndpoint = typeof UpdateWebhookEndpoint.Type

export const endpointView = (e: WebhookEndpoint): WebhookEndpointView => ({
  id: e.id,
  scope: e.scope,
  organizationId: e.organizationId,
  url: e.url,
  description: e.description,
  eventTypes: [...e.eventTypes],
  enabled: e.enabled,
  disabledReason: e.disabledReason,
  failingSince: e.failingSince,
  secretHint: secretHint(e.secret),
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  version: e.version
})

export const withSecret = (e: WebhookEndpoint) => ({
  endpoint: endpointView(e),
  secret: Redacted.value(e.secret)
})

export const deliveryView = (d: WebhookDelivery): WebhookDeliveryView => ({
  id: d.id,
  endpointId: d.endpointId,
  eventType: d.eventType,
  status: d.status,
  attempts: d.attempts,
  createdAt: d.createdAt,
  lastAttemptAt: d.lastAttemptAt,
  nextAttemptAt: d.nextAttemptAt,
  lastStatusCode: d.lastStatusCode
})

export const deliveryDetail = (d: WebhookDelivery): WebhookDeliveryDetail => ({
  ...deliveryView(d),
  payload: JSON.parse(d.payload) as unknown,
  attemptLog: d.attemptLog.map((a) => ({ ...a }))
})

/** An opaque cursor: the last delivery's creation instant and id. */
export const encodeCursor = (d: Pick<WebhookDelivery, "createdAt" | "id">) =>
  btoa(`${d.createdAt.toISOString()}|${d.id}`).replace(/=+$/, "")

export const decodeCursor = (cursor: string): { createdAt: Date; id: string } | undefined => {
  try {
    const [at, id] = atob(cursor).split("|")
    if (at === undefined || id === undefined || Number.isNaN(Date.parse(at))) return undefined
    return { createdAt: new Date(at), id }
  } catch {
    return undefined
  }
}
