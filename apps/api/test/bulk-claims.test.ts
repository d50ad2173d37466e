import { BulkClaimsService } from "@openpor/domain"
import { describe, expect, it } from "vitest"
import { actors, NORTHWIND, sub } from "./claims-support.ts"
import { countStatements } from "./statement-counter.ts"
import { dialects, testAppFor } from "./support.ts"

const counted = countStatements()

const COLUMNS = [
  "name",
  "partnerId",
  "tenantId",
  "customerDomain",
  "solutionArea",
  "partnerRole",
  "workloads",
  "subscriptionIds",
  "optOutOfIncentives",
  "customerContactName",
  "customerContactTitle",
  "customerContactEmail",
  "customerContactLanguage",
  "partnerContactName",
  "partnerContactEmail",
  "solutionSellerName",
  "customerName",
  "isvProductName"
] as const
type Row = Record<(typeof COLUMNS)[number], string>

/** A good Modern Work row of Contoso Seattle (PartnerID 1000001, enrolled) on Northwind's Teams and Exchange. */
const goodRow = (n: number): Row => ({
  name: `Northwind rollout ${n}`,
  partnerId: "1000001",
  tenantId: NORTHWIND,
  customerDomain: "northwind.example",
  solutionArea: "modern_work_security",
  partnerRole: "use_or_consume",
  workloads: "teams; exchange",
  subscriptionIds: "",
  optOutOfIncentives: "false",
  customerContactName: "Nora North",
  customerContactTitle: "CIO, Northwind",
  customerContactEmail: "nora@northwind.example",
  customerContactLanguage: "de",
  partnerContactName: "Ian Contoso",
  partnerContactEmail: "ian@contoso.example",
  solutionSellerName: "",
  customerName: "",
  isvProductName: ""
})

const bizApps = (n: number, subscriptionIds: string): Row => ({
  ...goodRow(n),
  customerDomain: "northwind.onmicrosoft.com",
  solutionArea: "business_applications",
  partnerRole: "build_intent_advisor",
  workloads: "",
  subscriptionIds
})

/** Ten ways a row is refused, each with exactly one problem: [row, column, code]. */
const BAD: ReadonlyArray<(n: number) => readonly [Row, string, string]> = [
  (n) => [{ ...goodRow(n), workloads: "teams;fax" }, "workloads", "unknown_workload"],
  (n) => [{ ...goodRow(n), customerDomain: "contoso.example" }, "customerDomain", "domain_tenant_mismatch"],
  (n) => [{ ...goodRow(n), name: "" }, "name", "missing_field"],
  (n) => [{ ...goodRow(n), solutionArea: "modern_work" }, "solutionArea", "invalid_value"],
  (n) => [{ ...goodRow(n), customerContactEmail: "nora.northwind" }, "customerContactEmail", "invalid_value"],
  (n) => [{ ...goodRow(n), partnerId: "1000002" }, "partnerId", "location_not_enrolled"],
  (n) => [bizApps(n, "not-a-guid"), "subscriptionIds", "not_a_subscription_id"],
  (n) => [bizApps(n, sub(3)), "subscriptionIds", "subscription_is_csp"],
  (n) => [bizApps(n, sub(4)), "subscriptionIds", "subscription_not_provisioned"],
  (n) => [bizApps(n, sub(6)), "subscriptionIds", "subscription_expired"]
]

const cell = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v)
const csvOf = (rows: ReadonlyArray<Row>) =>
  [COLUMNS.join(","), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(","))].join("\r\n")

/** 1,000 rows; every 20th (from the 10th) refused: 950 good rows and the 50 expected problems. */
const bigFile = () => {
  const rows: Array<Row> = []
  const expected: Array<[number, string, string]> = []
  for (let i = 0; i < 1000; i++) {
    if (i % 20 === 9) {
      const [row, column, code] = BAD[((i - 9) / 20) % BAD.length]!(i)
      rows.push(row)
      expected.push([i + 2, column, code])
    } else rows.push(goodRow(i))
  }
  return { csv: csvOf(rows), expected }
}

