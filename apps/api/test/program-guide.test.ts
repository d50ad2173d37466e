import { describe, expect, it } from "vitest"
import { type Caller, dialects, testAppFor } from "./support.ts"

/** SPEC §3: each program links its program guide, shown in the Resources column of the partners' overview. */
describe.each(dialects)("program guide on %s", (dialect) => {
  const t = testAppFor(dialect)

  const osaOf = async (call: Caller) =>
    (await call("GET", "/api/v1/programs")).body.programs.find((p: any) => p.id === "prg_osa")
  /** The program as the operator posts it back (the fields of the body, without status). */
  const bodyOf = (program: any) => {
    const { status: _status, ...rest } = program
    return rest
  }

  it("has no guide until the operator sets one; partners then see it", async () => {
    const ivy = await t.as("ivy@tailspin.example")
    const otto = await t.as("otto@vendor.example")
    const before = await osaOf(ivy)
    expect(before.guideUrl).toBeNull()
    const guide = "https://partner.example.com/incentives/online-services-advisor-guide.pdf"
    const saved = await otto("POST", "/api/v1/ops/programs", { ...bodyOf(before), guideUrl: guide })
    expect(saved.status).toBe(200)
    expect(saved.body.guideUrl).toBe(guide)
    expect((await osaOf(ivy)).guideUrl).toBe(guide)
  })

  it("keeps the guide when an update leaves it out, removes it with null", async () => {
    const otto = await t.as("otto@vendor.example")
    const current = await osaOf(otto)
    const { guideUrl, ...withoutGuide } = bodyOf(current)
    expect(guideUrl).toMatch(/^https:/)
    const renamed = await otto("POST", "/api/v1/ops/programs", {
      ...withoutGuide,
      name: "Online Services Advisor"
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.guideUrl).toBe(guideUrl)
    const removed = await otto("POST", "/api/v1/ops/programs", { ...withoutGuide, guideUrl: null })
    expect(removed.body.guideUrl).toBeNull()
    expect((await osaOf(otto)).guideUrl).toBeNull()
  })

  it("refuses an address that is not https and changes nothing", async () => {
    const otto = await t.as("otto@vendor.example")
    const current = await osaOf(otto)
    for (const bad of ["http://partner.example.com/guide", "javascript:alert(1)", "https://", "guide.pdf"]) {
      const answer = await otto("POST", "/api/v1/ops/programs", { ...bodyOf(current), guideUrl: bad })
      expect(answer.status, bad).toBe(400)
      expect(answer.body.error.code).toBeTypeOf("string")
    }
    expect((await osaOf(otto)).guideUrl).toBeNull()
  })
})
