import { IdentityRepository, type LocationId, RoleAssignment, type UserId } from "@openpor/domain"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { actors, NORTHWIND, sub } from "./claims-support.ts"
import { countStatements } from "./statement-counter.ts"
import { dialects, testAppFor } from "./support.ts"

/**
 * Statements per read, counted by the drivers themselves (pg's `Client.query`, better-sqlite3's
 * statement runs): GET /me is the session lookup (with the roles) and the organization with its
 * locations; GET /attribution is the session, the subject and its events (at most 4 for any actor).
 */
const counted = countStatements()

describe.each(dialects)("statements per read (%s)", (dialect) => {
  const t = testAppFor(dialect)
  let a: ReturnType<typeof actors>

  beforeAll(async () => {
    a = actors(t)
    // Contoso (1000001) becomes the DPOR of subscription 5 (a partner appears on it).
    const dpor = await a.northwind("PUT", `/api/v1/customer/subscriptions/${sub(5)}/partner-of-record`, {
      partnerId: "1000001"
    })
    expect(dpor.status).toBe(200)
    // Its proof of execution: Contoso earns (rule 3).
    const poe = await a.ian("POST", "/api/v1/por-poe", { subscriptionId: sub(5), partnerId: "1000001" })
    expect(poe.status).toBe(201)
  })

  it("GET /me: 2 statements for a partner (session with roles; organization with locations), 2 for a customer", async () => {
    await a.ian("GET", "/api/v1/me") // warm: signs in, fills the caches
    const partner = await counted(() => a.ian("GET", "/api/v1/me"))
    expect(partner.result.status).toBe(200)
    expect(partner.result.body.organization).toEqual({ id: "org_contoso", name: "Contoso Consulting" })
    expect(partner.result.body.roles).toEqual([
      { role: "incentives_admin", locationId: "loc_1000001", partnerId: "1000001" },
      { role: "incentives_admin", locationId: "loc_1000002", partnerId: "1000002" }
    ])
    expect(partner.result.body.locations.map((l: { partnerId: string }) => l.partnerId)).toEqual([
      "1000001",
      "1000002"
    ])
    expect(partner.statements).toBeLessThanOrEqual(2)

    await a.northwind("GET", "/api/v1/me")
    const customer = await counted(() => a.northwind("GET", "/api/v1/me"))
    expect(customer.result.body.tenant).toEqual({ id: NORTHWIND, name: "Northwind Traders" })
    expect(customer.result.body.locations).toEqual([])
    expect(customer.statements).toBeLessThanOrEqual(2)

    await a.otto("GET", "/api/v1/me")
    const vendor = await counted(() => a.otto("GET", "/api/v1/me"))
    expect(vendor.result.body.organization).toBeNull()
    expect(vendor.statements).toBeLessThanOrEqual(1)
    console.info(
      `GET /me (${dialect}): partner ${partner.statements}, customer ${customer.statements}, vendor ${vendor.statements} statements`
    )
  })

  it("GET /me: a role revoked is gone from the very next request of the session", async () => {
    const before = await a.uma("GET", "/api/v1/me")
    expect(before.body.roles).toEqual([
      { role: "incentives_user", locationId: "loc_1000001", partnerId: "1000001" }
    ])
    await t.runtime.runPromise(
      IdentityRepository.use((r) =>
        r.removeRole(
          new RoleAssignment({
            userId: "usr_uma" as UserId,
            role: "incentives_user",
            locationId: "loc_1000001" as LocationId
          })
        )
      ).pipe(Effect.asVoid)
    )
    const after = await a.uma("GET", "/api/v1/me")
    expect(after.status).toBe(200)
    expect(after.body.roles).toEqual([])
    expect(after.body.locations.find((l: { id: string }) => l.id === "loc_1000001").roles).toEqual([])
  })

  it("GET /attribution and its timeline: at most 4 statements for a partner, a customer and a vendor", async () => {
    const today = (await a.otto("GET", "/api/v1/ops/clock")).body.now.slice(0, 10)
    const path = `/api/v1/attribution?subscriptionId=${sub(5)}&incentive=deploy&asOf=${today}`
    const results: Array<string> = []
    for (const [who, call] of [
      ["partner", a.ian],
      ["customer", a.northwind],
      ["vendor", a.otto]
    ] as const) {
      await call("GET", path) // warm: signs in, fills the caches
      const read = await counted(() => call("GET", path))
      expect(read.result.status).toBe(200)
      expect(read.result.body).toMatchObject({ partnerId: "1000001", basis: "dpor", asOf: today })
      expect(read.statements).toBeLessThanOrEqual(4)
      const timeline = await counted(() =>
        call("GET", `/api/v1/attribution/timeline?subscriptionId=${sub(5)}&incentive=deploy&to=${today}`)
      )
      expect(timeline.result.status).toBe(200)
      expect(timeline.result.body.intervals.at(-1)).toMatchObject({ partnerId: "1000001", to: today })
      expect(timeline.statements).toBeLessThanOrEqual(4)
      results.push(`${who} ${read.statements} (timeline ${timeline.statements})`)
    }
    // A partner that does not appear on the subject is refused as before (404), in as few statements.
    // A tenant's workload as the subject: the tenant, then its events.
    const workload = await counted(() =>
      a.northwind(
        "GET",
        `/api/v1/attribution?tenantId=${NORTHWIND}&workload=teams&incentive=usage&asOf=${today}`
      )
    )
    expect(workload.result.status).toBe(200)
    expect(workload.result.body).toMatchObject({ partnerId: null, basis: null })
    expect(workload.statements).toBeLessThanOrEqual(4)
    results.push(`customer's workload ${workload.statements}`)
    await a.ina("GET", "/api/v1/me") // signs in
    const stranger = await counted(() => a.ina("GET", path))
    expect(stranger.result.status).toBe(404)
    expect(stranger.statements).toBeLessThanOrEqual(4)
    console.info(`GET /attribution (${dialect}): ${results.join(", ")} statements`)
  })
})