describe.each(dialects)("bulk claims by CSV on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  const upload = async (email: string, csv: string, contentType = "text/csv") =>
    t.call("POST", "/api/v1/claim-imports?fileName=claims.csv", {
      token: await t.signIn(email),
      raw: csv,
      contentType
    })
  const refusedRows = async (id: string) => {
    const out: Array<[number, string, string]> = []
    let after = 0
    for (;;) {
      const page = await a.ian(
        "GET",
        `/api/v1/claim-imports/${id}/rows?outcome=refused&after=${after}&limit=500`
      )
      expect(page.status).toBe(200)
      for (const r of page.body.rows) for (const p of r.problems) out.push([r.line, p.column, p.code])
      if (page.body.nextCursor === null) return out
      after = page.body.nextCursor
    }
  }
  const draftCount = async () => {
    let n = 0
    let cursor: string | null = null
    do {
      const page: any = await a.ian(
        "GET",
        `/api/v1/claims?status=draft&limit=200${cursor === null ? "" : `&before=${encodeURIComponent(cursor)}`}`
      )
      n += page.body.claims.length
      cursor = page.body.nextCursor
    } while (cursor !== null)
    return n
  }

  it("the template has the header and one example row, and imports as one draft", async () => {
    const res = await t.app.request("/api/v1/claim-imports/template.csv")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toMatch(/^text\/csv/)
    const template = await res.text()
    const lines = template.trim().split("\r\n")
    expect(lines).toHaveLength(2)
    expect(lines[0]).toBe(COLUMNS.join(","))
    // The example row is a good claim of the demo data (the README's example uploads it).
    const imported = await upload("ian@contoso.example", template)
    expect(imported.status).toBe(202)
    await t.drain()
    const done = await a.ian("GET", `/api/v1/claim-imports/${imported.body.id}`)
    expect(done.body).toMatchObject({ status: "completed", rowsTotal: 1, created: 1, refused: 0 })
    const refused = await a.ian("GET", `/api/v1/claim-imports/${imported.body.id}/rows?outcome=refused`)
    expect(refused.body).toEqual({ rows: [], nextCursor: null })
  })

  it("1,000 rows with 50 bad ones: 950 drafts and a report naming exactly the 50; the same file again creates none", async () => {
    const before = await draftCount()
    const { csv, expected } = bigFile()
    const started = performance.now()
    const first = await upload("ian@contoso.example", csv)
    expect(first.status).toBe(202)
    expect(first.body).toMatchObject({
      status: "queued",
      rowsTotal: 1000,
      rowsProcessed: 0,
      fileName: "claims.csv"
    })
    const { statements } = await counted(() => t.drain())
    const took = performance.now() - started
    console.info(`bulk import of 1,000 rows on ${dialect}: ${Math.round(took)} ms, ${statements} statements`)
    // A good row costs its draft (claim and targets) and its audit entry; everything else is per chunk.
    expect(statements).toBeLessThan(3.5 * 1000)
    const done = await a.ian("GET", `/api/v1/claim-imports/${first.body.id}`)
    expect(done.body).toMatchObject({
      status: "completed",
      rowsTotal: 1000,
      rowsProcessed: 1000,
      created: 950,
      alreadyImported: 0,
      refused: 50,
      problems: 50
    })
    expect(await refusedRows(first.body.id)).toEqual(expected)
    const fax = await a.ian("GET", `/api/v1/claim-imports/${first.body.id}/rows?outcome=refused&limit=1`)
    expect(fax.body.rows[0].problems).toEqual([
      expect.objectContaining({ column: "workloads", code: "unknown_workload", item: "fax" })
    ])
    expect(await draftCount()).toBe(before + 950)

    // A created row's draft is a draft like a hand-made one: its history starts with its creation.
    const created = await a.ian("GET", `/api/v1/claim-imports/${first.body.id}/rows?outcome=created&limit=1`)
    const claim = await a.ian("GET", `/api/v1/claims/${created.body.rows[0].claimId}`)
    expect(claim.body).toMatchObject({
      status: "draft",
      name: "Northwind rollout 0",
      workloads: ["teams", "exchange"],
      customerContact: { name: "Nora North", title: "CIO, Northwind", language: "de" }
    })
    expect(claim.body.history.map((h: any) => h.action)).toEqual(["claim.created"])

    const again = await upload("ian@contoso.example", csv)
    expect(again.status).toBe(202)
    await t.drain()
    const second = await a.ian("GET", `/api/v1/claim-imports/${again.body.id}`)
    expect(second.body).toMatchObject({ status: "completed", created: 0, alreadyImported: 950, refused: 50 })
    expect(await draftCount()).toBe(before + 950)
    const list = await a.ian("GET", "/api/v1/claim-imports")
    expect(list.body.imports.map((i: any) => i.id).slice(0, 2)).toEqual([again.body.id, first.body.id])
  }, 120_000)

  it("the same file imported twice at once drafts each row once (the database's unique row hash)", async () => {
    const csv = csvOf(Array.from({ length: 40 }, (_, i) => goodRow(20_000 + i)))
    const first = await upload("ian@contoso.example", csv)
    const second = await upload("ian@contoso.example", csv)
    // Both jobs run at the same time (two workers), in chunks of 10 rows.
    const run = (id: string) =>
      t.runtime.runPromise(BulkClaimsService.use((s) => s.run(id, { chunkSize: 10 })))
    const [a1, a2] = await Promise.all([run(first.body.id), run(second.body.id)])
    expect([a1.status, a2.status]).toEqual(["completed", "completed"])
    expect(a1.created + a2.created).toBe(40)
    expect(a1.alreadyImported + a2.alreadyImported).toBe(40)
    const created = [
      ...(await a.ian("GET", `/api/v1/claim-imports/${first.body.id}/rows?outcome=created&limit=500`)).body
        .rows,
      ...(await a.ian("GET", `/api/v1/claim-imports/${second.body.id}/rows?outcome=created&limit=500`)).body
        .rows
    ]
    expect(new Set(created.map((r: any) => r.line)).size).toBe(40)
    await t.drain()
  })

  it("customers, vendor staff and Billing admins may not upload; another organization or user sees no import", async () => {
    const csv = csvOf([goodRow(5000)])
    for (const email of ["admin@northwind.example", "rita@vendor.example", "bill@contoso.example"]) {
      const res = await upload(email, csv)
      expect(res.status).toBe(403)
      expect(res.body.error.code).toBe("forbidden")
    }
    // Uma drafts at Seattle only: her row for Berlin (1000002) is refused, not drafted.
    const mine = await upload("uma@contoso.example", csvOf([{ ...goodRow(5001), partnerId: "1000002" }]))
    expect(mine.status).toBe(202)
    await t.drain()
    const report = await a.uma("GET", `/api/v1/claim-imports/${mine.body.id}/rows`)
    expect(report.body.rows).toEqual([
      {
        line: 2,
        outcome: "refused",
        claimId: null,
        problems: [expect.objectContaining({ column: "partnerId", code: "forbidden" })]
      }
    ])
    // Another organization's user and another user of the same organization: no such import.
    for (const other of [a.ina, a.ian]) {
      expect((await other("GET", `/api/v1/claim-imports/${mine.body.id}`)).status).toBe(404)
      expect((await other("GET", `/api/v1/claim-imports/${mine.body.id}/rows`)).status).toBe(404)
    }
    // The auditor reads every import and its report (SPEC §1), and still may not upload.
    expect((await a.aude("GET", `/api/v1/claim-imports/${mine.body.id}`)).body.id).toBe(mine.body.id)
    expect((await a.aude("GET", `/api/v1/claim-imports/${mine.body.id}/rows`)).body.rows).toHaveLength(1)
    const all = (await a.aude("GET", "/api/v1/claim-imports")).body
    expect(all.imports.map((i: any) => i.id)).toContain(mine.body.id)
    expect((await upload("aude@vendor.example", csv)).status).toBe(403)
    // A customer has no imports at all.
    expect((await a.northwind("GET", `/api/v1/claim-imports/${mine.body.id}`)).status).toBe(403)
    expect((await a.northwind("GET", "/api/v1/claim-imports")).status).toBe(403)
  })

  it("a file that is not CSV, has the wrong header or is too large is refused and nothing is stored", async () => {
    const before = await a.ian("GET", "/api/v1/claim-imports")
    const json = await upload("ian@contoso.example", JSON.stringify({ rows: [] }), "application/json")
    expect(json.status).toBe(415)
    expect(json.body.error.code).toBe("unsupported_media_type")
    const header = await upload("ian@contoso.example", "name,partner\nx,1000001\n")
    expect(header.status).toBe(400)
    expect(header.body.error.code).toBe("invalid_csv")
    expect(header.body.error.details.missing).toContain("tenantId")
    expect(header.body.error.details.unknown).toEqual(["partner"])
    const broken = await upload("ian@contoso.example", `${COLUMNS.join(",")}\n"unterminated,1\n`)
    expect(broken.status).toBe(400)
    expect(broken.body.error.code).toBe("invalid_csv")
    const empty = await upload("ian@contoso.example", `${COLUMNS.join(",")}\n`)
    expect(empty.status).toBe(400)
    const big = await upload("ian@contoso.example", `${COLUMNS.join(",")}\n${"x".repeat(6 * 1024 * 1024)}\n`)
    expect(big.status).toBe(413)
    expect(big.body.error.code).toBe("payload_too_large")
    const rows = csvOf(Array.from({ length: 5001 }, (_, i) => goodRow(10_000 + i)))
    const many = await upload("ian@contoso.example", rows)
    expect(many.status).toBe(413)
    const after = await a.ian("GET", "/api/v1/claim-imports")
    expect(after.body.imports).toEqual(before.body.imports)
  })
})
