import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { TestClock } from "effect/testing"
import { ClaimRepository, ClaimsService, type UserId } from "../../src/index.ts"
import { emailsOf, fileClaim, partners, testLayer, workloadClaim } from "../../src/testing/index.ts"
import { codesOf, failure, iso, pendingJobs, start } from "./support.ts"

const contact = `contact.${partners.a.partnerId}@partner.example`

describe("decide", () => {
  it.effect("approve: the claim is approved and its association starts, official only after consent", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      const approved = yield* claims.decide(reviewer, claim.id, {
        decision: "approve",
        comment: "Looks good"
      })
      assert.strictEqual(approved.status, "approved")
      assert.strictEqual(approved.official, false)
      assert.strictEqual(approved.consent.status, "awaiting_response")
      const associations = yield* (yield* ClaimRepository).associationsOfClaim(claim.id)
      assert.deepStrictEqual(
        associations.map((a) => [a.targetKey, a.status, a.officialAt]),
        [[`workload:${claim.tenantId}:teams`, "active", null]]
      )
      const [email] = yield* emailsOf("claim.approved")
      assert.sameMembers([...(email?.to ?? [])], [partners.a.adminEmail, contact])
      assert.deepStrictEqual(yield* emailsOf("claim.official"), [])
      assert.include(
        approved.comments.map((c) => c.body),
        "Looks good"
      )
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("reject needs a reviewer's reason, and 'other' needs a comment", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      assert.deepStrictEqual(
        codesOf(yield* failure(claims.decide(reviewer, claim.id, { decision: "reject" }))),
        ["missing_field"]
      )
      assert.deepStrictEqual(
        codesOf(
          yield* failure(
            claims.decide(reviewer, claim.id, { decision: "reject", reason: "lost_arbitration" })
          )
        ),
        ["invalid_request"]
      )
      assert.deepStrictEqual(
        codesOf(yield* failure(claims.decide(reviewer, claim.id, { decision: "reject", reason: "other" }))),
        ["missing_field"]
      )
      const rejected = yield* claims.decide(reviewer, claim.id, {
        decision: "reject",
        reason: "insufficient_poe",
        comment: "The statement of work is not signed"
      })
      assert.strictEqual(rejected.status, "rejected")
      assert.strictEqual(rejected.rejectionReason, "insufficient_poe")
      assert.strictEqual(rejected.rejectionText, "The statement of work is not signed")
      // The partner may dispute within 30 days (calendar days) of the rejection.
      assert.strictEqual(iso(rejected.deadlines.disputeBy), "2026-04-01T09:00:00.000Z")
      const [email] = yield* emailsOf("claim.rejected")
      assert.include(email?.text ?? "", "(the proof of execution is insufficient)")
      assert.include(email?.text ?? "", "within 30 days")
      assert.deepStrictEqual(yield* (yield* ClaimRepository).associationsOfClaim(claim.id), [])
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("request_info needs a comment and starts the partner-response timer (14 business days)", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      assert.deepStrictEqual(
        codesOf(
          yield* failure(claims.decide(reviewer, claim.id, { decision: "request_info", comment: " " }))
        ),
        ["missing_field"]
      )
      const asked = yield* claims.decide(reviewer, claim.id, {
        decision: "request_info",
        comment: "Which teams use it?"
      })
      assert.strictEqual(asked.status, "partner_action_required")
      // Monday 2 March + 14 business days = Friday 20 March.
      const due = "2026-03-20T09:00:00.000Z"
      assert.strictEqual(iso(asked.deadlines.partnerResponseBy), due)
      assert.deepStrictEqual(
        (yield* pendingJobs("claims.partner_response")).map((j) => [j.runAt.toISOString(), j.uniqueKey]),
        [[due, `partner-response:${claim.id}`]]
      )
      const [email] = yield* emailsOf("claim.info_requested")
      assert.include(email?.text ?? "", "Which teams use it?")
      assert.include(email?.text ?? "", "2026-03-20")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect(
    "a comment answers with the comment alone; the signed-in user, when given, names its author",
    () =>
      Effect.gen(function* () {
        const { adminA, reviewer } = yield* start
        const claims = yield* ClaimsService
        const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
        assert.deepStrictEqual(codesOf(yield* failure(claims.comment(adminA, claim.id, "  "))), [
          "missing_field"
        ])
        // Without the signed-in user the author's name is read from the directory of users.
        const read = yield* claims.comment(adminA, claim.id, "  Which SOW?  ")
        assert.deepStrictEqual(Object.keys(read).sort(), [
          "authorName",
          "authorType",
          "body",
          "createdAt",
          "id",
          "notice"
        ])
        assert.deepStrictEqual(
          [read.authorType, read.authorName, read.body],
          ["partner", partners.a.adminEmail.split("@")[0], "Which SOW?"]
        )
        // The signed-in user (the request's, already loaded) names the author; another user's record does not.
        const userId = reviewer.kind === "vendor" ? reviewer.userId : ("" as UserId)
        yield* TestClock.adjust(60_000) // one comment a minute: the thread's order is theirs
        const given = yield* claims.comment(reviewer, claim.id, "Signed", {
          id: userId,
          displayName: "Rita R"
        })
        assert.strictEqual(given.authorName, "Reviewer (Rita R)")
        yield* TestClock.adjust(60_000)
        const other = yield* claims.comment(reviewer, claim.id, "Other", {
          id: "usr_other" as UserId,
          displayName: "Mallory"
        })
        assert.strictEqual(other.authorName, "Reviewer (reviewer)")
        const view = yield* claims.get(adminA, claim.id)
        assert.deepStrictEqual(view.comments, [read, given, other])
        assert.deepStrictEqual(
          view.history.filter((h) => h.action === "claim.commented").map((h) => h.actorType),
          ["partner", "vendor", "vendor"]
        )
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect("only reviewers decide; a stale version is a version conflict", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      const refused = yield* failure(claims.decide(adminA, claim.id, { decision: "approve" }))
      assert.strictEqual(refused._tag, "Forbidden")
      const stale = yield* failure(
        claims.decide(reviewer, claim.id, { decision: "approve", version: claim.version - 1 })
      )
      assert.strictEqual(stale._tag, "VersionConflict")
      assert.strictEqual((yield* claims.get(reviewer, claim.id)).status, "submitted")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("a decided claim cannot be decided again (illegal transition), and nothing changes", () =>
    Effect.gen(function* () {
      const { adminA, reviewer } = yield* start
      const claims = yield* ClaimsService
      const claim = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      const approved = yield* claims.decide(reviewer, claim.id, { decision: "approve" })
      const again = yield* failure(
        claims.decide(reviewer, claim.id, { decision: "reject", reason: "insufficient_poe" })
      )
      assert.deepStrictEqual(codesOf(again), ["illegal_transition"])
      const now = yield* claims.get(reviewer, claim.id)
      assert.strictEqual(now.status, "approved")
      assert.strictEqual(now.version, approved.version)
    }).pipe(Effect.provide(testLayer()))
  )
})
