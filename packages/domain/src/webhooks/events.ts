import { Context, Effect, Layer } from "effect"
import { Clock } from "../calendar/clock.ts"
import { newId } from "../ids.ts"
import { WEBHOOK_DELIVERY_ATTEMPTS, type WebhookEvent } from "./model.ts"
import { type EventToFanOut, WebhookRepository } from "./repository.ts"

/** The JSON body of an event: `{ id, type, timestamp, data }` (the same for every endpoint). */
export const eventBody = (eventId: string, event: WebhookEvent, at: Date): string =>
  JSON.stringify({ id: eventId, type: event.type, timestamp: at.toISOString(), data: event.data })

/**
 * The one way a capability publishes webhook events: inside the caller's transaction it writes one
 * delivery (and its job) per endpoint that receives each event — the outbox of webhooks. Costs one
 * statement when no endpoint matches.
 */
export class WebhookEvents extends Context.Service<
  WebhookEvents,
  {
    /** Writes one delivery per subscribed endpoint for each event, inside the caller's transaction. */
    readonly publish: (events: WebhookEvent | ReadonlyArray<WebhookEvent>) => Effect.Effect<void>
  }
>()("@openpor/domain/webhooks/WebhookEvents") {
  static readonly layer = Layer.effect(
    WebhookEvents,
    Effect.gen(function* () {
      const repo = yield* WebhookRepository
      const clock = yield* Clock
      const publish = (events: WebhookEvent | ReadonlyArray<WebhookEvent>) =>
        Effect.gen(function* () {
          const list: ReadonlyArray<WebhookEvent> = Array.isArray(events) ? events : [events as WebhookEvent]
          if (list.length === 0) return
          const now = yield* clock.now
          const rows = list.map((event): EventToFanOut => {
            const eventId = newId<string>("evt")
            return {
              eventId,
              type: event.type,
              organizationId: event.organizationId,
              payload: eventBody(eventId, event, now)
            }
          })
          yield* repo.fanOut(rows, now, WEBHOOK_DELIVERY_ATTEMPTS)
        }).pipe(Effect.withSpan("WebhookEvents.publish"))
      return WebhookEvents.of({ publish })
    })
  )
}
