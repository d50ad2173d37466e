import { assert, describe, it } from "@effect/vitest"
import { Effect } from "effect"
import { addBusinessDays, ClaimsService, makeCalendar } from "../../src/index.ts"
import {
  acknowledgementIds,
  customer,
  emailsOf,
  fileClaim,
  partners,
  pdf,
  testLayer,
  workloadClaim
} from "../../src/testing/index.ts"
import { codesOf, failure, iso, pendingJobs, START, start } from "./support.ts"

describe("submit", () => {
  it.effect("reports every broken rule of a submission together", () =>
    Effect.gen(function* () {
      const { adminA } = yield* start
      const claims = yield* ClaimsService
      const draft = yield* claims.create(
        adminA,
        workloadClaim(partners.a.partnerId, {
          customerDomain: "not-northwind.example",
          workloads: ["teams", "defender_endpoint"]
        })
      )
      const error = yield* failure(claims.submit(adminA, draft.id, undefined, acknowledgementIds))
      assert.deepStrictEqual([...codesOf(error)].sort(), [
        "domain_tenant_mismatch",
        "poe_required",
        "product_not_in_tenant"
      ])
      assert.strictEqual((yield* claims.get(adminA, draft.id)).status, "draft")
      assert.deepStrictEqual(yield* emailsOf("claim.consent_request"), [])
      assert.deepStrictEqual(yield* pendingJobs("claims.consent_window"), [])
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect(
    "refuses a submission without every acknowledgement, naming the missing ones; stores those confirmed",
    () =>
      Effect.gen(function* () {
        const { adminA } = yield* start
        const claims = yield* ClaimsService
        const draft = yield* claims.create(adminA, workloadClaim(partners.a.partnerId))
        yield* claims.attachPoe(adminA, draft.id, pdf)
        assert.deepStrictEqual(
          (yield* claims.get(adminA, draft.id)).requiredAcknowledgements.map((a) => a.id),
          acknowledgementIds
        )
        const error = yield* failure(
          claims.submit(adminA, draft.id, undefined, acknowledgementIds.slice(0, 1))
        )
        assert.deepStrictEqual(codesOf(error), ["acknowledgements_required"])
        const violation = (error as { violations: ReadonlyArray<{ details?: { missing?: unknown } }> })
          .violations[0]
        const missing = (violation?.details?.missing ?? []) as ReadonlyArray<{ id: string }>
        assert.deepStrictEqual(
          missing.map((a) => a.id),
          acknowledgementIds.slice(1)
        )
        assert.strictEqual((yield* claims.get(adminA, draft.id)).status, "draft")
        const submitted = yield* claims.submit(adminA, draft.id, undefined, acknowledgementIds)
        assert.strictEqual(submitted.status, "submitted")
        assert.deepStrictEqual(
          submitted.acknowledgements.map((a) => a.id),
          acknowledgementIds
        )
        const entry = submitted.history.find((h) => h.action === "claim.submit")
        assert.deepStrictEqual(
          entry?.acknowledgements?.map((a) => a.id),
          acknowledgementIds
        )
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect("with only required fields missing, answers missing_field naming each of them", () =>
    Effect.gen(function* () {
      const { adminA } = yield* start
      const claims = yield* ClaimsService
      const draft = yield* claims.create(
        adminA,
        workloadClaim(partners.a.partnerId, {
          customerContact: { name: "", title: "", email: customer.contactEmail }
        })
      )
      yield* claims.attachPoe(adminA, draft.id, pdf)
      const error = yield* failure(claims.submit(adminA, draft.id, undefined, acknowledgementIds))
      assert.deepStrictEqual(codesOf(error), ["missing_field"])
      assert.include(error.message, "the customer contact's name")
      assert.include(error.message, "the customer contact's title")
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("moves the claim to submitted, asks the customer for consent and starts the consent timer", () =>
    Effect.gen(function* () {
      const { adminA } = yield* start
      const submitted = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      assert.strictEqual(submitted.status, "submitted")
      assert.strictEqual(submitted.consent.status, "awaiting_response")
      // Monday + 5 business days = the next Monday, same time.
      const windowEnds = "2026-03-09T09:00:00.000Z"
      assert.strictEqual(iso(submitted.consent.windowEndsAt), windowEnds)
      assert.strictEqual(iso(submitted.submittedAt), START.toISOString())

      const timers = yield* pendingJobs("claims.consent_window")
      assert.deepStrictEqual(
        timers.map((j) => [j.runAt.toISOString(), j.payload, j.uniqueKey]),
        [[windowEnds, { claimId: submitted.id }, `consent:${submitted.id}`]]
      )
      const [request] = yield* emailsOf("claim.consent_request")
      assert.deepStrictEqual(request?.to, [customer.contactEmail])
      assert.include(request?.text ?? "", "2026-03-09")
      const [receipt] = yield* emailsOf("claim.submitted")
      assert.sameMembers(
        [...(receipt?.to ?? [])],
        [partners.a.adminEmail, `contact.${partners.a.partnerId}@partner.example`]
      )
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("the consent window follows the configured number of business days", () =>
    Effect.gen(function* () {
      const { adminA } = yield* start
      const submitted = yield* fileClaim(adminA, workloadClaim(partners.a.partnerId))
      const expected = addBusinessDays(makeCalendar({}), START, 10).toISOString()
      assert.strictEqual(iso(submitted.consent.windowEndsAt), expected)
      assert.deepStrictEqual(
        (yield* pendingJobs("claims.consent_window")).map((j) => j.runAt.toISOString()),
        [expected]
      )
    }).pipe(Effect.provide(testLayer({ claims: { consentWindowBusinessDays: 10 } })))
  )
})
