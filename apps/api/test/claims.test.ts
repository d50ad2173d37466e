import { beforeAll, describe, expect, it } from "vitest"
import {
  acknowledged,
  actors,
  bizAppsClaim,
  mwsClaim,
  NORTHWIND,
  pdfBytes,
  sub,
  submitted,
  WOODGROVE
} from "./claims-support.ts"
import { dialects, makeTestApp, testAppFor } from "./support.ts"

describe.each(dialects)("CPOR claims on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)

  it("full path: draft → POE → submit → approve → consent lapses (test clock) → official", async () => {
    const draft = await a.ian("POST", "/api/v1/claims", mwsClaim())
    expect(draft.status).toBe(201)
    expect(draft.body).toMatchObject({
      status: "draft",
      version: 1,
      programId: "prg_mws_usage",
      incentiveEligible: true
    })
    const poe = await a.upload(
      "ian@contoso.example",
      draft.body.id,
      pdfBytes(),
      "../../etc/statement of work.pdf"
    )
    expect(poe.status).toBe(201)
    expect(poe.body.poe[0]).toMatchObject({
      fileName: "statement of work.pdf",
      mediaType: "application/pdf",
      size: pdfBytes().length
    })
    expect(poe.body.poe[0].sha256).toMatch(/^[0-9a-f]{64}$/)
    const submit = await a.ian("POST", `/api/v1/claims/${draft.body.id}/submit`, acknowledged())
    expect(submit.status).toBe(200)
    expect(submit.body).toMatchObject({
      status: "submitted",
      consent: { status: "awaiting_response" },
      competing: false
    })
    expect(submit.body.deadlines.reviewStartBy).not.toBeNull()
    const mail = await t.mailbox("nora@northwind.example")
    expect(mail[0]?.subject).toBe("Contoso Consulting asks to be your partner of record")
    const link = /\/customer\/\?token=([^\s&]+)/.exec(mail[0]!.text)![1]!
    // The customer sees the request through the signed link.
    const seen = await t.call("GET", `/api/v1/customer/requests?token=${link}`)
    expect(seen.status).toBe(200)
    expect(seen.body.requests).toHaveLength(1)
    expect(seen.body.requests[0]).toMatchObject({
      claimId: draft.body.id,
      partner: { partnerId: "1000001" },
      canDecline: true
    })
    expect(seen.body.requests[0].businessDaysLeftToDecline).toBe(5)
    const approved = await a.rita("POST", `/api/v1/review/claims/${draft.body.id}/decision`, {
      decision: "approve",
      version: submit.body.version
    })
    expect(approved.status).toBe(200)
    expect(approved.body).toMatchObject({ status: "approved", official: false })
    await t.setClock(new Date(Date.parse(submit.body.consent.windowEndsAt) + 60_000).toISOString())
    const official = await a.ian("GET", `/api/v1/claims/${draft.body.id}`)
    expect(official.body).toMatchObject({ status: "approved", official: true, consent: { status: "lapsed" } })
    expect(official.body.history.map((h: any) => h.action)).toEqual([
      "claim.created",
      "claim.poe_attached",
      "claim.submit",
      "claim.start_review",
      "claim.approve",
      "claim.consent_lapsed"
    ])
    expect((await t.mailbox("ian@contoso.example")).map((m) => m.subject)).toContain(
      "Association official: Northwind Teams rollout"
    )
  })
})

