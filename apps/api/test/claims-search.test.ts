import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, NORTHWIND, WOODGROVE } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

/** What the partner portal's claims list and claim wizard need: search by name or tenant, and the catalog. */
describe.each(dialects)("claims search and catalog on %s", (dialect) => {
  let t: TestApp
  let a: ReturnType<typeof actors>
  beforeAll(async () => {
    t = await makeTestApp(dialect)
    a = actors(t)
    for (const [name, tenantId, customerDomain] of [
      ["Northwind Teams rollout", NORTHWIND, "northwind.example"],
      ["NORTHWIND intune 100%", NORTHWIND, "northwind.example"],
      ["Woodgrove Exchange", WOODGROVE, "woodgrove.example"],
      ["Woodgrove under_score", WOODGROVE, "woodgrove.example"]
    ] as const) {
      const res = await a.ian("POST", "/api/v1/claims", mwsClaim({ name, tenantId, customerDomain }))
      expect(res.status).toBe(201)
    }
  })
  afterAll(async () => t.close())

  const names = async (query: string, as = a.ian) => {
    const res = await as("GET", `/api/v1/claims?${query}`)
    expect(res.status).toBe(200)
    return (res.body.claims as Array<{ name: string }>).map((c) => c.name).sort()
  }

  it("finds claims by part of their name in any case", async () => {
    expect(await names("q=northwind")).toEqual(["NORTHWIND intune 100%", "Northwind Teams rollout"])
    expect(await names("q=%20TEAMS%20")).toEqual(["Northwind Teams rollout"])
  })

  it("treats LIKE wildcards in the search text literally", async () => {
    expect(await names("q=100%25")).toEqual(["NORTHWIND intune 100%"])
    expect(await names("q=%25")).toEqual(["NORTHWIND intune 100%"])
    expect(await names("q=_")).toEqual(["Woodgrove under_score"])
  })

  it("finds claims by the start of the tenant ID, combined with status and paging", async () => {
    expect(await names("q=22222222-2222")).toEqual(["Woodgrove Exchange", "Woodgrove under_score"])
    expect(await names(`q=${WOODGROVE.toUpperCase()}`)).toEqual([
      "Woodgrove Exchange",
      "Woodgrove under_score"
    ])
    expect(await names("q=2222&status=submitted")).toEqual([])
    expect(await names("q=woodgrove&status=draft")).toEqual(["Woodgrove Exchange", "Woodgrove under_score"])
    const first = await a.ian("GET", "/api/v1/claims?q=woodgrove&limit=1")
    expect(first.body.claims).toHaveLength(1)
    const next = await a.ian(
      "GET",
      `/api/v1/claims?q=woodgrove&limit=1&before=${encodeURIComponent(first.body.nextCursor)}`
    )
    expect(next.body.claims).toHaveLength(1)
    expect(next.body.claims[0].id).not.toBe(first.body.claims[0].id)
    expect(await names("q=nothing-like-this")).toEqual([])
    // Another organization finds none of Contoso's claims.
    expect(await names("q=northwind", a.ina)).toEqual([])
    expect((await a.ian("GET", `/api/v1/claims?q=${"x".repeat(201)}`)).status).toBe(400)
  })

  it("serves the claim catalog: solution areas, partner roles with their program, workloads", async () => {
    const res = await a.uma("GET", "/api/v1/catalog")
    expect(res.status).toBe(200)
    expect(res.body.solutionAreas).toEqual(["business_applications", "modern_work_security"])
    expect(res.body.partnerRoles).toContainEqual({
      role: "use_or_consume",
      name: "Use or consume",
      solutionArea: "modern_work_security",
      programId: "prg_mws_usage"
    })
    expect(res.body.partnerRoles.map((r: { role: string }) => r.role)).toEqual([
      "build_intent_advisor",
      "usage_recognition",
      "influenced_revenue",
      "use_or_consume"
    ])
    expect(res.body.workloads).toContainEqual({ code: "intune", name: "Microsoft Intune" })
    expect(res.body.workloads).toHaveLength(9)
    expect((await t.call("GET", "/api/v1/catalog")).status).toBe(401)
  })
})
