import { Db } from "@openpor/db"
import {
  ClaimRepository,
  IdentityRepository,
  Location,
  type LocationId,
  Organization,
  type OrganizationId,
  type PartnerId
} from "@openpor/domain"
import { Effect } from "effect"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { NORTHWIND, rivalTeamsClaim } from "./claims-support.ts"
import { dialects, makeTestApp, type TestApp } from "./support.ts"

const PARTNERS = 20

/** 20 partner organizations, each with one claim under review on Northwind's Teams workload. */
const seedCompetingClaims = (t: TestApp) =>
  t.runtime.runPromise(
    Effect.gen(function* () {
      const identity = yield* IdentityRepository
      const claims = yield* ClaimRepository
      const now = new Date()
      const ids: Array<string> = []
      for (let i = 0; i < PARTNERS; i++) {
        const org = `org_rival_${i}` as OrganizationId
        const location = `loc_rival_${i}` as LocationId
        const partnerId = String(5000000 + i) as PartnerId
        yield* identity.upsertOrganization(new Organization({ id: org, name: `Rival ${i}` }))
        yield* identity.upsertLocation(
          new Location({
            id: location,
            organizationId: org,
            partnerId,
            name: `Rival ${i}`,
            city: "Oslo",
            country: "NO"
          })
        )
        const id = `clm_rival_${String(i).padStart(2, "0")}`
        yield* claims.insert(
          rivalTeamsClaim({
            id,
            name: `Teams ${i}`,
            organizationId: org,
            locationId: location,
            partnerId,
            tenantId: NORTHWIND,
            customerDomain: "northwind.example",
            customerContact: { name: "Nora", title: "CIO", email: "nora@northwind.example" },
            partnerContact: { name: `Rival ${i}`, email: `p${i}@rival.example` },
            competing: true,
            now
          })
        )
        ids.push(id)
      }
      return ids
    })
  )

describe.each(dialects)("exclusivity under concurrency on %s", (dialect) => {
  let t: TestApp
  beforeAll(async () => {
    t = await makeTestApp(dialect)
  })
  afterAll(async () => t.close())

  it("20 concurrent approvals of different partners' claims on one workload: exactly one association, 19 clear 409s", async () => {
    const ids = await seedCompetingClaims(t)
    const token = await t.signIn("rita@vendor.example")
    const results = await Promise.all(
      ids.map((id) =>
        t.call("POST", `/api/v1/review/claims/${id}/decision`, { token, body: { decision: "approve" } })
      )
    )
    const statuses = results.map((r) => r.status).sort()
    expect(statuses.filter((s) => s === 200)).toHaveLength(1)
    expect(statuses.filter((s) => s === 409)).toHaveLength(PARTNERS - 1)
    for (const r of results.filter((x) => x.status === 409)) {
      expect(r.body.error.code).toBe("association_exists")
      expect(r.body.error.message).toMatch(/Another partner already holds workload teams/)
    }
    const active = await t.runtime.runPromise(
      Effect.gen(function* () {
        const db = yield* Db
        return yield* Effect.promise(() =>
          db.kysely
            .selectFrom("associations")
            .selectAll()
            .where("target_key", "=", `workload:${NORTHWIND}:teams`)
            .where("status", "=", "active")
            .execute()
        )
      })
    )
    expect(active).toHaveLength(1)
    // Nothing else changed: the 19 others are still under review.
    const still = await Promise.all(ids.map((id) => t.call("GET", `/api/v1/claims/${id}`, { token })))
    expect(still.map((r) => r.body.status).filter((s) => s === "under_review")).toHaveLength(PARTNERS - 1)
  })

  it("two reviewers deciding the same claim at once: one wins, the other gets version_conflict", async () => {
    const rita = await t.signIn("rita@vendor.example")
    const rob = await t.signIn("rob@vendor.example")
    const target = (await t.call("GET", "/api/v1/claims/clm_rival_00", { token: rita })).body
    const id = target.status === "under_review" ? "clm_rival_00" : "clm_rival_01"
    const version = (await t.call("GET", `/api/v1/claims/${id}`, { token: rita })).body.version
    const [a, b] = await Promise.all([
      t.call("POST", `/api/v1/review/claims/${id}/decision`, {
        token: rita,
        body: { decision: "reject", reason: "insufficient_poe", version }
      }),
      t.call("POST", `/api/v1/review/claims/${id}/decision`, {
        token: rob,
        body: { decision: "request_info", comment: "More detail", version }
      })
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const loser = a.status === 409 ? a : b
    expect(loser.body.error.code).toBe("version_conflict")
  })
})
