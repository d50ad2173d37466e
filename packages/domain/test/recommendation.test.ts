import { describe, expect, it } from "vitest"
import { type Party, recommend } from "../src/index.ts"

const at = (s: string) => new Date(s)
const holder: Party = {
  claimId: "clm_holder",
  partnerId: "1000001",
  holder: true,
  registeredAt: at("2026-01-10T09:00:00Z"),
  latestPoeAt: at("2026-01-09T12:00:00Z")
}
const challenger: Party = {
  claimId: "clm_new",
  partnerId: "2000001",
  holder: false,
  registeredAt: at("2026-11-02T09:00:00Z"),
  latestPoeAt: at("2026-10-30T15:00:00Z")
}
const noPoe: Party = {
  claimId: "clm_nopoe",
  partnerId: "3000001",
  holder: false,
  registeredAt: at("2025-12-01T09:00:00Z"),
  latestPoeAt: null
}

describe("arbitration recommendation by program policy", () => {
  it("most_recent_poe (default): the most recent proof of execution wins, with the facts", () => {
    const r = recommend("most_recent_poe", [holder, challenger, noPoe])
    expect(r.recommendedClaimId).toBe("clm_new")
    expect(r.facts.at(-1)).toMatch(
      /PartnerID 2000001 has the most recent proof of execution \(2026-10-30 15:00 UTC\)/
    )
    expect(r.facts).toContain(
      "PartnerID 1000001 (current holder): registered 2026-01-10 09:00 UTC, most recent proof of execution 2026-01-09 12:00 UTC"
    )
  })

  it("most_recent_poe: a tie goes to the earlier registration; nobody with POE → no recommendation", () => {
    const tied = { ...challenger, latestPoeAt: holder.latestPoeAt }
    const r = recommend("most_recent_poe", [tied, holder])
    expect(r.recommendedClaimId).toBe("clm_holder")
    expect(r.facts.at(-1)).toMatch(/tied, so the earlier registration wins/)
    expect(recommend("most_recent_poe", [noPoe]).recommendedClaimId).toBeNull()
  })

  it("first_registered: the earliest registration wins even without the latest POE", () => {
    const r = recommend("first_registered", [holder, challenger, noPoe])
    expect(r.recommendedClaimId).toBe("clm_nopoe")
    expect(r.facts.at(-1)).toMatch(/PartnerID 3000001 registered first/)
  })

  it("reviewer_decides: no recommendation, the facts still listed", () => {
    const r = recommend("reviewer_decides", [holder, challenger])
    expect(r.recommendedClaimId).toBeNull()
    expect(r.facts).toHaveLength(3)
  })
})
