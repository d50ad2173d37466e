import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** The claims list is newest first (claim ids are random), paged by a cursor that skips and repeats nothing. */
describe.each(dialects)("claims list order on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
  })
  afterAll(async () => t.close())

  it("lists the newest claim first and pages through all of them in that order", async () => {
    const created: string[] = []
    for (const [index, day] of [
      "2026-12-01",
      "2026-12-02",
      "2026-12-03",
      "2026-12-04",
      "2026-12-05"
    ].entries()) {
      await t.setClock(`${day}T09:00:00Z`)
      const res = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: `Claim ${index + 1}` }))
      expect(res.status).toBe(201)
      created.push(res.body.name)
    }
    // Two more in the same instant: ties are broken by id, and paging still returns each once.
    for (const name of ["Claim 6", "Claim 7"]) {
      const res = await a.ian("POST", "/api/v1/claims", mwsClaim({ name }))
      expect(res.status).toBe(201)
      created.push(name)
    }
    const all = await a.ian("GET", "/api/v1/claims")
    const names = (all.body.claims as Array<{ name: string }>).map((c) => c.name)
    expect(names.slice(2)).toEqual(["Claim 5", "Claim 4", "Claim 3", "Claim 2", "Claim 1"])
    expect(names.slice(0, 2).sort()).toEqual(["Claim 6", "Claim 7"])
    const paged: string[] = []
    let cursor: string | null = null
    do {
      const query: string = cursor === null ? "" : `&before=${encodeURIComponent(cursor)}`
      const page = await a.ian("GET", `/api/v1/claims?limit=2${query}`)
      expect(page.status).toBe(200)
      paged.push(...(page.body.claims as Array<{ name: string }>).map((c) => c.name))
      cursor = page.body.nextCursor
    } while (cursor !== null)
    expect(paged).toEqual(names)
  })
})
