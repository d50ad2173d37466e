import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { AuditLog, ClaimRepository, ClaimsService } from "../../src/index.ts"
import {
  customer,
  elapseUntil,
  emailsOf,
  fileClaim,
  partners,
  subscriptionClaim,
  testLayer
} from "../../src/testing/index.ts"
import { codesOf, DAY, failure, start } from "./support.ts"

const recipientsOf = (partner: typeof partners.a | typeof partners.b) => [
  partner.adminEmail,
  `contact.${partner.partnerId}@partner.example`
]

describe("arbitration: two partners claim the same subscription", () => {
  it.effect("both open claims join one case; resolveCase approves the winner and rejects the loser", () =>
    Effect.gen(function* () {
      const { adminA, adminB, reviewer } = yield* start
      const claims = yield* ClaimsService
      const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
      assert.strictEqual(a.competing, false)
      yield* TestClock.adjust(DAY)
      const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
      assert.strictEqual(b.competing, true)
      assert.isNotNull(b.caseId)
      const caseId = b.caseId!
      const aNow = yield* claims.get(reviewer, a.id)
      assert.strictEqual(aNow.caseId, caseId)
      assert.strictEqual(aNow.competing, true)
      // The partner sees that it is in arbitration, never who the other party is.
      const ownView = yield* claims.get(adminA, a.id)
      assert.strictEqual(ownView.arbitration?.stage, "under_review")
      assert.notInclude(JSON.stringify(ownView), partners.b.partnerId)

      // A competing claim is not simply approved: the case decides.
      const approve = yield* failure(claims.decide(reviewer, a.id, { decision: "approve" }))
      assert.deepStrictEqual(codesOf(approve), ["arbitration_required"])

      const open = yield* claims.getCase(reviewer, caseId)
      assert.strictEqual(open.status, "open")
      assert.sameMembers(
        open.parties.map((p) => p.claimId),
        [a.id, b.id]
      )
      const noReason = yield* failure(
        claims.resolveCase(reviewer, caseId, { winnerClaimId: b.id, reasoning: " " })
      )
      assert.deepStrictEqual(codesOf(noReason), ["missing_field"])
      const partnerTry = yield* failure(
        claims.resolveCase(adminB, caseId, { winnerClaimId: b.id, reasoning: "We are better" })
      )
      assert.strictEqual(partnerTry._tag, "Forbidden")

      yield* TestClock.adjust(3_600_000)
      const resolved = yield* claims.resolveCase(reviewer, caseId, {
        winnerClaimId: b.id,
        reasoning: "Fabrikam's proof of execution is the most recent",
        version: open.version
      })
      assert.strictEqual(resolved.status, "resolved")
      assert.strictEqual(resolved.winnerClaimId, b.id)

      const winner = yield* claims.get(adminB, b.id)
      assert.strictEqual(winner.status, "approved")
      assert.strictEqual(winner.arbitration?.stage, "resolved")
      const loser = yield* claims.get(adminA, a.id)
      assert.strictEqual(loser.status, "rejected")
      assert.strictEqual(loser.rejectionReason, "lost_arbitration")
      assert.strictEqual(loser.rejectionText, "Fabrikam's proof of execution is the most recent")

      const repo = yield* ClaimRepository
      assert.deepStrictEqual(
        (yield* repo.activeOn([`subscription:${customer.dynamicsSales}`])).map((x) => x.claimId),
        [b.id]
      )
      const [rejection] = yield* emailsOf("claim.rejected")
      assert.sameMembers([...(rejection?.to ?? [])], recipientsOf(partners.a))
      assert.include(rejection?.text ?? "", "(another partner's claim won the arbitration)")
      const [approval] = yield* emailsOf("claim.approved")
      assert.sameMembers([...(approval?.to ?? [])], recipientsOf(partners.b))

      const events = yield* (yield* AuditLog).list({ entityType: "case", entityId: caseId, limit: 10 })
      assert.deepStrictEqual(
        events.map((e) => [e.action, e.actorId]),
        [
          ["case.resolved", "usr_reviewer"],
          ["case.opened", "system"]
        ]
      )
      // A case is resolved once.
      const again = yield* failure(
        claims.resolveCase(reviewer, caseId, { winnerClaimId: a.id, reasoning: "Changed my mind" })
      )
      assert.deepStrictEqual(codesOf(again), ["illegal_transition"])
      assert.strictEqual((yield* claims.get(adminA, a.id)).status, "rejected")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("a newcomer that wins against the holder takes over when its own consent window has passed", () =>
    Effect.gen(function* () {
      const { adminA, adminB, reviewer } = yield* start
      const claims = yield* ClaimsService
      const repo = yield* ClaimRepository
      const target = `subscription:${customer.dynamicsSales}`
      // A holds the subscription: approved, and official once its consent window ended (Monday 9 March).
      const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
      yield* claims.decide(reviewer, a.id, { decision: "approve" })
      yield* elapseUntil(new Date("2026-03-09T09:00:00.000Z"))
      assert.strictEqual((yield* claims.get(adminA, a.id)).official, true)

      // B claims it too: a case with the holder; B's consent window ends Monday 16 March.
      const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
      assert.isNotNull(b.caseId)
      const open = yield* claims.getCase(reviewer, b.caseId!)
      assert.deepStrictEqual(
        open.parties.map((p) => [p.claimId, p.holder]),
        [
          [a.id, true],
          [b.id, false]
        ]
      )
      yield* TestClock.adjust(DAY)
      yield* claims.resolveCase(reviewer, b.caseId!, {
        winnerClaimId: b.id,
        reasoning: "B did the deployment"
      })

      // Approved, but the holder keeps the subscription until B's association is official.
      assert.strictEqual((yield* claims.get(adminB, b.id)).status, "approved")
      assert.strictEqual((yield* claims.get(adminA, a.id)).status, "approved")
      assert.deepStrictEqual(
        (yield* repo.activeOn([target])).map((x) => x.claimId),
        [a.id]
      )
      assert.deepStrictEqual(
        (yield* repo.associationsOfClaim(b.id)).map((x) => x.status),
        ["pending"]
      )

      yield* elapseUntil(new Date("2026-03-16T09:00:00.000Z"))
      const won = yield* claims.get(adminB, b.id)
      assert.strictEqual(won.official, true)
      const superseded = yield* claims.get(adminA, a.id)
      assert.strictEqual(superseded.status, "ended")
      assert.strictEqual(superseded.rejectionReason, "lost_arbitration")
      assert.deepStrictEqual(
        (yield* repo.activeOn([target])).map((x) => x.claimId),
        [b.id]
      )
      assert.deepStrictEqual(
        (yield* repo.associationsOfClaim(a.id)).map((x) => [x.status, x.endReason]),
        [["ended", "superseded"]]
      )
      const [ended] = yield* emailsOf("claim.ended")
      assert.sameMembers([...(ended?.to ?? [])], recipientsOf(partners.a))
      assert.include(ended?.text ?? "", "won the arbitration")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("a newcomer whose consent window has already passed takes over at the resolution", () =>
    Effect.gen(function* () {
      const { adminA, adminB, reviewer } = yield* start
      const claims = yield* ClaimsService
      const repo = yield* ClaimRepository
      const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
      yield* claims.decide(reviewer, a.id, { decision: "approve" })
      const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
      // Both consent windows end on Monday 9 March; the case is resolved on Tuesday.
      yield* elapseUntil(new Date("2026-03-10T09:00:00.000Z"))
      assert.strictEqual((yield* claims.get(adminB, b.id)).consent.status, "lapsed")
      yield* claims.resolveCase(reviewer, b.caseId!, {
        winnerClaimId: b.id,
        reasoning: "B did the deployment"
      })
      const won = yield* claims.get(adminB, b.id)
      assert.strictEqual(won.status, "approved")
      assert.strictEqual(won.official, true)
      assert.strictEqual((yield* claims.get(adminA, a.id)).status, "ended")
      assert.deepStrictEqual(
        (yield* repo.activeOn([`subscription:${customer.dynamicsSales}`])).map((x) => x.claimId),
        [b.id]
      )
      assert.strictEqual((yield* emailsOf("claim.ended")).length, 1)
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("a winner that waits for the partner's information cannot win yet: the case stays open", () =>
    Effect.gen(function* () {
      const { adminA, adminB, reviewer } = yield* start
      const claims = yield* ClaimsService
      const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
      const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
      yield* claims.decide(reviewer, b.id, { decision: "request_info", comment: "Which project?" })
      const refused = yield* failure(
        claims.resolveCase(reviewer, b.caseId!, { winnerClaimId: b.id, reasoning: "B did the deployment" })
      )
      assert.deepStrictEqual(codesOf(refused), ["illegal_transition"])
      const still = yield* claims.getCase(reviewer, b.caseId!)
      assert.strictEqual(still.status, "open")
      assert.strictEqual(still.winnerClaimId, null)
      assert.strictEqual((yield* claims.get(adminA, a.id)).status, "submitted")
      assert.deepStrictEqual(yield* emailsOf("claim.rejected"), [])
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("the holder may win: the newcomer is rejected and the holder keeps its association", () =>
    Effect.gen(function* () {
      const { adminA, adminB, reviewer } = yield* start
      const claims = yield* ClaimsService
      const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
      yield* claims.decide(reviewer, a.id, { decision: "approve" })
      const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
      yield* claims.resolveCase(reviewer, b.caseId!, { winnerClaimId: a.id, reasoning: "A holds it rightly" })
      assert.strictEqual((yield* claims.get(adminA, a.id)).status, "approved")
      const lost = yield* claims.get(adminB, b.id)
      assert.strictEqual(lost.status, "rejected")
      assert.strictEqual(lost.rejectionReason, "lost_arbitration")
      assert.deepStrictEqual(
        (yield* (yield* ClaimRepository).activeOn([`subscription:${customer.dynamicsSales}`])).map(
          (x) => x.claimId
        ),
        [a.id]
      )
    }).pipe(Effect.provide(testLayer()))
  )
})
