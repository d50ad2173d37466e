import { Db } from "@openpor/db"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, bizAppsClaim, mwsClaim, NORTHWIND, submitted } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

const fabrikam = (o: Record<string, unknown> = {}) =>
  mwsClaim({
    partnerId: "2000001",
    partnerContact: { name: "Ina Fabrikam", email: "ina@fabrikam.example" },
    ...o
  })

describe.each(dialects)("review queue on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  const ids: Record<string, string> = {}
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
    // Monday 21 December 2026; Christmas Day is a holiday.
    await t.setClock("2026-12-21T10:00:00.000Z")
    await a.otto("PUT", "/api/v1/ops/calendar/holidays/2026-12-25", { name: "Christmas Day" })
    ids.a = (await submitted(t, "ian@contoso.example", mwsClaim({ name: "A", workloads: ["exchange"] }))).id
    ids.e = (await submitted(t, "ian@contoso.example", mwsClaim({ name: "E", workloads: ["sharepoint"] }))).id
    await a.rita("POST", `/api/v1/review/claims/${ids.e}/assign`)
    ids.c = (await submitted(t, "ian@contoso.example", mwsClaim({ name: "C", workloads: ["intune"] }))).id
    await t.setClock("2026-12-22T10:00:00.000Z")
    await a.rob("POST", `/api/v1/review/claims/${ids.c}/decision`, {
      decision: "request_info",
      comment: "Which sites?"
    })
    await t.setClock("2026-12-23T10:00:00.000Z")
    ids.b = (await submitted(t, "ian@contoso.example", bizAppsClaim({ name: "B" }))).id
    ids.f = (await submitted(t, "ina@fabrikam.example", fabrikam({ name: "F", workloads: ["exchange"] }))).id
    ids.d = (await submitted(t, "ian@contoso.example", mwsClaim({ name: "D", workloads: ["teams"] }))).id
    await a.rob("POST", `/api/v1/review/claims/${ids.d}/decision`, {
      decision: "reject",
      reason: "insufficient_poe"
    })
    await t.setClock("2026-12-24T10:00:00.000Z")
    await a.ian("POST", `/api/v1/claims/${ids.d}/dispute`, { reason: "See page 2" })
  })
  afterAll(async () => t.close())

  it("orders open claims by their next deadline in business days, skipping the weekend and the holiday", async () => {
    const res = await a.rita("GET", "/api/v1/review/queue")
    expect(res.status).toBe(200)
    const rows = res.body.items.map((r: any) => [r.name, r.status, r.nextDeadline?.slice(0, 10) ?? null])
    expect(rows).toEqual([
      // Mon 21 Dec + 5 business days (25 Dec and the weekend skipped) = Tue 29 Dec; same-day deadlines
      // keep the order of submission (the test clock's real milliseconds flow underneath).
      ["A", "submitted", "2026-12-29"],
      ["E", "under_review", "2026-12-29"],
      // Wed 23 Dec + 5 = Thu 31 Dec.
      ["B", "submitted", "2026-12-31"],
      ["F", "submitted", "2026-12-31"],
      // Disputed Thu 24 Dec + 5 = Fri 1 Jan (not a holiday in this calendar).
      ["D", "disputed", "2027-01-01"],
      // Information requested Tue 22 Dec + 14 business days = Tue 12 Jan.
      ["C", "partner_action_required", "2027-01-12"]
    ])
    const a1 = res.body.items[0]
    expect(a1.deadlines.reviewStartBy.slice(0, 10)).toBe("2026-12-29")
    // Thursday 24 Dec: Christmas Day and the weekend do not count; Mon 28 and Tue 29 do.
    expect(a1.businessDaysLeft).toBe(2)
    expect(a1.assignedReviewerName).toBeNull()
    const e = res.body.items.find((r: any) => r.name === "E")
    expect([e.assignedReviewerId, e.assignedReviewerName]).toEqual(["usr_rita", "Rita Reviewer"])
    // Tue 12 Jan: 28–31 Dec, 1 Jan, 4–8 Jan, 11 and 12 Jan.
    expect(res.body.items.find((r: any) => r.name === "C").businessDaysLeft).toBe(12)
    // The claim itself says the same for each of its deadlines.
    const c = (await a.rita("GET", `/api/v1/claims/${ids.c}`)).body
    expect(c.businessDaysLeft.partnerResponseBy).toBe(12)
    expect(c.businessDaysLeft.reviewStartBy).toBeNull()
    const claimA = (await a.rita("GET", `/api/v1/claims/${ids.a}`)).body
    expect([claimA.businessDaysLeft.reviewStartBy, claimA.businessDaysLeft.disputeBy]).toEqual([2, null])
  })

  it("filters by status, program, solution area, competing, assigned reviewer and overdue", async () => {
    const names = async (q: string) =>
      (await a.rita("GET", `/api/v1/review/queue?${q}`)).body.items.map((r: any) => r.name).sort()
    expect(await names("status=submitted")).toEqual(["A", "B", "F"])
    expect(await names("programId=prg_osa")).toEqual(["B"])
    expect(await names("solutionArea=business_applications")).toEqual(["B"])
    expect(await names("competing=true")).toEqual(["A", "F"])
    expect(await names("assignedReviewer=me")).toEqual(["E"])
    expect(await names("status=disputed")).toEqual(["D"])
    expect(await names("overdue=true")).toEqual([])
    // Wednesday 30 December: A's review start (29 Dec) is overdue; E is under review already, B and F are due tomorrow.
    await t.setClock("2026-12-30T10:00:00.000Z")
    expect(await names("overdue=true")).toEqual(["A"])
    const row = (await a.rita("GET", "/api/v1/review/queue?status=submitted")).body.items.find(
      (r: any) => r.name === "A"
    )
    expect(row.overdue).toBe(true)
    expect(row.businessDaysLeft).toBe(0)
  })

  it("pages with a cursor and refuses partners and bad cursors", async () => {
    const seen: Array<string> = []
    let cursor: string | null = null
    do {
      const page: any = await a.rita(
        "GET",
        `/api/v1/review/queue?limit=2${cursor === null ? "" : `&cursor=${cursor}`}`
      )
      seen.push(...page.body.items.map((r: any) => r.name))
      cursor = page.body.nextCursor
    } while (cursor !== null)
    expect(seen).toHaveLength(6)
    expect(new Set(seen).size).toBe(6)
    expect((await a.ian("GET", "/api/v1/review/queue")).status).toBe(403)
    expect((await a.rita("GET", "/api/v1/review/queue?cursor=garbage")).status).toBe(400)
  })
})

