import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Layer, Option } from "effect"
import { TestClock } from "effect/testing"
import { expect } from "vitest"
import {
  type Actor,
  actorFromUser,
  ClaimsService,
  IdentityRepository,
  JobQueue,
  PorService,
  RoleAssignment,
  retryDelay,
  User,
  type UserId,
  WEBHOOK_DELIVERY_ATTEMPTS,
  WebhookConfig,
  WebhookEvents,
  WebhookService
} from "../src/index.ts"
import { Language } from "../src/preferences/language.ts"
import {
  customer,
  elapse,
  emailsOf,
  fileClaim,
  partners,
  subscriptionClaim,
  testLayer
} from "../src/testing/index.ts"
import { MemoryStore } from "../src/testing/memory/store.ts"
import {
  type MemoryReceiver,
  RECEIVERS_TABLE,
  SENT_TABLE,
  type SentWebhook
} from "../src/testing/memory/webhooks.ts"
import { webhookTexts } from "../src/webhooks/email-texts.ts"
import { DAY, failure, start } from "./workflows/support.ts"

const HOUR = 3_600_000
const ALL = [
  "claim.status_changed",
  "claim.consent_changed",
  "claim.arbitration_joined",
  "claim.case_resolved",
  "enrollment.state_changed",
  "dpor.added",
  "dpor.removed"
] as const

/** A partner organization's Global admin (the seeded world has none). */
const globalAdmin = (partner: typeof partners.a | typeof partners.b) =>
  Effect.gen(function* () {
    const identity = yield* IdentityRepository
    const u = new User({
      id: `usr_ga_${partner.partnerId}` as UserId,
      email: `ga@${partner.partnerId}.example`,
      displayName: "Global admin",
      kind: "partner",
      organizationId: partner.organizationId,
      tenantId: null,
      active: true
    })
    yield* identity.upsertUser(u, "x")
    yield* identity.assignRole(new RoleAssignment({ userId: u.id, role: "global_admin", locationId: null }))
    return actorFromUser(u, yield* identity.rolesOf(u.id))!
  })

const receiver = (url: string, answer: MemoryReceiver) =>
  Effect.map(
    MemoryStore,
    (store) => void store.table<string, MemoryReceiver>(RECEIVERS_TABLE).set(url, answer)
  )

const sent = Effect.map(MemoryStore, (store) => [...store.table<number, SentWebhook>(SENT_TABLE).values()])

const bodies = (url: string) =>
  Effect.map(sent, (all) =>
    all
      .filter((s) => s.url === url)
      .map((s) => JSON.parse(s.body) as { type: string; data: Record<string, unknown> })
  )

const endpoint = (actor: Actor, url: string, eventTypes: ReadonlyArray<(typeof ALL)[number]> = ALL) =>
  Effect.flatMap(WebhookService, (s) => s.create(actor, { url, eventTypes: [...eventTypes] }))

