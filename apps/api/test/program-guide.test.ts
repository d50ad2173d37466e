import { describe, expect, it } from "vitest"
import { type Caller, dialects, testAppFor } from "./support.ts"

/**
 * SPEC §3: each program links its program guide, shown in the Resources column of the partners' overview;
 * until an operator sets one, the partner portal's page about the program.
 */
describe.each(dialects)("program guide on %s", (dialect) => {
  const t = testAppFor(dialect)

  const osaOf = async (call: Caller) =>
    (await call("GET", "/api/v1/programs")).body.programs.find((p: any) => p.id === "prg_osa")
  /** The program as the operator posts it back (the fields of the body, without status). */
  /** The partner portal's page about the program: the guide while the operator has set none. */
  const isPortalPage = (url: string, id = "prg_osa") => new URL(url).pathname === `/partner/programs/${id}`
  const bodyOf = (program: any) => {
    const { status: _status, ...rest } = program
    return rest
  }

  it("links the portal's page about the program until the operator sets a guide; partners then see that", async () => {
    const ivy = await t.as("ivy@tailspin.example")
    const otto = await t.as("otto@vendor.example")
    const before = await osaOf(ivy)
    expect(isPortalPage(before.guideUrl)).toBe(true)
    const everyProgram = (await ivy("GET", "/api/v1/programs")).body.programs
    for (const p of everyProgram) expect(isPortalPage(p.guideUrl, p.id), p.id).toBe(true)
    const guide = "https://partner.example.com/incentives/online-services-advisor-guide.pdf"
    const saved = await otto("POST", "/api/v1/ops/programs", { ...bodyOf(before), guideUrl: guide })
    expect(saved.status).toBe(200)
    expect(saved.body.guideUrl).toBe(guide)
    expect((await osaOf(ivy)).guideUrl).toBe(guide)
  })

  it("keeps the guide when an update leaves it out; null goes back to the portal's page", async () => {
    const otto = await t.as("otto@vendor.example")
    const current = await osaOf(otto)
    const { guideUrl, ...withoutGuide } = bodyOf(current) as { guideUrl: string; [k: string]: unknown }
    expect(guideUrl).toMatch(/^https:/)
    const renamed = await otto("POST", "/api/v1/ops/programs", {
      ...withoutGuide,
      name: "Online Services Advisor"
    })
    expect(renamed.status).toBe(200)
    expect(renamed.body.guideUrl).toBe(guideUrl)
    const removed = await otto("POST", "/api/v1/ops/programs", { ...withoutGuide, guideUrl: null })
    expect(isPortalPage(removed.body.guideUrl)).toBe(true)
    expect(isPortalPage((await osaOf(otto)).guideUrl)).toBe(true)
  })

  it("refuses an address that is not https and changes nothing", async () => {
    const otto = await t.as("otto@vendor.example")
    const current = await osaOf(otto)
    for (const bad of ["http://partner.example.com/guide", "javascript:alert(1)", "https://", "guide.pdf"]) {
      const answer = await otto("POST", "/api/v1/ops/programs", { ...bodyOf(current), guideUrl: bad })
      expect(answer.status, bad).toBe(400)
      expect(answer.body.error.code).toBeTypeOf("string")
    }
    expect(isPortalPage((await osaOf(otto)).guideUrl)).toBe(true)
  })

  it("takes the portal page's address posted back as no guide; another http address is refused", async () => {
    const otto = await t.as("otto@vendor.example")
    const current = await osaOf(otto)
    expect(isPortalPage(current.guideUrl)).toBe(true)
    const roundTrip = await otto("POST", "/api/v1/ops/programs", bodyOf(current))
    expect(roundTrip.status).toBe(200)
    expect(roundTrip.body.guideUrl).toBe(current.guideUrl)
    const foreign = await otto("POST", "/api/v1/ops/programs", {
      ...bodyOf(current),
      guideUrl: "http://elsewhere.example/partner/programs/prg_osa"
    })
    expect(foreign.status).toBe(400)
    expect((await osaOf(otto)).guideUrl).toBe(current.guideUrl)
  })
})
