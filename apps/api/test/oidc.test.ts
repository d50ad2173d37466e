/**
 * OpenID Connect sign-in (SPEC §12, issue 16 item 4) against a real OpenID provider in-process
 * (oidc-provider on 127.0.0.1, its own login interaction), on SQLite and PostgreSQL: the operator's
 * configuration (secret write-only, validation, discovery at save time), a sign-in that yields a working
 * session and links the identity (a partner organization's user; a customer tenant's admin into the
 * customer approval app), and each refusal — wrong state, wrong nonce, replayed code, unknown
 * user (and the auto-provisioned variant), disallowed domain, unverified email, no provider — as a page
 * that changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { startOidcProvider, type TestOidcProvider } from "../src/testing/oidc-provider.ts"
import { dialects, testAppFor } from "./support.ts"

describe.each(dialects)("OpenID Connect sign-in on %s", (dialect) => {
  const t = testAppFor(dialect)
  let idp: TestOidcProvider
  let providerId: string
  let operator: Awaited<ReturnType<typeof t.as>>
  const callbackUrl = () => `${t.config.publicUrl}/api/v1/auth/oidc/callback`

  beforeAll(async () => {
    idp = await startOidcProvider({
      // The test app's public URL (its default, http://localhost:<PORT>) is known once it is up.
      redirectUris: ["http://localhost:3000/api/v1/auth/oidc/callback"],
      mode: "auto",
      extraClientIds: ["openpor-northwind"],
      accounts: [
        { email: "ian@contoso.example", name: "Ian Contoso" },
        { email: "newbie@contoso.example", name: "Nia Newbie" },
        { email: "eve@fabrikam.example", name: "Eve" },
        { email: "unverified@contoso.example", emailVerified: false },
        { email: "ina@fabrikam.example" },
        { email: "admin@northwind.example", name: "Northwind Admin" }
      ]
    })
    operator = await t.as("otto@vendor.example")
  })
  afterAll(async () => idp?.stop())

  const organizationId = async () => {
    const owners = await operator("GET", "/api/v1/ops/identity-providers/owners")
    return (owners.body.organizations as Array<{ id: string; name: string }>).find((o) =>
      o.name.startsWith("Contoso")
    )!.id
  }

  const providerBody = async (overrides: Record<string, unknown> = {}) => ({
    name: "Contoso ID",
    organizationId: await organizationId(),
    tenantId: null,
    issuer: idp.issuer,
    clientId: idp.clientId,
    clientSecret: idp.clientSecret,
    allowedDomains: ["contoso.example"],
    autoProvision: false,
    enabled: true,
    ...overrides
  })

  /** Cookies of one browser at the provider (name → value; paths ignored). */
  const providerJar = () => {
    const jar = new Map<string, string>()
    return {
      header: () => [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      keep: (res: Response) => {
        for (const line of res.headers.getSetCookie()) {
          const [pair] = line.split(";")
          const eq = pair!.indexOf("=")
          jar.set(pair!.slice(0, eq), pair!.slice(eq + 1))
        }
      }
    }
  }

  const cookieOf = (res: Response, name: string) =>
    res.headers
      .getSetCookie()
      .map((line) => line.split(";")[0]!)
      .find((pair) => pair.startsWith(`${name}=`) && pair.length > name.length + 1)

  /**
   * Starts a sign-in for `email` and walks the provider's interaction like a browser; answers the
   * callback's path and query and this browser's flow cookie (the callback is not called).
   */
  const throughProvider = async (
    email: string,
    tamper?: (authorizationUrl: URL) => void,
    app: "partner" | "customer" = "partner"
  ) => {
    const start = await t.app.request(
      `/api/v1/auth/oidc/start?email=${encodeURIComponent(email)}&app=${app}&next=%2Fclaims`
    )
    expect(start.status, await start.clone().text()).toBe(302)
    const flowCookie = cookieOf(start, "openpor_oidc")!
    expect(flowCookie).toBeDefined()
    const authorization = new URL(start.headers.get("location")!)
    expect(authorization.origin).toBe(idp.issuer)
    expect(authorization.searchParams.get("code_challenge_method")).toBe("S256")
    expect(authorization.searchParams.get("state")).toBeTruthy()
    expect(authorization.searchParams.get("nonce")).toBeTruthy()
    tamper?.(authorization)
    const jar = providerJar()
    let next = authorization.href
    for (let hops = 0; hops < 10; hops++) {
      if (next.startsWith(callbackUrl())) {
        const url = new URL(next)
        return { callback: `${url.pathname}${url.search}`, flowCookie, url }
      }
      const res = await fetch(next, { redirect: "manual", headers: { cookie: jar.header() } })
      jar.keep(res)
      const location = res.headers.get("location")
      if (location === null) throw new Error(`the provider answered ${res.status}: ${await res.text()}`)
      next = new URL(location, next).href
    }
    throw new Error("too many redirects at the provider")
  }

  const callback = (path: string, flowCookie: string | undefined) =>
    t.app.request(path, { headers: flowCookie === undefined ? {} : { cookie: flowCookie } })

  /** The refusal page's reason (and that nothing signed anyone in). */
  const refusal = async (res: Response) => {
    expect(res.headers.get("content-type")).toMatch(/^text\/html/)
    expect(cookieOf(res, "openpor_session")).toBeUndefined()
    const page = await res.text()
    expect(page).not.toMatch(/at .*\.ts:\d+|Error:/)
    expect(page).toContain('href="/partner/sign-in"')
    return /data-sso-error="([a-z_]+)"/.exec(page)?.[1]
  }

  const me = async (sessionCookie: string) => {
    const r = await t.app.request("/api/v1/me", { headers: { cookie: sessionCookie } })
    return { status: r.status, body: (await r.json()) as any }
  }

  it("the operator adds the provider: secret write-only, URL and domain checks, discovery; auditors read, others may not", async () => {
    // The provider's registered redirect URI is the test app's public URL (its default).
    expect(t.config.publicUrl).toBe("http://localhost:3000")
    const bad = await operator(
      "POST",
      "/api/v1/ops/identity-providers",
      await providerBody({
        issuer: "http://login.example.com",
        allowedDomains: ["not a domain"],
        clientSecret: ""
      })
    )
    expect(bad.status).toBe(422)
    const fields = Object.fromEntries(
      (bad.body.error.details.violations as Array<{ field: string; code: string }>).map((v) => [
        v.field,
        v.code
      ])
    )
    expect(fields).toEqual({
      issuer: "invalid_issuer",
      allowedDomains: "invalid_domain",
      clientSecret: "client_secret_required"
    })
    const unreachable = await operator(
      "POST",
      "/api/v1/ops/identity-providers",
      await providerBody({ issuer: "http://127.0.0.1:9" })
    )
    expect(unreachable.status).toBe(422)
    expect(unreachable.body.error.details.violations[0]).toMatchObject({
      field: "issuer",
      code: "issuer_unreachable"
    })

    const created = await operator("POST", "/api/v1/ops/identity-providers", await providerBody())
    expect(created.status).toBe(201)
    providerId = created.body.id
    expect(JSON.stringify(created.body)).not.toContain(idp.clientSecret)
    expect(created.body).toMatchObject({
      ownerName: expect.stringContaining("Contoso"),
      secretHint: "…7f3a",
      allowedDomains: ["contoso.example"],
      redirectUri: callbackUrl()
    })
    const taken = await operator(
      "POST",
      "/api/v1/ops/identity-providers",
      await providerBody({ clientId: "other" })
    )
    expect(taken.status).toBe(422)
    expect(taken.body.error.details.violations[0]).toMatchObject({
      field: "allowedDomains",
      code: "domain_in_use"
    })

    const auditor = await t.as("aude@vendor.example")
    const listed = await auditor("GET", "/api/v1/ops/identity-providers")
    expect(listed.status).toBe(200)
    expect(listed.body.providers.map((p: { id: string }) => p.id)).toEqual([providerId])
    expect(JSON.stringify(listed.body)).not.toContain(idp.clientSecret)
    expect((await auditor("DELETE", `/api/v1/ops/identity-providers/${providerId}`)).status).toBe(403)
    const partner = await t.as("ada@contoso.example")
    expect((await partner("GET", "/api/v1/ops/identity-providers")).status).toBe(403)
  })

  it("signs Ian in: the callback sets the same session as a password sign-in, links the identity, and later sign-ins match by the link", async () => {
    const flow = await throughProvider("ian@contoso.example")
    const res = await callback(flow.callback, flow.flowCookie)
    expect(res.status, await res.clone().text()).toBe(302)
    expect(res.headers.get("location")).toBe("/partner/claims")
    const session = cookieOf(res, "openpor_session")!
    expect(session).toBeDefined()
    expect(cookieOf(res, "openpor_csrf")).toBeDefined()
    const signedIn = await me(session)
    expect(signedIn.status).toBe(200)
    expect(signedIn.body.user.email).toBe("ian@contoso.example")
    expect(signedIn.body.roles.length).toBeGreaterThan(0)

    // The same answer again (a replayed callback with the flow's cookie): the code works once.
    const replay = await callback(flow.callback, flow.flowCookie)
    expect(await refusal(replay)).toBe("provider_error")

    // The audit names the way in.
    const linked = await operator("GET", "/api/v1/ops/audit?action=user.identity_linked&limit=10")
    expect(linked.body.events).toHaveLength(1)
    expect(linked.body.events[0].after).toMatchObject({ issuer: idp.issuer, providerId })
    const sessions = await operator(
      "GET",
      "/api/v1/ops/audit?action=session.created&actor=ian@contoso.example&limit=10"
    )
    expect(sessions.body.events.some((e: { after: { method?: string } }) => e.after.method === "oidc")).toBe(
      true
    )

    // Second sign-in: matched by the link.
    const again = await throughProvider("ian@contoso.example")
    const second = await callback(again.callback, again.flowCookie)
    expect(second.status).toBe(302)
    expect((await me(cookieOf(second, "openpor_session")!)).body.user.email).toBe("ian@contoso.example")
  })

  it("signs a customer tenant's admin into the customer approval app through the tenant's provider", async () => {
    const owners = await operator("GET", "/api/v1/ops/identity-providers/owners")
    const northwind = (owners.body.tenants as Array<{ id: string; name: string }>).find((o) =>
      o.name.startsWith("Northwind")
    )!
    const created = await operator(
      "POST",
      "/api/v1/ops/identity-providers",
      await providerBody({
        name: "Northwind ID",
        organizationId: null,
        tenantId: northwind.id,
        clientId: "openpor-northwind",
        allowedDomains: ["northwind.example"]
      })
    )
    expect(created.status).toBe(201)
    expect(created.body.ownerName).toMatch(/Northwind/)
    const flow = await throughProvider("admin@northwind.example", undefined, "customer")
    const res = await callback(flow.callback, flow.flowCookie)
    expect(res.status, await res.clone().text()).toBe(302)
    expect(res.headers.get("location")).toBe("/customer/claims")
    const admin = await me(cookieOf(res, "openpor_session")!)
    expect(admin.body.user).toMatchObject({ email: "admin@northwind.example", kind: "customer" })
    expect(admin.body.tenant.id).toBe(northwind.id)
    expect((await operator("DELETE", `/api/v1/ops/identity-providers/${created.body.id}`)).status).toBe(204)
  })

  it("refuses a callback whose state is not this browser's flow, and one without the flow's cookie", async () => {
    const flow = await throughProvider("ian@contoso.example")
    flow.url.searchParams.set("state", "forged-state")
    const wrong = await callback(`${flow.url.pathname}${flow.url.search}`, flow.flowCookie)
    expect(wrong.status).toBe(400)
    expect(await refusal(wrong)).toBe("state_mismatch")

    const other = await throughProvider("ian@contoso.example")
    expect(await refusal(await callback(other.callback, undefined))).toBe("expired_flow")
    // A flow cookie changed by the browser (its signature no longer holds): as if there were none.
    const [name, value] = other.flowCookie.split("=") as [string, string]
    const [payload, signature] = value.split(".") as [string, string]
    const forged = `${name}=${payload.slice(0, -2)}${payload.slice(-2) === "AA" ? "BB" : "AA"}.${signature}`
    expect(await refusal(await callback(other.callback, forged))).toBe("expired_flow")
    // Another browser's flow cookie with this answer: state mismatch too.
    const third = await throughProvider("ian@contoso.example")
    expect(await refusal(await callback(third.callback, other.flowCookie))).toBe("state_mismatch")
  })

  it("refuses an ID token whose nonce is not the flow's (a code obtained with another nonce)", async () => {
    const flow = await throughProvider("ian@contoso.example", (url) =>
      url.searchParams.set("nonce", "injected")
    )
    const res = await callback(flow.callback, flow.flowCookie)
    expect(res.status).toBe(400)
    expect(await refusal(res)).toBe("nonce_mismatch")
  })

  it("refuses an unknown user with a page that says to ask the admin; with auto-provisioning, creates them without roles", async () => {
    const flow = await throughProvider("newbie@contoso.example")
    const res = await callback(flow.callback, flow.flowCookie)
    expect(res.status).toBe(403)
    expect(await refusal(res)).toBe("unknown_user")
    const users = await (await t.as("ada@contoso.example"))("GET", "/api/v1/users")
    expect(JSON.stringify(users.body)).not.toContain("newbie@contoso.example")

    // German, as the sign-in page asks.
    const german = await t.app.request("/api/v1/auth/oidc/start?email=x@unknown.example&app=customer&lang=de")
    expect(german.status).toBe(403)
    const page = await german.text()
    expect(page).toContain('lang="de"')
    expect(page).toContain("Für diese Adresse ist keine Single Sign-On-Anmeldung eingerichtet")
    expect(page).toContain('href="/customer/sign-in"')

    const body = await providerBody({ autoProvision: true })
    const { clientSecret: _kept, ...withoutSecret } = body
    const updated = await operator("PUT", `/api/v1/ops/identity-providers/${providerId}`, withoutSecret)
    expect(updated.status).toBe(200)
    expect(updated.body.secretHint).toBe("…7f3a")
    const again = await throughProvider("newbie@contoso.example")
    const provisioned = await callback(again.callback, again.flowCookie)
    expect(provisioned.status, await provisioned.clone().text()).toBe(302)
    const newbie = await me(cookieOf(provisioned, "openpor_session")!)
    expect(newbie.body.user).toMatchObject({
      email: "newbie@contoso.example",
      displayName: "Nia Newbie",
      kind: "partner"
    })
    expect(newbie.body.organization.name).toMatch(/Contoso/)
    expect(newbie.body.roles).toEqual([])
    // The new user has no password: password sign-in does not work for them.
    const password = await t.call("POST", "/api/v1/auth/sessions", {
      body: { email: "newbie@contoso.example", password: "!" }
    })
    expect(password.status).toBe(401)
  })

  it("refuses an identity of a domain the provider does not allow, an unverified email, a member of another organization, and an address without a provider", async () => {
    idp.loginAs = "eve@fabrikam.example"
    try {
      const flow = await throughProvider("ian@contoso.example")
      expect(await refusal(await callback(flow.callback, flow.flowCookie))).toBe("domain_not_allowed")
      idp.loginAs = "unverified@contoso.example"
      const unverified = await throughProvider("ian@contoso.example")
      expect(await refusal(await callback(unverified.callback, unverified.flowCookie))).toBe(
        "email_not_verified"
      )
    } finally {
      idp.loginAs = undefined
    }
    // Fabrikam's domain allowed on Contoso's provider: Ina is not a member of Contoso.
    const body = await providerBody({
      allowedDomains: ["contoso.example", "fabrikam.example"],
      autoProvision: true
    })
    expect((await operator("PUT", `/api/v1/ops/identity-providers/${providerId}`, body)).status).toBe(200)
    const ina = await throughProvider("ina@fabrikam.example")
    expect(await refusal(await callback(ina.callback, ina.flowCookie))).toBe("not_member")

    const none = await t.app.request("/api/v1/auth/oidc/start?email=someone@tailspin.example&app=partner")
    expect(none.status).toBe(403)
    expect(await refusal(none)).toBe("no_provider")

    // Disabled: no sign-in starts; removed: none either.
    const disabled = await operator("PUT", `/api/v1/ops/identity-providers/${providerId}`, {
      ...(await providerBody()),
      enabled: false
    })
    expect(disabled.status).toBe(200)
    expect(
      await refusal(await t.app.request("/api/v1/auth/oidc/start?email=ian@contoso.example&app=partner"))
    ).toBe("no_provider")
    expect((await operator("DELETE", `/api/v1/ops/identity-providers/${providerId}`)).status).toBe(204)
    expect((await operator("GET", "/api/v1/ops/identity-providers")).body.providers).toEqual([])
  })
})
