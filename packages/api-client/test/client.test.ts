import { describe, expect, it } from "vitest"
import { type ApiClient, ApiError, createClient, fieldErrors, readCookie } from "../src/index.ts"

interface Call {
  readonly url: string
  readonly method: string
  readonly headers: Headers
  readonly body: unknown
  readonly credentials: RequestCredentials
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } })

/** A client whose fetch records every call and answers with `respond`. */
const stubbed = (
  respond: (call: Call) => Response | Promise<Response>,
  options: { cookies?: string; baseUrl?: string; token?: string } = {}
): { client: ApiClient; calls: Call[] } => {
  const calls: Call[] = []
  const fetchStub = async (request: Request): Promise<Response> => {
    const type = request.headers.get("content-type") ?? ""
    const body =
      request.body === null
        ? undefined
        : type.startsWith("multipart/form-data")
          ? await request.formData()
          : await request.text()
    const call: Call = {
      url: request.url,
      method: request.method,
      headers: request.headers,
      body,
      credentials: request.credentials
    }
    calls.push(call)
    return respond(call)
  }
  const client = createClient({
    fetch: fetchStub,
    cookies: () => options.cookies ?? "",
    baseUrl: options.baseUrl ?? "http://api.test",
    token: options.token
  })
  return { client, calls }
}

const me = {
  user: { id: "u1", email: "ian@contoso.example", displayName: "Ian", kind: "partner" },
  organization: { id: "o1", name: "Contoso Consulting" },
  tenant: null,
  roles: [{ role: "incentives_admin", locationId: "l1", partnerId: "1000001" }],
  locations: [
    { id: "l1", partnerId: "1000001", name: "Contoso Seattle", city: "Seattle", roles: ["incentives_admin"] }
  ]
}

describe("typed calls", () => {
  it("fills path parameters, sends JSON and same-origin credentials", async () => {
    const { client, calls } = stubbed(() => json(201, { id: "cm1" }))
    const result = await client.POST("/api/v1/claims/{id}/comments", {
      params: { path: { id: "c 1" } },
      body: { body: "Hello" }
    })
    expect(result).toEqual({ id: "cm1" })
    expect(calls).toHaveLength(1)
    const call = calls[0]!
    expect(call.url).toBe("http://api.test/api/v1/claims/c%201/comments")
    expect(call.method).toBe("POST")
    expect(call.credentials).toBe("same-origin")
    expect(call.headers.get("content-type")).toBe("application/json")
    expect(call.headers.get("accept")).toBe("application/json")
    expect(JSON.parse(call.body as string)).toEqual({ body: "Hello" })
  })

  it("serializes query parameters and leaves out undefined ones", async () => {
    const { client, calls } = stubbed(() => json(200, { requests: [] }))
    await client.GET("/api/v1/customer/requests", { params: { query: { token: "a.b/c" } } })
    await client.GET("/api/v1/customer/requests")
    expect(calls.map((call) => call.url)).toEqual([
      "http://api.test/api/v1/customer/requests?token=a.b%2Fc",
      "http://api.test/api/v1/customer/requests"
    ])
  })

  it("joins a base URL without doubling slashes", async () => {
    const { client, calls } = stubbed(() => json(200, me), { baseUrl: "http://localhost:3000/" })
    await client.me()
    expect(calls[0]!.url).toBe("http://localhost:3000/api/v1/me")
  })

  it("sends no body and no content type on GET", async () => {
    const { client, calls } = stubbed(() => json(200, me))
    await expect(client.me()).resolves.toEqual(me)
    expect(calls[0]!.body).toBeUndefined()
    expect(calls[0]!.headers.has("content-type")).toBe(false)
  })

  it("sends FormData as multipart", async () => {
    const { client, calls } = stubbed(() => json(201, {}))
    const form = new FormData()
    form.set("file", new Blob(["%PDF"], { type: "application/pdf" }), "poe.pdf")
    await client.POST("/api/v1/claims/{id}/poe", {
      params: { path: { id: "c1" } },
      body: form as never,
      bodySerializer: (body: unknown) => body
    })
    expect(calls[0]!.headers.get("content-type")).toMatch(/^multipart\/form-data; boundary=/)
    expect((calls[0]!.body as FormData).get("file")).toBeInstanceOf(Blob)
  })

  it("resolves undefined for 204 No Content", async () => {
    const { client } = stubbed(() => new Response(null, { status: 204 }))
    await expect(client.DELETE("/api/v1/auth/sessions/current")).resolves.toBeUndefined()
  })
})

