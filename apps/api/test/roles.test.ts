import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, NORTHWIND, submitted } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/**
 * SPEC §1 roles: the Auditor reads everything and changes nothing; the Billing admin sees its
 * organization's claims and their proof of execution; POE (files and metadata) is visible in every
 * view exactly to those who may download it — never to operators.
 */

/** Endpoints scoped to the caller's own organization, tenant or inbox: nothing for vendor staff to read. */
const OWN_SCOPE = [
  "/api/v1/organizations/current/users",
  "/api/v1/customer/requests",
  "/api/v1/customer/subscriptions",
  "/api/v1/partner-of-record/subscriptions"
]

interface Operation {
  readonly method: string
  readonly path: string
}

const operationsOf = (doc: any): Array<Operation> =>
  Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({ method: method.toUpperCase(), path }))
  )

describe.each(dialects)("roles of SPEC §1 on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  let contosoClaim: any
  let fabrikamClaim: any
  let caseId: string
  let concrete: (path: string) => string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
    contosoClaim = await submitted(t, "ian@contoso.example", mwsClaim())
    fabrikamClaim = await submitted(
      t,
      "ina@fabrikam.example",
      mwsClaim({
        partnerId: "2000001",
        name: "Fabrikam Teams",
        partnerContact: { name: "Ina", email: "ina@fabrikam.example" }
      })
    )
    caseId = (await a.rita("GET", `/api/v1/claims/${fabrikamClaim.id}`)).body.caseId
    expect(caseId).toBeTruthy()
    const enrollment = (await a.aude("GET", "/api/v1/enrollments")).body.enrollments[0].id
    const values: Record<string, string> = {
      "/api/v1/claims/{id}": contosoClaim.id,
      "/api/v1/claims/{id}/poe/{poeId}": `${contosoClaim.id}/poe/${contosoClaim.poe[0].id}`,
      "/api/v1/review/cases/{caseId}": caseId,
      "/api/v1/enrollments/{id}": enrollment,
      "/api/v1/ops/directory/tenants/{tenantId}": NORTHWIND
    }
    concrete = (path) => {
      for (const [template, value] of Object.entries(values)) {
        if (path.startsWith(template)) {
          const rest = path.slice(template.length)
          const base = template.replace(/\{[^}]+\}.*$/, "")
          return `${base}${value}${rest}`
        }
      }
      return path
        .replace("{locationId}", "loc_1000001")
        .replace("{claimId}", contosoClaim.id)
        .replace("{id}", "unknown_id")
        .replace("{caseId}", caseId)
        .replace("{userId}", "usr_unknown")
        .replace("{role}", "billing_admin")
        .replace("{requirementId}", "unknown")
        .replace("{subscriptionId}", "aaaaaaaa-0000-4000-8000-000000000001")
        .replace("{date}", "2026-12-24")
        .replace("{poeId}", "unknown")
    }
  })
  afterAll(async () => t.close())

  it("the Auditor reads the review queue, arbitration cases, the validation queue and the clock status", async () => {
    const queue = await a.aude("GET", "/api/v1/review/queue")
    expect(queue.status, JSON.stringify(queue.body)).toBe(200)
    expect(queue.body.items.map((r: { claimId: string }) => r.claimId)).toEqual(
      expect.arrayContaining([contosoClaim.id, fabrikamClaim.id])
    )
    const theCase = await a.aude("GET", `/api/v1/review/cases/${caseId}`)
    expect(theCase.status, JSON.stringify(theCase.body)).toBe(200)
    expect(theCase.body.parties).toHaveLength(2)
    expect((await a.aude("GET", "/api/v1/ops/enrollments/validation-queue")).status).toBe(200)
    const clock = await a.aude("GET", "/api/v1/ops/clock")
    expect(clock.status, JSON.stringify(clock.body)).toBe(200)
    expect(typeof clock.body.now).toBe("string")
  })

  it("the Auditor is never refused a read: every GET of the OpenAPI document answers without 401/403", async () => {
    const doc = (await t.call("GET", "/api/v1/openapi.json")).body
    const reads = operationsOf(doc).filter((o) => o.method === "GET" && !OWN_SCOPE.includes(o.path))
    expect(reads.length).toBeGreaterThan(20)
    const refused: Array<string> = []
    for (const op of reads) {
      const path = concrete(op.path)
      const query = op.path.startsWith("/api/v1/attribution")
        ? `?subscriptionId=aaaaaaaa-0000-4000-8000-000000000001&incentive=deploy`
        : op.path === "/api/v1/calendar/business-days"
          ? "?from=2026-12-01T00:00:00Z&days=3"
          : ""
      const res = await a.aude("GET", `${path}${query}`)
      if (res.status === 401 || res.status === 403 || res.status >= 500)
        refused.push(`${op.path} → ${res.status}`)
    }
    expect(refused).toEqual([])
  })

  it("the Auditor changes nothing: valid writes are 403, and no write operation succeeds", async () => {
    const refusedWrites: Array<[string, string, unknown]> = [
      [
        "POST",
        `/api/v1/review/claims/${contosoClaim.id}/decision`,
        { decision: "request_info", comment: "x" }
      ],
      ["POST", `/api/v1/review/claims/${contosoClaim.id}/assign`, {}],
      ["POST", `/api/v1/review/cases/${caseId}/resolve`, { winnerClaimId: contosoClaim.id, reasoning: "x" }],
      ["POST", `/api/v1/claims/${contosoClaim.id}/comments`, { body: "hello" }],
      ["POST", "/api/v1/ops/clock/advance", { days: 1 }],
      ["PUT", "/api/v1/ops/calendar/holidays/2026-12-24", { name: "Christmas Eve" }],
      ["POST", "/api/v1/ops/email/test", { to: "someone@vendor.example" }],
      ["PUT", "/api/v1/ops/locations/loc_1000001/agreement", { active: false }]
    ]
    for (const [method, path, body] of refusedWrites) {
      const res = await a.aude(method, path, body)
      expect(res.status, `${method} ${path}: ${JSON.stringify(res.body)}`).toBe(403)
      expect(res.body.error.code).toBe("forbidden")
    }
    const doc = (await t.call("GET", "/api/v1/openapi.json")).body
    const writes = operationsOf(doc).filter(
      (o) => o.method !== "GET" && !o.path.startsWith("/api/v1/auth/") && o.path !== "/api/v1/me"
    )
    for (const op of writes) {
      const res = await a.aude(op.method, concrete(op.path), {})
      expect(res.status, `${op.method} ${op.path}`).toBeGreaterThanOrEqual(400)
      expect(res.status, `${op.method} ${op.path}`).toBeLessThan(500)
    }
    // Nothing changed: the claims are as submitted and nobody commented (the system's arbitration notice,
    // posted when Fabrikam's claim opened the case, is the only comment).
    const claim = await a.rita("GET", `/api/v1/claims/${contosoClaim.id}`)
    expect(claim.body.status).toBe("submitted")
    expect(claim.body.comments.map((c: any) => c.notice)).toEqual(["arbitration"])
  })

  it("the Billing admin sees its organization's claims with their POE and downloads it; not another organization's", async () => {
    const view = await a.bill("GET", `/api/v1/claims/${contosoClaim.id}`)
    expect(view.status).toBe(200)
    expect(view.body.poe).toHaveLength(1)
    const file = await a.bill("GET", `/api/v1/claims/${contosoClaim.id}/poe/${contosoClaim.poe[0].id}`)
    expect(file.status).toBe(200)
    expect(file.headers.get("content-type")).toBe("application/pdf")
    const foreign = await a.bill("GET", `/api/v1/claims/${fabrikamClaim.id}/poe/${fabrikamClaim.poe[0].id}`)
    expect(foreign.status).toBe(404)
  })

  it("POE appears in claim and case views exactly for those who may download it (operators: count only, 403)", async () => {
    const viewers = {
      reviewer: a.rita,
      auditor: a.aude,
      operator: a.otto,
      billing: a.bill,
      incentivesUser: a.uma,
      globalAdmin: a.as("ada@contoso.example")
    }
    const allowed: Record<string, boolean> = {
      reviewer: true,
      auditor: true,
      operator: false,
      billing: true,
      incentivesUser: true,
      globalAdmin: true
    }
    for (const [who, as] of Object.entries(viewers)) {
      const claim = await as("GET", `/api/v1/claims/${contosoClaim.id}`)
      expect(claim.status, who).toBe(200)
      expect(claim.body.poeCount, who).toBe(1)
      expect(claim.body.poe, who).toHaveLength(allowed[who] ? 1 : 0)
      const download = await as("GET", `/api/v1/claims/${contosoClaim.id}/poe/${contosoClaim.poe[0].id}`)
      expect(download.status, who).toBe(allowed[who] ? 200 : 403)
    }
    for (const who of ["reviewer", "auditor", "operator"] as const) {
      const theCase = await viewers[who]("GET", `/api/v1/review/cases/${caseId}`)
      expect(theCase.status, who).toBe(200)
      for (const party of theCase.body.parties) {
        expect(party.poeCount, who).toBe(1)
        expect(party.poe, who).toHaveLength(allowed[who] ? 1 : 0)
        for (const p of party.poe) expect((await viewers[who]("GET", p.downloadUrl)).status, who).toBe(200)
      }
    }
  })
})
