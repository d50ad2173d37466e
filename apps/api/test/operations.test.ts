import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

describe.each(dialects)("calendar, test clock, outbox and OpenAPI on %s", (dialect) => {
  let t: TestApp
  let operator: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    operator = await t.signIn("otto@vendor.example")
  })
  afterAll(async () => t.close())

  it("keeps holidays and counts business days across a weekend and a holiday", async () => {
    const put = await t.call("PUT", "/api/v1/ops/calendar/holidays/2026-12-25", {
      token: operator,
      body: { name: "Christmas Day" }
    })
    expect(put.status).toBe(200)
    expect(put.body.holidays).toContainEqual({ date: "2026-12-25", name: "Christmas Day" })
    // Thursday 24 Dec + 1 business day skips Christmas (Fri) and the weekend → Monday 28 Dec.
    const res = await t.call("GET", "/api/v1/calendar/business-days?from=2026-12-24T10:00:00.000Z&days=1", {
      token: operator
    })
    expect(res.body.result).toBe("2026-12-28T10:00:00.000Z")
    const partner = await t.signIn("uma@contoso.example")
    expect(
      (
        await t.call("PUT", "/api/v1/ops/calendar/holidays/2026-12-26", {
          token: partner,
          body: { name: "x" }
        })
      ).status
    ).toBe(403)
    expect(
      (await t.call("DELETE", "/api/v1/ops/calendar/holidays/2026-12-26", { token: operator })).status
    ).toBe(404)
    expect(
      (await t.call("DELETE", "/api/v1/ops/calendar/holidays/2026-12-25", { token: operator })).status
    ).toBe(204)
    const after = await t.call("GET", "/api/v1/calendar/business-days?from=2026-12-24T10:00:00.000Z&days=1", {
      token: operator
    })
    expect(after.body.result).toBe("2026-12-25T10:00:00.000Z")
    const calendar = await t.call("GET", "/api/v1/calendar", { token: partner })
    expect(calendar.body.fiscalYearStartMonth).toBe(7)
    expect(calendar.body.fiscalYear.label).toMatch(/^FY\d\d$/)
  })

  it("moves the test clock forward only, for operators only", async () => {
    operator = await t.signIn("otto@vendor.example")
    const before = await t.call("GET", "/api/v1/ops/clock", { token: operator })
    const advanced = await t.call("POST", "/api/v1/ops/clock/advance", {
      token: operator,
      body: { days: 2, hours: 1 }
    })
    expect(advanced.status).toBe(200)
    const moved = Date.parse(advanced.body.now) - Date.parse(before.body.now)
    expect(moved).toBeGreaterThanOrEqual(49 * 3_600_000)
    expect(moved).toBeLessThan(49 * 3_600_000 + 60_000)
    // Two days later the session has been idle too long: sign in again.
    operator = await t.signIn("otto@vendor.example")
    const back = await t.call("POST", "/api/v1/ops/clock/set", {
      token: operator,
      body: { now: "2020-01-01T00:00:00Z" }
    })
    expect(back.status).toBe(409)
    expect(back.body.error.code).toBe("clock_cannot_go_back")
    const target = new Date(Date.parse(advanced.body.now) + 7 * 86_400_000).toISOString()
    const set = await t.call("POST", "/api/v1/ops/clock/set", { token: operator, body: { now: target } })
    operator = await t.signIn("otto@vendor.example")
    expect(Math.abs(Date.parse(set.body.now) - Date.parse(target))).toBeLessThan(5_000)
    expect((await t.call("POST", "/api/v1/ops/clock/advance", { token: operator, body: {} })).status).toBe(
      400
    )
    const reviewer = await t.signIn("rita@vendor.example")
    expect(
      (await t.call("POST", "/api/v1/ops/clock/advance", { token: reviewer, body: { days: 1 } })).status
    ).toBe(403)
  })

  it("delivers a test email through the outbox to the dev mailbox once", async () => {
    operator = await t.signIn("otto@vendor.example")
    const sent = await t.call("POST", "/api/v1/ops/email/test", {
      token: operator,
      body: { to: "ops@vendor.example" }
    })
    expect(sent.status).toBe(202)
    // Delivery is a job; advancing the test clock runs the due jobs.
    await t.call("POST", "/api/v1/ops/clock/advance", { token: operator, body: { minutes: 1 } })
    await t.call("POST", "/api/v1/ops/clock/advance", { token: operator, body: { minutes: 1 } })
    const mailbox = await t.call("GET", "/api/v1/dev/mailbox?to=ops@vendor.example")
    expect(mailbox.status).toBe(200)
    expect(mailbox.body.messages).toHaveLength(1)
    expect(mailbox.body.messages[0]).toMatchObject({
      id: sent.body.messageId,
      subject: "OpenPOR test email",
      to: ["ops@vendor.example"]
    })
    const jobs = await t.call("GET", "/api/v1/ops/jobs?kind=outbox.deliver_email", { token: operator })
    expect(jobs.body.jobs.every((j: any) => j.status === "succeeded")).toBe(true)
  })

  it("serves an OpenAPI 3.1 document generated from the request schemas", async () => {
    const res = await t.call("GET", "/api/v1/openapi.json")
    expect(res.status).toBe(200)
    const doc = res.body
    expect(doc.openapi).toBe("3.1.0")
    for (const path of [
      "/api/v1/auth/sessions",
      "/api/v1/auth/sessions/current",
      "/api/v1/me",
      "/api/v1/ops/directory/import",
      "/api/v1/ops/directory/import.csv",
      "/api/v1/ops/calendar/holidays/{date}",
      "/api/v1/ops/clock/advance",
      "/api/v1/ops/clock/set",
      "/api/v1/dev/mailbox"
    ]) {
      expect(Object.keys(doc.paths)).toContain(path)
    }
    const signIn = doc.paths["/api/v1/auth/sessions"].post
    const body = signIn.requestBody.content["application/json"].schema
    expect(body.required).toEqual(expect.arrayContaining(["email", "password"]))
    expect(body.additionalProperties).toBe(false)
    expect(signIn.responses["429"].content["application/json"].schema.properties.error).toBeDefined()
    // Every $ref resolves inside the document.
    const refs = JSON.stringify(doc).match(/"\$ref":"([^"]+)"/g) ?? []
    for (const ref of refs) {
      const name = ref.slice(ref.lastIndexOf("/") + 1, -1)
      expect(doc.components.schemas[name], ref).toBeDefined()
    }
  })

  it("answers /healthz and /readyz, and sets security headers and a request id", async () => {
    const health = await t.app.request("/healthz")
    expect(health.status).toBe(200)
    const ready = await t.app.request("/readyz", { headers: { "x-request-id": "req-123" } })
    expect(await ready.json()).toEqual({ status: "ready", database: "ok", migrations: "current" })
    expect(ready.headers.get("x-request-id")).toBe("req-123")
    expect(ready.headers.get("x-content-type-options")).toBe("nosniff")
    expect(ready.headers.get("content-security-policy")).toMatch(/default-src 'self'/)
  })
})

