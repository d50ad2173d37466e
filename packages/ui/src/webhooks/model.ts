import {
  type ResponseOf,
  SUBSCRIBABLE_WEBHOOK_EVENT_TYPES,
  type SubscribableWebhookEventType,
  type WebhookEventType
} from "@openpor/api-client"

export type { SubscribableWebhookEventType, WebhookEventType }

/** One endpoint as the API shows it (never its secret). */
export type WebhookEndpoint = ResponseOf<"listWebhookEndpoints">["items"][number]
/** One delivery in an endpoint's log. */
export type WebhookDelivery = ResponseOf<"listWebhookDeliveries">["items"][number]
/** One delivery with the JSON body sent and every attempt. */
export type WebhookDeliveryDetail = ResponseOf<"getWebhookDelivery">
export type DeliveryStatus = WebhookDelivery["status"]

/** The delivery statuses in the order the filter offers them. */
export const DELIVERY_STATUSES = [
  "pending",
  "succeeded",
  "failed"
] as const satisfies readonly DeliveryStatus[]

/** An event type as a message key: "claim.status_changed" → "claim_status_changed" (keys cannot hold dots). */
export type EventKey<T extends string = WebhookEventType> = T extends `${infer A}.${infer B}`
  ? `${A}_${B}`
  : T
export const eventKey = <T extends string>(type: T): EventKey<T> => type.replace(".", "_") as EventKey<T>

/** The event types of a form field (comma-separated), in the vocabulary's order and without unknown ones. */
export const splitEventTypes = (value: string): SubscribableWebhookEventType[] => {
  const chosen = new Set(value.split(",").filter((part) => part !== ""))
  return SUBSCRIBABLE_WEBHOOK_EVENT_TYPES.filter((type) => chosen.has(type))
}
export const joinEventTypes = (types: readonly string[]): string => types.join(",")

/** A delivery's status as a tag tone. */
export const deliveryTone = (status: DeliveryStatus): "success" | "danger" | "info" =>
  status === "succeeded" ? "success" : status === "failed" ? "danger" : "info"

/** The payload as indented JSON for reading. */
export const prettyJson = (value: unknown): string => JSON.stringify(value, null, 2) ?? String(value)
