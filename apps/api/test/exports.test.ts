import { createRequire } from "node:module"
import type { AddressInfo } from "node:net"
import { setFlagsFromString } from "node:v8"
import { runInNewContext } from "node:vm"
import { type ServerType, serve } from "@hono/node-server"
import { Db } from "@openpor/db"
import { parse as parseStream } from "csv-parse"
import { parse } from "csv-parse/sync"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, NORTHWIND, sub } from "./claims-support.ts"
import { countStatements } from "./statement-counter.ts"
import { dialects, type TestApp, testAppFor } from "./support.ts"

const counted = countStatements()

/** Kysely's raw SQL tag, from the database package (the API does not depend on Kysely itself). */
const { sql } = createRequire(import.meta.resolve("@openpor/db"))("kysely") as { sql: any }

/** A name that needs every kind of CSV quoting, and non-ASCII letters. */
const TRICKY = 'Contoso, "Teams" rollout\nsecond line ő ř Ångström'
const FORMULA = '=HYPERLINK("http://evil.example","x")'
const BIG = 100_000

/** Forces a full garbage collection (V8's gc, exposed for this process), so heap samples are the live set. */
setFlagsFromString("--expose-gc")
const gc = runInNewContext("gc") as () => void

/** GET with a token, answering the raw Response (the body still to be read). */
const download = (t: TestApp, token: string, path: string) =>
  t.app.request(path, { headers: { authorization: `Bearer ${token}` } })

const csvOf = async (res: Response) =>
  parse(await res.text(), { columns: true, bom: true }) as Array<Record<string, string>>

/** Direct writes to the test database (fixtures the API has no shortcut for). */
const onDb = <A>(t: TestApp, f: (db: Db["Service"]) => Promise<A>) =>
  t.runtime.runPromise(Db.use((db) => Effect.promise(() => f(db))))

