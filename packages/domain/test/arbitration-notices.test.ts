import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { ClaimsService } from "../src/index.ts"
import { emailsOf, fileClaim, partners, subscriptionClaim, testLayer } from "../src/testing/index.ts"
import { DAY, start } from "./workflows/support.ts"

/**
 * SPEC §6, seed 004, issue 15 item 6 (in memory): joining an arbitration case posts a system notice that
 * names no other party and emails the partner; the partner's answer marks the claim answered in the queue.
 */
describe("arbitration notices and the partner's answers", () => {
  it.effect(
    "both parties are told in their comments and by email; the queue shows who waits and who answered",
    () =>
      Effect.gen(function* () {
        const { adminA, adminB, reviewer } = yield* start
        const claims = yield* ClaimsService
        const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
        assert.lengthOf(yield* emailsOf("claim.arbitration_notice"), 0)
        yield* TestClock.adjust(DAY)
        const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
        assert.isTrue(b.competing)

        const aView = yield* claims.get(adminA, a.id)
        const bView = yield* claims.get(adminB, b.id)
        for (const [view, other] of [
          [aView, partners.b],
          [bView, partners.a]
        ] as const) {
          const notices = view.comments.filter((c) => c.notice === "arbitration")
          assert.lengthOf(notices, 1)
          assert.strictEqual(notices[0]!.authorType, "system")
          for (const secret of [other.name, other.partnerId, other.organizationId, other.adminEmail])
            assert.notInclude(JSON.stringify(notices[0]), secret)
        }
        const mails = yield* emailsOf("claim.arbitration_notice")
        assert.sameMembers(
          mails.flatMap((m) => m.to),
          [
            partners.a.adminEmail,
            `contact.${partners.a.partnerId}@partner.example`,
            partners.b.adminEmail,
            `contact.${partners.b.partnerId}@partner.example`
          ]
        )
        for (const m of mails) {
          const other = m.to.includes(partners.a.adminEmail) ? partners.b : partners.a
          assert.notInclude(m.subject + m.text, other.name)
          assert.notInclude(m.subject + m.text, other.partnerId)
        }

        const row = (id: string) =>
          Effect.map(claims.queue(reviewer, { limit: 50 }), (rows) => rows.find((r) => r.claimId === id)!)
        assert.deepInclude(yield* row(a.id), { awaitingPartner: true, answered: false })
        yield* TestClock.adjust(60_000)
        yield* claims.comment(adminA, a.id, "Our SOW was signed by the CFO")
        assert.deepInclude(yield* row(a.id), { awaitingPartner: false, answered: true })
        assert.deepInclude(yield* row(b.id), { awaitingPartner: true, answered: false })
        // The answered filter of the queue.
        const answered = yield* claims.queue(reviewer, { limit: 50, answered: true })
        assert.deepStrictEqual(
          answered.map((r) => r.claimId),
          [a.id]
        )
        // A reviewer comment waits for the partner again, and is emailed to it.
        yield* TestClock.adjust(60_000)
        yield* claims.comment(reviewer, a.id, "Please upload it")
        assert.deepInclude(yield* row(a.id), { awaitingPartner: true, answered: false })
        const asked = yield* emailsOf("claim.reviewer_comment")
        assert.lengthOf(asked, 1)
        assert.include(asked[0]!.text, "Please upload it")
      }).pipe(Effect.provide(testLayer()))
  )
})
