import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** History import (SPEC §4): `POST /api/v1/ops/por-events/import`, JSON or CSV, all rows or none. */
describe.each(dialects)("history import of DPOR / OSA / POE events on %s", (dialect) => {
  let t: TestApp
  let ops: string
  let ian: string
  let rita: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    ops = await t.signIn("otto@vendor.example")
    ian = await t.signIn("ian@contoso.example")
    rita = await t.signIn("rita@vendor.example")
  })
  afterAll(async () => t.close())

  const SUB = "aaaaaaaa-0000-4000-8000-000000000005"
  const WOODGROVE_SUB = "bbbbbbbb-0000-4000-8000-000000000001"
  const importCsv = (csv: string, token = ops) =>
    t.call("POST", "/api/v1/ops/por-events/import", { token, raw: csv, contentType: "text/csv" })
  const importJson = (body: unknown, token = ops) =>
    t.call("POST", "/api/v1/ops/por-events/import", { token, body })
  const whoEarns = async (subscriptionId: string, asOf: string) => {
    const res = await t.call(
      "GET",
      `/api/v1/attribution?subscriptionId=${subscriptionId}&incentive=deploy&asOf=${asOf}`,
      { token: ops }
    )
    expect(res.status).toBe(200)
    return { partnerId: res.body.partnerId, basis: res.body.basis }
  }
  const imports = async () =>
    (await t.call("GET", "/api/v1/ops/audit?action=por_events.imported", { token: ops })).body
      .events as Array<{
      after: Record<string, unknown>
    }>

  const HISTORY = [
    "externalId,type,subscriptionId,partnerId,on",
    `legacy-1,osa_form,${SUB},3000001,2014-06-15`,
    `legacy-2,dpor_added,${SUB},1000001,2015-02-10`,
    `legacy-3,por_poe,${SUB},1000001,2015-03-10`
  ].join("\n")

  it("a CSV with one bad row stores nothing and names that row (line, column, code)", async () => {
    const bad = HISTORY.replace("1000001,2015-02-10", "9999999,2015-02-10")
    const res = await importCsv(bad)
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe("invalid_rows")
    expect(res.body.error.details.rows).toEqual([
      {
        line: 3,
        externalId: "legacy-2",
        column: "partnerId",
        code: "unknown_partner_id",
        message: expect.stringContaining("9999999")
      }
    ])
    // Nothing stored: the good OSA row of that file attributes nothing.
    expect(await whoEarns(SUB, "2014-09-30")).toEqual({ partnerId: null, basis: null })
    expect(await imports()).toEqual([])
  })

  it("lists every bad row of a JSON list, each with its position, column and reason", async () => {
    const res = await importJson({
      events: [
        { externalId: "j-1", type: "osa_form", subscriptionId: SUB, partnerId: "3000001", on: "2014-06-15" },
        {
          externalId: "j-2",
          type: "dpor_moved",
          subscriptionId: SUB,
          partnerId: "1000001",
          on: "2015-01-01"
        },
        { externalId: "j-3", type: "osa_form", subscriptionId: SUB, partnerId: "3000001", on: "2015-05-04" },
        { externalId: "j-1", type: "dpor_removed", subscriptionId: SUB, on: "2015-01-01" },
        {
          externalId: "j-5",
          type: "dpor_added",
          subscriptionId: "nope",
          partnerId: "1000001",
          on: "2015-01-01"
        },
        {
          externalId: "j-6",
          type: "dpor_added",
          subscriptionId: SUB,
          partnerId: "1000001",
          on: "2015-02-30"
        },
        {
          externalId: "j-7",
          type: "dpor_added",
          subscriptionId: SUB,
          partnerId: "1000001",
          on: "2999-01-01"
        },
        { type: "dpor_added", subscriptionId: SUB, partnerId: "1000001", on: "2015-01-01" }
      ]
    })
    expect(res.status).toBe(400)
    expect(res.body.error.details.rows.map((r: any) => [r.line, r.column, r.code])).toEqual([
      [2, "type", "invalid_type"],
      [3, "on", "osa_forms_not_accepted"],
      [4, "externalId", "duplicate_external_id"],
      [5, "subscriptionId", "unknown_subscription"],
      [6, "on", "invalid_date"],
      [7, "on", "date_in_future"],
      [8, "externalId", "required"]
    ])
    expect(await whoEarns(SUB, "2014-09-30")).toEqual({ partnerId: null, basis: null })
  })

  it("refuses a malformed PartnerID in JSON by its path (the API's PartnerID pattern); nothing stored", async () => {
    const res = await importJson([
      { externalId: "p-1", type: "osa_form", subscriptionId: SUB, partnerId: "3000001", on: "2014-06-15" },
      { externalId: "p-2", type: "dpor_added", subscriptionId: SUB, partnerId: "12", on: "2015-01-01" }
    ])
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body.error)).toContain("1.partnerId")
    expect(await whoEarns(SUB, "2014-09-30")).toEqual({ partnerId: null, basis: null })
  })

  it("refuses anyone but an operator (403), before reading the file", async () => {
    expect((await importCsv(HISTORY, ian)).status).toBe(403)
    expect((await importCsv("not,a,history", rita)).status).toBe(403)
    expect((await importJson([], ian)).status).toBe(403)
    expect(
      (await t.call("POST", "/api/v1/ops/por-events/import", { raw: HISTORY, contentType: "text/csv" }))
        .status
    ).toBe(401)
  })

  it("refuses a CSV with other columns and other media types", async () => {
    const res = await importCsv("id,type\nx,osa_form")
    expect(res.status).toBe(400)
    expect(res.body.error.code).toBe("invalid_csv")
    expect(
      (
        await t.call("POST", "/api/v1/ops/por-events/import", {
          token: ops,
          raw: HISTORY,
          contentType: "text/plain"
        })
      ).status
    ).toBe(415)
    expect((await importJson({ events: [] })).body.error.code).toBe("empty_import")
  })

  it("imports a CSV once: the same file again stores nothing new; attribution follows the events", async () => {
    const first = await importCsv(HISTORY)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ total: 3, imported: 3, unchanged: 0 })
    expect(first.body.rows.map((r: any) => [r.line, r.externalId, r.type, r.outcome])).toEqual([
      [2, "legacy-1", "osa_form", "imported"],
      [3, "legacy-2", "dpor_added", "imported"],
      [4, "legacy-3", "por_poe", "imported"]
    ])
    const again = await importCsv(HISTORY)
    expect(again.status).toBe(200)
    expect(again.body).toMatchObject({ total: 3, imported: 0, unchanged: 3 })
    expect(again.body.rows.every((r: any) => r.outcome === "unchanged")).toBe(true)

    // Stored once: the timeline has each change once.
    const timeline = await t.call(
      "GET",
      `/api/v1/attribution/timeline?subscriptionId=${SUB}&incentive=deploy`,
      { token: ops }
    )
    expect(timeline.body.intervals.map((i: any) => [i.from, i.partnerId, i.basis])).toEqual([
      ["2014-06-15", "3000001", "osa"],
      ["2015-02-10", "1000001", "dpor"],
      ["2015-03-02", null, null],
      ["2015-03-10", "1000001", "dpor"]
    ])
    expect(await whoEarns(SUB, "2014-09-30")).toEqual({ partnerId: "3000001", basis: "osa" })
    expect(await whoEarns(SUB, "2015-02-20")).toEqual({ partnerId: "1000001", basis: "dpor" })
    expect(await whoEarns(SUB, "2015-03-05")).toEqual({ partnerId: null, basis: null })
    expect(await whoEarns(SUB, "2015-03-20")).toEqual({ partnerId: "1000001", basis: "dpor" })

    // The imported add is the subscription's current DPOR, as a live one would be.
    const northwind = await t.signIn("admin@northwind.example")
    const subs = await t.call("GET", "/api/v1/customer/subscriptions", { token: northwind })
    expect(subs.body.subscriptions.find((s: any) => s.id === SUB).partnerOfRecord).toMatchObject({
      partnerId: "1000001",
      addedAt: "2015-02-10T12:00:00.000Z"
    })

    // Audited: one entry per import, with its counts.
    const audit = await imports()
    expect(audit.map((e) => e.after)).toEqual([
      { source: "csv", total: 3, imported: 0, unchanged: 3, subscriptions: 0 },
      { source: "csv", total: 3, imported: 3, unchanged: 0, subscriptions: 1 }
    ])
  })

  it("imports JSON (a bare list or {events}); a known externalId with other values is refused", async () => {
    const events = [
      {
        externalId: "wg-1",
        type: "dpor_added",
        subscriptionId: WOODGROVE_SUB,
        partnerId: "2000001",
        on: "2014-11-03"
      },
      { externalId: "wg-2", type: "dpor_removed", subscriptionId: WOODGROVE_SUB, on: "2015-01-15" }
    ]
    const first = await importJson(events)
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ imported: 2, unchanged: 0 })
    expect(await whoEarns(WOODGROVE_SUB, "2014-12-01")).toEqual({ partnerId: "2000001", basis: "dpor" })
    expect(await whoEarns(WOODGROVE_SUB, "2015-02-01")).toEqual({ partnerId: null, basis: null })

    const again = await importJson({ events })
    expect(again.body).toMatchObject({ imported: 0, unchanged: 2 })

    const changed = await importJson({
      events: [{ ...events[0], partnerId: "1000001" }, events[1]]
    })
    expect(changed.status).toBe(400)
    expect(changed.body.error.details.rows).toMatchObject([
      { line: 1, externalId: "wg-1", column: "externalId", code: "external_id_conflict" }
    ])
    expect(await whoEarns(WOODGROVE_SUB, "2014-12-01")).toEqual({ partnerId: "2000001", basis: "dpor" })
  })

  it("10 imports of one file at once: all 200, its events stored once", async () => {
    const sub = "aaaaaaaa-0000-4000-8000-000000000001"
    const csv = [
      "externalId,type,subscriptionId,partnerId,on",
      `race-1,dpor_added,${sub},2000001,2014-10-06`,
      `race-2,por_poe,${sub},2000001,2015-03-16`
    ].join("\n")
    const answers = await Promise.all(Array.from({ length: 10 }, () => importCsv(csv)))
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200))
    expect(answers.reduce((n, a) => n + a.body.imported, 0)).toBe(2)
    expect(answers.reduce((n, a) => n + a.body.unchanged, 0)).toBe(18)
    const timeline = await t.call(
      "GET",
      `/api/v1/attribution/timeline?subscriptionId=${sub}&incentive=deploy`,
      {
        token: ops
      }
    )
    expect(timeline.body.intervals.map((i: any) => [i.from, i.partnerId])).toEqual([
      ["2014-10-06", "2000001"],
      ["2015-03-02", null],
      ["2015-03-16", "2000001"]
    ])
  })
})