describe.each(dialects)("streamed exports on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  const ids: Record<string, string> = {}
  const tokens: Record<string, string> = {}

  beforeAll(async () => {
    for (const email of [
      "ian@contoso.example",
      "ina@fabrikam.example",
      "rita@vendor.example",
      "aude@vendor.example",
      "admin@northwind.example"
    ])
      tokens[email] = await t.signIn(email)
    const create = async (who: typeof a.ian, key: string, body: Record<string, unknown>) => {
      const res = await who("POST", "/api/v1/claims", body)
      expect(res.status).toBe(201)
      ids[key] = res.body.id
    }
    await create(a.ian, "tricky", mwsClaim({ name: TRICKY }))
    await create(a.ian, "formula", mwsClaim({ name: FORMULA, workloads: ["exchange"] }))
    await create(
      a.ina,
      "fabrikam",
      mwsClaim({ name: "Fabrikam only", partnerId: "2000001", workloads: ["intune"] })
    )
    // Associations: one active of Contoso, one ended of Contoso, one active of Fabrikam (no API shortcut).
    await onDb(t, async (db) => {
      const claims = await db.kysely
        .selectFrom("claims")
        .selectAll()
        .where("id", "in", Object.values(ids))
        .execute()
      const row = (key: string, status: string, target: string, startedAt: string) => {
        const c = claims.find((x) => x.id === ids[key])!
        return {
          id: `asc_${key}_${status}`,
          claim_id: c.id,
          target_key: target,
          organization_id: c.organization_id,
          location_id: c.location_id,
          partner_id: c.partner_id,
          tenant_id: c.tenant_id,
          status,
          started_at: startedAt,
          official_at: null,
          ended_at: status === "ended" ? "2026-03-01T00:00:00.000Z" : null,
          end_reason: status === "ended" ? "=cmd|' /C calc'!A0" : null
        }
      }
      await db.kysely
        .insertInto("associations")
        .values([
          row("tricky", "active", `workload:${NORTHWIND}:teams`, "2026-02-01T00:00:00.000Z"),
          row("formula", "ended", `workload:${NORTHWIND}:exchange`, "2026-01-01T00:00:00.000Z"),
          row("fabrikam", "active", `workload:${NORTHWIND}:intune`, "2026-02-15T00:00:00.000Z")
        ])
        .execute()
    })
  })

  it("claims: the partner's own as its claims list shows them, quoted so a CSV parser reads them back", async () => {
    const res = await download(t, tokens["ian@contoso.example"]!, "/api/v1/exports/claims.csv")
    expect(res.status).toBe(200)
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8")
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="claims-\d{4}-\d{2}-\d{2}\.csv"$/
    )
    const text = await res.text()
    expect(text.charCodeAt(0)).not.toBe(0xfeff)
    const rows = parse(text, { columns: true }) as Array<Record<string, string>>
    expect(Object.keys(rows[0]!)).toEqual([
      "id",
      "name",
      "status",
      "partnerId",
      "tenantId",
      "customerDomain",
      "solutionArea",
      "partnerRole",
      "programId",
      "workloads",
      "subscriptionIds",
      "optOutOfIncentives",
      "consentStatus",
      "competing",
      "rejectionReason",
      "createdAt",
      "submittedAt",
      "decidedAt",
      "officialAt",
      "endedAt",
      "updatedAt"
    ])
    expect(rows.map((r) => r.id).sort()).toEqual([ids.tricky, ids.formula].sort())
    const tricky = rows.find((r) => r.id === ids.tricky)!
    expect(tricky).toMatchObject({ name: TRICKY, status: "draft", partnerId: "1000001", workloads: "teams" })
    expect(tricky.tenantId).toBe(NORTHWIND)
    // A formula is written as text: a leading apostrophe.
    expect(rows.find((r) => r.id === ids.formula)!.name).toBe(`'${FORMULA}`)
    // The list shows the same claims.
    const listed = await a.ian("GET", "/api/v1/claims?limit=200")
    expect(listed.body.claims.map((c: any) => c.id).sort()).toEqual(rows.map((r) => r.id).sort())
  })

  it("claims: another organization's are never in a partner's export; vendor staff get all", async () => {
    const fabrikam = await csvOf(
      await download(t, tokens["ina@fabrikam.example"]!, "/api/v1/exports/claims.csv")
    )
    expect(fabrikam.map((r) => r.id)).toEqual([ids.fabrikam])
    const vendor = await csvOf(
      await download(t, tokens["rita@vendor.example"]!, "/api/v1/exports/claims.csv")
    )
    expect(vendor.map((r) => r.id)).toEqual(expect.arrayContaining(Object.values(ids)))
  })

  it("claims: the list's filters apply (status, q); a bad filter is a 400 and no CSV", async () => {
    const ian = tokens["ian@contoso.example"]!
    expect(await csvOf(await download(t, ian, "/api/v1/exports/claims.csv?status=submitted"))).toEqual([])
    const drafts = await csvOf(await download(t, ian, "/api/v1/exports/claims.csv?status=draft"))
    expect(drafts).toHaveLength(2)
    const searched = await csvOf(await download(t, ian, "/api/v1/exports/claims.csv?q=teams"))
    expect(searched.map((r) => r.id)).toEqual([ids.tricky])
    for (const bad of ["status=bogus", "bom=yes", "limit=5"]) {
      const res = await download(t, ian, `/api/v1/exports/claims.csv?${bad}`)
      expect(res.status, bad).toBe(400)
      expect(res.headers.get("content-type")).toMatch(/^application\/json/)
      expect(((await res.json()) as any).error.code).toBe("invalid_request")
    }
  })

  it("claims: customers are refused (403); no session is 401", async () => {
    const res = await download(t, tokens["admin@northwind.example"]!, "/api/v1/exports/claims.csv")
    expect(res.status).toBe(403)
    expect((await t.app.request("/api/v1/exports/claims.csv")).status).toBe(401)
  })

  it("a UTF-8 byte-order mark on request (bom=true), for Excel", async () => {
    const res = await download(t, tokens["ian@contoso.example"]!, "/api/v1/exports/claims.csv?bom=true")
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it("associations: the partner's own, filtered by status; vendor staff all; customers 403", async () => {
    const ian = await csvOf(
      await download(t, tokens["ian@contoso.example"]!, "/api/v1/exports/associations.csv")
    )
    expect(ian.map((r) => r.id)).toEqual(["asc_tricky_active", "asc_formula_ended"])
    expect(ian[0]).toMatchObject({
      claimId: ids.tricky,
      partnerId: "1000001",
      workload: "teams",
      status: "active",
      subscriptionId: ""
    })
    expect(ian[1]!.endReason).toBe("'=cmd|' /C calc'!A0")
    const active = await csvOf(
      await download(t, tokens["ian@contoso.example"]!, "/api/v1/exports/associations.csv?status=active")
    )
    expect(active.map((r) => r.id)).toEqual(["asc_tricky_active"])
    const ina = await csvOf(
      await download(t, tokens["ina@fabrikam.example"]!, "/api/v1/exports/associations.csv")
    )
    expect(ina.map((r) => r.id)).toEqual(["asc_fabrikam_active"])
    const rita = await csvOf(
      await download(t, tokens["rita@vendor.example"]!, "/api/v1/exports/associations.csv")
    )
    expect(rita.map((r) => r.id)).toEqual(["asc_fabrikam_active", "asc_tricky_active", "asc_formula_ended"])
    expect(
      (await download(t, tokens["ian@contoso.example"]!, "/api/v1/exports/associations.csv?status=gone"))
        .status
    ).toBe(400)
    expect(
      (await download(t, tokens["admin@northwind.example"]!, "/api/v1/exports/associations.csv")).status
    ).toBe(403)
  })

  it("attribution timelines: one row per interval, as the timeline endpoint answers; an unknown subscription says not_found", async () => {
    const path = `/api/v1/exports/attribution-timelines.csv?incentive=deploy&subscriptionIds=${sub(1)},${sub(5)},bbbbbbbb-9999-4000-8000-000000000000`
    const res = await download(t, tokens["rita@vendor.example"]!, path)
    expect(res.status).toBe(200)
    expect(res.headers.get("content-disposition")).toMatch(/attribution-timelines-\d{4}-\d{2}-\d{2}\.csv/)
    const rows = await csvOf(res)
    expect(Object.keys(rows[0]!)).toEqual([
      "subscriptionId",
      "incentive",
      "from",
      "to",
      "partnerId",
      "basis",
      "incentiveEligible",
      "problem"
    ])
    for (const s of [sub(1), sub(5)]) {
      const api = await a.rita("GET", `/api/v1/attribution/timeline?subscriptionId=${s}&incentive=deploy`)
      expect(api.status).toBe(200)
      const mine = rows.filter((r) => r.subscriptionId === s)
      expect(
        mine.map((r) => ({
          from: r.from,
          to: r.to === "" ? null : r.to,
          partnerId: r.partnerId === "" ? null : r.partnerId
        }))
      ).toEqual(api.body.intervals.map((i: any) => ({ from: i.from, to: i.to, partnerId: i.partnerId })))
    }
    expect(rows.filter((r) => r.problem === "not_found").map((r) => r.subscriptionId)).toEqual([
      "bbbbbbbb-9999-4000-8000-000000000000"
    ])
    // Fabrikam is in none of these: every subscription is not_found for it (nothing told about others).
    const ina = await csvOf(await download(t, tokens["ina@fabrikam.example"]!, path))
    expect(ina.every((r) => r.problem === "not_found" && r.partnerId === "")).toBe(true)
    for (const bad of [
      "incentive=deploy",
      "incentive=nope&subscriptionIds=x",
      "incentive=deploy&subscriptionIds=,,"
    ]) {
      expect(
        (
          await download(
            t,
            tokens["rita@vendor.example"]!,
            `/api/v1/exports/attribution-timelines.csv?${bad}`
          )
        ).status,
        bad
      ).toBe(400)
    }
  })

  it("audit log: CSV and JSON Lines with the audit list's filters, for those who may read it", async () => {
    const aude = tokens["aude@vendor.example"]!
    const filter = `entityType=claim&entityId=${ids.tricky}`
    const jsonl = await download(t, aude, `/api/v1/exports/audit.jsonl?${filter}`)
    expect(jsonl.status).toBe(200)
    expect(jsonl.headers.get("content-type")).toBe("application/x-ndjson; charset=utf-8")
    expect(jsonl.headers.get("content-disposition")).toMatch(/audit-\d{4}-\d{2}-\d{2}\.jsonl/)
    const lines = (await jsonl.text()).split("\n")
    expect(lines.at(-1)).toBe("")
    const events = lines.slice(0, -1).map((l) => JSON.parse(l))
    expect(events.length).toBeGreaterThan(0)
    expect(events.every((e) => e.entityType === "claim" && e.entityId === ids.tricky)).toBe(true)
    expect(events[0]).toMatchObject({ action: "claim.created", actorEmail: "ian@contoso.example" })
    expect(events[0].after.name).toBe(TRICKY)
    // The same as GET /ops/audit lists.
    const listed = await a.aude("GET", `/api/v1/ops/audit?${filter}&limit=500`)
    expect(events.map((e) => e.id)).toEqual(listed.body.events.map((e: any) => e.id))

    const csv = await csvOf(await download(t, aude, `/api/v1/exports/audit.csv?${filter}`))
    expect(csv.map((r) => r.id)).toEqual(events.map((e) => e.id))
    expect(JSON.parse(csv[0]!.after!).name).toBe(TRICKY)

    const future = await download(t, aude, `/api/v1/exports/audit.jsonl?from=2999-01-01`)
    expect(await future.text()).toBe("")
    const earlier = await csvOf(await download(t, aude, `/api/v1/exports/audit.csv?to=2000-01-01`))
    expect(earlier).toEqual([])

    expect((await download(t, aude, "/api/v1/exports/audit.csv?from=yesterday")).status).toBe(400)
    expect((await download(t, aude, "/api/v1/exports/audit.jsonl?from=2026-13-45")).status).toBe(400)
    expect((await download(t, tokens["ian@contoso.example"]!, "/api/v1/exports/audit.csv")).status).toBe(403)
    expect((await download(t, tokens["rita@vendor.example"]!, "/api/v1/exports/audit.jsonl")).status).toBe(
      200
    )
  })

  describe(`${BIG.toLocaleString("en")} claims`, () => {
    let insertMs = 0
    beforeAll(async () => {
      const started = performance.now()
      // One statement: the tricky claim copied BIG times (ids and names numbered), as a bulk load would.
      await onDb(t, async (db) => {
        const template = await db.kysely
          .selectFrom("claims")
          .selectAll()
          .where("id", "=", ids.tricky!)
          .executeTakeFirstOrThrow()
        const columns = Object.keys(template)
        const value = (col: string) =>
          col === "id"
            ? sql`'clm_bulk_' || (1000000 + n)`
            : col === "name"
              ? sql`${TRICKY} || ' #' || n`
              : sql.ref(`claims.${col}`)
        await sql`WITH RECURSIVE series(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM series WHERE n < ${sql.lit(BIG)})
          INSERT INTO claims (${sql.join(columns.map((c) => sql.ref(c)))})
          SELECT ${sql.join(columns.map(value))} FROM claims CROSS JOIN series WHERE claims.id = ${ids.tricky}`.execute(
          db.kysely
        )
      })
      insertMs = performance.now() - started
    }, 120_000)

    it("stream in pages as they are read (constant memory), and re-import cleanly with a CSV parser", async () => {
      const started = performance.now()
      gc()
      const baseline = process.memoryUsage().heapUsed
      let peak = 0
      let records = 0
      let header: Array<string> | undefined
      const sample: Array<Record<string, string>> = []
      const parser = parseStream({
        columns: (h: Array<string>) => {
          header = h
          return h
        }
      })
      parser.on("data", (r: Record<string, string>) => {
        records++
        if (records <= 2 || records % 25_000 === 0) sample.push(r)
      })
      const parsed = new Promise<void>((resolve, reject) => {
        parser.on("end", resolve)
        parser.on("error", reject)
      })
      const { statements } = await counted(async () => {
        const res = await download(t, tokens["rita@vendor.example"]!, "/api/v1/exports/claims.csv")
        expect(res.status).toBe(200)
        const reader = res.body!.getReader()
        const decoder = new TextDecoder()
        let chunks = 0
        for (;;) {
          const { done, value } = await reader.read()
          if (done) break
          parser.write(decoder.decode(value, { stream: true }))
          if (++chunks % 10 === 0) {
            // The live heap after a full collection: what the export holds, not garbage waiting.
            gc()
            peak = Math.max(peak, process.memoryUsage().heapUsed - baseline)
          }
        }
        parser.end()
        await parsed
      })
      const elapsed = performance.now() - started
      console.log(
        `${dialect}: inserted ${BIG} claims in ${Math.round(insertMs)} ms; exported and parsed in ${Math.round(elapsed)} ms; live heap growth at most ${(peak / 1e6).toFixed(1)} MB; ${statements} statements`
      )
      expect(header).toContain("name")
      expect(records).toBe(BIG + 3)
      // Every bulk row has the tricky name back (commas, quotes, line break, ő ř) with its number.
      const bulk = sample.filter((r) => r.id!.startsWith("clm_bulk_"))
      expect(bulk.length).toBeGreaterThan(2)
      for (const r of bulk)
        expect(r.name).toBe(`${TRICKY} #${Number(r.id!.slice("clm_bulk_".length)) - 1_000_000}`)
      // Constant memory: 100,000 claims held at once would be hundreds of MB; one page of 1,000 is a few.
      expect(peak).toBeLessThan(40e6)
      // Statements: sign-in's session read, then one per page of 1,000 (and the last, short one).
      expect(statements).toBeLessThanOrEqual(Math.ceil((BIG + 3) / 1000) + 3)
    }, 120_000)

    it("read only as the client reads: a paused reader holds the export at its first pages; a cancelled one stops it", async () => {
      const { statements: before } = await counted(async () => {
        const res = await download(t, tokens["rita@vendor.example"]!, "/api/v1/exports/claims.csv")
        const reader = res.body!.getReader()
        await reader.read() // the header
        await reader.read() // the first page
        await new Promise((r) => setTimeout(r, 300))
        await reader.cancel()
      })
      // Authentication and at most a couple of pages read ahead — not the 101 pages of the whole export.
      expect(before).toBeLessThanOrEqual(4)
      const { statements: after } = await counted(() => new Promise((r) => setTimeout(r, 300)))
      expect(after).toBe(0)
    })

    it("a client that disconnects over HTTP stops the reading", async () => {
      const server = await new Promise<ServerType>((resolve) => {
        const s = serve({ fetch: t.app.fetch, port: 0, hostname: "127.0.0.1" }, () => resolve(s))
      })
      try {
        const { port } = server.address() as AddressInfo
        const abort = new AbortController()
        const { statements: before } = await counted(async () => {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/exports/claims.csv`, {
            headers: { authorization: `Bearer ${tokens["rita@vendor.example"]}` },
            signal: abort.signal
          })
          const reader = res.body!.getReader()
          await reader.read()
          abort.abort()
          await new Promise((r) => setTimeout(r, 300))
        })
        // The socket's buffers hold a few pages at most before the server waits for the client.
        expect(before).toBeLessThanOrEqual(12)
        const { statements: after } = await counted(() => new Promise((r) => setTimeout(r, 300)))
        expect(after).toBe(0)
      } finally {
        await new Promise((r) => server.close(r))
      }
    })
  })
})
