import type { Component, JSX } from "solid-js"
import { DeliveryPage } from "./DeliveryPage.tsx"
import { EndpointPage } from "./EndpointPage.tsx"
import { EndpointsPage } from "./EndpointsPage.tsx"
import { WebhookOptionsProvider, type WebhookScreensOptions } from "./options.ts"

export { messages as webhookMessages } from "./messages/index.ts"
export type { WebhookScreensOptions } from "./options.ts"

export interface WebhookScreens {
  /** `basePath`: the endpoints, "Add endpoint". */
  readonly Endpoints: Component
  /** `basePath/:id`: one endpoint, its actions and deliveries (the route's parameter `id`). */
  readonly Endpoint: Component
  /** `basePath/:id/deliveries/:deliveryId`: one delivery. */
  readonly Delivery: Component
}

/**
 * The webhook settings as route components for an app (Stripe's dashboard as the model): the partner portal
 * shows them in the organization settings, the reviewer console under operations; each app gives its frame,
 * scope, who manages and its router. Routes: `basePath`, `basePath/:id`, `basePath/:id/deliveries/:deliveryId`.
 */
export const createWebhookScreens = (options: WebhookScreensOptions): WebhookScreens => {
  const provide =
    (Page: Component): Component =>
    (): JSX.Element => (
      <WebhookOptionsProvider value={options}>
        <Page />
      </WebhookOptionsProvider>
    )
  return {
    Endpoints: provide(EndpointsPage),
    Endpoint: provide(EndpointPage),
    Delivery: provide(DeliveryPage)
  }
}
