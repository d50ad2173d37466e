import { type ChildProcess, spawn } from "node:child_process"
import { once } from "node:events"
import { createServer } from "node:net"
import { fileURLToPath } from "node:url"
import { FetchWebhookSenderLive } from "@openpor/api/platform/webhook-sender"
import { newWebhookSecret, WebhookSender } from "@openpor/domain"
import { Effect, Redacted } from "effect"
import { Webhook } from "standardwebhooks"
import { afterAll, beforeAll, describe, expect, it } from "vitest"

const receiverMjs = fileURLToPath(new URL("../receiver.mjs", import.meta.url))

const freePort = async () => {
  const s = createServer()
  s.listen(0, "127.0.0.1")
  await once(s, "listening")
  const port = (s.address() as { port: number }).port
  await new Promise((r) => s.close(r))
  return port
}

/**
 * The example receiver (receiver.mjs), run as `npm start` runs it: it accepts an
 * event the server's sender signed, and refuses a tampered one and one signed with another secret.
 */
describe("the example webhook receiver", () => {
  const secret = Redacted.value(newWebhookSecret())
  let child: ChildProcess
  let url: string
  let output = ""

  beforeAll(async () => {
    const port = await freePort()
    child = spawn(process.execPath, [receiverMjs], {
      env: { PATH: process.env.PATH ?? "", WEBHOOK_SECRET: secret, PORT: String(port) },
      stdio: ["ignore", "pipe", "pipe"]
    })
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString()
    })
    child.stderr?.on("data", (d: Buffer) => {
      output += d.toString()
    })
    const deadline = Date.now() + 10_000
    while (!output.includes("listening")) {
      if (Date.now() > deadline) throw new Error(`the example did not start: ${output}`)
      await new Promise((r) => setTimeout(r, 50))
    }
    url = `http://127.0.0.1:${port}/`
  })
  afterAll(async () => {
    child.kill("SIGTERM")
    if (child.exitCode === null) await once(child, "exit")
  })

  const body = JSON.stringify({
    id: "evt_example",
    type: "dpor.added",
    timestamp: new Date().toISOString(),
    data: { subscriptionId: "s", tenantId: "t", organizationId: "org_contoso", partnerId: "1000001" }
  })

  it("accepts an event signed by the server's sender (once, even when delivered twice)", async () => {
    const send = (messageId: string) =>
      Effect.runPromise(
        WebhookSender.use((s) => s.send({ url, secret, messageId, body })).pipe(
          Effect.provide(FetchWebhookSenderLive)
        )
      )
    const first = await send("msg_example")
    expect(first.statusCode).toBe(204)
    expect((await send("msg_example")).statusCode).toBe(204)
    await new Promise((r) => setTimeout(r, 100))
    const accepted = output.split("\n").filter((l) => l.includes('"accepted"'))
    expect(accepted).toHaveLength(1)
    expect(JSON.parse(accepted[0]!)).toMatchObject({ accepted: "dpor.added", id: "evt_example" })
  })

  it("refuses a tampered body and another secret's signature", async () => {
    const timestamp = new Date()
    const headers = (signature: string) => ({
      "content-type": "application/json",
      "webhook-id": "msg_tampered",
      "webhook-timestamp": String(Math.floor(timestamp.getTime() / 1000)),
      "webhook-signature": signature
    })
    const good = new Webhook(secret).sign("msg_tampered", timestamp, body)
    const tampered = await fetch(url, {
      method: "POST",
      headers: headers(good),
      body: body.replace("1000001", "2000001")
    })
    expect(tampered.status).toBe(401)
    const other = new Webhook(Redacted.value(newWebhookSecret())).sign("msg_tampered", timestamp, body)
    expect((await fetch(url, { method: "POST", headers: headers(other), body })).status).toBe(401)
    expect((await fetch(url, { method: "POST", headers: headers(good), body })).status).toBe(204)
  })
})
