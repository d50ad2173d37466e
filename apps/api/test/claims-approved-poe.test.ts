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
})
