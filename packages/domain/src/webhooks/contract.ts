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

export const SubscribableEventType = Schema.Literals(SUBSCRIBABLE_EVENT_TYPES)

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
export type WebhookEndpointView = typeof WebhookEndpointView.Type

export const WebhookEndpointWithSecret = Schema.Struct({
  endpoint: WebhookEndpointView,
  secret: Schema.String.annotate({ description: "The signing secret (whsec_…), shown only now" })
})

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
export type WebhookDeliveryView = typeof WebhookDeliveryView.Type

export const WebhookAttemptView = Schema.Struct({
  at: Timestamp,
  statusCode: Schema.NullOr(Schema.Number),
  durationMs: Schema.Number,
  error: Schema.NullOr(Schema.String),
  responseExcerpt: Schema.NullOr(Schema.String)
})

export const WebhookDeliveryDetail = Schema.Struct({
  ...WebhookDeliveryView.fields,
  payload: Schema.Unknown.annotate({ description: "The exact JSON body sent" }),
  attemptLog: Schema.Array(WebhookAttemptView)
})
export type WebhookDeliveryDetail = typeof WebhookDeliveryDetail.Type

export const WebhookDeliveryPage = Schema.Struct({
  items: Schema.Array(WebhookDeliveryView),
  nextCursor: Schema.NullOr(Schema.String)
})

const Url = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(2000))
const Description = Schema.String.check(Schema.isMaxLength(500))
const EventTypes = Schema.Array(SubscribableEventType).check(Schema.isMinLength(1))

export const CreateWebhookEndpoint = Schema.Struct({
  url: Url,
  description: Schema.optionalKey(Schema.NullOr(Description)),
  eventTypes: EventTypes
})
export type CreateWebhookEndpoint = typeof CreateWebhookEndpoint.Type

export const UpdateWebhookEndpoint = Schema.Struct({
  url: Schema.optionalKey(Url),
  description: Schema.optionalKey(Schema.NullOr(Description)),
  eventTypes: Schema.optionalKey(EventTypes),
  enabled: Schema.optionalKey(Schema.Boolean),
  version: Schema.Int
})
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