describe("CSRF protection", () => {
  const cookies = "theme=dark; openpor_csrf=abc%3D123; other=x"

  it("echoes the openpor_csrf cookie on every unsafe method", async () => {
    const { client, calls } = stubbed(() => json(200, {}), { cookies })
    const subscription = { params: { path: { subscriptionId: "s1" } } }
    await client.POST("/api/v1/customer/requests/{claimId}/accept", { params: { path: { claimId: "c1" } } })
    await client.PUT("/api/v1/customer/subscriptions/{subscriptionId}/partner-of-record", {
      ...subscription,
      body: { partnerId: "1000001" }
    })
    await client.PATCH("/api/v1/claims/{id}", { params: { path: { id: "c1" } }, body: { name: "Renamed" } })
    await client.DELETE("/api/v1/customer/subscriptions/{subscriptionId}/partner-of-record", subscription)
    expect(calls.map((call) => [call.method, call.headers.get("x-csrf-token")])).toEqual([
      ["POST", "abc=123"],
      ["PUT", "abc=123"],
      ["PATCH", "abc=123"],
      ["DELETE", "abc=123"]
    ])
  })

  it("does not send the token on safe methods", async () => {
    const { client, calls } = stubbed(() => json(200, me), { cookies })
    await client.me()
    await client.session()
    expect(calls.every((call) => !call.headers.has("x-csrf-token"))).toBe(true)
  })

  it("falls back to the csrfToken of the sign-in response when the cookie is missing", async () => {
    const session = {
      token: "t",
      csrfToken: "from-response",
      expiresAt: "2030-01-01T00:00:00Z",
      user: me.user
    }
    const { client, calls } = stubbed((call) =>
      call.url.endsWith("/auth/sessions") ? json(201, session) : new Response(null, { status: 204 })
    )
    await client.signIn("ian@contoso.example", "demo-Passw0rd!")
    await client.PATCH("/api/v1/claims/{id}", { params: { path: { id: "c1" } }, body: { name: "Renamed" } })
    expect(calls[1]!.headers.get("x-csrf-token")).toBe("from-response")
    await client.signOut()
    await client.PATCH("/api/v1/claims/{id}", { params: { path: { id: "c1" } }, body: { name: "Renamed" } })
    expect(calls[3]!.headers.has("x-csrf-token")).toBe(false)
  })

  it("uses the bearer token instead of cookie CSRF when configured", async () => {
    const { client, calls } = stubbed(() => json(200, {}), { cookies, token: "secret" })
    await client.PATCH("/api/v1/claims/{id}", { params: { path: { id: "c1" } }, body: { name: "Renamed" } })
    expect(calls[0]!.headers.get("authorization")).toBe("Bearer secret")
    expect(calls[0]!.headers.has("x-csrf-token")).toBe(false)
  })

  it('with auth: "bearer" sends the sign-in token as a bearer token until sign-out', async () => {
    const session = { token: "t1", csrfToken: "c1", expiresAt: "2030-01-01T00:00:00Z", user: me.user }
    const calls: Request[] = []
    const client = createClient({
      baseUrl: "http://api.test",
      cookies: () => "",
      auth: "bearer",
      fetch: async (request) => {
        calls.push(request)
        return request.url.endsWith("/auth/sessions")
          ? json(201, session)
          : new Response(null, { status: 204 })
      }
    })
    await client.signIn("ian@contoso.example", "demo-Passw0rd!")
    expect(calls[0]!.headers.has("authorization")).toBe(false)
    await client.PATCH("/api/v1/claims/{id}", { params: { path: { id: "c1" } }, body: { name: "Renamed" } })
    expect(calls[1]!.headers.get("authorization")).toBe("Bearer t1")
    expect(calls[1]!.headers.has("x-csrf-token")).toBe(false)
    await client.signOut()
    expect(calls[2]!.headers.get("authorization")).toBe("Bearer t1")
    await client.GET("/api/v1/me")
    expect(calls[3]!.headers.has("authorization")).toBe(false)
  })
})

