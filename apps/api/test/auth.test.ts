import { IdentityRepository, RoleAssignment, type UserId } from "@openpor/domain"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

describe.each(dialects)("authentication on %s", (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeTestApp(dialect)
  })
  afterAll(async () => t.close())

  it("signs in with the demo password and shows both Contoso locations with the Incentives admin role", async () => {
    const res = await t.call("POST", "/api/v1/auth/sessions", {
      body: { email: "ian@contoso.example", password: "demo-Passw0rd!" }
    })
    expect(res.status).toBe(201)
    expect(res.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(res.body.user).toEqual({
      id: "usr_ian",
      email: "ian@contoso.example",
      displayName: "Ian Contoso",
      kind: "partner"
    })
    const cookies = res.headers.getSetCookie()
    expect(cookies.find((c) => c.startsWith("openpor_session="))).toMatch(/HttpOnly/)
    expect(cookies.find((c) => c.startsWith("openpor_csrf="))).not.toMatch(/HttpOnly/)
    const me = await t.call("GET", "/api/v1/me", { token: res.body.token })
    expect(me.status).toBe(200)
    expect(me.body.organization).toEqual({ id: "org_contoso", name: "Contoso Consulting" })
    expect(me.body.locations).toEqual([
      {
        id: "loc_1000001",
        partnerId: "1000001",
        name: "Contoso Consulting Seattle",
        city: "Seattle",
        roles: ["incentives_admin"]
      },
      {
        id: "loc_1000002",
        partnerId: "1000002",
        name: "Contoso Consulting Berlin",
        city: "Berlin",
        roles: ["incentives_admin"]
      }
    ])
  })

  it("shows a customer its tenant and a vendor user its roles", async () => {
    const customer = await t.call("GET", "/api/v1/me", { token: await t.signIn("admin@northwind.example") })
    expect(customer.body.tenant).toEqual({
      id: "11111111-1111-4111-8111-111111111111",
      name: "Northwind Traders"
    })
    expect(customer.body.roles).toEqual([{ role: "tenant_admin", locationId: null, partnerId: null }])
    const vendor = await t.call("GET", "/api/v1/me", { token: await t.signIn("otto@vendor.example") })
    expect(vendor.body.organization).toBeNull()
    expect(vendor.body.roles.map((r: any) => r.role)).toEqual(["operator"])
  })

  it("refuses a wrong password or unknown user with 401 invalid_credentials", async () => {
    for (const body of [
      { email: "uma@contoso.example", password: "wrong" },
      { email: "nobody@contoso.example", password: "demo-Passw0rd!" }
    ]) {
      const res = await t.call("POST", "/api/v1/auth/sessions", { body })
      expect(res.status).toBe(401)
      expect(res.body.error.code).toBe("invalid_credentials")
    }
  })

  it("blocks an account after 5 failed attempts with 429 and a Retry-After", async () => {
    const attempt = (password: string) =>
      t.call("POST", "/api/v1/auth/sessions", { body: { email: "bill@contoso.example", password } })
    for (let i = 0; i < 5; i++) expect((await attempt("nope")).status).toBe(401)
    const blocked = await attempt("demo-Passw0rd!")
    expect(blocked.status).toBe(429)
    expect(blocked.body.error.code).toBe("too_many_attempts")
    expect(Number(blocked.headers.get("retry-after"))).toBeGreaterThan(0)
    // The lockout and session expiry run on real time: see auth-real-time.test.ts and auth-lockout.test.ts.
  })

  it("needs the CSRF header for cookie-authenticated unsafe requests, and signing out ends the session", async () => {
    const signIn = await t.call("POST", "/api/v1/auth/sessions", {
      body: { email: "uma@contoso.example", password: "demo-Passw0rd!" }
    })
    const { token, csrfToken } = signIn.body
    const cookie = `openpor_session=${token}; openpor_csrf=${csrfToken}`
    expect((await t.call("GET", "/api/v1/me", { headers: { cookie } })).status).toBe(200)
    const noHeader = await t.call("DELETE", "/api/v1/auth/sessions/current", { headers: { cookie } })
    expect(noHeader.status).toBe(403)
    expect(noHeader.body.error.code).toBe("csrf_token_invalid")
    const wrongHeader = await t.call("DELETE", "/api/v1/auth/sessions/current", {
      headers: { cookie, "x-csrf-token": "forged" }
    })
    expect(wrongHeader.status).toBe(403)
    expect((await t.call("GET", "/api/v1/me", { headers: { cookie } })).status).toBe(200)
    const out = await t.call("DELETE", "/api/v1/auth/sessions/current", {
      headers: { cookie, "x-csrf-token": csrfToken }
    })
    expect(out.status).toBe(204)
    const after = await t.call("GET", "/api/v1/me", { headers: { cookie } })
    expect(after.status).toBe(401)
    expect(after.body.error.code).toBe("unauthenticated")
  })

  it("applies a revoked role on the very next request of an existing session", async () => {
    const token = await t.signIn("aude@vendor.example")
    expect((await t.call("GET", "/api/v1/ops/audit?limit=1", { token })).status).toBe(200)
    await t.runtime.runPromise(
      IdentityRepository.use((r) =>
        r.removeRole(new RoleAssignment({ userId: "usr_aude" as UserId, role: "auditor", locationId: null }))
      ).pipe(Effect.asVoid)
    )
    const refused = await t.call("GET", "/api/v1/ops/audit?limit=1", { token })
    expect(refused.status).toBe(403)
    expect(refused.body.error.code).toBe("forbidden")
  })

  it("rejects a malformed Authorization header and an unknown token", async () => {
    const malformed = await t.call("GET", "/api/v1/me", { headers: { authorization: "Basic abc" } })
    expect(malformed.status).toBe(401)
    const unknown = await t.call("GET", "/api/v1/me", { token: "not-a-real-token" })
    expect(unknown.status).toBe(401)
    expect(unknown.body.error.code).toBe("unauthenticated")
  })
})
