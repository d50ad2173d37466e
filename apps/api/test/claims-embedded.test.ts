import { beforeAll, describe, expect, it } from "vitest"
import { actors, mwsClaim } from "./claims-support.ts"
import { dialects, testAppFor } from "./support.ts"

/**
 * The claim page embeds the newest 50 comments and history entries (older ones are paged); lists carry
 * neither. A long-running claim no longer makes every read of it, or every list, heavier.
 */
describe.each(dialects)("what a claim's view embeds, on %s", (dialect) => {
  const t = testAppFor(dialect)
  const a = actors(t)
  let long = ""
  let short = ""

  beforeAll(async () => {
    const created = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: "Long conversation" }))
    expect(created.status).toBe(201)
    long = created.body.id
    for (let i = 1; i <= 53; i++) {
      const res = await a.ian("POST", `/api/v1/claims/${long}/comments`, { body: `Comment ${i}` })
      expect(res.status).toBe(201)
    }
    const other = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: "Short conversation" }))
    short = other.body.id
    await a.ian("POST", `/api/v1/claims/${short}/comments`, { body: "Only one" })
  })

  it("the newest 50 comments, oldest first, and that older ones exist", async () => {
    const view = (await a.ian("GET", `/api/v1/claims/${long}`)).body
    expect(view.comments).toHaveLength(50)
    expect(view.comments[0].body).toBe("Comment 4")
    expect(view.comments.at(-1).body).toBe("Comment 53")
    expect(view.hasOlderComments).toBe(true)
    // The same as the first page of the paged list, in the other order.
    const page = (await a.ian("GET", `/api/v1/claims/${long}/comments?limit=50`)).body
    expect([...view.comments].reverse()).toEqual(page.comments)
  })

  it("the newest 50 history entries, as the paged history has them, and that older ones exist", async () => {
    const view = (await a.ian("GET", `/api/v1/claims/${long}`)).body
    expect(view.history).toHaveLength(50)
    expect(view.hasOlderHistory).toBe(true)
    const page = (await a.ian("GET", `/api/v1/claims/${long}/history?limit=50`)).body
    expect([...view.history].reverse()).toEqual(page.history)
    expect(page.nextCursor).not.toBeNull()
  })

  it("a short conversation is whole: nothing older", async () => {
    const view = (await a.ian("GET", `/api/v1/claims/${short}`)).body
    expect(view.comments.map((c: { body: string }) => c.body)).toEqual(["Only one"])
    expect(view.hasOlderComments).toBe(false)
    expect(view.history.map((h: { action: string }) => h.action)).toEqual([
      "claim.created",
      "claim.commented"
    ])
    expect(view.history[0]).toMatchObject({ from: null, to: "draft" })
    expect(view.hasOlderHistory).toBe(false)
  })

  it("a new claim is answered without reading it back: the view GET then answers", async () => {
    const created = await a.ian("POST", "/api/v1/claims", mwsClaim({ name: "Answered at once" }))
    expect(created.status).toBe(201)
    expect(created.body.history).toEqual([
      expect.objectContaining({ action: "claim.created", from: null, to: "draft" })
    ])
    const read = await a.ian("GET", `/api/v1/claims/${created.body.id}`)
    expect(created.body).toEqual(read.body)
  })

  it("lists carry summaries: no comments, history or acknowledgements, the rest as the claim page has it", async () => {
    const list = (await a.ian("GET", "/api/v1/claims?q=conversation")).body.claims
    expect(list.map((c: { name: string }) => c.name).sort()).toEqual([
      "Long conversation",
      "Short conversation"
    ])
    const view = (await a.ian("GET", `/api/v1/claims/${long}`)).body
    const summary = list.find((c: { id: string }) => c.id === long)
    for (const key of [
      "comments",
      "history",
      "hasOlderComments",
      "hasOlderHistory",
      "requiredAcknowledgements",
      "acknowledgements"
    ]) {
      expect(summary).not.toHaveProperty(key)
    }
    const {
      comments: _c,
      history: _h,
      hasOlderComments: _oc,
      hasOlderHistory: _oh,
      requiredAcknowledgements: _ra,
      acknowledgements: _a,
      ...rest
    } = view
    expect(summary).toEqual(rest)
  })
})
