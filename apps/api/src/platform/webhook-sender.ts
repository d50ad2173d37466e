import {
  RESPONSE_EXCERPT_CHARS,
  WEBHOOK_TIMEOUT_MILLIS,
  WebhookSendError,
  WebhookSender
} from "@openpor/domain"
import { Effect, Layer } from "effect"
import { Webhook } from "standardwebhooks"

/** Reads at most `max` characters of a response body, then stops reading it. */
const excerptOf = async (response: Response, max: number): Promise<string | null> => {
  if (response.body === null) return null
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  let text = ""
  try {
    while (text.length < max) {
      const { done, value } = await reader.read()
      if (done) break
      text += decoder.decode(value, { stream: true })
    }
  } finally {
    await reader.cancel().catch(() => undefined)
  }
  return text.slice(0, max)
}

/**
 * WebhookSender with fetch: signs per the Standard Webhooks specification with its maintained library
 * (`standardwebhooks`; webhook-id, webhook-timestamp — real time, not the test clock — and
 * webhook-signature) and POSTs the JSON body, aborting after WEBHOOK_TIMEOUT_MILLIS. Redirects are
 * not followed (a 3xx counts as a failure).
 */
export const FetchWebhookSenderLive = Layer.succeed(
  WebhookSender,
  WebhookSender.of({
    send: (request) =>
      Effect.tryPromise({
        try: async () => {
          const started = performance.now()
          const timestamp = new Date()
          const signature = new Webhook(request.secret).sign(request.messageId, timestamp, request.body)
          try {
            const response = await fetch(request.url, {
              method: "POST",
              redirect: "manual",
              signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MILLIS),
              headers: {
                "content-type": "application/json",
                "user-agent": "OpenPOR-Webhooks/1",
                "webhook-id": request.messageId,
                "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
                "webhook-signature": signature
              },
              body: request.body
            })
            const excerpt = await excerptOf(response, RESPONSE_EXCERPT_CHARS).catch(() => null)
            return { statusCode: response.status, durationMs: performance.now() - started, excerpt }
          } catch (e) {
            const cause = e instanceof Error && e.cause instanceof Error ? `: ${e.cause.message}` : ""
            const reason =
              e instanceof Error && (e.name === "TimeoutError" || e.name === "AbortError")
                ? `timed out after ${WEBHOOK_TIMEOUT_MILLIS} ms`
                : `${e instanceof Error ? e.message : String(e)}${cause}`
            throw new WebhookSendError({ reason, durationMs: performance.now() - started })
          }
        },
        catch: (e) =>
          e instanceof WebhookSendError
            ? e
            : new WebhookSendError({ reason: e instanceof Error ? e.message : String(e), durationMs: 0 })
      })
  })
)