describe("errors", () => {
  const envelope = (code: string, message: string, details?: Record<string, unknown>) => ({
    error: details === undefined ? { code, message } : { code, message, details }
  })

  it("turns the error envelope into an ApiError", async () => {
    const { client } = stubbed(() =>
      json(
        422,
        envelope("domain_tenant_mismatch", "The domain does not belong to the tenant", {
          field: "customerDomain"
        })
      )
    )
    const error = await client
      .POST("/api/v1/claims/{id}/submit", { params: { path: { id: "c1" } }, body: { acknowledgements: [] } })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 422,
      code: "domain_tenant_mismatch",
      message: "The domain does not belong to the tenant",
      details: { field: "customerDomain" }
    })
  })

  it("maps wrong credentials and rate limiting on sign-in", async () => {
    const wrong = stubbed(() => json(401, envelope("invalid_credentials", "Wrong email or password")))
    await expect(wrong.client.signIn("ian@contoso.example", "nope")).rejects.toMatchObject({
      status: 401,
      code: "invalid_credentials"
    })
    expect(JSON.parse(wrong.calls[0]!.body as string)).toEqual({
      email: "ian@contoso.example",
      password: "nope"
    })
    const limited = stubbed(() => json(429, envelope("too_many_attempts", "Try later")))
    await expect(limited.client.signIn("a@b.example", "x")).rejects.toMatchObject({
      status: 429,
      code: "too_many_attempts"
    })
  })

  it("carries the answer's X-Request-Id", async () => {
    const { client } = stubbed(() =>
      json(
        404,
        { error: { code: "not_found", message: "No claim c1", details: {} } },
        { "x-request-id": "r-42" }
      )
    )
    await expect(client.GET("/api/v1/claims/{id}", { params: { path: { id: "c1" } } })).rejects.toMatchObject(
      {
        status: 404,
        code: "not_found",
        requestId: "r-42"
      }
    )
  })

  it("defaults details to an empty object", async () => {
    const { client } = stubbed(() => json(404, envelope("not_found", "No such claim")))
    await expect(client.GET("/api/v1/claims/{id}", { params: { path: { id: "x" } } })).rejects.toMatchObject({
      code: "not_found",
      details: {}
    })
  })

  it("falls back to http_<status> for bodies that are not an envelope", async () => {
    const { client } = stubbed(
      () =>
        new Response("<h1>Bad gateway</h1>", {
          status: 502,
          statusText: "Bad Gateway",
          headers: { "content-type": "text/html" }
        })
    )
    await expect(client.me()).rejects.toMatchObject({ status: 502, code: "http_502", message: "Bad Gateway" })
  })

  it("reports an unreachable server as network_error with status 0", async () => {
    const { client } = stubbed(() => Promise.reject(new TypeError("fetch failed")))
    await expect(client.me()).rejects.toMatchObject({
      status: 0,
      code: "network_error",
      message: "fetch failed"
    })
  })

  it("passes aborts through unchanged", async () => {
    const abort = new DOMException("The operation was aborted.", "AbortError")
    const { client } = stubbed(() => Promise.reject(abort))
    await expect(client.me()).rejects.toBe(abort)
  })

  it("notifies listeners of 401 unauthenticated but not of wrong credentials", async () => {
    let status = 401
    let code = "unauthenticated"
    const { client } = stubbed(() => json(status, envelope(code, "…")))
    const seen: string[] = []
    const unsubscribe = client.onUnauthenticated((error) => seen.push(error.code))
    await client.me().catch(() => undefined)
    code = "invalid_credentials"
    await client.signIn("a@b.example", "x").catch(() => undefined)
    status = 403
    code = "forbidden"
    await client.me().catch(() => undefined)
    unsubscribe()
    status = 401
    code = "unauthenticated"
    await client.me().catch(() => undefined)
    expect(seen).toEqual(["unauthenticated"])
  })
})

