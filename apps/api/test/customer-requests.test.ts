import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, bizAppsClaim, mwsClaim, sub, submitted } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** What the customer approval app shows: product names, decision dates, pending/decided pages, refused links. */
describe.each(dialects)("customer association requests on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
  })
  afterAll(async () => t.close())

  const linkOf = async (claimId: string) => {
    const mail = await t.mailbox("nora@northwind.example")
    const message = mail.find((m) => m.text.includes(encodeURIComponent(claimId)) || m.text.includes(claimId))
    return decodeURIComponent(/\/customer\/\?token=([^\s&]+)/.exec(message!.text)![1]!)
  }

  it("names the products of claimed subscriptions and dates each decision", async () => {
    const claim = await submitted(t, "ian@contoso.example", bizAppsClaim({ subscriptionIds: [sub(1)] }))
    const token = await linkOf(claim.id)
    const seen = await t.call("GET", `/api/v1/customer/requests?token=${encodeURIComponent(token)}`)
    expect(seen.status).toBe(200)
    expect(seen.body.nextCursor).toBeNull()
    expect(seen.body.requests[0]).toMatchObject({
      claimId: claim.id,
      subscriptions: [{ id: sub(1), product: "Dynamics 365 Sales" }],
      consent: { status: "awaiting_response", respondedAt: null },
      rejectedAt: null,
      endedAt: null,
      canDecline: true
    })
    const declined = await t.call("POST", `/api/v1/customer/requests/${claim.id}/decline`, {
      headers: { "x-consent-token": token },
      body: { reason: "We work with another partner" }
    })
    expect(declined.status).toBe(200)
    expect(declined.body).toMatchObject({
      status: "rejected",
      rejectionReason: "customer_declined",
      consent: { status: "declined" },
      canDecline: false
    })
    expect(declined.body.consent.respondedAt).toEqual(declined.body.rejectedAt)
    expect(Date.parse(declined.body.consent.respondedAt)).not.toBeNaN()
    // The used link still opens the request, now decided.
    const again = await t.call("GET", `/api/v1/customer/requests?token=${encodeURIComponent(token)}`)
    expect(again.body.requests[0]).toMatchObject({ consent: { status: "declined" }, canDecline: false })
  })

  it("pages pending and decided requests separately, newest first", async () => {
    const ids: string[] = []
    for (const workload of ["exchange", "sharepoint", "intune"]) {
      ids.push((await submitted(t, "ian@contoso.example", mwsClaim({ workloads: [workload] }))).id)
    }
    const pending = await a.northwind("GET", "/api/v1/customer/requests?view=pending&limit=2")
    expect(pending.status).toBe(200)
    const first = pending.body.requests
    expect(first).toHaveLength(2)
    expect(first[0].submittedAt >= first[1].submittedAt).toBe(true)
    expect(pending.body.nextCursor).toBe(`${first[1].submittedAt}|${first[1].claimId}`)
    const next = await a.northwind(
      "GET",
      `/api/v1/customer/requests?view=pending&limit=2&before=${encodeURIComponent(pending.body.nextCursor)}`
    )
    expect(next.body.requests).toHaveLength(1)
    expect([...first, ...next.body.requests].map((r: any) => r.claimId).sort()).toEqual([...ids].sort())
    expect(next.body.nextCursor).toBeNull()
    const decided = await a.northwind("GET", "/api/v1/customer/requests?view=decided")
    expect(decided.body.requests).toHaveLength(1)
    expect(decided.body.requests[0].consent.status).toBe("declined")
    const accepted = await a.northwind("POST", `/api/v1/customer/requests/${ids[0]}/accept`)
    expect(accepted.body.consent.status).toBe("accepted")
    const afterAccept = await a.northwind("GET", "/api/v1/customer/requests?view=decided")
    expect(afterAccept.body.requests.map((r: any) => r.claimId)).toContain(ids[0])
    const all = await a.northwind("GET", "/api/v1/customer/requests")
    expect(all.body.requests).toHaveLength(4)
    expect((await a.northwind("GET", "/api/v1/customer/requests?view=other")).status).toBe(400)
  })

  it("says whether a refused link expired or is not valid", async () => {
    const claim = await submitted(t, "ian@contoso.example", mwsClaim({ workloads: ["teams"] }))
    const token = await linkOf(claim.id)
    const [claimId, expires, signature] = token.split(".") as [string, string, string]
    const tampered = `${claimId}.${expires}.${signature.slice(0, -2)}xx`
    const bad = await t.call("GET", `/api/v1/customer/requests?token=${encodeURIComponent(tampered)}`)
    expect(bad.status).toBe(401)
    expect(bad.body.error.code).toBe("consent_link_invalid")
    const garbage = await t.call("POST", `/api/v1/customer/requests/${claimId}/decline`, {
      headers: { "x-consent-token": "not-a-link" }
    })
    expect(garbage.body.error.code).toBe("consent_link_invalid")
    // 400 days later the link has expired.
    await t.setClock(new Date(Number(expires) + 60_000).toISOString())
    const expired = await t.call("GET", `/api/v1/customer/requests?token=${encodeURIComponent(token)}`)
    expect(expired.status).toBe(401)
    expect(expired.body.error.code).toBe("consent_link_expired")
  })
})
