import { describe, expect, it } from "vitest"
import { actors, bizAppsClaim, mwsClaim, NORTHWIND, sub, submitted, WOODGROVE } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

/** Usage insights (SPEC §5, §9): the operator's import and the claim's usage while official. */
describe.each(dialects)("usage insights on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  const importJson = (rows: ReadonlyArray<Record<string, unknown>>) =>
    a.otto("POST", "/api/v1/ops/usage/import", { rows })
  const importCsv = async (csv: string) =>
    t.call("POST", "/api/v1/ops/usage/import", {
      token: await t.signIn("otto@vendor.example"),
      raw: csv,
      contentType: "text/csv"
    })
  const usageOf = (who: ReturnType<typeof actors>["ian"], claimId: string) =>
    who("GET", `/api/v1/claims/${claimId}/usage`)

  it("imports JSON and CSV; the same month, tenant and target again replaces it", async () => {
    const first = await importJson([
      { tenantId: NORTHWIND, workload: "exchange", month: "2024-01", activeUsers: 100, licensedSeats: 400 },
      { tenantId: NORTHWIND, subscriptionId: sub(1), month: "2024-01", activeUsers: 20, licensedSeats: 60 }
    ])
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ applied: 2, created: 2, replaced: 0 })
    expect(first.body.rows[0]).toMatchObject({
      line: 1,
      workload: "exchange",
      month: "2024-01",
      result: "created"
    })
    const again = await importCsv(
      [
        "tenantId,workload,subscriptionId,month,activeUsers,licensedSeats",
        `${NORTHWIND},exchange,,2024-01,120,400`,
        `${NORTHWIND},,${sub(1)},2024-01,25,60`,
        `${NORTHWIND},exchange,,2024-02,130,400`
      ].join("\n")
    )
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ applied: 3, created: 1, replaced: 2 })
    expect(again.body.rows.map((r: any) => [r.line, r.result])).toEqual([
      [2, "replaced"],
      [3, "replaced"],
      [4, "created"]
    ])
    // snake_case headers are the same columns.
    const snake = await importCsv(
      `tenant_id,workload,subscription_id,month,active_users,licensed_seats\n${WOODGROVE},teams,,2024-01,9,10\n`
    )
    expect(snake.status).toBe(200)
    expect(snake.body.created).toBe(1)
  })

  it("one bad row stores nothing and names its line, column and code (CSV and JSON)", async () => {
    const csv = await importCsv(
      [
        "tenantId,workload,subscriptionId,month,activeUsers,licensedSeats",
        `${NORTHWIND},teams,,2023-05,10,20`,
        `33333333-3333-4333-8333-333333333333,teams,,2023-05,10,20`,
        `${NORTHWIND},sharepoint,,2023-05,11,20`
      ].join("\n")
    )
    expect(csv.status).toBe(400)
    expect(csv.body.error.code).toBe("invalid_rows")
    expect(csv.body.error.message).toMatch(/line 3/)
    expect(csv.body.error.details.rows).toEqual([
      expect.objectContaining({ line: 3, column: "tenantId", code: "unknown_tenant" })
    ])
    const json = await importJson([
      { tenantId: NORTHWIND, workload: "teams", month: "2023-05", activeUsers: 10, licensedSeats: 20 },
      { tenantId: NORTHWIND, workload: "teams", month: "2023-13", activeUsers: -1, licensedSeats: 20 },
      {
        tenantId: NORTHWIND,
        subscriptionId: "bbbbbbbb-0000-4000-8000-000000000001",
        month: "2023-05",
        activeUsers: 1,
        licensedSeats: 2
      },
      { tenantId: NORTHWIND, workload: "fax", month: "2023-05", activeUsers: 1, licensedSeats: 2 }
    ])
    expect(json.status).toBe(400)
    expect(json.body.error.details.rows).toEqual([
      expect.objectContaining({ line: 2, column: "month", code: "invalid_month" }),
      expect.objectContaining({ line: 2, column: "activeUsers", code: "invalid_number" }),
      expect.objectContaining({ line: 3, column: "subscriptionId", code: "product_not_in_tenant" }),
      expect.objectContaining({ line: 4, column: "workload", code: "unknown_workload" })
    ])
    // Nothing of either file was stored: its good rows are new now.
    const good = await importJson([
      { tenantId: NORTHWIND, workload: "teams", month: "2023-05", activeUsers: 10, licensedSeats: 20 },
      { tenantId: NORTHWIND, workload: "sharepoint", month: "2023-05", activeUsers: 11, licensedSeats: 20 }
    ])
    expect(good.body).toMatchObject({ created: 2, replaced: 0 })
    // Form errors: both targets, an unknown column; and only operators import.
    const both = await importJson([
      {
        tenantId: NORTHWIND,
        workload: "teams",
        subscriptionId: sub(1),
        month: "2023-06",
        activeUsers: 1,
        licensedSeats: 1
      }
    ])
    expect(both.body.error.details.rows[0]).toMatchObject({ line: 1, code: "one_target_only" })
    expect((await importCsv("tenantId,seats\nx,1\n")).body.error.code).toBe("invalid_csv")
    const partner = await a.ian("POST", "/api/v1/ops/usage/import", { rows: [] })
    expect(partner.status).toBe(403)
  })

  it("a claim's usage is visible only while its association is official, to its organization and vendor staff", async () => {
    await importJson([
      { tenantId: NORTHWIND, workload: "sharepoint", month: "2024-03", activeUsers: 200, licensedSeats: 420 }
    ])
    const claim = await submitted(
      t,
      "ian@contoso.example",
      mwsClaim({ name: "Usage", workloads: ["sharepoint"] })
    )
    // Submitted, then approved with the customer's consent window still open: not official yet.
    expect((await usageOf(a.ian, claim.id)).status).toBe(404)
    const approved = await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, {
      decision: "approve"
    })
    expect(approved.body).toMatchObject({ status: "approved", official: false })
    const early = await usageOf(a.ian, claim.id)
    expect(early.status).toBe(404)
    expect(early.body.error.code).toBe("not_found")
    expect((await usageOf(a.rita, claim.id)).status).toBe(404)
    // The customer accepts: official now.
    expect((await a.northwind("POST", `/api/v1/customer/requests/${claim.id}/accept`)).status).toBe(200)
    const seen = await usageOf(a.ian, claim.id)
    expect(seen.status).toBe(200)
    expect(seen.body).toMatchObject({ claimId: claim.id, tenantId: NORTHWIND })
    expect(seen.body.series).toHaveLength(1)
    const series = seen.body.series[0]
    expect(series).toMatchObject({ workload: "sharepoint", subscriptionId: null, product: null })
    // The demo's year of Northwind usage plus the months imported here (2023-05, 2024-03), oldest first.
    expect(series.months.length).toBe(14)
    expect(series.months[1]).toEqual({ month: "2024-03", activeUsers: 200, licensedSeats: 420 })
    const months = series.months.map((m: any) => m.month)
    expect([...months].sort()).toEqual(months)
    // A month imported again replaces the one shown.
    await importJson([
      { tenantId: NORTHWIND, workload: "sharepoint", month: "2024-03", activeUsers: 210, licensedSeats: 420 }
    ])
    const replaced = (await usageOf(a.uma, claim.id)).body.series[0].months
    expect(replaced.filter((m: any) => m.month === "2024-03")).toEqual([
      { month: "2024-03", activeUsers: 210, licensedSeats: 420 }
    ])
    // Vendor staff read it; another partner organization and the customer do not.
    for (const who of [a.rita, a.otto, a.aude]) expect((await usageOf(who, claim.id)).status).toBe(200)
    expect((await usageOf(a.ina, claim.id)).status).toBe(404)
    expect((await usageOf(a.northwind, claim.id)).status).toBe(404)
    expect((await t.call("GET", `/api/v1/claims/${claim.id}/usage`)).status).toBe(401)
    expect((await usageOf(a.ian, "clm_missing")).status).toBe(404)
    // The partner ends the association: not visible any more, to anyone.
    const ended = await a.ian("POST", `/api/v1/claims/${claim.id}/disassociate`, { reason: "Project over" })
    expect(ended.status).toBe(200)
    expect((await usageOf(a.ian, claim.id)).status).toBe(404)
    expect((await usageOf(a.rita, claim.id)).status).toBe(404)
  })

  it("a Business Applications claim shows its subscriptions' usage with the product", async () => {
    const claim = await submitted(t, "ian@contoso.example", bizAppsClaim({ name: "Sales usage" }))
    await a.rita("POST", `/api/v1/review/claims/${claim.id}/decision`, { decision: "approve" })
    await a.northwind("POST", `/api/v1/customer/requests/${claim.id}/accept`)
    const seen = await usageOf(a.ian, claim.id)
    expect(seen.status).toBe(200)
    expect(seen.body.series[0]).toMatchObject({
      subscriptionId: sub(1),
      workload: null,
      product: "Dynamics 365 Sales"
    })
    // The demo's year plus the months imported above (2024-01 replaced once).
    expect(seen.body.series[0].months.find((m: any) => m.month === "2024-01")).toEqual({
      month: "2024-01",
      activeUsers: 25,
      licensedSeats: 60
    })
  })
})
