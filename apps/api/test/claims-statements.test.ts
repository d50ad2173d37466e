import { ClaimRepository } from "@openpor/domain"
import { Effect } from "effect"
import { beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim, rivalTeamsClaim } from "./claims-support.ts"
import { countStatements } from "./statement-counter.ts"
import { dialects, testAppFor } from "./support.ts"

/**
 * Statements counted by the drivers themselves (pg's `Client.query`, better-sqlite3's statement runs),
 * so a list's cost is measured, not assumed: a page of 50 costs what a page of 5 does.
 */
const counted = countStatements()

describe.each(dialects)("statements per list page (%s)", (dialect) => {
  const t = testAppFor(dialect)
  let a: ReturnType<typeof actors>

  beforeAll(async () => {
    a = actors(t)
    const first = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: "Statements probe" }))
    expect(first.status).toBe(201)
    await a.ian("POST", `/api/v1/claims/${first.body.id}/comments`, { body: "A comment" })
    const now = new Date()
    // Sixty open claims of the probe's organization, straight into the repository (the list reads them).
    await t.runtime.runPromise(
      ClaimRepository.use((repo) =>
        Effect.forEach(
          Array.from({ length: 60 }, (_, i) => i),
          (i) =>
            repo.insert(
              rivalTeamsClaim({
                id: `clm_stmt_${String(i).padStart(3, "0")}`,
                name: `Seeded ${i}`,
                organizationId: first.body.organizationId,
                locationId: first.body.locationId,
                partnerId: first.body.partnerId,
                tenantId: first.body.tenantId,
                customerDomain: first.body.customerDomain,
                customerContact: first.body.customerContact,
                partnerContact: first.body.partnerContact,
                competing: false,
                now
              })
            ),
          { discard: true }
        )
      )
    )
  })

  it("GET /claims: the same number of statements for 5 and for 50 rows", async () => {
    await a.ian("GET", "/api/v1/claims?limit=5") // warm: caches and the signed-in token
    const five = await counted(() => a.ian("GET", "/api/v1/claims?limit=5"))
    const fifty = await counted(() => a.ian("GET", "/api/v1/claims?limit=50"))
    expect(five.result.status).toBe(200)
    expect(five.result.body.claims).toHaveLength(5)
    expect(fifty.result.body.claims).toHaveLength(50)
    expect(fifty.statements).toBe(five.statements)
    // Issue 14: a read within 4 statements (the session lookup included).
    expect(fifty.statements).toBeLessThanOrEqual(4)
    console.info(
      `GET /claims (${dialect}): ${five.statements} statements for 5 rows, ${fifty.statements} for 50`
    )
  })

  it("GET /review/queue: the same number of statements for 5 and for 50 rows", async () => {
    await a.rita("GET", "/api/v1/review/queue?limit=5")
    const five = await counted(() => a.rita("GET", "/api/v1/review/queue?limit=5"))
    const fifty = await counted(() => a.rita("GET", "/api/v1/review/queue?limit=50"))
    expect(five.result.status).toBe(200)
    expect(five.result.body.items).toHaveLength(5)
    expect(fifty.result.body.items).toHaveLength(50)
    expect(fifty.statements).toBe(five.statements)
    // Issue 14: a read within 4 statements (the session lookup included).
    expect(fifty.statements).toBeLessThanOrEqual(4)
    console.info(
      `GET /review/queue (${dialect}): ${five.statements} statements for 5 rows, ${fifty.statements} for 50`
    )
  })

  it("GET /claims/{id}: the same number of statements with 1 comment and with 20", async () => {
    const probe = (await a.ian("GET", "/api/v1/claims?q=Statements%20probe")).body.claims[0]
    const one = await counted(() => a.ian("GET", `/api/v1/claims/${probe.id}`))
    for (let i = 0; i < 19; i++)
      await a.ian("POST", `/api/v1/claims/${probe.id}/comments`, { body: `More ${i}` })
    const twenty = await counted(() => a.ian("GET", `/api/v1/claims/${probe.id}`))
    expect(twenty.result.body.comments).toHaveLength(20)
    expect(twenty.statements).toBe(one.statements)
    expect(twenty.statements).toBeLessThanOrEqual(4)
    const comment = await counted(() =>
      a.ian("POST", `/api/v1/claims/${probe.id}/comments`, { body: "Last" })
    )
    expect(comment.result.status).toBe(201)
    // The created comment alone, written without reading the claim's view back: session, begin, claim,
    // insert comment, insert audit, commit.
    expect(comment.result.body).toMatchObject({ body: "Last", authorType: "partner" })
    expect(comment.statements).toBeLessThanOrEqual(6)
    console.info(
      `GET /claims/{id} (${dialect}): ${one.statements} statements; POST /claims/{id}/comments: ${comment.statements}`
    )
  })
})
