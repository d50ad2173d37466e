import { beforeAll, describe, expect, it } from "vitest"
import { mwsClaim, pdfBytes } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

/** SPEC §9: NUL characters and lone surrogates are refused in every string input with 400 invalid_text. */
const NUL = "a\u0000b"
/** A lone high surrogate, as the JSON escape a client would send (JSON.stringify keeps it escaped). */
const LONE = "x\ud800y"

const expectInvalidText = (res: { status: number; body: any }, location: string, path?: string) => {
  expect(res.status, JSON.stringify(res.body)).toBe(400)
  expect(res.body.error.code).toBe("invalid_text")
  expect(typeof res.body.error.message).toBe("string")
  expect(res.body.error.details.location).toBe(location)
  if (path !== undefined) expect(res.body.error.details.path).toBe(path)
}

describe.each(dialects)("text input on %s", (dialect) => {
  const t = testAppFor(dialect)
  let ian: string
  let otto: string
  beforeAll(async () => {
    ian = await t.signIn("ian@contoso.example")
    otto = await t.signIn("otto@vendor.example")
  })

  it("sign-in refuses NUL and lone surrogates in the email and the password", async () => {
    expectInvalidText(
      await t.call("POST", "/api/v1/auth/sessions", {
        body: { email: `ian${NUL}@contoso.example`, password: "x" }
      }),
      "body",
      "email"
    )
    expectInvalidText(
      await t.call("POST", "/api/v1/auth/sessions", {
        body: { email: "ian@contoso.example", password: `demo${LONE}` }
      }),
      "body",
      "password"
    )
    // A raw JSON text with the escapes spelled out is refused the same way.
    expectInvalidText(
      await t.call("POST", "/api/v1/auth/sessions", {
        raw: '{"email":"ian@contoso.example\\u0000","password":"demo-Passw0rd!"}'
      }),
      "body",
      "email"
    )
    expectInvalidText(
      await t.call("POST", "/api/v1/auth/sessions", {
        raw: '{"email":"ian@contoso.example","password":"\\udc00demo"}'
      }),
      "body",
      "password"
    )
  })

  it("JSON bodies are checked at any depth (nested objects, arrays, keys) and nothing is stored", async () => {
    const before = (await t.call("GET", "/api/v1/claims", { token: ian })).body.claims.length
    expectInvalidText(
      await t.call("POST", "/api/v1/claims", {
        token: ian,
        body: mwsClaim({ customerContact: { name: NUL, title: "CIO", email: "nora@northwind.example" } })
      }),
      "body",
      "customerContact.name"
    )
    expectInvalidText(
      await t.call("POST", "/api/v1/claims", { token: ian, body: mwsClaim({ workloads: ["teams", LONE] }) }),
      "body",
      "workloads.1"
    )
    expectInvalidText(
      await t.call("POST", "/api/v1/claims", { token: ian, body: { ...mwsClaim(), [`k${NUL}`]: 1 } }),
      "body"
    )
    expect((await t.call("GET", "/api/v1/claims", { token: ian })).body.claims).toHaveLength(before)
    expectInvalidText(
      await t.call("PUT", "/api/v1/ops/calendar/holidays/2026-12-24", { token: otto, body: { name: NUL } }),
      "body",
      "name"
    )
  })

  it("path parameters are checked (declared by a schema or not)", async () => {
    expectInvalidText(await t.call("GET", "/api/v1/claims/clm%00x", { token: ian }), "path", "id")
    expectInvalidText(
      await t.call("GET", "/api/v1/claims/clm_x/poe/poe%00x", { token: ian }),
      "path",
      "poeId"
    )
    expectInvalidText(
      await t.call("POST", "/api/v1/enrollments/enr%00/accept", { token: ian, body: {} }),
      "path",
      "id"
    )
  })

  it("query parameters are checked, also those a handler reads itself", async () => {
    expectInvalidText(await t.call("GET", "/api/v1/claims?before=clm%00", { token: ian }), "query", "before")
    expectInvalidText(await t.call("GET", "/api/v1/customer/requests?token=a%00b"), "query", "token")
    expectInvalidText(await t.call("GET", "/api/v1/programs?unknown=%00", { token: ian }), "query", "unknown")
  })

  it("CSV bodies are checked and the answer names the line", async () => {
    const csv = [
      "tenant_id,tenant_name,tenant_domains,tenant_workloads,subscription_id,product,solution_area,channel,state,provisioned_at,expires_at",
      `33333333-3333-4333-8333-333333333333,Nul${NUL}Corp,nul.example,teams,,,,,,,`
    ].join("\n")
    const res = await t.call("POST", "/api/v1/ops/directory/import.csv", {
      token: otto,
      raw: csv,
      contentType: "text/csv"
    })
    expectInvalidText(res, "body", "line 2")
  })

  it("multipart file names and text fields are checked", async () => {
    const draft = await t.call("POST", "/api/v1/claims", { token: ian, body: mwsClaim() })
    expect(draft.status).toBe(201)
    const send = async (form: FormData) => {
      const res = await t.app.request(`/api/v1/claims/${draft.body.id}/poe`, {
        method: "POST",
        headers: { authorization: `Bearer ${ian}` },
        body: form
      })
      return { status: res.status, body: (await res.json()) as any }
    }
    const named = new FormData()
    named.append("file", new Blob([pdfBytes() as Uint8Array<ArrayBuffer>]), `sow${NUL}.pdf`)
    expectInvalidText(await send(named), "form", "file")
    const note = new FormData()
    note.append("file", new Blob([pdfBytes() as Uint8Array<ArrayBuffer>]), "sow.pdf")
    note.append("note", NUL)
    expectInvalidText(await send(note), "form", "note")
    const after = await t.call("GET", `/api/v1/claims/${draft.body.id}`, { token: ian })
    expect(after.body.poe).toHaveLength(0)
  })

  it("valid text outside the Basic Multilingual Plane (paired surrogates) is accepted", async () => {
    const res = await t.call("POST", "/api/v1/claims", {
      token: ian,
      body: mwsClaim({ name: "Northwind 🚀 Ünïcode ✓" })
    })
    expect(res.status).toBe(201)
    expect(res.body.name).toBe("Northwind 🚀 Ünïcode ✓")
  })
})