describe.each(dialects)("arbitration on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
  })
  afterAll(async () => t.close())

  const associations = (target: string) =>
    t.runtime.runPromise(
      Effect.gen(function* () {
        const db = yield* Db
        return yield* Effect.promise(() =>
          db.kysely
            .selectFrom("associations")
            .selectAll()
            .where("target_key", "=", target)
            .orderBy("started_at")
            .execute()
        )
      })
    )

  it("a challenger wins against the current holder: no overlap and no gap; the holder's claim ends", async () => {
    // Contoso holds Teams at Northwind (approved; official after its consent window).
    const held = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso Teams", workloads: ["teams"] })
    )
    await a.rita("POST", `/api/v1/review/claims/${held.id}/decision`, { decision: "approve" })
    await a.northwind("POST", `/api/v1/customer/requests/${held.id}/accept`)
    expect((await a.ian("GET", `/api/v1/claims/${held.id}`)).body.official).toBe(true)
    // Fabrikam claims the same workload: accepted, competing, in one case with the holder.
    const challenger = await submitted(
      t,
      "ina@fabrikam.example",
      fabrikam({ name: "Fabrikam Teams", workloads: ["teams"] })
    )
    expect(challenger.competing).toBe(true)
    expect(challenger.caseId).not.toBeNull()
    expect(challenger.arbitration).toMatchObject({ stage: "under_review" })
    // A plain approval is refused: the case decides.
    const plain = await a.rita("POST", `/api/v1/review/claims/${challenger.id}/decision`, {
      decision: "approve"
    })
    expect(plain.status).toBe(409)
    expect(plain.body.error.code).toBe("arbitration_required")
    const kase = await a.rita("GET", `/api/v1/review/cases/${challenger.caseId}`)
    expect(kase.status).toBe(200)
    expect(kase.body.parties.map((p: any) => [p.partner.partnerId, p.holder]).sort()).toEqual([
      ["1000001", true],
      ["2000001", false]
    ])
    expect(kase.body.recommendation.policy).toBe("most_recent_poe")
    expect(kase.body.recommendation.recommendedClaimId).toBe(challenger.id)
    expect(
      kase.body.parties.every(
        (p: any) => p.poe.length === 1 && p.poe[0].downloadUrl.startsWith("/api/v1/claims/")
      )
    ).toBe(true)
    // Reasoning is required; a stale version is refused.
    expect(
      (
        await a.rita("POST", `/api/v1/review/cases/${challenger.caseId}/resolve`, {
          winnerClaimId: challenger.id,
          reasoning: ""
        })
      ).status
    ).toBe(400)
    expect(
      (
        await a.rita("POST", `/api/v1/review/cases/${challenger.caseId}/resolve`, {
          winnerClaimId: challenger.id,
          reasoning: "x",
          version: 99
        })
      ).body.error.code
    ).toBe("version_conflict")
    const resolved = await a.rita("POST", `/api/v1/review/cases/${challenger.caseId}/resolve`, {
      winnerClaimId: challenger.id,
      reasoning: "Fabrikam's SOW is newer and signed by the CIO",
      version: kase.body.version
    })
    expect(resolved.status).toBe(200)
    expect(resolved.body).toMatchObject({ status: "resolved", winnerClaimId: challenger.id })
    // Approved, but the customer's consent window is still open: the holder keeps the association.
    const target = `workload:${NORTHWIND}:teams`
    let rows = await associations(target)
    expect(rows.filter((r) => r.status === "active").map((r) => r.claim_id)).toEqual([held.id])
    expect(rows.filter((r) => r.status === "pending").map((r) => r.claim_id)).toEqual([challenger.id])
    expect((await a.ina("GET", `/api/v1/claims/${challenger.id}`)).body).toMatchObject({
      status: "approved",
      official: false
    })
    // The window passes: the switch happens in one transaction at one instant.
    await t.setClock(new Date(Date.parse(challenger.consent.windowEndsAt) + 60_000).toISOString())
    rows = await associations(target)
    const old = rows.find((r) => r.claim_id === held.id)!
    const now = rows.find((r) => r.claim_id === challenger.id)!
    expect(old.status).toBe("ended")
    expect(old.end_reason).toBe("superseded")
    expect(now.status).toBe("active")
    expect(now.started_at).toBe(old.ended_at)
    expect(rows.filter((r) => r.status === "active")).toHaveLength(1)
    expect((await a.ian("GET", `/api/v1/claims/${held.id}`)).body).toMatchObject({
      status: "ended",
      arbitration: { stage: "resolved" }
    })
    expect((await a.ina("GET", `/api/v1/claims/${challenger.id}`)).body).toMatchObject({
      status: "approved",
      official: true
    })
    expect((await t.mailbox("ian@contoso.example")).map((m) => m.template)).toContain("claim.ended")
  })

  it("the holder wins: challengers are rejected with lost_arbitration and nothing moves", async () => {
    const held = await submitted(
      t,
      "ina@fabrikam.example",
      fabrikam({ name: "Fabrikam Exchange", workloads: ["exchange"] })
    )
    await a.rita("POST", `/api/v1/review/claims/${held.id}/decision`, { decision: "approve" })
    const c1 = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso Exchange", workloads: ["exchange"] })
    )
    const resolved = await a.rob("POST", `/api/v1/review/cases/${c1.caseId}/resolve`, {
      winnerClaimId: held.id,
      reasoning: "The holder's work continues"
    })
    expect(resolved.status).toBe(200)
    const lost = (await a.ian("GET", `/api/v1/claims/${c1.id}`)).body
    expect(lost).toMatchObject({
      status: "rejected",
      rejectionReason: "lost_arbitration",
      arbitration: { stage: "resolved" }
    })
    const rows = await associations(`workload:${NORTHWIND}:exchange`)
    expect(rows.filter((r) => r.status === "active").map((r) => r.claim_id)).toEqual([held.id])
    // Resolving again is an illegal transition.
    expect(
      (
        await a.rob("POST", `/api/v1/review/cases/${c1.caseId}/resolve`, {
          winnerClaimId: held.id,
          reasoning: "again"
        })
      ).status
    ).toBe(409)
  })

  it("keeps the other party confidential: the partner sees stage and deadline only; cases are vendor-only", async () => {
    const first = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso Intune", workloads: ["intune"] })
    )
    const second = await submitted(
      t,
      "ina@fabrikam.example",
      fabrikam({ name: "Fabrikam Intune", workloads: ["intune"] })
    )
    const seen = await a.ina("GET", `/api/v1/claims/${second.id}`)
    expect(seen.body.arbitration).toMatchObject({ stage: "under_review", deadline: expect.any(String) })
    const text = JSON.stringify(seen.body)
    for (const secret of ["Contoso", "1000001", "ian@contoso.example", first.id, "org_contoso"])
      expect(text).not.toContain(secret)
    expect((await a.ina("GET", `/api/v1/review/cases/${second.caseId}`)).status).toBe(403)
    expect((await a.ina("GET", `/api/v1/claims/${first.id}`)).status).toBe(404)
    // Asking one party for information shows that party the stage.
    await a.rita("POST", `/api/v1/review/claims/${first.id}/decision`, {
      decision: "request_info",
      comment: "Please add the signed SOW"
    })
    expect((await a.ian("GET", `/api/v1/claims/${first.id}`)).body.arbitration.stage).toBe(
      "information_requested"
    )
    expect((await a.aude("GET", `/api/v1/review/cases/${second.caseId}`)).status).toBe(200)
  })

  it("two reviewers resolving one case at once: one wins, the other gets 409 and nothing else changes", async () => {
    await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Contoso SharePoint", workloads: ["sharepoint"] })
    )
    const other = await submitted(
      t,
      "ina@fabrikam.example",
      fabrikam({ name: "Fabrikam SharePoint", workloads: ["sharepoint"] })
    )
    const kase = (await a.rita("GET", `/api/v1/review/cases/${other.caseId}`)).body
    const [x, y] = await Promise.all([
      a.rita("POST", `/api/v1/review/cases/${other.caseId}/resolve`, {
        winnerClaimId: kase.parties[0].claimId,
        reasoning: "Rita's call",
        version: kase.version
      }),
      a.rob("POST", `/api/v1/review/cases/${other.caseId}/resolve`, {
        winnerClaimId: kase.parties[1].claimId,
        reasoning: "Rob's call",
        version: kase.version
      })
    ])
    expect([x.status, y.status].sort()).toEqual([200, 409])
    const after = (await a.rita("GET", `/api/v1/review/cases/${other.caseId}`)).body
    const winner = x.status === 200 ? kase.parties[0].claimId : kase.parties[1].claimId
    expect(after.winnerClaimId).toBe(winner)
    expect(after.parties.filter((p: any) => p.status === "approved").map((p: any) => p.claimId)).toEqual([
      winner
    ])
  })
})
