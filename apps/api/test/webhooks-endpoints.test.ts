import { newWebhookSecret, type WebhookEndpoint, WebhookRepository } from "@openpor/domain"
import { describe, expect, it } from "vitest"
import { actors } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

/** Webhook endpoints (SPEC §12): who manages which, the URL rule, validation, versions, audit. */
describe.each(dialects)("webhook endpoints on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  const ada = a.as("ada@contoso.example")
  const ina = a.as("ina@fabrikam.example")
  const url = "https://hooks.contoso.example/openpor"

  it("a Global admin creates its organization's endpoint: the secret once, a hint afterwards", async () => {
    const created = await ada("POST", "/api/v1/webhooks/endpoints", {
      url,
      description: "ERP",
      eventTypes: ["claim.status_changed", "dpor.added", "claim.status_changed"]
    })
    expect(created.status).toBe(201)
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/)
    expect(created.body.endpoint).toMatchObject({
      scope: "organization",
      url,
      description: "ERP",
      eventTypes: ["claim.status_changed", "dpor.added"],
      enabled: true,
      disabledReason: null,
      failingSince: null,
      version: 1
    })
    expect(created.body.endpoint.organizationId).not.toBeNull()
    expect(created.body.endpoint.secretHint).toBe(`whsec_…${created.body.secret.slice(-4)}`)
    const list = await ada("GET", "/api/v1/webhooks/endpoints")
    expect(list.status).toBe(200)
    expect(list.body.items.map((e: any) => e.id)).toEqual([created.body.endpoint.id])
    expect(JSON.stringify(list.body)).not.toContain(created.body.secret)
    // Another organization's Global admin and the vendor do not see it.
    expect((await ina("GET", "/api/v1/webhooks/endpoints")).body.items).toEqual([])
    expect((await a.otto("GET", "/api/v1/webhooks/endpoints")).body.items).toEqual([])
    for (const [method, path, body] of [
      ["PATCH", `/api/v1/webhooks/endpoints/${created.body.endpoint.id}`, { enabled: false, version: 1 }],
      ["POST", `/api/v1/webhooks/endpoints/${created.body.endpoint.id}/rotate-secret`, undefined],
      ["POST", `/api/v1/webhooks/endpoints/${created.body.endpoint.id}/test`, undefined],
      ["GET", `/api/v1/webhooks/endpoints/${created.body.endpoint.id}/deliveries`, undefined],
      ["DELETE", `/api/v1/webhooks/endpoints/${created.body.endpoint.id}`, undefined]
    ] as const) {
      const other = await ina(method, path, body)
      expect(other.status, `${method} ${path}`).toBe(404)
      expect(other.body.error.code).toBe("not_found")
      expect((await a.otto(method, path, body)).status, `${method} ${path} (operator)`).toBe(404)
    }
    expect((await ada("GET", "/api/v1/webhooks/endpoints")).body.items[0].version).toBe(1)
  })

  it("only Global admins, operators and (reading) auditors: everyone else 403", async () => {
    for (const who of [a.ian, a.uma, a.bill, a.rita, a.northwind]) {
      const res = await who("GET", "/api/v1/webhooks/endpoints")
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe("forbidden")
      expect(
        (await who("POST", "/api/v1/webhooks/endpoints", { url, eventTypes: ["dpor.added"] })).status
      ).toBe(403)
    }
    expect((await a.aude("GET", "/api/v1/webhooks/endpoints")).status).toBe(200)
    expect(
      (await a.aude("POST", "/api/v1/webhooks/endpoints", { url, eventTypes: ["dpor.added"] })).status
    ).toBe(403)
  })

  it("the URL must be https (http to localhost outside production); bad bodies change nothing", async () => {
    const before = (await a.otto("GET", "/api/v1/webhooks/endpoints")).body.items.length
    for (const bad of [
      "http://hooks.example/x",
      "ftp://hooks.example/x",
      "not a url",
      "https://user:pw@hooks.example/"
    ]) {
      const res = await a.otto("POST", "/api/v1/webhooks/endpoints", { url: bad, eventTypes: ["dpor.added"] })
      expect(res.status, bad).toBe(422)
      expect(res.body.error.code).toBe("webhook_url_not_allowed")
      expect(JSON.stringify(res.body.error.details)).toContain('"url"')
    }
    for (const body of [
      { url, eventTypes: [] },
      { url, eventTypes: ["claim.nonsense"] },
      { url, eventTypes: ["endpoint.test"] },
      { eventTypes: ["dpor.added"] },
      { url: "", eventTypes: ["dpor.added"] }
    ]) {
      const res = await a.otto("POST", "/api/v1/webhooks/endpoints", body)
      expect(res.status, JSON.stringify(body)).toBe(400)
    }
    expect((await a.otto("GET", "/api/v1/webhooks/endpoints")).body.items.length).toBe(before)
    for (const local of ["http://localhost:9999/hook", "http://127.0.0.1:9999/hook"]) {
      const res = await a.otto("POST", "/api/v1/webhooks/endpoints", {
        url: local,
        eventTypes: ["dpor.added"]
      })
      expect(res.status, local).toBe(201)
      expect(res.body.endpoint.scope).toBe("vendor")
      expect(res.body.endpoint.organizationId).toBeNull()
    }
  })

  it("updates with the version, disables and enables by hand, rotates, deletes — each audited", async () => {
    const created = (await a.otto("POST", "/api/v1/webhooks/endpoints", { url, eventTypes: ["dpor.added"] }))
      .body
    const id = created.endpoint.id
    const path = `/api/v1/webhooks/endpoints/${id}`
    const stale = await a.otto("PATCH", path, { description: "x", version: 7 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe("version_conflict")
    const badUrl = await a.otto("PATCH", path, { url: "http://hooks.example/", version: 1 })
    expect(badUrl.status).toBe(422)
    expect(badUrl.body.error.code).toBe("webhook_url_not_allowed")
    for (const body of [
      { eventTypes: [], version: 1 },
      { eventTypes: ["nope"], version: 1 },
      { enabled: true }
    ])
      expect((await a.otto("PATCH", path, body)).status, JSON.stringify(body)).toBe(400)
    // Another scope's endpoint is 404 whatever the body says.
    expect(
      (await a.as("ada@contoso.example")("PATCH", path, { url: "http://x.example/", version: 1 })).status
    ).toBe(404)
    const unchanged = (await a.otto("GET", "/api/v1/webhooks/endpoints")).body.items.find(
      (e: any) => e.id === id
    )
    expect(unchanged).toMatchObject({ url, version: 1, enabled: true })
    const off = await a.otto("PATCH", path, { enabled: false, eventTypes: ["dpor.removed"], version: 1 })
    expect(off.status).toBe(200)
    expect(off.body).toMatchObject({
      enabled: false,
      disabledReason: "manual",
      eventTypes: ["dpor.removed"],
      version: 2
    })
    const on = await a.otto("PATCH", path, { enabled: true, description: null, version: 2 })
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null, failingSince: null, version: 3 })
    const rotated = await a.otto("POST", `${path}/rotate-secret`)
    expect(rotated.status).toBe(200)
    expect(rotated.body.secret).toMatch(/^whsec_/)
    expect(rotated.body.secret).not.toBe(created.secret)
    expect(rotated.body.endpoint.version).toBe(4)
    expect((await a.aude("PATCH", path, { enabled: false, version: 4 })).status).toBe(403)
    expect((await a.otto("DELETE", path)).status).toBe(204)
    expect((await a.otto("DELETE", path)).status).toBe(404)
    const audit = await a.aude("GET", `/api/v1/ops/audit?entityType=webhook_endpoint&entityId=${id}&limit=50`)
    expect(audit.status).toBe(200)
    const actions = audit.body.events.map((e: any) => e.action)
    expect(actions).toEqual(
      expect.arrayContaining([
        "webhook_endpoint.created",
        "webhook_endpoint.updated",
        "webhook_endpoint.secret_rotated",
        "webhook_endpoint.deleted"
      ])
    )
    expect(JSON.stringify(audit.body)).not.toContain(rotated.body.secret)
  })

  it("the database refuses endpoints and deliveries that break its rules", async () => {
    const now = new Date()
    const good: WebhookEndpoint = {
      id: "whe_constraint",
      scope: "vendor",
      organizationId: null,
      url,
      description: null,
      eventTypes: ["dpor.added"],
      enabled: true,
      disabledReason: null,
      failingSince: null,
      secret: newWebhookSecret(),
      createdAt: now,
      updatedAt: now,
      version: 1
    }
    const insert = (e: WebhookEndpoint) =>
      t.runtime.runPromise(WebhookRepository.use((r) => r.insertEndpoint(e)))
    for (const bad of [
      { ...good, id: "whe_c1", scope: "organization" as const },
      { ...good, id: "whe_c2", organizationId: "org_contoso" },
      { ...good, id: "whe_c3", enabled: false },
      { ...good, id: "whe_c4", disabledReason: "failing" as const },
      { ...good, id: "whe_c5", url: "ftp://x.example/" },
      { ...good, id: "whe_c6", eventTypes: [] }
    ])
      await expect(insert(bad), bad.id).rejects.toThrow()
    await insert(good)
    const delivery = {
      id: "msg_constraint",
      endpointId: good.id,
      eventId: "evt_c",
      eventType: "dpor.added" as const,
      payload: "{}",
      status: "pending" as const,
      attempts: 0,
      createdAt: now,
      lastAttemptAt: null,
      nextAttemptAt: null,
      lastStatusCode: null,
      attemptLog: []
    }
    const insertDelivery = (d: typeof delivery | Record<string, unknown>) =>
      t.runtime.runPromise(WebhookRepository.use((r) => r.insertDelivery(d as typeof delivery)))
    await expect(insertDelivery({ ...delivery, id: "msg_c1", status: "lost" })).rejects.toThrow()
    await expect(insertDelivery({ ...delivery, id: "msg_c2", endpointId: "whe_none" })).rejects.toThrow()
    await insertDelivery(delivery)
    // One delivery per endpoint and event.
    await expect(insertDelivery({ ...delivery, id: "msg_c3" })).rejects.toThrow()
  })
})

describe("webhook endpoints in production", () => {
  const t = testAppFor("sqlite", {
    OPENPOR_ENV: "production",
    SMTP_URL: "smtp://127.0.0.1:1",
    OPENPOR_CLOCK: ""
  })
  it("refuses http even to localhost", async () => {
    const otto = await t.as("otto@vendor.example")
    const res = await otto("POST", "/api/v1/webhooks/endpoints", {
      url: "http://localhost:9999/hook",
      eventTypes: ["dpor.added"]
    })
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe("webhook_url_not_allowed")
  })
})