describe.each(dialects)(
  "claim validation at submission on %s (appendix B has one subscription per error)",
  (dialect) => {
    const t = testAppFor(dialect)
    const a = actors(t)

    const submitCodes = async (body: Record<string, unknown>, by = "ian@contoso.example", withPoe = true) => {
      const draft = await a.as(by)("POST", "/api/v1/claims", body)
      expect(draft.status).toBe(201)
      if (withPoe) expect((await a.upload(by, draft.body.id, pdfBytes(), "sow.pdf")).status).toBe(201)
      const res = await a.as(by)("POST", `/api/v1/claims/${draft.body.id}/submit`, acknowledged())
      const still = await a.as(by)("GET", `/api/v1/claims/${draft.body.id}`)
      expect(still.body.status).toBe("draft")
      return res
    }

    it.each([
      [
        "domain of another tenant",
        bizAppsClaim({ customerDomain: "woodgrove.example" }),
        "domain_tenant_mismatch"
      ],
      [
        "unknown tenant",
        bizAppsClaim({ tenantId: "99999999-9999-4999-8999-999999999999" }),
        "domain_tenant_mismatch"
      ],
      [
        "subscription of another tenant",
        bizAppsClaim({ subscriptionIds: ["bbbbbbbb-0000-4000-8000-000000000001"] }),
        "product_not_in_tenant"
      ],
      [
        "not Business Applications",
        bizAppsClaim({ subscriptionIds: [sub(5)] }),
        "subscription_not_business_applications"
      ],
      ["bought through CSP", bizAppsClaim({ subscriptionIds: [sub(3)] }), "subscription_is_csp"],
      [
        "influenced revenue bought through CSP (seed 001: volume licensing or Web Direct only)",
        bizAppsClaim({
          partnerRole: "influenced_revenue",
          subscriptionIds: [sub(3)],
          revenue: {
            solutionSellerName: "Contoso Dynamics Practice",
            customerName: "Northwind Traders",
            isvProductName: "Contoso Field Service Add-on"
          }
        }),
        "subscription_is_csp"
      ],
      ["not provisioned", bizAppsClaim({ subscriptionIds: [sub(4)] }), "subscription_not_provisioned"],
      ["expired", bizAppsClaim({ subscriptionIds: [sub(6)] }), "subscription_expired"],
      [
        "not a subscription ID",
        bizAppsClaim({ subscriptionIds: ["D365-SALES-01"] }),
        "not_a_subscription_id"
      ],
      [
        "role of the other solution area",
        mwsClaim({ partnerRole: "build_intent_advisor" }),
        "role_not_valid_for_solution_area"
      ],
      ["workload not in the catalog", mwsClaim({ workloads: ["minecraft"] }), "unknown_workload"],
      ["workload the tenant does not use", mwsClaim({ workloads: ["viva"] }), "product_not_in_tenant"],
      ["location not enrolled in the program", mwsClaim({ partnerId: "1000002" }), "location_not_enrolled"]
    ])("%s → 422 %s with a message that says what to do", async (_name, body, code) => {
      const res = await submitCodes(body)
      expect(res.status).toBe(422)
      expect(res.body.error.code).toBe(code)
      expect(res.body.error.details.violations.map((v: any) => v.code)).toContain(code)
      expect(res.body.error.details.violations.every((v: any) => v.message.length > 20)).toBe(true)
    })

    it("grace is allowed: a subscription in grace can be claimed", async () => {
      const claim = await submitted(t, "ian@contoso.example", bizAppsClaim({ subscriptionIds: [sub(2)] }))
      expect(claim.status).toBe("submitted")
    })

    it("no POE → poe_required; every failure of one submission is reported together", async () => {
      const res = await submitCodes(
        bizAppsClaim({ subscriptionIds: [sub(3), sub(6), "nope"], customerDomain: "woodgrove.example" }),
        "ian@contoso.example",
        false
      )
      expect(res.status).toBe(422)
      expect(res.body.error.details.violations.map((v: any) => v.code).sort()).toEqual(
        [
          "domain_tenant_mismatch",
          "not_a_subscription_id",
          "poe_required",
          "subscription_expired",
          "subscription_is_csp"
        ].sort()
      )
    })

    it("missing fields only → 400 missing_field listing each field", async () => {
      const res = await submitCodes(
        mwsClaim({ name: " ", customerContact: { name: "", title: "", email: "nora@northwind.example" } })
      )
      expect(res.status).toBe(400)
      expect(res.body.error.code).toBe("missing_field")
      expect(res.body.error.details.violations.map((v: any) => v.field)).toEqual([
        "name",
        "customerContact.name",
        "customerContact.title"
      ])
    })

    it("the same partner claiming what it holds or has open → subscription_already_claimed; another partner → accepted and competing", async () => {
      const first = await submitted(t, "ian@contoso.example", mwsClaim({ workloads: ["exchange"] }))
      const again = await submitCodes(mwsClaim({ workloads: ["exchange"] }))
      expect(again.status).toBe(422)
      expect(again.body.error.code).toBe("subscription_already_claimed")
      // Fabrikam is not a partner of Northwind's exchange yet: its claim is accepted and both are competing.
      const rival = await submitted(
        t,
        "ina@fabrikam.example",
        mwsClaim({
          partnerId: "2000001",
          workloads: ["exchange"],
          partnerContact: { name: "Ina", email: "ina@fabrikam.example" }
        })
      )
      expect(rival).toMatchObject({ status: "submitted", competing: true })
      expect((await a.ian("GET", `/api/v1/claims/${first.id}`)).body.competing).toBe(true)
    })
  }
)

