export {
  CreateWebhookEndpoint,
  SubscribableEventType,
  UpdateWebhookEndpoint,
  WebhookAttemptView,
  WebhookDeliveryDetail,
  WebhookDeliveryPage,
  WebhookDeliveryView,
  WebhookEndpointView,
  WebhookEndpointWithSecret
} from "./contract.ts"
export * from "./events.ts"
export * from "./model.ts"
export * from "./repository.ts"
export * from "./webhook-service.ts"