describe("fieldErrors", () => {
  it("puts each business-rule violation next to its field", () => {
    const error = new ApiError(422, "unknown_partner_id", "There is no partner with PartnerID 9999999", {
      violations: [
        {
          code: "unknown_partner_id",
          message: "There is no partner with PartnerID 9999999",
          field: "partnerId"
        },
        { code: "poe_required", message: "Attach a POE" }
      ]
    })
    expect(fieldErrors(error, ["partnerId"])).toEqual({
      fields: {
        partnerId: [{ code: "unknown_partner_id", message: "There is no partner with PartnerID 9999999" }]
      },
      general: [{ code: "poe_required", message: "Attach a POE" }]
    })
  })

  it("maps schema issues by path, nested paths to the known field, unknown ones to general", () => {
    const error = new ApiError(400, "invalid_request", "The request body is not valid", {
      location: "body",
      issues: [
        { path: "partnerId", message: "a PartnerID has 7 digits" },
        { path: "customerContact.email", message: "Expected an email" },
        { path: "other", message: "Unexpected key" }
      ]
    })
    expect(fieldErrors(error, ["partnerId", "customerContact"])).toEqual({
      fields: {
        partnerId: [{ code: "invalid_request", message: "a PartnerID has 7 digits" }],
        customerContact: [{ code: "invalid_request", message: "Expected an email" }]
      },
      general: [{ code: "invalid_request", message: "Unexpected key" }]
    })
  })

  it("uses a single details.field and otherwise the error itself", () => {
    const single = new ApiError(422, "domain_tenant_mismatch", "Wrong domain", { field: "customerDomain" })
    expect(fieldErrors(single).fields).toEqual({
      customerDomain: [{ code: "domain_tenant_mismatch", message: "Wrong domain" }]
    })
    const bare = new ApiError(409, "illegal_transition", "Already declined")
    expect(fieldErrors(bare, ["reason"])).toEqual({
      fields: {},
      general: [{ code: "illegal_transition", message: "Already declined" }]
    })
  })
})

describe("session endpoints", () => {
  it("signs out with DELETE /auth/sessions/current and tolerates an expired session", async () => {
    const ok = stubbed(() => new Response(null, { status: 204 }), { cookies: "openpor_csrf=tok" })
    await ok.client.signOut()
    expect(ok.calls[0]).toMatchObject({
      url: "http://api.test/api/v1/auth/sessions/current",
      method: "DELETE"
    })
    expect(ok.calls[0]!.headers.get("x-csrf-token")).toBe("tok")
    const expired = stubbed(() => json(401, { error: { code: "unauthenticated", message: "Sign in" } }))
    await expect(expired.client.signOut()).resolves.toBeUndefined()
    const failing = stubbed(() => json(403, { error: { code: "forbidden", message: "CSRF" } }))
    await expect(failing.client.signOut()).rejects.toMatchObject({ code: "forbidden" })
  })

  it("checks the session with GET /auth/session", async () => {
    const { client, calls } = stubbed(() => json(200, { me: null }))
    await expect(client.session()).resolves.toEqual({ me: null })
    expect(calls[0]!.url).toBe("http://api.test/api/v1/auth/session")
  })

  it("reads the dev mailbox", async () => {
    const mailbox = {
      messages: [
        {
          id: "m1",
          to: ["x@y.example"],
          subject: "Hi",
          text: "Hello",
          html: null,
          template: "test",
          createdAt: "2025-01-01T00:00:00Z"
        }
      ]
    }
    const { client, calls } = stubbed(() => json(200, mailbox))
    await expect(client.devMailbox()).resolves.toEqual(mailbox)
    expect(calls[0]!.url).toBe("http://api.test/api/v1/dev/mailbox")
  })
})

describe("readCookie", () => {
  it("finds a cookie among others and decodes it", () => {
    expect(readCookie("a=1; openpor_csrf=x%20y; b=2", "openpor_csrf")).toBe("x y")
    expect(readCookie("openpor_csrf=", "openpor_csrf")).toBe("")
    expect(readCookie("xopenpor_csrf=1", "openpor_csrf")).toBeUndefined()
    expect(readCookie("", "openpor_csrf")).toBeUndefined()
    expect(readCookie("openpor_csrf=%E0%A4%A", "openpor_csrf")).toBe("%E0%A4%A")
  })
})