describe("test clock and dev mailbox outside their modes", () => {
  it("answers 404 for the test clock without OPENPOR_CLOCK=test", async () => {
    const t = await makeTestApp("sqlite", { OPENPOR_CLOCK: "" })
    try {
      const operator = await t.signIn("otto@vendor.example")
      const res = await t.call("POST", "/api/v1/ops/clock/advance", { token: operator, body: { days: 1 } })
      expect(res.status).toBe(404)
      expect(res.body.error.code).toBe("not_found")
    } finally {
      await t.close()
    }
  })

  it("refuses to start in production with the test clock or without SMTP, and hides the dev mailbox", async () => {
    const { readConfig } = await import("../src/config.ts")
    expect(() => readConfig({ NODE_ENV: "production", OPENPOR_CLOCK: "test", SMTP_URL: "smtp://x" })).toThrow(
      /not allowed in production/
    )
    expect(() => readConfig({ NODE_ENV: "production" })).toThrow(/SMTP_URL is required/)
    expect(() => readConfig({ DATABASE_URL: "mysql://x" })).toThrow(/DATABASE_URL/)
    expect(() => readConfig({ PORT: "http" })).toThrow(/PORT/)
    const t = await makeTestApp("sqlite", {
      NODE_ENV: "production",
      OPENPOR_CLOCK: "",
      SMTP_URL: "smtp://127.0.0.1:9"
    })
    try {
      expect((await t.call("GET", "/api/v1/dev/mailbox")).status).toBe(404)
    } finally {
      await t.close()
    }
  })
})
