/**
 * A webhook receiver for the apps' browser tests (Node only; never imported by app code): an HTTP server on
 * 127.0.0.1 that records each request and checks its Standard Webhooks signature (HMAC-SHA256 of
 * `webhook-id.webhook-timestamp.body` with the endpoint's secret), answering 200.
 */
import { createHmac, timingSafeEqual } from "node:crypto"
import { createServer, type Server } from "node:http"
import { afterAll, beforeAll } from "vitest"

export interface ReceivedEvent {
  readonly id: string
  readonly timestamp: string
  readonly body: string
  readonly signature: string
}

export interface WebhookReceiver {
  /** `http://127.0.0.1:<port>/hooks/<name>` */
  readonly url: string
  /** Everything received so far, oldest first. */
  readonly received: readonly ReceivedEvent[]
  /** Whether the event carries a valid signature made with `secret` ("whsec_…"). */
  verify(event: ReceivedEvent, secret: string): boolean
  stop(): Promise<void>
}

export const verifySignature = (event: ReceivedEvent, secret: string): boolean => {
  const key = Buffer.from(secret.replace(/^whsec_/, ""), "base64")
  const expected = createHmac("sha256", key).update(`${event.id}.${event.timestamp}.${event.body}`).digest()
  return event.signature.split(" ").some((entry) => {
    const [version, value] = entry.split(",")
    if (version !== "v1" || value === undefined) return false
    const given = Buffer.from(value, "base64")
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
}

/** Starts a receiver on a free port of 127.0.0.1. */
export const startWebhookReceiver = async (name = "openpor"): Promise<WebhookReceiver> => {
  const received: ReceivedEvent[] = []
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on("data", (chunk: Buffer) => chunks.push(chunk))
    request.on("end", () => {
      const header = (key: string) => String(request.headers[key] ?? "")
      received.push({
        id: header("webhook-id"),
        timestamp: header("webhook-timestamp"),
        body: Buffer.concat(chunks).toString("utf8"),
        signature: header("webhook-signature")
      })
      response.writeHead(200, { "content-type": "application/json" })
      response.end('{"received":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const address = server.address()
  const port = typeof address === "object" && address !== null ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}/hooks/${name}`,
    received,
    verify: verifySignature,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve()))
  }
}

/** A receiver started before the file's tests and stopped after them (use it inside tests). */
export const useWebhookReceiver = (name: string): (() => WebhookReceiver) => {
  let receiver: WebhookReceiver | undefined
  beforeAll(async () => {
    receiver = await startWebhookReceiver(name)
  })
  afterAll(() => receiver?.stop())
  return () => {
    if (receiver === undefined) throw new Error("The receiver starts in beforeAll; use it inside tests")
    return receiver
  }
}
