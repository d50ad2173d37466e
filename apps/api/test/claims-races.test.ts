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
import { beforeAll, describe, expect, it } from "vitest"
import { acknowledged, actors, mwsClaim, pdfBytes, rivalTeamsClaim } from "./claims-support.ts"
import { dialects, type TestApp, testAppFor } from "./support.ts"

const ROUNDS = 20
const tenantOf = (i: number) => `44444444-4444-4444-8444-${String(i).padStart(12, "0")}`
const domainOf = (i: number) => `race${i}.example`

/** Another organization with one claim under review on Teams of each race tenant. */
const seedRivals = (t: TestApp) =>
  t.runtime.runPromise(
    Effect.gen(function* () {
      const identity = yield* IdentityRepository
      const claims = yield* ClaimRepository
      const org = "org_rival_race" as OrganizationId
      const location = "loc_rival_race" as LocationId
      const partnerId = "5100000" as PartnerId
      yield* identity.upsertOrganization(new Organization({ id: org, name: "Rival Race" }))
      yield* identity.upsertLocation(
        new Location({
          id: location,
          organizationId: org,
          partnerId,
          name: "Rival",
          city: "Oslo",
          country: "NO"
        })
      )
      const now = new Date()
      const ids: Array<string> = []
      for (let i = 0; i < ROUNDS; i++) {
        const id = `clm_rival_race_${String(i).padStart(2, "0")}`
        yield* claims.insert(
          rivalTeamsClaim({
            id,
            name: `Rival Teams ${i}`,
            organizationId: org,
            locationId: location,
            partnerId,
            tenantId: tenantOf(i),
            customerDomain: domainOf(i),
            customerContact: { name: "Cy", title: "CIO", email: `cio@${domainOf(i)}` },
            partnerContact: { name: "Rival", email: "rival@rival.example" },
            competing: false,
            now
          })
        )
        ids.push(id)
      }
      return ids
    })
  )

describe.each(dialects)("claim writes without a version under concurrency on %s", (dialect) => {
  const t = testAppFor(dialect)
  let ian: string
  let rita: string
  beforeAll(async () => {
    ian = await t.signIn("ian@contoso.example")
    rita = await t.signIn("rita@vendor.example")
  })

  it("40 parallel POE uploads to one claim without a version: 20 × 201, then 409 too_many_poe for the rest", async () => {
    const draft = await t.call("POST", "/api/v1/claims", { token: ian, body: mwsClaim() })
    expect(draft.status).toBe(201)
    const a = actors(t)
    // Sign in once (upload() reuses the token), then 40 uploads at once.
    await a.ian("GET", "/api/v1/me")
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        a.upload("ian@contoso.example", draft.body.id, pdfBytes(), `sow-${i}.pdf`)
      )
    )
    const created = results.filter((r) => r.status === 201)
    const refused = results.filter((r) => r.status !== 201)
    expect(created).toHaveLength(20)
    expect(refused).toHaveLength(20)
    for (const r of refused) {
      expect(r.status).toBe(409)
      expect(r.body.error.code).toBe("too_many_poe")
    }
    const claim = await t.call("GET", `/api/v1/claims/${draft.body.id}`, { token: ian })
    expect(claim.body.poe).toHaveLength(20)
    expect(claim.body.version).toBe(21)
    expect(
      claim.body.history.filter((h: { action: string }) => h.action === "claim.poe_attached")
    ).toHaveLength(20)
  })

  it(`${ROUNDS} rounds of two concurrent bank profile corrections without a version: every one succeeds`, async () => {
    const bank = (await t.call("GET", "/api/v1/bank-profiles", { token: ian })).body.bankProfiles[0]
    expect(bank).toBeDefined()
    const before = bank.version as number
    for (let round = 0; round < ROUNDS; round++) {
      const results = await Promise.all(
        ["A", "B"].map((side) =>
          t.call("PATCH", `/api/v1/bank-profiles/${bank.id}`, {
            token: ian,
            body: { label: `Round ${round} ${side}` }
          })
        )
      )
      for (const r of results) expect(r.status, JSON.stringify(r.body)).toBe(200)
    }
    const after = (await t.call("GET", "/api/v1/bank-profiles", { token: ian })).body.bankProfiles.find(
      (b: { id: string }) => b.id === bank.id
    )
    expect(after.version).toBe(before + 2 * ROUNDS)
    // A version the client sends is still checked against the current one.
    const stale = await t.call("PATCH", `/api/v1/bank-profiles/${bank.id}`, {
      token: ian,
      body: { label: "Stale", version: before }
    })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe("version_conflict")
  })

  it(`${ROUNDS} submissions racing a reviewer's action on the competing claim of another partner: all succeed, no rival named`, async () => {
    const otto = await t.signIn("otto@vendor.example")
    const imported = await t.call("POST", "/api/v1/ops/directory/import", {
      token: otto,
      body: {
        tenants: Array.from({ length: ROUNDS }, (_, i) => ({
          id: tenantOf(i),
          name: `Race ${i}`,
          domains: [domainOf(i)],
          workloads: ["teams", "exchange"]
        })),
        subscriptions: []
      }
    })
    expect(imported.status, JSON.stringify(imported.body)).toBe(200)
    const rivals = await seedRivals(t)
    const a = actors(t)
    const drafts: Array<string> = []
    for (let i = 0; i < ROUNDS; i++) {
      const draft = await t.call("POST", "/api/v1/claims", {
        token: ian,
        body: mwsClaim({ name: `Race ${i}`, tenantId: tenantOf(i), customerDomain: domainOf(i) })
      })
      expect(draft.status).toBe(201)
      const poe = await a.upload("ian@contoso.example", draft.body.id, pdfBytes(), "sow.pdf")
      expect(poe.status).toBe(201)
      drafts.push(draft.body.id)
    }
    // Each round: the partner submits (no version) while a reviewer acts on the rival claim (no version),
    // in alternating order of dispatch; all rounds at once.
    const rounds = await Promise.all(
      drafts.map(async (id, i) => {
        const submit = () =>
          t.call("POST", `/api/v1/claims/${id}/submit`, { token: ian, body: acknowledged() })
        const review = () =>
          i % 2 === 0
            ? t.call("POST", `/api/v1/review/claims/${rivals[i]}/decision`, {
                token: rita,
                body: { decision: "request_info", comment: "Send the signed SOW" }
              })
            : t.call("POST", `/api/v1/review/claims/${rivals[i]}/assign`, { token: rita })
        const [s, r] =
          i % 4 < 2
            ? await Promise.all([submit(), review()])
            : (await Promise.all([review(), submit()])).reverse()
        return { submit: s!, review: r! }
      })
    )
    for (const [i, { submit, review }] of rounds.entries()) {
      expect(submit.status, JSON.stringify(submit.body)).toBe(200)
      expect(review.status, JSON.stringify(review.body)).toBe(200)
      expect(JSON.stringify(submit.body)).not.toContain("clm_rival")
      expect(submit.body.status).toBe("submitted")
      expect(submit.body.competing).toBe(true)
      const rival = await t.call("GET", `/api/v1/claims/${rivals[i]}`, { token: rita })
      expect(rival.body.status).toBe(i % 2 === 0 ? "partner_action_required" : "under_review")
      expect(rival.body.competing).toBe(true)
      const mine = await t.call("GET", `/api/v1/claims/${drafts[i]}`, { token: ian })
      expect(mine.body.caseId).not.toBeNull()
      expect(rival.body.caseId).toBe(mine.body.caseId)
    }
  })
})
