import {
  CreateWebhookEndpoint,
  UpdateWebhookEndpoint,
  WebhookDeliveryDetail,
  WebhookDeliveryPage,
  WebhookDeliveryStatus,
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEndpointWithSecret,
  WebhookService
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { group, QueryInt, route } from "../http/route.ts"

const IdParams = Schema.Struct({ id: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100)) })

const scope =
  "An organization's Global admin manages its organization's endpoints; the vendor's operator the vendor-wide endpoints (which receive every event); auditors read the vendor-wide ones (GET only). Endpoints and deliveries outside the caller's scope answer 404."

/** Webhook endpoints and their deliveries (SPEC §12; docs/decisions/023-webhooks.md). */
export const webhookRoutes = group("/api/v1/webhooks", "Webhooks", [
  route(
    {
      method: "get",
      path: "/endpoints",
      operationId: "listWebhookEndpoints",
      summary: "The caller's webhook endpoints (its organization's, or the vendor-wide ones)",
      description: scope,
      auth: "session",
      response: Schema.Struct({ items: Schema.Array(WebhookEndpointView) }),
      status: 200,
      errors: [401, 403]
    },
    ({ auth }) =>
      Effect.map(
        WebhookService.use((s) => s.list(auth!.actor)),
        (items) => ({ items })
      )
  ),
  route(
    {
      method: "post",
      path: "/endpoints",
      operationId: "createWebhookEndpoint",
      summary: "Register a webhook endpoint; answers its signing secret, shown only this once",
      description: `${scope} The URL must use https (outside production also http://localhost or http://127.0.0.1): 422 webhook_url_not_allowed otherwise, naming the field url. eventTypes: at least one (not endpoint.test). Requests are signed per the Standard Webhooks specification (webhook-id, webhook-timestamp, webhook-signature) with the secret.`,
      auth: "session",
      body: CreateWebhookEndpoint,
      response: WebhookEndpointWithSecret,
      status: 201,
      errors: [400, 401, 403, 422]
    },
    ({ auth, body }) => WebhookService.use((s) => s.create(auth!.actor, body))
  ),
  route(
    {
      method: "patch",
      path: "/endpoints/{id}",
      operationId: "updateWebhookEndpoint",
      summary: "Change an endpoint's URL, description, events or whether it is enabled",
      description: `${scope} enabled: true enables a disabled endpoint again and clears failingSince; enabled: false disables it by hand (disabledReason manual). version: the endpoint's version as read (409 version_conflict otherwise).`,
      auth: "session",
      params: IdParams,
      body: UpdateWebhookEndpoint,
      response: WebhookEndpointView,
      status: 200,
      errors: [400, 401, 403, 404, 409, 422]
    },
    ({ auth, params, body }) => WebhookService.use((s) => s.update(auth!.actor, params.id, body))
  ),
  route(
    {
      method: "post",
      path: "/endpoints/{id}/rotate-secret",
      operationId: "rotateWebhookSecret",
      summary: "Replace an endpoint's signing secret; answers the new one, shown only this once",
      description: scope,
      auth: "session",
      params: IdParams,
      response: WebhookEndpointWithSecret,
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth, params }) => WebhookService.use((s) => s.rotateSecret(auth!.actor, params.id))
  ),
  route(
    {
      method: "delete",
      path: "/endpoints/{id}",
      operationId: "deleteWebhookEndpoint",
      summary: "Delete an endpoint and its deliveries",
      description: scope,
      auth: "session",
      params: IdParams,
      status: 204,
      errors: [401, 403, 404]
    },
    ({ auth, params }) => WebhookService.use((s) => s.remove(auth!.actor, params.id))
  ),
  route(
    {
      method: "post",
      path: "/endpoints/{id}/test",
      operationId: "sendWebhookTest",
      summary: "Send an endpoint.test event to this endpoint now",
      description: scope,
      auth: "session",
      params: IdParams,
      response: WebhookDeliveryView,
      status: 202,
      errors: [401, 403, 404]
    },
    ({ auth, params }) => WebhookService.use((s) => s.sendTest(auth!.actor, params.id))
  ),
  route(
    {
      method: "get",
      path: "/endpoints/{id}/deliveries",
      operationId: "listWebhookDeliveries",
      summary: "An endpoint's deliveries, newest first, a page at a time",
      description: `${scope} \`cursor\` = the previous page's nextCursor; \`limit\` per page (default 50).`,
      auth: "session",
      params: IdParams,
      query: Schema.Struct({
        status: Schema.optionalKey(WebhookDeliveryStatus),
        cursor: Schema.optionalKey(Schema.String.check(Schema.isMaxLength(500))),
        limit: Schema.optionalKey(QueryInt(1, 200))
      }),
      response: WebhookDeliveryPage,
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params, query }) => WebhookService.use((s) => s.deliveries(auth!.actor, params.id, query))
  ),
  route(
    {
      method: "get",
      path: "/deliveries/{id}",
      operationId: "getWebhookDelivery",
      summary: "One delivery: the exact body sent and every attempt",
      description: scope,
      auth: "session",
      params: IdParams,
      response: WebhookDeliveryDetail,
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth, params }) => WebhookService.use((s) => s.delivery(auth!.actor, params.id))
  ),
  route(
    {
      method: "post",
      path: "/deliveries/{id}/redeliver",
      operationId: "redeliverWebhook",
      summary: "Send a delivery again now (same webhook-id; its attempts continue)",
      description: scope,
      auth: "session",
      params: IdParams,
      response: WebhookDeliveryView,
      status: 202,
      errors: [401, 403, 404]
    },
    ({ auth, params }) => WebhookService.use((s) => s.redeliver(auth!.actor, params.id))
  )
])
