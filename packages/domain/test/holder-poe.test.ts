import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { ClaimsService } from "../src/index.ts"
import { emailsOf, fileClaim, partners, pdf, subscriptionClaim, testLayer } from "../src/testing/index.ts"
import { DAY, start } from "./workflows/support.ts"

/** SPEC §5–§6, issue 15 item 5: the holder of an approved association defends it with newer proof. */
describe("the holder adds newer proof of execution", () => {
  it.effect(
    "no status change, in the history; the reviewers are emailed; most_recent_poe then recommends the holder",
    () =>
      Effect.gen(function* () {
        const { adminA, adminB, reviewer } = yield* start
        const claims = yield* ClaimsService
        // A holds the subscription (approved); a day later B claims it with newer proof.
        const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
        yield* claims.decide(reviewer, a.id, { decision: "approve" })
        yield* TestClock.adjust(DAY)
        const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
        const caseId = b.caseId!
        const before = yield* claims.getCase(reviewer, caseId)
        assert.strictEqual(before.recommendation.policy, "most_recent_poe")
        assert.strictEqual(before.recommendation.recommendedClaimId, b.id)
        assert.lengthOf(yield* emailsOf("claim.newer_poe"), 0)

        // A day later A adds a newer signed statement of work: still approved, recorded in the history.
        yield* TestClock.adjust(DAY)
        const defended = yield* claims.attachPoe(adminA, a.id, { ...pdf, fileName: "renewed-sow.pdf" })
        assert.strictEqual(defended.status, "approved")
        assert.deepStrictEqual(
          defended.poe.map((p) => p.fileName),
          ["statement-of-work.pdf", "renewed-sow.pdf"]
        )
        const entry = defended.history.at(-1)
        assert.deepStrictEqual(
          [entry?.action, entry?.from, entry?.to],
          ["claim.poe_attached", "approved", "approved"]
        )

        // Each party's newest proof counts: the holder's is now the most recent.
        const after = yield* claims.getCase(reviewer, caseId)
        assert.strictEqual(after.recommendation.recommendedClaimId, a.id)
        assert.include(
          after.recommendation.facts.at(-1) ?? "",
          `PartnerID ${partners.a.partnerId} has the most recent proof of execution (2026-03-04 09:00 UTC)`
        )

        // The reviewer who approved the claim is told, with a link to it in the reviewer console.
        const [email] = yield* emailsOf("claim.newer_poe")
        assert.deepStrictEqual([...(email?.to ?? [])], ["reviewer@vendor.example"])
        assert.include(email?.subject ?? "", "Newer proof of execution")
        assert.include(email?.text ?? "", "renewed-sow.pdf")
        assert.include(email?.text ?? "", `/review/claims/${a.id}`)

        // Proof added before approval (a draft) tells no reviewer.
        const draft = yield* claims.create(adminB, subscriptionClaim(partners.b.partnerId))
        yield* claims.attachPoe(adminB, draft.id, pdf)
        assert.lengthOf(yield* emailsOf("claim.newer_poe"), 1)
      }).pipe(Effect.provide(testLayer()))
  )
})
