import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

const validImport = {
  tenants: [
    {
      id: "33333333-3333-4333-8333-333333333333",
      name: "Litware",
      domains: ["litware.example"],
      workloads: ["exchange", "teams"]
    }
  ],
  subscriptions: [
    {
      id: "cccccccc-0000-4000-8000-000000000001",
      tenantId: "33333333-3333-4333-8333-333333333333",
      product: "Dynamics 365 Sales",
      solutionArea: "business_applications",
      channel: "web_direct",
      state: "active",
      provisionedAt: "2026-07-01",
      expiresAt: "2027-06-30"
    }
  ]
}

describe.each(dialects)("bad requests on %s: the error envelope, and nothing changes", (dialect) => {
  let t: TestApp
  let operator: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    operator = await t.signIn("otto@vendor.example")
  })
  afterAll(async () => t.close())

  const snapshot = async () => {
    const audit = await t.call("GET", "/api/v1/ops/audit?limit=500", { token: operator })
    const tenants = await t.call("GET", "/api/v1/ops/directory/tenants?limit=500", { token: operator })
    return { audit: audit.body.events.length, tenants: JSON.stringify(tenants.body.tenants) }
  }

  const cases: ReadonlyArray<{
    name: string
    method?: string
    path?: string
    raw?: string
    body?: unknown
    contentType?: string
    noAuth?: boolean
    status: number
    code: string
  }> = [
    { name: "malformed JSON", raw: '{"tenants": [', status: 400, code: "malformed_json" },
    { name: "empty body", raw: "", status: 400, code: "malformed_json" },
    { name: "wrong type", body: { tenants: "Litware" }, status: 400, code: "invalid_request" },
    {
      name: "unknown top-level field",
      body: { ...validImport, extra: true },
      status: 400,
      code: "invalid_request"
    },
    {
      name: "unknown nested field",
      body: { tenants: [{ ...validImport.tenants[0], colour: "blue" }] },
      status: 400,
      code: "invalid_request"
    },
    {
      name: "missing field",
      body: {
        tenants: [{ id: "33333333-3333-4333-8333-333333333333", domains: ["litware.example"], workloads: [] }]
      },
      status: 400,
      code: "missing_field"
    },
    {
      name: "invalid GUID",
      body: { tenants: [{ ...validImport.tenants[0], id: "not-a-guid" }] },
      status: 400,
      code: "invalid_request"
    },
    {
      name: "unknown workload",
      body: { tenants: [{ ...validImport.tenants[0], workloads: ["minecraft"] }] },
      status: 400,
      code: "invalid_request"
    },
    {
      name: "impossible date",
      body: { ...validImport, subscriptions: [{ ...validImport.subscriptions[0], expiresAt: "2027-02-30" }] },
      status: 400,
      code: "invalid_request"
    },
    {
      name: "subscription of an unknown tenant (rolled back with the tenants of the same import)",
      body: {
        tenants: validImport.tenants,
        subscriptions: [{ ...validImport.subscriptions[0], tenantId: "44444444-4444-4444-8444-444444444444" }]
      },
      status: 400,
      code: "unknown_tenant"
    },
    { name: "empty import", body: {}, status: 400, code: "empty_import" },
    { name: "a JSON array", body: [1, 2], status: 400, code: "invalid_request" },
    {
      name: "wrong media type",
      raw: "tenants=1",
      contentType: "application/x-www-form-urlencoded",
      status: 415,
      code: "unsupported_media_type"
    },
    {
      name: "body over the limit",
      raw: JSON.stringify({ tenants: [], pad: "x".repeat(1_100_000) }),
      status: 413,
      code: "payload_too_large"
    },
    { name: "no session", body: validImport, noAuth: true, status: 401, code: "unauthenticated" },
    {
      name: "unknown route",
      path: "/api/v1/nothing-here",
      body: validImport,
      status: 404,
      code: "not_found"
    },
    {
      name: "bad query parameter",
      method: "GET",
      path: "/api/v1/ops/directory/tenants?limit=zero",
      status: 400,
      code: "invalid_request"
    },
    {
      name: "unknown query parameter",
      method: "GET",
      path: "/api/v1/ops/directory/tenants?colour=blue",
      status: 400,
      code: "invalid_request"
    },
    {
      name: "bad path parameter",
      method: "GET",
      path: "/api/v1/ops/directory/tenants/not-a-guid",
      status: 400,
      code: "invalid_request"
    }
  ]

  it.each(cases)("$name → $status $code", async (c) => {
    const before = await snapshot()
    const res = await t.call(c.method ?? "POST", c.path ?? "/api/v1/ops/directory/import", {
      ...(c.noAuth === true ? {} : { token: operator }),
      ...(c.raw !== undefined ? { raw: c.raw } : c.body !== undefined ? { body: c.body } : {}),
      ...(c.contentType === undefined ? {} : { contentType: c.contentType })
    })
    expect(res.status).toBe(c.status)
    expect(res.body).toEqual({
      error: { code: c.code, message: expect.any(String), details: expect.any(Object) }
    })
    expect(res.body.error.message.length).toBeGreaterThan(10)
    expect(await snapshot()).toEqual(before)
  })

  it("a partner may not import the directory (403) and nothing changes", async () => {
    const partner = await t.signIn("ada@contoso.example")
    const before = await snapshot()
    const res = await t.call("POST", "/api/v1/ops/directory/import", { token: partner, body: validImport })
    expect(res.status).toBe(403)
    expect(res.body.error.code).toBe("forbidden")
    expect(await snapshot()).toEqual(before)
  })

  it("imports JSON, then updates it idempotently, and audits each import", async () => {
    const first = await t.call("POST", "/api/v1/ops/directory/import", { token: operator, body: validImport })
    expect(first.status).toBe(200)
    expect(first.body).toEqual({
      tenantsCreated: 1,
      tenantsUpdated: 0,
      subscriptionsCreated: 1,
      subscriptionsUpdated: 0,
      expiredSubscriptionIds: []
    })
    const expired = {
      subscriptions: [{ ...validImport.subscriptions[0], state: "expired" }]
    }
    const second = await t.call("POST", "/api/v1/ops/directory/import", { token: operator, body: expired })
    expect(second.body).toEqual({
      tenantsCreated: 0,
      tenantsUpdated: 0,
      subscriptionsCreated: 0,
      subscriptionsUpdated: 1,
      expiredSubscriptionIds: ["cccccccc-0000-4000-8000-000000000001"]
    })
    const tenant = await t.call("GET", "/api/v1/ops/directory/tenants/33333333-3333-4333-8333-333333333333", {
      token: operator
    })
    expect(tenant.body.subscriptions[0].state).toBe("expired")
    expect(tenant.body.tenant.domains).toEqual(["litware.example"])
    const audit = await t.call("GET", "/api/v1/ops/audit?entityType=directory", { token: operator })
    expect(audit.body.events.map((e: any) => e.action)).toEqual(["directory.imported", "directory.imported"])
    expect(audit.body.events[0].actorId).toBe("usr_otto")
    expect(audit.body.events[0].requestId).toEqual(expect.any(String))
  })

  it("imports CSV with the same rules, and reports the line of a bad row", async () => {
    const header =
      "tenant_id,tenant_name,tenant_domains,tenant_workloads,subscription_id,product,solution_area,channel,state,provisioned_at,expires_at"
    const csv = [
      header,
      "55555555-5555-4555-8555-555555555555,Adatum,adatum.example;adatum.onmicrosoft.com,exchange;intune,dddddddd-0000-4000-8000-000000000001,Dynamics 365 Sales,business_applications,csp,active,2026-07-01,2027-06-30",
      "55555555-5555-4555-8555-555555555555,Adatum,adatum.example;adatum.onmicrosoft.com,exchange;intune,dddddddd-0000-4000-8000-000000000002,Microsoft 365 E5,modern_work_security,volume_licensing,grace,2025-07-01,2026-10-31"
    ].join("\n")
    const res = await t.call("POST", "/api/v1/ops/directory/import.csv", {
      token: operator,
      raw: csv,
      contentType: "text/csv"
    })
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ tenantsCreated: 1, subscriptionsCreated: 2 })
    const before = await snapshot()
    const conflicting = `${csv}\n55555555-5555-4555-8555-555555555555,Adatum Ltd,adatum.example,exchange,,,,,,,`
    const bad = await t.call("POST", "/api/v1/ops/directory/import.csv", {
      token: operator,
      raw: conflicting,
      contentType: "text/csv"
    })
    expect(bad.status).toBe(400)
    expect(bad.body.error.code).toBe("invalid_csv")
    expect(bad.body.error.message).toMatch(/Line 4/)
    const missingColumn = await t.call("POST", "/api/v1/ops/directory/import.csv", {
      token: operator,
      raw: "tenant_id,tenant_name\n1,2",
      contentType: "text/csv"
    })
    expect(missingColumn.status).toBe(400)
    expect(missingColumn.body.error.message).toMatch(/misses the column/)
    const badValue = await t.call("POST", "/api/v1/ops/directory/import.csv", {
      token: operator,
      raw: csv.replace("csp,active", "csp,sleeping"),
      contentType: "text/csv"
    })
    expect(badValue.status).toBe(400)
    expect(badValue.body.error.details.issues[0].path).toMatch(/subscriptions\.0\.state/)
    expect(await snapshot()).toEqual(before)
  })
})
