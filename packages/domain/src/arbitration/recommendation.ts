import type { ArbitrationPolicy } from "../catalog/catalog.ts"
import type { Party, Recommendation } from "./model.ts"

const day = (d: Date | null) =>
  d === null ? "never" : `${d.toISOString().replace("T", " ").slice(0, 16)} UTC`

const byRegistration = (a: Party, b: Party) =>
  (a.registeredAt?.getTime() ?? Number.POSITIVE_INFINITY) -
    (b.registeredAt?.getTime() ?? Number.POSITIVE_INFINITY) || a.claimId.localeCompare(b.claimId)

/**
 * The program's policy recommends a winner (SPEC §6); the decision stays the reviewer's.
 * - most_recent_poe (default): the party with the most recent proof of execution; a tie goes to the
 *   party that registered first. Parties without POE cannot win on POE.
 * - first_registered: the party that registered its claim first.
 * - reviewer_decides: no recommendation.
 */
export const recommend = (policy: ArbitrationPolicy, parties: ReadonlyArray<Party>): Recommendation => {
  const facts: Array<string> = []
  for (const p of [...parties].sort(byRegistration)) {
    facts.push(
      `PartnerID ${p.partnerId}${p.holder ? " (current holder)" : ""}: registered ${day(p.registeredAt)}, most recent proof of execution ${day(p.latestPoeAt)}`
    )
  }
  if (parties.length === 0) return { policy, recommendedClaimId: null, facts: ["The case has no parties"] }
  switch (policy) {
    case "reviewer_decides":
      facts.push("The program's policy leaves the decision to the reviewer; no recommendation")
      return { policy, recommendedClaimId: null, facts }
    case "first_registered": {
      const winner = [...parties].sort(byRegistration)[0]!
      facts.push(
        `Policy first_registered: PartnerID ${winner.partnerId} registered first (${day(winner.registeredAt)})`
      )
      return { policy, recommendedClaimId: winner.claimId, facts }
    }
    case "most_recent_poe": {
      const withPoe = parties.filter((p) => p.latestPoeAt !== null)
      if (withPoe.length === 0) {
        facts.push("Policy most_recent_poe: no party has a proof of execution; no recommendation")
        return { policy, recommendedClaimId: null, facts }
      }
      const winner = [...withPoe].sort(
        (a, b) => b.latestPoeAt!.getTime() - a.latestPoeAt!.getTime() || byRegistration(a, b)
      )[0]!
      const tied =
        withPoe.filter((p) => p.latestPoeAt!.getTime() === winner.latestPoeAt!.getTime()).length > 1
      facts.push(
        `Policy most_recent_poe: PartnerID ${winner.partnerId} has the most recent proof of execution (${day(winner.latestPoeAt)})${tied ? "; tied, so the earlier registration wins" : ""}`
      )
      return { policy, recommendedClaimId: winner.claimId, facts }
    }
  }
}
