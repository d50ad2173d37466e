import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** GET /api/v1/auth/session: the apps' first request, which must not be a 401 for signed-out visitors. */
describe.each(dialects)("session check on %s", (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeTestApp(dialect)
  })
  afterAll(async () => t.close())

  it("answers 200 with me: null without a session, a bad bearer token or an unknown cookie", async () => {
    const none = await t.call("GET", "/api/v1/auth/session")
    expect(none).toMatchObject({ status: 200, body: { me: null } })
    const bearer = await t.call("GET", "/api/v1/auth/session", { token: "not-a-session" })
    expect(bearer).toMatchObject({ status: 200, body: { me: null } })
    const cookie = await t.call("GET", "/api/v1/auth/session", {
      headers: { cookie: "openpor_session=expired-or-unknown; openpor_csrf=x" }
    })
    expect(cookie).toMatchObject({ status: 200, body: { me: null } })
    // The stale cookies are cleared so that the next page load does not send them again.
    const cleared = cookie.headers.getSetCookie()
    expect(cleared.find((c) => c.startsWith("openpor_session="))).toMatch(/Max-Age=0/)
    expect(cleared.find((c) => c.startsWith("openpor_csrf="))).toMatch(/Max-Age=0/)
  })

  it("answers the signed-in user exactly as GET /me, by bearer token or session cookie", async () => {
    const signIn = await t.call("POST", "/api/v1/auth/sessions", {
      body: { email: "admin@northwind.example", password: "demo-Passw0rd!" }
    })
    const token = signIn.body.token as string
    const me = await t.call("GET", "/api/v1/me", { token })
    const byBearer = await t.call("GET", "/api/v1/auth/session", { token })
    expect(byBearer.status).toBe(200)
    expect(byBearer.body).toEqual({ me: me.body })
    expect(byBearer.body.me.tenant).toEqual({
      id: "11111111-1111-4111-8111-111111111111",
      name: "Northwind Traders"
    })
    const byCookie = await t.call("GET", "/api/v1/auth/session", {
      headers: { cookie: `openpor_session=${token}` }
    })
    expect(byCookie.body).toEqual({ me: me.body })
    expect(byCookie.headers.getSetCookie()).toEqual([])
    // After signing out the same token is signed out, not an error.
    await t.call("DELETE", "/api/v1/auth/sessions/current", { token })
    expect(await t.call("GET", "/api/v1/auth/session", { token })).toMatchObject({
      status: 200,
      body: { me: null }
    })
  })

  it("is in the OpenAPI document without a 401 answer", async () => {
    const doc = await t.call("GET", "/api/v1/openapi.json")
    const operation = doc.body.paths["/api/v1/auth/session"].get
    expect(operation.operationId).toBe("getSession")
    expect(Object.keys(operation.responses)).toEqual(["200"])
  })
})
