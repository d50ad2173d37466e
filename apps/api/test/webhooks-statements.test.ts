import { WebhookEvents } from "@openpor/domain"
import { describe, expect, it } from "vitest"
import { actors } from "./claims-support.ts"
import { countStatements } from "./statement-counter.ts"
import { dialects, testAppFor } from "./support.ts"

const counted = countStatements()

/**
 * What publishing costs a write path (decision 023): one statement (the fan-out INSERT … SELECT) when
 * no endpoint receives the events, one more (their jobs, one multi-row INSERT) when some do — whatever
 * the number of events and endpoints.
 */
describe.each(dialects)("statements of publishing webhook events (%s)", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  const event = (organizationId: string) =>
    ({
      type: "dpor.added",
      organizationId,
      data: { subscriptionId: "s", tenantId: "t", organizationId, partnerId: "1000001" }
    }) as const
  const publish = (organizationIds: ReadonlyArray<string>) =>
    counted(() => t.runtime.runPromise(WebhookEvents.use((w) => w.publish(organizationIds.map(event)))))

  it("one statement when no endpoint matches, two when several do", async () => {
    expect((await publish(["org_contoso"])).statements).toBe(1)
    // An endpoint of another type, another organization's: still nothing matches.
    for (const [who, eventTypes] of [
      [a.otto, ["dpor.removed"]],
      [a.ina, ["dpor.added"]]
    ] as const) {
      const res = await who("POST", "/api/v1/webhooks/endpoints", { url: "https://h.example/x", eventTypes })
      expect(res.status).toBe(201)
    }
    const me = (await a.as("ian@contoso.example")("GET", "/api/v1/me")).body
    const contoso = me.organization.id as string
    expect((await publish([contoso, contoso])).statements).toBe(1)
    for (let i = 0; i < 3; i++)
      await a.otto("POST", "/api/v1/webhooks/endpoints", {
        url: `https://v${i}.example/x`,
        eventTypes: ["dpor.added"]
      })
    expect((await publish([contoso, contoso, contoso])).statements).toBe(2)
  })
})
