import { AttributionService } from "@openpor/domain"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, NORTHWIND, sub, submitted } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

describe.each(dialects)("Digital Partner of Record on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
  })
  afterAll(async () => t.close())

  const dpor = (id: string) => `/api/v1/customer/subscriptions/${id}/partner-of-record`

  it("a tenant admin adds, replaces and removes the DPOR; the partners concerned are emailed", async () => {
    const added = await a.northwind("PUT", dpor(sub(1)), { partnerId: "1000001" })
    expect(added.status).toBe(200)
    expect(added.body.partnerOfRecord).toMatchObject({
      partnerId: "1000001",
      name: "Contoso Consulting (Seattle)"
    })
    expect((await t.mailbox("ian@contoso.example"))[0]?.subject).toBe(
      "Northwind Traders named you partner of record"
    )
    const replaced = await a.northwind("PUT", dpor(sub(1)), { partnerId: "2000001" })
    expect(replaced.body.partnerOfRecord.partnerId).toBe("2000001")
    expect((await t.mailbox("ina@fabrikam.example"))[0]?.subject).toBe(
      "Northwind Traders named you partner of record"
    )
    expect((await t.mailbox("ian@contoso.example"))[0]?.subject).toBe(
      "Northwind Traders replaced you as partner of record"
    )
    const list = await a.northwind("GET", "/api/v1/customer/subscriptions")
    expect(list.body.subscriptions.find((s: any) => s.id === sub(1)).partnerOfRecord.partnerId).toBe(
      "2000001"
    )
    expect(
      (await a.ina("GET", "/api/v1/partner-of-record/subscriptions")).body.subscriptions.map(
        (s: any) => s.subscriptionId
      )
    ).toEqual([sub(1)])
    const removed = await a.northwind("DELETE", dpor(sub(1)))
    expect(removed.body.partnerOfRecord).toBeNull()
    expect((await t.mailbox("ina@fabrikam.example"))[0]?.subject).toBe(
      "Northwind Traders removed you as partner of record"
    )
    expect((await a.northwind("DELETE", dpor(sub(1)))).status).toBe(404)
  })

  it("refuses an unknown PartnerID (422), another tenant's subscription (404) and non-admins (403)", async () => {
    const unknown = await a.northwind("PUT", dpor(sub(2)), { partnerId: "9999999" })
    expect(unknown.status).toBe(422)
    expect(unknown.body.error.code).toBe("unknown_partner_id")
    expect(
      (await a.as("admin@woodgrove.example")("PUT", dpor(sub(2)), { partnerId: "1000001" })).status
    ).toBe(404)
    expect((await a.ian("PUT", dpor(sub(2)), { partnerId: "1000001" })).status).toBe(403)
    expect((await a.northwind("PUT", dpor(sub(2)), { partnerId: "12" })).status).toBe(400)
  })

  it("OSA forms from 2015-04-30 are refused (rule 4); DPOR proof of execution only from the partner of record", async () => {
    const late = await a.otto("POST", "/api/v1/osa-forms", {
      subscriptionId: sub(5),
      partnerId: "3000001",
      receivedOn: "2015-04-30"
    })
    expect(late.status).toBe(422)
    expect(late.body.error.code).toBe("osa_forms_not_accepted")
    const early = await a.otto("POST", "/api/v1/osa-forms", {
      subscriptionId: sub(5),
      partnerId: "3000001",
      receivedOn: "2014-06-15"
    })
    expect(early.status).toBe(201)
    expect(
      (await a.ian("POST", "/api/v1/osa-forms", { subscriptionId: sub(5), partnerId: "1000001" })).status
    ).toBe(403)
    const notYet = await a.ian("POST", "/api/v1/por-poe", { subscriptionId: sub(5), partnerId: "1000001" })
    expect(notYet.status).toBe(422)
    expect(notYet.body.error.code).toBe("not_partner_of_record")
    await a.northwind("PUT", dpor(sub(5)), { partnerId: "1000001" })
    expect(
      (await a.ina("POST", "/api/v1/por-poe", { subscriptionId: sub(5), partnerId: "1000001" })).status
    ).toBe(404)
    expect(
      (await a.uma("POST", "/api/v1/por-poe", { subscriptionId: sub(5), partnerId: "1000001" })).status
    ).toBe(403)
    expect(
      (await a.ian("POST", "/api/v1/por-poe", { subscriptionId: sub(5), partnerId: "1000001" })).status
    ).toBe(201)
  })

  it("answers who earns, on which date and why — and the timeline agrees", async () => {
    const today = (await a.otto("GET", "/api/v1/ops/clock")).body.now.slice(0, 10)
    const q = (who: (m: string, p: string) => Promise<any>, asOf: string, incentive = "deploy") =>
      who("GET", `/api/v1/attribution?subscriptionId=${sub(5)}&incentive=${incentive}&asOf=${asOf}`)
    // 2014: the OSA form (received 2014-06-15) decides (rule 1).
    const before = await q(a.otto, "2014-09-30")
    expect(before.body).toMatchObject({ partnerId: "3000001", basis: "osa", incentiveEligible: true })
    expect(before.body.explanation.at(-1).rule).toBe("rule_1_before_dpor")
    // Today: Contoso is DPOR and submitted POE (rule 3).
    const now = await q(a.ian, today)
    expect(now.body).toMatchObject({ partnerId: "1000001", basis: "dpor" })
    expect(now.body.explanation.at(-1).rule).toBe("rule_3_dpor_with_poe")
    // The customer sees its own tenant's subscriptions; Tailspin (OSA) appears on it too.
    expect((await q(a.northwind, today)).status).toBe(200)
    expect((await q(a.as("ivy@tailspin.example"), "2014-09-30")).status).toBe(200)
    expect((await q(a.as("admin@woodgrove.example"), today)).status).toBe(404)
    expect((await q(a.ina, today)).status).toBe(404)
    const timeline = await a.otto(
      "GET",
      `/api/v1/attribution/timeline?subscriptionId=${sub(5)}&incentive=deploy&to=${today}`
    )
    expect(timeline.status).toBe(200)
    const intervals = timeline.body.intervals
    expect(intervals[0]).toMatchObject({ from: "2014-06-15", partnerId: "3000001", basis: "osa" })
    expect(intervals.at(-1)).toMatchObject({ partnerId: "1000001", basis: "dpor", to: today })
    // Without asOf: today by the application's (test) clock.
    const implicit = await a.ian("GET", `/api/v1/attribution?subscriptionId=${sub(5)}&incentive=deploy`)
    expect(implicit.body.asOf).toBe(today)
    expect((await a.otto("GET", `/api/v1/attribution?incentive=deploy`)).status).toBe(400)
    expect((await a.otto("GET", `/api/v1/attribution?subscriptionId=${sub(5)}&incentive=bonus`)).status).toBe(
      400
    )
  })

  it("a CPOR association decides a Modern Work workload from its official date", async () => {
    const claim = await submitted(t, "ian@contoso.example", mwsClaim({ workloads: ["teams"] }))
    await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, { decision: "approve" })
    await a.northwind("POST", `/api/v1/customer/requests/${claim.id}/accept`)
    const today = (await a.otto("GET", "/api/v1/ops/clock")).body.now.slice(0, 10)
    const res = await a.ian(
      "GET",
      `/api/v1/attribution?tenantId=${NORTHWIND}&workload=teams&incentive=usage&asOf=${today}`
    )
    expect(res.body).toMatchObject({ partnerId: "1000001", basis: "cpor", incentiveEligible: true })
    expect(res.body.explanation.at(-1).rule).toBe("cpor_official")
    const yesterday = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10)
    expect(
      (
        await a.ian(
          "GET",
          `/api/v1/attribution?tenantId=${NORTHWIND}&workload=teams&incentive=usage&asOf=${yesterday}`
        )
      ).body.partnerId
    ).toBeNull()
  })

  it("attributes every subscription for a date as a resumable batch job", async () => {
    const today = (await a.otto("GET", "/api/v1/ops/clock")).body.now.slice(0, 10)
    const started = await a.otto("POST", "/api/v1/ops/attribution/batches", {
      asOf: today,
      incentive: "deploy"
    })
    expect(started.status).toBe(202)
    expect(started.body).toMatchObject({ status: "pending", total: 7, processed: 0 })
    // Process one small chunk, as if the worker died afterwards: the batch keeps its cursor.
    const partial = await t.runtime.runPromise(
      AttributionService.use((s) => s.runBatch(started.body.id, { maxChunks: 1, chunkSize: 3 }))
    )
    expect(partial).toMatchObject({ status: "running", processed: 3 })
    // The job (as after a restart) resumes from the cursor and completes.
    await t.drain()
    const done = await a.otto("GET", `/api/v1/ops/attribution/batches/${started.body.id}`)
    expect(done.body).toMatchObject({ status: "completed", processed: 7, total: 7 })
    const results = (await a.otto("GET", `/api/v1/ops/attribution/batches/${started.body.id}/results`)).body
      .results
    expect(results).toHaveLength(7)
    expect(new Set(results.map((r: any) => r.subscriptionId)).size).toBe(7)
    expect(results.find((r: any) => r.subscriptionId === sub(5))).toMatchObject({
      partnerId: "1000001",
      basis: "dpor"
    })
    expect(
      (await a.ian("POST", "/api/v1/ops/attribution/batches", { asOf: today, incentive: "deploy" })).status
    ).toBe(403)
  })
})
