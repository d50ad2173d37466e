import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

type Event = {
  id: string
  at: string
  actorId: string
  actorEmail: string | null
  action: string
  entityId: string
}

describe.each(dialects)("audit log filters and paging on %s", (dialect) => {
  let t: TestApp
  let operator: string
  let auditor: string
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    operator = await t.signIn("otto@vendor.example")
    auditor = await t.signIn("aude@vendor.example")
    for (const [date, name] of [
      ["2030-01-01", "New Year"],
      ["2030-05-01", "Labour Day"],
      ["2030-12-25", "Christmas Day"]
    ] as const) {
      const res = await t.call("PUT", `/api/v1/ops/calendar/holidays/${date}`, {
        token: operator,
        body: { name }
      })
      expect(res.status).toBe(200)
    }
    expect(
      (await t.call("DELETE", "/api/v1/ops/calendar/holidays/2030-05-01", { token: operator })).status
    ).toBe(204)
  })
  afterAll(async () => t.close())

  const list = async (query: string) => {
    const res = await t.call("GET", `/api/v1/ops/audit?${query}`, { token: auditor })
    expect(res.status).toBe(200)
    return res.body as { events: Event[]; nextCursor: string | null }
  }

  it("filters by actor (email or id) and names the acting user", async () => {
    const byEmail = await list("actor=OTTO@vendor.example&entityType=holiday")
    expect(byEmail.events.map((e) => [e.action, e.entityId])).toEqual([
      ["calendar.holiday_removed", "2030-05-01"],
      ["calendar.holiday_set", "2030-12-25"],
      ["calendar.holiday_set", "2030-05-01"],
      ["calendar.holiday_set", "2030-01-01"]
    ])
    expect(new Set(byEmail.events.map((e) => e.actorEmail))).toEqual(new Set(["otto@vendor.example"]))
    const byId = await list("actor=usr_otto&entityType=holiday")
    expect(byId.events.map((e) => e.id)).toEqual(byEmail.events.map((e) => e.id))
    expect((await list("actor=rita@vendor.example&entityType=holiday")).events).toEqual([])
  })

  it("filters by action and entity", async () => {
    const removed = await list("action=calendar.holiday_removed")
    expect(removed.events.map((e) => e.entityId)).toEqual(["2030-05-01"])
    const oneHoliday = await list("entityType=holiday&entityId=2030-12-25")
    expect(oneHoliday.events.map((e) => e.action)).toEqual(["calendar.holiday_set"])
  })

  it("filters by a time range (from inclusive, to exclusive)", async () => {
    const all = await list("entityType=holiday")
    const oldest = all.events.at(-1)!
    const newest = all.events[0]!
    const fromNewest = await list(`entityType=holiday&from=${encodeURIComponent(newest.at)}`)
    expect(fromNewest.events.map((e) => e.id)).toContain(newest.id)
    expect(fromNewest.events.every((e) => e.at >= newest.at)).toBe(true)
    const beforeOldest = await list(`entityType=holiday&to=${encodeURIComponent(oldest.at)}`)
    expect(beforeOldest.events).toEqual([])
    expect((await list("from=2999-01-01")).events).toEqual([])
    const bad = await t.call("GET", "/api/v1/ops/audit?from=yesterday", { token: auditor })
    expect(bad.status).toBe(400)
  })

  it("pages with a keyset cursor: every event once, none skipped at equal instants", async () => {
    const all = await list("limit=500")
    expect(all.nextCursor).toBeNull()
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: { events: Event[]; nextCursor: string | null } = await list(
        `limit=2${cursor === null ? "" : `&cursor=${cursor}`}`
      )
      seen.push(...page.events.map((e) => e.id))
      cursor = page.nextCursor
    } while (cursor !== null)
    expect(seen).toEqual(all.events.map((e) => e.id))
    const bad = await t.call("GET", "/api/v1/ops/audit?cursor=bm9wZQ", { token: auditor })
    expect(bad.status).toBe(400)
  })

  it("is for vendor staff only", async () => {
    const partner = await t.signIn("ian@contoso.example")
    expect((await t.call("GET", "/api/v1/ops/audit", { token: partner })).status).toBe(403)
  })
})
