import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, NORTHWIND, sub, submitted } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"
import { type Receiver, startReceiver } from "./webhook-receiver.ts"

const ALL = [
  "claim.status_changed",
  "claim.consent_changed",
  "claim.arbitration_joined",
  "claim.case_resolved",
  "enrollment.state_changed",
  "dpor.added",
  "dpor.removed"
]

/**
 * Webhook deliveries to a real HTTP receiver on localhost (SPEC §12): every request's signature
 * verifies with the Standard Webhooks library; a partner receives only events about its own claims,
 * enrollments and DPORs (never another organization's, never the other party of its case); a
 * receiver that fails three times gets the event exactly once more; redelivery by hand.
 */
describe.each(dialects)("webhook deliveries on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  const ada = a.as("ada@contoso.example")
  const ivy = a.as("ivy@tailspin.example")
  let receiver: Receiver
  const endpoints = new Map<string, string>()

  const register = async (who: ReturnType<typeof a.as>, path: string, eventTypes = ALL) => {
    const res = await who("POST", "/api/v1/webhooks/endpoints", { url: receiver.url(path), eventTypes })
    expect(res.status).toBe(201)
    receiver.secret(path, res.body.secret)
    endpoints.set(path, res.body.endpoint.id)
    return res.body.endpoint.id as string
  }
  const advance = (minutes: number) => a.otto("POST", "/api/v1/ops/clock/advance", { minutes })

  beforeAll(async () => {
    receiver = await startReceiver()
    await register(a.otto, "/vendor")
    await register(ada, "/contoso")
    await register(a.ina, "/fabrikam")
    await register(ivy, "/tailspin")
  })
  afterAll(async () => receiver.close())

  it("signed events, each organization only its own, the vendor all of them", async () => {
    const contoso = await submitted(t, "ian@contoso.example", mwsClaim({ name: "Contoso Teams" }))
    const fabrikam = await submitted(
      t,
      "ina@fabrikam.example",
      mwsClaim({
        name: "Fabrikam Teams",
        partnerId: "2000001",
        partnerContact: { name: "Ina Fabrikam", email: "ina@fabrikam.example" }
      })
    )
    expect(fabrikam.competing).toBe(true)
    const kase = await a.rita("GET", `/api/v1/review/cases/${fabrikam.caseId}`)
    const resolved = await a.rita("POST", `/api/v1/review/cases/${fabrikam.caseId}/resolve`, {
      winnerClaimId: fabrikam.id,
      reasoning: "Fabrikam's SOW is newer",
      version: kase.body.version
    })
    expect(resolved.status).toBe(200)
    const por = `/api/v1/customer/subscriptions/${sub(1)}/partner-of-record`
    expect((await a.northwind("PUT", por, { partnerId: "1000001" })).status).toBe(200)
    expect((await a.northwind("PUT", por, { partnerId: "2000001" })).status).toBe(200)
    expect((await a.northwind("DELETE", por)).status).toBe(200)
    expect((await ivy("POST", "/api/v1/enrollments/enr_3000001_osa/accept", {})).status).toBe(200)
    await t.drain()

    // Every request verified with the secret of its endpoint, and was answered 200.
    expect(receiver.received.length).toBeGreaterThan(10)
    for (const r of receiver.received) {
      expect(r.verified, JSON.stringify(r.headers)).toBe(true)
      expect(r.id).toMatch(/^msg_/)
      expect(r.headers["webhook-signature"]).toMatch(/^v1,/)
    }
    const events = (path: string) => receiver.of(path).map((r) => r.body!)
    const orgOf = (claim: { organizationId: string }) => claim.organizationId
    const contosoEvents = events("/contoso")
    const fabrikamEvents = events("/fabrikam")
    const tailspinEvents = events("/tailspin")
    for (const e of contosoEvents) expect(e.data.organizationId).toBe(orgOf(contoso))
    for (const e of fabrikamEvents) expect(e.data.organizationId).toBe(orgOf(fabrikam))
    const contosoText = JSON.stringify(contosoEvents)
    const fabrikamText = JSON.stringify(fabrikamEvents)
    for (const other of [fabrikam.id, "2000001", orgOf(fabrikam), "3000001"])
      expect(contosoText).not.toContain(other)
    for (const other of [contoso.id, "1000001", orgOf(contoso), "3000001"])
      expect(fabrikamText).not.toContain(other)
    expect(tailspinEvents.map((e) => `${e.type} ${e.data.from}→${e.data.to}`)).toEqual([
      "enrollment.state_changed invited→action_required"
    ])
    expect(new Set(contosoEvents.map((e) => e.type))).toEqual(
      new Set([
        "claim.status_changed",
        "claim.consent_changed",
        "claim.arbitration_joined",
        "claim.case_resolved",
        "dpor.added",
        "dpor.removed"
      ])
    )
    expect(contosoEvents.filter((e) => e.type === "claim.case_resolved").map((e) => e.data.outcome)).toEqual([
      "lost"
    ])
    expect(fabrikamEvents.filter((e) => e.type === "claim.case_resolved").map((e) => e.data.outcome)).toEqual(
      ["won"]
    )
    // The DPOR moved from Contoso to Fabrikam, then was removed: each told about itself.
    expect(contosoEvents.filter((e) => e.type.startsWith("dpor.")).map((e) => e.type)).toEqual([
      "dpor.added",
      "dpor.removed"
    ])
    expect(fabrikamEvents.filter((e) => e.type.startsWith("dpor.")).map((e) => e.type)).toEqual([
      "dpor.added",
      "dpor.removed"
    ])
    expect(contosoEvents.find((e) => e.type === "dpor.added")!.data).toMatchObject({
      subscriptionId: sub(1),
      tenantId: NORTHWIND,
      partnerId: "1000001"
    })
    // The vendor-wide endpoint gets every event of every organization.
    expect(events("/vendor").length).toBe(
      contosoEvents.length + fabrikamEvents.length + tailspinEvents.length
    )
    expect(new Set(events("/vendor").map((e) => e.type))).toEqual(new Set(ALL))
    // Each event's body: { id, type, timestamp, data }, one event id for every endpoint.
    const resolvedForVendor = events("/vendor").filter((e) => e.type === "claim.case_resolved")
    expect(resolvedForVendor).toHaveLength(2)
    for (const e of events("/vendor"))
      expect(Object.keys(e).sort()).toEqual(["data", "id", "timestamp", "type"])
  })

  it("a receiver failing three times gets the event exactly once more; every attempt recorded", async () => {
    const id = await register(a.otto, "/flaky", ["dpor.added"])
    receiver.failFirst("/flaky", 3)
    const test = await a.otto("POST", `/api/v1/webhooks/endpoints/${id}/test`)
    expect(test.status).toBe(202)
    expect(test.body).toMatchObject({
      endpointId: id,
      eventType: "endpoint.test",
      status: "pending",
      attempts: 0
    })
    await t.drain()
    for (let i = 0; i < 3; i++) await advance(1)
    await advance(60 * 48)
    const requests = receiver.of("/flaky")
    expect(requests.map((r) => r.status)).toEqual([500, 500, 500, 200])
    expect(new Set(requests.map((r) => r.id))).toEqual(new Set([test.body.id]))
    const detail = await a.otto("GET", `/api/v1/webhooks/deliveries/${test.body.id}`)
    expect(detail.status).toBe(200)
    expect(detail.body).toMatchObject({
      status: "succeeded",
      attempts: 4,
      lastStatusCode: 200,
      nextAttemptAt: null
    })
    expect(detail.body.payload).toEqual(requests[0]!.body)
    expect(detail.body.payload.type).toBe("endpoint.test")
    expect(detail.body.attemptLog.map((x: any) => x.statusCode)).toEqual([500, 500, 500, 200])
    expect(detail.body.attemptLog[0]).toMatchObject({ error: "HTTP 500", responseExcerpt: "refused 500" })
    expect(detail.body.attemptLog[3]).toMatchObject({ error: null, responseExcerpt: "ok" })
    for (const x of detail.body.attemptLog) expect(x.durationMs).toBeGreaterThanOrEqual(0)

    // By hand: sent again now, with the same webhook-id; its attempts continue.
    const again = await a.otto("POST", `/api/v1/webhooks/deliveries/${test.body.id}/redeliver`)
    expect(again.status).toBe(202)
    expect(again.body).toMatchObject({ id: test.body.id, status: "pending", attempts: 4 })
    await t.drain()
    expect(receiver.of("/flaky").map((r) => r.id)).toEqual(Array(5).fill(test.body.id))
    expect((await a.otto("GET", `/api/v1/webhooks/deliveries/${test.body.id}`)).body.attempts).toBe(5)
    const audit = await a.aude("GET", `/api/v1/ops/audit?entityType=webhook_endpoint&entityId=${id}`)
    expect(audit.body.events.map((e: any) => e.action)).toContain("webhook_delivery.redelivered")
  })

  it("lists an endpoint's deliveries newest first, by status, a page at a time; others' are 404", async () => {
    const id = endpoints.get("/vendor")!
    const all = await a.otto("GET", `/api/v1/webhooks/endpoints/${id}/deliveries?limit=200`)
    expect(all.status).toBe(200)
    expect(all.body.items.length).toBeGreaterThan(4)
    const first = await a.aude("GET", `/api/v1/webhooks/endpoints/${id}/deliveries?limit=3`)
    expect(first.body.items).toHaveLength(3)
    const second = await a.aude(
      "GET",
      `/api/v1/webhooks/endpoints/${id}/deliveries?limit=3&cursor=${encodeURIComponent(first.body.nextCursor)}`
    )
    expect([...first.body.items, ...second.body.items].map((d: any) => d.id)).toEqual(
      all.body.items.slice(0, 6).map((d: any) => d.id)
    )
    const times = all.body.items.map((d: any) => Date.parse(d.createdAt))
    expect(times).toEqual([...times].sort((x, y) => y - x))
    const succeeded = await a.otto(
      "GET",
      `/api/v1/webhooks/endpoints/${id}/deliveries?status=succeeded&limit=200`
    )
    expect(succeeded.body.items.length).toBe(all.body.items.length)
    expect(
      (await a.otto("GET", `/api/v1/webhooks/endpoints/${id}/deliveries?status=failed`)).body.items
    ).toEqual([])
    expect((await a.otto("GET", `/api/v1/webhooks/endpoints/${id}/deliveries?cursor=zzz`)).status).toBe(400)
    // A partner's delivery is not the vendor's, nor another organization's.
    const contosoDelivery = (
      await ada("GET", `/api/v1/webhooks/endpoints/${endpoints.get("/contoso")}/deliveries`)
    ).body.items[0]
    for (const [who, path] of [
      [a.ina, `/api/v1/webhooks/deliveries/${contosoDelivery.id}`],
      [a.otto, `/api/v1/webhooks/deliveries/${contosoDelivery.id}`],
      [a.ina, `/api/v1/webhooks/endpoints/${endpoints.get("/contoso")}/deliveries`]
    ] as const) {
      const res = await who("GET", path)
      expect(res.status, path).toBe(404)
    }
    expect((await a.ina("POST", `/api/v1/webhooks/deliveries/${contosoDelivery.id}/redeliver`)).status).toBe(
      404
    )
    expect(
      (await a.aude("POST", `/api/v1/webhooks/deliveries/${all.body.items[0].id}/redeliver`)).status
    ).toBe(403)
  })

  it("an endpoint failing for 3 days is disabled and its Global admins emailed; enabled again, redelivered", async () => {
    const id = await register(ada, "/down", ["dpor.added"])
    receiver.down("/down", true)
    const test = await ada("POST", `/api/v1/webhooks/endpoints/${id}/test`)
    await t.drain()
    const failing = (await ada("GET", "/api/v1/webhooks/endpoints")).body.items.find((e: any) => e.id === id)
    expect(failing).toMatchObject({ enabled: true, disabledReason: null })
    expect(failing.failingSince).not.toBeNull()
    await a.otto("POST", "/api/v1/ops/clock/advance", { days: 3 })
    const disabled = (await ada("GET", "/api/v1/webhooks/endpoints")).body.items.find((e: any) => e.id === id)
    expect(disabled).toMatchObject({ enabled: false, disabledReason: "failing" })
    const mail = (await t.mailbox("ada@contoso.example")).filter(
      (m) => m.template === "webhooks.endpoint_disabled"
    )
    expect(mail).toHaveLength(1)
    expect(mail[0]!.text).toContain(receiver.url("/down"))
    expect((await a.otto("GET", `/api/v1/webhooks/deliveries/${test.body.id}`)).status).toBe(404)
    const detail = (await ada("GET", `/api/v1/webhooks/deliveries/${test.body.id}`)).body
    expect(detail).toMatchObject({ status: "failed", attempts: 2, nextAttemptAt: null })
    // Fixed: enabled again (failingSince cleared) and the event sent again by hand.
    receiver.down("/down", false)
    const enabled = await ada("PATCH", `/api/v1/webhooks/endpoints/${id}`, {
      enabled: true,
      version: disabled.version
    })
    expect(enabled.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null })
    expect((await ada("POST", `/api/v1/webhooks/deliveries/${test.body.id}/redeliver`)).status).toBe(202)
    await t.drain()
    expect((await ada("GET", `/api/v1/webhooks/deliveries/${test.body.id}`)).body).toMatchObject({
      status: "succeeded",
      attempts: 3
    })
    expect(receiver.of("/down").map((r) => r.status)).toEqual([503, 503, 200])
  })
})