describe.each(dialects)("claim timers, consent and disputes on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  beforeAll(async () => {
    // Thursday 24 December 2026, with Christmas and New Year's Day as holidays.
    await t.setClock("2026-12-24T10:00:00.000Z")
    await a.otto("PUT", "/api/v1/ops/calendar/holidays/2026-12-25", { name: "Christmas Day" })
    await a.otto("PUT", "/api/v1/ops/calendar/holidays/2027-01-01", { name: "New Year's Day" })
  })

  it("the consent window is 5 business days across a weekend and holidays; it lapses only after that", async () => {
    const claim = await submitted(t, "ian@contoso.example", mwsClaim({ workloads: ["sharepoint"] }))
    // Thu 24 Dec + 5 business days, skipping 25 Dec, the weekend and 1 Jan: 28, 29, 30, 31 Dec and Mon 4 Jan.
    // (The test clock keeps real time flowing underneath, so compare to the second.)
    expect(claim.consent.windowEndsAt).toMatch(/^2027-01-04T10:00:0\d/)
    await t.setClock("2027-01-04T09:59:00.000Z")
    expect(claim.deadlines.reviewStartBy).toMatch(/^2027-01-04T10:00:0\d/)
    expect((await a.ian("GET", `/api/v1/claims/${claim.id}`)).body.consent.status).toBe("awaiting_response")
    await t.setClock("2027-01-04T10:01:00.000Z")
    expect((await a.ian("GET", `/api/v1/claims/${claim.id}`)).body.consent.status).toBe("lapsed")
    // Approved after the window: official at once.
    const approved = await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, {
      decision: "approve"
    })
    expect(approved.body).toMatchObject({ status: "approved", official: true })
  })

  it("no partner response within 14 business days → rejected (no_partner_response); answering in time resubmits", async () => {
    const claim = await submitted(t, "ian@contoso.example", mwsClaim({ workloads: ["intune"] }))
    const asked = await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, {
      decision: "request_info",
      comment: "Please attach the signed SOW"
    })
    expect(asked.body.status).toBe("partner_action_required")
    const due = asked.body.deadlines.partnerResponseBy
    expect(
      (await t.mailbox("ian@contoso.example")).find((m) => m.template === "claim.info_requested")?.text
    ).toContain("signed SOW")
    // Editable fields only; others are 409.
    expect(
      (await a.ian("PATCH", `/api/v1/claims/${claim.id}`, { tenantId: WOODGROVE })).body.error.code
    ).toBe("field_not_editable")
    expect(
      (
        await a.ian("PATCH", `/api/v1/claims/${claim.id}`, {
          partnerContact: { name: "Ian C.", email: "ian@contoso.example" }
        })
      ).status
    ).toBe(200)
    await t.setClock(new Date(Date.parse(due) - 60_000).toISOString())
    expect((await a.ian("GET", `/api/v1/claims/${claim.id}`)).body.status).toBe("partner_action_required")
    await t.setClock(new Date(Date.parse(due) + 60_000).toISOString())
    const rejected = await a.ian("GET", `/api/v1/claims/${claim.id}`)
    expect(rejected.body).toMatchObject({ status: "rejected", rejectionReason: "no_partner_response" })
  })

  it("a customer declines before approval (signed link) and after approval (tenant admin); both reject and end the association", async () => {
    const early = await submitted(t, "ian@contoso.example", mwsClaim({ workloads: ["exchange"] }))
    const link = /\/customer\/\?token=([^\s&]+)/.exec(
      (await t.mailbox("nora@northwind.example"))[0]!.text
    )![1]!
    const declined = await t.call("POST", `/api/v1/customer/requests/${early.id}/decline`, {
      headers: { "x-consent-token": link }
    })
    expect(declined.status).toBe(200)
    expect(declined.body).toMatchObject({
      status: "rejected",
      consent: { status: "declined" },
      canDecline: false
    })
    expect((await a.ian("GET", `/api/v1/claims/${early.id}`)).body.rejectionReason).toBe("customer_declined")
    expect(
      (
        await t.call("POST", `/api/v1/customer/requests/${early.id}/decline`, {
          headers: { "x-consent-token": "forged.1.x" }
        })
      ).status
    ).toBe(401)

    const late = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ workloads: ["exchange"], name: "Exchange again" })
    )
    expect(
      (await a.rita("POST", `/api/v1/review/claims/${late.id}/decision`, { decision: "approve" })).body.status
    ).toBe("approved")
    const requests = await a.northwind("GET", "/api/v1/customer/requests")
    expect(requests.body.requests.map((r: any) => r.claimId)).toContain(late.id)
    const after = await a.northwind("POST", `/api/v1/customer/requests/${late.id}/decline`, {
      reason: "We chose another partner"
    })
    expect(after.status).toBe(200)
    expect(after.body.status).toBe("rejected")
    // The workload is free again: another partner can be approved for it.
    const other = await submitted(
      t,
      "ina@fabrikam.example",
      mwsClaim({
        partnerId: "2000001",
        workloads: ["exchange"],
        partnerContact: { name: "Ina", email: "ina@fabrikam.example" }
      })
    )
    expect(
      (await a.rita("POST", `/api/v1/review/claims/${other.id}/decision`, { decision: "approve" })).body
        .status
    ).toBe("approved")
    // Woodgrove's admin cannot see or decline Northwind's requests.
    const woodgrove = a.as("admin@woodgrove.example")
    expect((await woodgrove("POST", `/api/v1/customer/requests/${other.id}/decline`, {})).status).toBe(404)
    expect((await woodgrove("GET", "/api/v1/customer/requests")).body.requests).toEqual([])
    expect((await a.ian("GET", "/api/v1/customer/requests")).status).toBe(403)
    expect((await t.mailbox("ian@contoso.example")).map((m) => m.subject)).toContain(
      "Customer declined: Exchange again"
    )
  })

  it("a rejection can be disputed once within 30 days; later or twice is refused", async () => {
    const one = await submitted(t, "ian@contoso.example", bizAppsClaim({ name: "Sales dispute" }))
    const rejected = await a.rita("POST", `/api/v1/review/claims/${one.id}/decision`, {
      decision: "reject",
      reason: "insufficient_poe"
    })
    expect(rejected.body).toMatchObject({ status: "rejected", rejectionReason: "insufficient_poe" })
    expect(rejected.body.deadlines.disputeBy).not.toBeNull()
    const disputed = await a.ian("POST", `/api/v1/claims/${one.id}/dispute`, {
      reason: "The SOW is signed on page 3"
    })
    expect(disputed.body.status).toBe("disputed")
    const upheld = await a.rob("POST", `/api/v1/review/claims/${one.id}/decision`, { decision: "approve" })
    expect(upheld.body.status).toBe("approved")
    await a.northwind("POST", `/api/v1/customer/requests/${one.id}/decline`, {})
    const twice = await a.ian("POST", `/api/v1/claims/${one.id}/dispute`, { reason: "again" })
    expect(twice.status).toBe(422)
    expect(twice.body.error.code).toBe("dispute_already_used")

    const two = await submitted(
      t,
      "ian@contoso.example",
      bizAppsClaim({ name: "Late dispute", subscriptionIds: [sub(2)] })
    )
    await a.rita("POST", `/api/v1/review/claims/${two.id}/decision`, {
      decision: "reject",
      reason: "other",
      comment: "Wrong customer"
    })
    const now = (await a.otto("GET", "/api/v1/ops/clock")).body.now
    await t.setClock(new Date(Date.parse(now) + 31 * 86_400_000).toISOString())
    const late = await a.ian("POST", `/api/v1/claims/${two.id}/dispute`, { reason: "please" })
    expect(late.status).toBe(422)
    expect(late.body.error.code).toBe("dispute_window_closed")
    // A rejected dispute is final.
    const three = await submitted(
      t,
      "ina@fabrikam.example",
      bizAppsClaim({
        name: "Fabrikam sales",
        partnerId: "2000001",
        subscriptionIds: [sub(2)],
        partnerContact: { name: "Ina", email: "ina@fabrikam.example" }
      })
    )
    await a.rita("POST", `/api/v1/review/claims/${three.id}/decision`, {
      decision: "reject",
      reason: "poe_unavailable"
    })
    await a.ina("POST", `/api/v1/claims/${three.id}/dispute`, { reason: "It is available now" })
    const final = await a.rob("POST", `/api/v1/review/claims/${three.id}/decision`, {
      decision: "reject",
      reason: "insufficient_poe"
    })
    expect(final.body.status).toBe("rejected_final")
  })

  it("the consent window is configurable (OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS)", async () => {
    const short = await makeTestApp(dialect, { OPENPOR_CONSENT_WINDOW_BUSINESS_DAYS: "2" })
    try {
      await short.setClock("2026-12-24T10:00:00.000Z")
      const claim = await submitted(short, "ian@contoso.example", mwsClaim({ workloads: ["teams"] }))
      // Thu 24 Dec + 2 business days (no holidays configured in this app): Fri 25, Mon 28 Dec.
      expect(claim.consent.windowEndsAt).toMatch(/^2026-12-28T10:00:0\d/)
    } finally {
      await short.close()
    }
  })

  it("a Business Applications association ends when a directory import expires its subscription", async () => {
    const claim = await submitted(
      t,
      "ian@contoso.example",
      bizAppsClaim({ name: "Sales to expire", subscriptionIds: [sub(1)] })
    )
    expect(
      (await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, { decision: "approve" })).body
        .status
    ).toBe("approved")
    const imported = await a.otto("POST", "/api/v1/ops/directory/import", {
      subscriptions: [
        {
          id: sub(1),
          tenantId: NORTHWIND,
          product: "Dynamics 365 Sales",
          solutionArea: "business_applications",
          channel: "web_direct",
          state: "expired",
          provisionedAt: "2026-07-01",
          expiresAt: "2027-01-31"
        }
      ]
    })
    expect(imported.body.expiredSubscriptionIds).toEqual([sub(1)])
    await t.drain()
    const ended = await a.ian("GET", `/api/v1/claims/${claim.id}`)
    expect(ended.body.status).toBe("ended")
    expect((await t.mailbox("ian@contoso.example")).map((m) => m.template)).toContain("claim.ended")
  })

  it("a partner disassociates an approved claim with a reason → rejected_final", async () => {
    const claim = await submitted(
      t,
      "ina@fabrikam.example",
      mwsClaim({
        partnerId: "2000001",
        workloads: ["teams"],
        partnerContact: { name: "Ina", email: "ina@fabrikam.example" }
      })
    )
    await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, { decision: "approve" })
    expect((await a.ina("POST", `/api/v1/claims/${claim.id}/disassociate`, { reason: "" })).status).toBe(400)
    const done = await a.ina("POST", `/api/v1/claims/${claim.id}/disassociate`, { reason: "Contract ended" })
    expect(done.body).toMatchObject({ status: "rejected_final", rejectionReason: "partner_request" })
    expect(
      (await a.ina("POST", `/api/v1/claims/${claim.id}/disassociate`, { reason: "again" })).body.error.code
    ).toBe("illegal_transition")
  })
})

