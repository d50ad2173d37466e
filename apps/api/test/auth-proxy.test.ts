import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { ConfigError, readConfig } from "../src/config.ts"
import { makeTestApp, type TestApp } from "./support.ts"

/**
 * Issue 9 item 7: the session cookies are Secure behind a TLS-terminating proxy (OPENPOR_TRUST_PROXY
 * and X-Forwarded-Proto / Forwarded) and whenever OPENPOR_PUBLIC_URL is https. Cookie flags do not
 * involve the database, so this runs on SQLite only.
 */
describe("Secure session cookies behind a TLS proxy", () => {
  let direct: TestApp
  let proxied: TestApp
  let publicHttps: TestApp
  beforeAll(async () => {
    direct = await makeTestApp("sqlite")
    proxied = await makeTestApp("sqlite", { OPENPOR_TRUST_PROXY: "true" })
    publicHttps = await makeTestApp("sqlite", { OPENPOR_PUBLIC_URL: "https://por.example.com" })
  })
  afterAll(async () => {
    await Promise.all([direct.close(), proxied.close(), publicHttps.close()])
  })

  const signIn = async (t: TestApp, headers: Record<string, string> = {}, url = "/api/v1/auth/sessions") => {
    const res = await t.app.request(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ email: "ian@contoso.example", password: "demo-Passw0rd!" })
    })
    expect(res.status).toBe(201)
    const cookies = res.headers.getSetCookie()
    const session = cookies.find((c) => c.startsWith("openpor_session="))
    const csrf = cookies.find((c) => c.startsWith("openpor_csrf="))
    expect(session).toBeDefined()
    expect(csrf).toBeDefined()
    return { session: session!, csrf: csrf!, token: ((await res.json()) as { token: string }).token }
  }
  const secure = (cookie: string) => /;\s*Secure(;|$)/i.test(cookie)

  it("trusted proxy, X-Forwarded-Proto https: both cookies are Secure", async () => {
    const { session, csrf } = await signIn(proxied, { "x-forwarded-proto": "https" })
    expect(secure(session)).toBe(true)
    expect(secure(csrf)).toBe(true)
    expect(session).toMatch(/HttpOnly/)
  })

  it("trusted proxy: the first of several X-Forwarded-Proto values and Forwarded: proto=https count", async () => {
    expect(secure((await signIn(proxied, { "x-forwarded-proto": "https, http" })).session)).toBe(true)
    expect(
      secure((await signIn(proxied, { forwarded: 'for=192.0.2.60;proto="https";by=203.0.113.43' })).session)
    ).toBe(true)
  })

  it("trusted proxy over plain http: not Secure (the cookie would never come back)", async () => {
    expect(secure((await signIn(proxied, { "x-forwarded-proto": "http" })).session)).toBe(false)
    expect(secure((await signIn(proxied)).session)).toBe(false)
  })

  it("without OPENPOR_TRUST_PROXY a forged X-Forwarded-Proto is ignored", async () => {
    const { session, csrf } = await signIn(direct, { "x-forwarded-proto": "https" })
    expect(secure(session)).toBe(false)
    expect(secure(csrf)).toBe(false)
  })

  it("OPENPOR_PUBLIC_URL https: Secure even when the proxy sends no header", async () => {
    const { session, csrf, token } = await signIn(publicHttps)
    expect(secure(session)).toBe(true)
    expect(secure(csrf)).toBe(true)
    // Signing out clears the cookies with the same flags.
    const out = await publicHttps.app.request("/api/v1/auth/sessions/current", {
      method: "DELETE",
      headers: { authorization: `Bearer ${token}` }
    })
    expect(out.status).toBe(204)
    const cleared = out.headers.getSetCookie()
    expect(cleared.length).toBe(2)
    for (const c of cleared) {
      expect(c).toMatch(/Max-Age=0/)
      expect(secure(c)).toBe(true)
    }
  })

  it("a request that itself arrives over https gets Secure cookies", async () => {
    expect(secure((await signIn(direct, {}, "https://por.example.com/api/v1/auth/sessions")).session)).toBe(
      true
    )
  })

  it("OPENPOR_TRUST_PROXY is read with Effect Config: true/false, yes/no, 1/0; anything else is refused", () => {
    expect(readConfig({ OPENPOR_TRUST_PROXY: "1" }).trustProxy).toBe(true)
    expect(readConfig({ OPENPOR_TRUST_PROXY: "yes" }).trustProxy).toBe(true)
    expect(readConfig({ OPENPOR_TRUST_PROXY: "false" }).trustProxy).toBe(false)
    expect(readConfig({}).trustProxy).toBe(false)
    expect(() => readConfig({ OPENPOR_TRUST_PROXY: "maybe" })).toThrow(ConfigError)
    expect(() => readConfig({ OPENPOR_TRUST_PROXY: "maybe" })).toThrow(
      /OPENPOR_TRUST_PROXY must be true or false/
    )
  })
})