describe("webhooks: who receives what", () => {
  it.effect(
    "a partner receives only its own claims' events, never the other party of its case; the vendor all",
    () =>
      Effect.gen(function* () {
        const { adminA, adminB, reviewer, operator, customerAdmin } = yield* start
        const gaA = yield* globalAdmin(partners.a)
        const gaB = yield* globalAdmin(partners.b)
        yield* endpoint(gaA, "https://a.example/hook")
        yield* endpoint(gaB, "https://b.example/hook")
        yield* endpoint(operator, "https://vendor.example/hook")
        // Subscribed to one type only: receives nothing else.
        yield* endpoint(gaA, "https://a.example/dpor-only", ["dpor.added"])

        const claims = yield* ClaimsService
        const a = yield* fileClaim(adminA, subscriptionClaim(partners.a.partnerId))
        yield* TestClock.adjust(DAY)
        const b = yield* fileClaim(adminB, subscriptionClaim(partners.b.partnerId))
        const caseId = b.caseId!
        yield* claims.resolveCase(reviewer, caseId, { winnerClaimId: b.id, reasoning: "B's proof is newer" })
        const por = yield* PorService
        yield* por.setPartnerOfRecord(customerAdmin, customer.dynamicsService, partners.a.partnerId)
        yield* por.setPartnerOfRecord(customerAdmin, customer.dynamicsService, partners.b.partnerId)
        yield* elapse(1000)

        const toA = yield* bodies("https://a.example/hook")
        const toB = yield* bodies("https://b.example/hook")
        const toVendor = yield* bodies("https://vendor.example/hook")
        // A's endpoint: only A's claim and organization, never B's claim, PartnerID or organization.
        for (const e of toA) {
          assert.strictEqual(e.data.organizationId, partners.a.organizationId, JSON.stringify(e))
          if ("claimId" in e.data) assert.strictEqual(e.data.claimId, a.id)
        }
        const textA = JSON.stringify(toA)
        for (const other of [b.id, partners.b.partnerId, partners.b.organizationId])
          assert.notInclude(textA, other)
        for (const e of toB) assert.strictEqual(e.data.organizationId, partners.b.organizationId)
        assert.notInclude(JSON.stringify(toB), a.id)
        assert.notInclude(JSON.stringify(toB), partners.a.partnerId)

        const typesA = toA.map((e) => e.type)
        assert.includeMembers(typesA, [
          "claim.status_changed",
          "claim.consent_changed",
          "claim.arbitration_joined",
          "claim.case_resolved",
          "dpor.added",
          "dpor.removed"
        ])
        assert.deepStrictEqual(
          toA.filter((e) => e.type === "claim.case_resolved").map((e) => e.data.outcome),
          ["lost"]
        )
        assert.deepStrictEqual(
          toB.filter((e) => e.type === "claim.case_resolved").map((e) => e.data.outcome),
          ["won"]
        )
        assert.deepStrictEqual(
          toA.filter((e) => e.type === "claim.status_changed").map((e) => `${e.data.from}→${e.data.to}`),
          ["draft→submitted", "submitted→under_review", "under_review→rejected"]
        )
        // The DPOR replaced: added to B, removed from A (each told about itself only).
        assert.deepStrictEqual(
          toA.filter((e) => e.type.startsWith("dpor.")).map((e) => e.type),
          ["dpor.added", "dpor.removed"]
        )
        assert.deepStrictEqual(
          toB.filter((e) => e.type.startsWith("dpor.")).map((e) => e.type),
          ["dpor.added"]
        )
        // Vendor-wide: every event of both parties.
        assert.strictEqual(toVendor.length, toA.length + toB.length)
        assert.deepStrictEqual(
          (yield* bodies("https://a.example/dpor-only")).map((e) => e.type),
          ["dpor.added"]
        )
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect("an enrollment's state change goes to its location's organization", () =>
    Effect.gen(function* () {
      const { operator } = yield* start
      const gaA = yield* globalAdmin(partners.a)
      const gaB = yield* globalAdmin(partners.b)
      yield* endpoint(gaA, "https://a.example/hook", ["enrollment.state_changed"])
      yield* endpoint(gaB, "https://b.example/hook", ["enrollment.state_changed"])
      yield* (yield* WebhookEvents).publish({
        type: "enrollment.state_changed",
        organizationId: partners.b.organizationId,
        data: {
          enrollmentId: "enr_1",
          organizationId: partners.b.organizationId,
          partnerId: partners.b.partnerId,
          programId: "prg",
          fiscalYear: "FY26",
          from: "enrolled",
          to: "inactive"
        }
      })
      yield* elapse(1000)
      assert.lengthOf(yield* bodies("https://a.example/hook"), 0)
      assert.lengthOf(yield* bodies("https://b.example/hook"), 1)
      // Scopes: A's admin does not see B's endpoint; the operator sees neither.
      const service = yield* WebhookService
      assert.lengthOf(yield* service.list(gaA), 1)
      assert.lengthOf(yield* service.list(operator), 0)
    }).pipe(Effect.provide(testLayer()))
  )
})

describe("webhooks: delivery", () => {
  it("the backoff spans at least 24 hours over the attempts, then stops", async () => {
    const total = await Effect.runPromise(
      Effect.gen(function* () {
        let sum = 0
        for (let n = 1; n < WEBHOOK_DELIVERY_ATTEMPTS; n++) {
          const d = yield* retryDelay(n, WEBHOOK_DELIVERY_ATTEMPTS)
          sum += Duration.toMillis(Option.getOrThrow(d))
        }
        assert.isTrue(Option.isNone(yield* retryDelay(WEBHOOK_DELIVERY_ATTEMPTS, WEBHOOK_DELIVERY_ATTEMPTS)))
        return sum
      })
    )
    assert.isAtLeast(total, 24 * HOUR)
    assert.isBelow(total, 26 * HOUR)
  })

  it.effect(
    "a receiver failing three times gets the event exactly once more, same webhook-id; attempts recorded",
    () =>
      Effect.gen(function* () {
        const { operator } = yield* start
        const url = "https://flaky.example/hook"
        yield* receiver(url, (n) => (n <= 2 ? 503 : n === 3 ? "network_error" : 204))
        const created = yield* endpoint(operator, url, ["dpor.added"])
        const service = yield* WebhookService
        const test = yield* service.sendTest(operator, created.endpoint.id)
        yield* elapse(HOUR)
        const requests = (yield* sent).filter((s) => s.url === url)
        assert.lengthOf(requests, 4)
        assert.deepStrictEqual(new Set(requests.map((r) => r.messageId)), new Set([test.id]))
        assert.strictEqual(requests[0]!.secret, created.secret)
        const detail = yield* service.delivery(operator, test.id)
        assert.strictEqual(detail.status, "succeeded")
        assert.strictEqual(detail.attempts, 4)
        assert.deepStrictEqual(
          detail.attemptLog.map((a) => a.statusCode),
          [503, 503, null, 204]
        )
        assert.match(detail.attemptLog[2]!.error ?? "", /ECONNREFUSED/)
        assert.deepStrictEqual(detail.payload, JSON.parse(requests[0]!.body))
        // 5 s, then 10 s, then 20 s between the attempts (the job backoff).
        const gaps = detail.attemptLog
          .slice(1)
          .map((a, i) => a.at.getTime() - detail.attemptLog[i]!.at.getTime())
        assert.deepStrictEqual(gaps, [5_000, 10_000, 20_000])
        yield* elapse(2 * DAY)
        assert.lengthOf(
          (yield* sent).filter((s) => s.url === url),
          4
        )
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect(
    "an endpoint failing for 3 days is disabled, its Global admins emailed; redelivery by hand after",
    () =>
      Effect.gen(function* () {
        yield* start
        const gaA = yield* globalAdmin(partners.a)
        const url = "https://down.example/hook"
        let up = false
        yield* receiver(url, () => (up ? 200 : 500))
        const created = yield* endpoint(gaA, url, ["dpor.added"])
        const publish = Effect.flatMap(WebhookEvents, (w) =>
          w.publish({
            type: "dpor.added",
            organizationId: partners.a.organizationId,
            data: {
              subscriptionId: customer.dynamicsSales,
              tenantId: customer.tenantId,
              organizationId: partners.a.organizationId,
              partnerId: partners.a.partnerId
            }
          })
        )
        const service = yield* WebhookService
        yield* publish
        yield* elapse(DAY + HOUR)
        // The first delivery used its attempts over a day: failed, the endpoint still enabled.
        const [first] = (yield* service.deliveries(gaA, created.endpoint.id, {})).items
        assert.strictEqual(first!.status, "failed")
        assert.strictEqual(first!.attempts, WEBHOOK_DELIVERY_ATTEMPTS)
        let [view] = yield* service.list(gaA)
        assert.isTrue(view!.enabled)
        assert.isNotNull(view!.failingSince)
        yield* publish
        yield* elapse(DAY)
        yield* publish
        yield* elapse(DAY)
        ;[view] = yield* service.list(gaA)
        assert.isFalse(view!.enabled)
        assert.strictEqual(view!.disabledReason, "failing")
        const emails = yield* emailsOf("webhooks.endpoint_disabled")
        assert.lengthOf(emails, 1)
        assert.deepStrictEqual(emails[0]!.to, [`ga@${partners.a.partnerId}.example`])
        assert.include(emails[0]!.text, url)
        // Nothing more is sent to a disabled endpoint.
        const before = (yield* sent).length
        yield* publish
        yield* elapse(DAY)
        assert.strictEqual((yield* sent).length, before)

        // Fixed, enabled again (failingSince cleared), the first event redelivered by hand.
        up = true
        const enabled = yield* service.update(gaA, created.endpoint.id, {
          enabled: true,
          version: view!.version
        })
        assert.isTrue(enabled.enabled)
        assert.isNull(enabled.failingSince)
        yield* service.redeliver(gaA, first!.id)
        yield* elapse(1000)
        const again = yield* service.delivery(gaA, first!.id)
        assert.strictEqual(again.status, "succeeded")
        assert.strictEqual(again.attempts, WEBHOOK_DELIVERY_ATTEMPTS + 1)
        // Another organization's admin cannot see or redeliver it.
        const gaB = yield* globalAdmin(partners.b)
        assert.strictEqual((yield* failure(service.redeliver(gaB, first!.id)))._tag, "NotFound")
      }).pipe(Effect.provide(testLayer()))
  )

  it.effect("the configured period decides when an endpoint is disabled", () =>
    Effect.gen(function* () {
      const { operator } = yield* start
      const url = "https://down.example/vendor"
      yield* receiver(url, () => 500)
      const created = yield* endpoint(operator, url, ["dpor.removed"])
      const service = yield* WebhookService
      yield* service.sendTest(operator, created.endpoint.id)
      yield* elapse(2 * HOUR)
      const [view] = yield* service.list(operator)
      assert.strictEqual(view!.disabledReason, "failing")
      const emails = yield* emailsOf("webhooks.endpoint_disabled")
      assert.deepStrictEqual(emails[0]!.to, ["operator@vendor.example"])
      const jobs = yield* (yield* JobQueue).list({ status: "pending", kind: "webhooks.deliver", limit: 10 })
      assert.lengthOf(jobs, 0)
    }).pipe(
      Effect.provide(
        testLayer().pipe(
          Layer.provideMerge(Layer.succeed(WebhookConfig, { production: false, disableAfterMillis: HOUR }))
        )
      )
    )
  )
})

describe("webhooks: the email about a disabled endpoint", () => {
  it("is written in each of the five languages, each differently from English, with the URL and the link", () => {
    const facts = { url: "https://down.example/hook", failingSince: "2026-03-02 09:00 UTC", days: 3 }
    for (const language of Language.literals) {
      const { subject, text } = webhookTexts[language].disabled(facts, "https://l/settings")
      expect(subject.length).toBeGreaterThan(0)
      expect(text).toContain(facts.url)
      expect(text).toContain("https://l/settings")
      expect(text).toContain(facts.failingSince)
      if (language !== "en") {
        expect(subject).not.toBe(webhookTexts.en.disabled(facts, "l").subject)
        expect(text).not.toBe(webhookTexts.en.disabled(facts, "https://l/settings").text)
      }
    }
  })
})