describe.each(dialects)("claim access, uploads and idempotency on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)

  it("Incentives users draft but do not submit (403); other organizations get 404; Billing admins view and download", async () => {
    const draft = await a.uma("POST", "/api/v1/claims", mwsClaim())
    expect(draft.status).toBe(201)
    expect((await a.upload("uma@contoso.example", draft.body.id, pdfBytes(), "a.pdf")).status).toBe(201)
    expect((await a.uma("POST", `/api/v1/claims/${draft.body.id}/submit`, acknowledged())).status).toBe(403)
    expect((await a.uma("POST", "/api/v1/claims", mwsClaim({ partnerId: "1000002" }))).status).toBe(403)
    expect((await a.ina("GET", `/api/v1/claims/${draft.body.id}`)).status).toBe(404)
    expect((await a.ina("PATCH", `/api/v1/claims/${draft.body.id}`, { name: "x" })).status).toBe(404)
    expect((await a.ina("POST", "/api/v1/claims", mwsClaim())).body.error.code).toBe("location_not_enrolled")
    const submitted = await a.ian("POST", `/api/v1/claims/${draft.body.id}/submit`, acknowledged())
    expect(submitted.status).toBe(200)
    expect(
      (await a.ian("PATCH", `/api/v1/claims/${draft.body.id}`, { name: "renamed" })).body.error.code
    ).toBe("illegal_transition")
    const poeId = submitted.body.poe[0].id
    const own = await t.app.request(`/api/v1/claims/${draft.body.id}/poe/${poeId}`, {
      headers: { authorization: `Bearer ${await t.signIn("ian@contoso.example")}` }
    })
    expect(own.status).toBe(200)
    expect(own.headers.get("content-type")).toBe("application/pdf")
    expect(own.headers.get("content-disposition")).toContain('filename="a.pdf"')
    expect(new Uint8Array(await own.arrayBuffer())).toEqual(pdfBytes())
    const reviewer = await t.app.request(`/api/v1/claims/${draft.body.id}/poe/${poeId}`, {
      headers: { authorization: `Bearer ${await t.signIn("rita@vendor.example")}` }
    })
    expect(reviewer.status).toBe(200)
    const foreign = await t.app.request(`/api/v1/claims/${draft.body.id}/poe/${poeId}`, {
      headers: { authorization: `Bearer ${await t.signIn("ina@fabrikam.example")}` }
    })
    expect(foreign.status).toBe(404)
    expect((await a.bill("GET", `/api/v1/claims/${draft.body.id}`)).status).toBe(200)
    const billing = await t.app.request(`/api/v1/claims/${draft.body.id}/poe/${poeId}`, {
      headers: { authorization: `Bearer ${await t.signIn("bill@contoso.example")}` }
    })
    expect(billing.status).toBe(200)
    expect(
      (await a.uma("POST", `/api/v1/review/claims/${draft.body.id}/decision`, { decision: "approve" })).status
    ).toBe(403)
  })

  it("uploads are sniffed by content and limited to 10 MB", async () => {
    const draft = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: "Upload limits" }))
    const text = await a.upload(
      "ian@contoso.example",
      draft.body.id,
      new TextEncoder().encode("just text, not a pdf"),
      "fake.pdf"
    )
    expect(text.status).toBe(415)
    expect(text.body.error.code).toBe("unsupported_media_type")
    const big = new Uint8Array(10 * 1024 * 1024 + 1)
    big.set(pdfBytes())
    const tooBig = await a.upload("ian@contoso.example", draft.body.id, big, "big.pdf")
    expect(tooBig.status).toBe(413)
    expect((await a.ian("GET", `/api/v1/claims/${draft.body.id}`)).body.poe).toEqual([])
  })

  it("Idempotency-Key makes create and submit safe to retry", async () => {
    const key = { "idempotency-key": "create-claim-42" }
    const first = await a.ian(
      "POST",
      "/api/v1/claims",
      mwsClaim({ name: "Once", workloads: ["intune"] }),
      key
    )
    const retry = await a.ian(
      "POST",
      "/api/v1/claims",
      mwsClaim({ name: "Once", workloads: ["intune"] }),
      key
    )
    expect(first.status).toBe(201)
    expect(retry.status).toBe(201)
    expect(retry.body.id).toBe(first.body.id)
    expect(retry.headers.get("idempotency-replayed")).toBe("true")
    const other = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: "Different" }), key)
    expect(other.status).toBe(422)
    expect(other.body.error.code).toBe("idempotency_key_reused")
    const list = await a.ian("GET", "/api/v1/claims")
    expect(list.body.claims.filter((c: any) => c.name === "Once")).toHaveLength(1)
    await a.upload("ian@contoso.example", first.body.id, pdfBytes(), "sow.pdf")
    const s1 = await a.ian("POST", `/api/v1/claims/${first.body.id}/submit`, acknowledged(), {
      "idempotency-key": "submit-42"
    })
    const s2 = await a.ian("POST", `/api/v1/claims/${first.body.id}/submit`, acknowledged(), {
      "idempotency-key": "submit-42"
    })
    expect(s1.status).toBe(200)
    expect(s2.status).toBe(200)
    expect(s2.body.version).toBe(s1.body.version)
    const s3 = await a.ian("POST", `/api/v1/claims/${first.body.id}/submit`, acknowledged())
    expect(s3.body.error.code).toBe("illegal_transition")
  })
})
