import { beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

describe.each(dialects)("a claim's comments and history, a page at a time, on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  let claimId = ""

  beforeAll(async () => {
    const created = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: "Paging probe" }))
    expect(created.status).toBe(201)
    claimId = created.body.id
    for (let i = 1; i <= 7; i++) {
      const res = await a.ian("POST", `/api/v1/claims/${claimId}/comments`, { body: `Comment ${i}` })
      expect(res.status).toBe(201)
    }
  })

  /** Every page from the first on, following nextCursor. */
  const pages = async (path: string, key: "comments" | "history", limit: number) => {
    const out: Array<Array<any>> = []
    let cursor: string | null = null
    do {
      const query: string = `limit=${limit}${cursor === null ? "" : `&before=${encodeURIComponent(cursor)}`}`
      const res = await a.ian("GET", `${path}?${query}`)
      expect(res.status).toBe(200)
      out.push(res.body[key])
      cursor = res.body.nextCursor
    } while (cursor !== null)
    return out
  }

  it("comments: newest first, every one exactly once across the pages, as the claim view has them", async () => {
    const all = await pages(`/api/v1/claims/${claimId}/comments`, "comments", 3)
    expect(all.map((p) => p.length)).toEqual([3, 3, 1])
    const bodies = all.flat().map((c) => c.body)
    expect(bodies).toEqual([
      "Comment 7",
      "Comment 6",
      "Comment 5",
      "Comment 4",
      "Comment 3",
      "Comment 2",
      "Comment 1"
    ])
    const view = (await a.ian("GET", `/api/v1/claims/${claimId}`)).body
    expect([...view.comments].reverse()).toEqual(all.flat())
  })

  it("history: newest first, every entry exactly once, as the claim view has them", async () => {
    const all = await pages(`/api/v1/claims/${claimId}/history`, "history", 2)
    const view = (await a.ian("GET", `/api/v1/claims/${claimId}`)).body
    expect(all.flat()).toHaveLength(8)
    expect([...view.history].reverse()).toEqual(all.flat())
    expect(all.flat().at(-1)).toMatchObject({ action: "claim.created", to: "draft" })
  })

  it("a new comment is answered alone (not the claim), as the first page then lists it", async () => {
    const res = await a.ian("POST", `/api/v1/claims/${claimId}/comments`, { body: "  Comment 8  " })
    expect(res.status).toBe(201)
    expect(Object.keys(res.body).sort()).toEqual([
      "authorName",
      "authorType",
      "body",
      "createdAt",
      "id",
      "notice"
    ])
    expect(res.body).toMatchObject({
      authorType: "partner",
      authorName: "Ian Contoso",
      body: "Comment 8",
      notice: null
    })
    const reviewer = await a.rita("POST", `/api/v1/claims/${claimId}/comments`, { body: "Noted" })
    expect(reviewer.status).toBe(201)
    expect(reviewer.body).toMatchObject({ authorType: "vendor", body: "Noted" })
    expect(reviewer.body.authorName).toMatch(/^Reviewer \(\D+\)$/)
    const first = (await a.ian("GET", `/api/v1/claims/${claimId}/comments?limit=2`)).body.comments
    expect(first).toEqual([reviewer.body, res.body])
  })

  it("only those who may see the claim; a bad cursor is 400", async () => {
    expect((await a.ina("GET", `/api/v1/claims/${claimId}/comments`)).status).toBe(404)
    expect((await a.ina("GET", `/api/v1/claims/${claimId}/history`)).status).toBe(404)
    expect((await a.rita("GET", `/api/v1/claims/${claimId}/history?limit=1`)).body.history).toHaveLength(1)
    expect((await a.ian("GET", `/api/v1/claims/${claimId}/comments?before=nonsense`)).status).toBe(400)
    expect((await a.ian("GET", `/api/v1/claims/nope/comments`)).status).toBe(404)
  })
})
