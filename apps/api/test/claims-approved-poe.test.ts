import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, pdfBytes, submitted } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** SPEC §5: the holder of an approved association may add newer POE at any time (no status change, in the history). */
describe.each(dialects)("newer proof of execution on an approved claim on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
  })
  afterAll(async () => t.close())

  it("lets the Incentives admin add a newer document without changing the status, and offers it", async () => {
    const claim = await submitted(t, "ian@contoso.example", mwsClaim({ workloads: ["intune"] }))
    const approved = await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, {
      decision: "approve"
    })
    expect(approved.status).toBe(200)
    expect(approved.body.status).toBe("approved")
    const seenByIan = await a.ian("GET", `/api/v1/claims/${claim.id}`)
    expect(seenByIan.body.actions).toContain("attach_poe")
    const uploaded = await a.upload("ian@contoso.example", claim.id, pdfBytes(), "renewed-sow.pdf")
    expect(uploaded.status).toBe(201)
    const after = await a.ian("GET", `/api/v1/claims/${claim.id}`)
    expect(after.body.status).toBe("approved")
    expect(after.body.poe.map((p: { fileName: string }) => p.fileName)).toEqual([
      "sow.pdf",
      "renewed-sow.pdf"
    ])
    expect(after.body.history.at(-1)).toMatchObject({
      action: "claim.poe_attached",
      from: "approved",
      to: "approved"
    })
    // Removing proof stays refused once submitted; an Incentives user may not add any.
    const removed = await a.ian("DELETE", `/api/v1/claims/${claim.id}/poe/${after.body.poe[0].id}`)
    expect(removed.status).toBe(409)
    const byUma = await a.upload("uma@contoso.example", claim.id, pdfBytes(), "uma.pdf")
    expect(byUma.status).toBe(403)
    expect((await a.uma("GET", `/api/v1/claims/${claim.id}`)).body.actions).not.toContain("attach_poe")
  })

  it("defends the association: the holder's newer proof changes the most_recent_poe recommendation, and the reviewers are emailed", async () => {
    await t.setClock("2026-12-01T09:00:00.000Z")
    // Contoso holds Teams at Northwind (approved by Rita).
    const held = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso Teams", workloads: ["teams"] })
    )
    expect(
      (await a.rita("POST", `/api/v1/review/claims/${held.id}/decision`, { decision: "approve" })).body.status
    ).toBe("approved")
    // A day later Fabrikam claims Teams too, with a newer proof; Rob picks the challenger up.
    await t.setClock("2026-12-02T09:00:00.000Z")
    const challenger = await submitted(
      t,
      "ina@fabrikam.example",
      mwsClaim({
        name: "Fabrikam Teams",
        partnerId: "2000001",
        workloads: ["teams"],
        partnerContact: { name: "Ina Fabrikam", email: "ina@fabrikam.example" }
      })
    )
    expect(challenger.caseId).not.toBeNull()
    expect((await a.rob("POST", `/api/v1/review/claims/${challenger.id}/assign`)).status).toBe(200)
    const recommended = async () =>
      (await a.rita("GET", `/api/v1/review/cases/${challenger.caseId}`)).body.recommendation
    const before = await recommended()
    expect(before.policy).toBe("most_recent_poe")
    expect(before.recommendedClaimId).toBe(challenger.id)

    // The next day Contoso adds a newer signed document: still approved, in the history.
    await t.setClock("2026-12-03T09:00:00.000Z")
    expect((await a.upload("ian@contoso.example", held.id, pdfBytes(), "renewed-sow.pdf")).status).toBe(201)
    const claim = (await a.ian("GET", `/api/v1/claims/${held.id}`)).body
    expect(claim.status).toBe("approved")
    expect(claim.history.at(-1)).toMatchObject({
      action: "claim.poe_attached",
      from: "approved",
      to: "approved"
    })
    const after = await recommended()
    expect(after.recommendedClaimId).toBe(held.id)
    expect(after.facts.at(-1)).toContain(
      "PartnerID 1000001 has the most recent proof of execution (2026-12-03 09:00 UTC)"
    )

    // Rita (who approved it) and Rob (on the rival claim) are told once, with a link to the claim.
    for (const reviewer of ["rita@vendor.example", "rob@vendor.example"]) {
      const mail = (await t.mailbox(reviewer)).filter(
        (m) => m.template === "claim.newer_poe" && m.text.includes(held.id)
      )
      expect({ reviewer, count: mail.length }).toEqual({ reviewer, count: 1 })
      expect(mail[0]!.subject).toBe("Newer proof of execution: Contoso Teams")
      expect(mail[0]!.text).toContain("renewed-sow.pdf")
      expect(mail[0]!.text).toContain(`/review/claims/${held.id}`)
    }
    expect((await t.mailbox("ina@fabrikam.example")).some((m) => m.template === "claim.newer_poe")).toBe(
      false
    )
  })
})
