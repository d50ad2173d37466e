import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Option } from "effect"
import { TestClock } from "effect/testing"
import {
  Association,
  AttributionBatchRepository,
  AuditLog,
  ClaimRepository,
  ConcurrentChange,
  JobQueue,
  type LocationId,
  type OrganizationId,
  type PartnerId,
  type TenantId,
  Transactor
} from "../../src/index.ts"
import { memoryInfrastructure } from "../../src/testing/index.ts"
import { START } from "./support.ts"

const association = (id: string, claimId: string, status: Association["status"]) =>
  new Association({
    id,
    claimId,
    targetKey: "subscription:aaaaaaaa-0000-4000-8000-000000000001",
    organizationId: "org_x" as OrganizationId,
    locationId: "loc_x" as LocationId,
    partnerId: "1234567" as PartnerId,
    tenantId: "0c1d2e3f-4a5b-4c6d-8e7f-901234567890" as TenantId,
    status,
    startedAt: START,
    officialAt: null,
    endedAt: null,
    endReason: null
  })

/** The in-memory layers keep the database's promises the workflows rely on. */
describe("memory layers", () => {
  it.effect("one active association per target; pending ones wait; activation after the holder ended", () =>
    Effect.gen(function* () {
      const repo = yield* ClaimRepository
      yield* repo.insertAssociation(association("asc_1", "clm_1", "active"))
      const second = yield* Effect.flip(repo.insertAssociation(association("asc_2", "clm_2", "active")))
      assert.strictEqual(second._tag, "AssociationExists")
      yield* repo.insertAssociation(association("asc_3", "clm_3", "pending"))
      assert.strictEqual(yield* repo.endAssociations("clm_1", START, "superseded"), 1)
      assert.strictEqual(yield* repo.activateAssociations("clm_3", START), 1)
      assert.deepStrictEqual(
        (yield* repo.activeOn([association("x", "y", "active").targetKey])).map((a) => a.claimId),
        ["clm_3"]
      )
    }).pipe(Effect.provide(memoryInfrastructure))
  )

  it.effect(
    "jobs: one open job per unique key, due jobs leased oldest first, cancelByKey drops pending ones",
    () =>
      Effect.gen(function* () {
        yield* TestClock.setTime(START.getTime())
        const queue = yield* JobQueue
        const later = new Date(START.getTime() + 60_000)
        const first = yield* queue.enqueue({
          kind: "claims.consent_window",
          payload: { claimId: "c1" },
          runAt: later,
          uniqueKey: "consent:c1"
        })
        const again = yield* queue.enqueue({
          kind: "claims.consent_window",
          payload: { claimId: "c1" },
          runAt: START,
          uniqueKey: "consent:c1"
        })
        assert.strictEqual(again.id, first.id)
        const due = yield* queue.enqueue({
          kind: "claims.partner_response",
          payload: { claimId: "c2" },
          runAt: START
        })
        const lease = { workerId: "w1", now: START, leaseMillis: 1000 }
        const leased = Option.getOrThrow(yield* queue.lease(lease))
        assert.strictEqual(leased.id, due.id)
        assert.strictEqual(leased.attempts, 1)
        assert.isTrue(Option.isNone(yield* queue.lease(lease)))
        assert.isFalse(yield* queue.complete(due.id, "w2", START))
        assert.isTrue(yield* queue.complete(due.id, "w1", START))
        assert.strictEqual(yield* queue.cancelByKey("consent:c1"), 1)
        assert.isTrue(Option.isNone(yield* queue.find(first.id)))
      }).pipe(Effect.provide(memoryInfrastructure))
  )

  it.effect(
    "a failed transaction leaves nothing behind; nested ones join it; a ConcurrentChange runs it again",
    () =>
      Effect.gen(function* () {
        const tx = yield* Transactor
        const repo = yield* ClaimRepository
        const audit = yield* AuditLog
        const write = Effect.gen(function* () {
          yield* repo.insertAssociation(association("asc_1", "clm_1", "active"))
          yield* tx.transaction(
            audit.append({
              actor: "system",
              action: "x",
              entityType: "claim",
              entityId: "clm_1",
              before: null,
              after: null
            })
          )
        })
        const failed = yield* Effect.exit(tx.transaction(Effect.andThen(write, Effect.fail("boom"))))
        assert.isTrue(Exit.isFailure(failed))
        assert.deepStrictEqual(yield* repo.associationsOfClaim("clm_1"), [])
        assert.deepStrictEqual(yield* audit.list({ limit: 10 }), [])

        let runs = 0
        yield* tx.transaction(
          Effect.gen(function* () {
            runs++
            yield* write
            if (runs === 1) return yield* new ConcurrentChange({ aggregate: "claim" })
          })
        )
        assert.strictEqual(runs, 2)
        assert.strictEqual((yield* repo.associationsOfClaim("clm_1")).length, 1)
        assert.strictEqual((yield* audit.list({ limit: 10 })).length, 1)
      }).pipe(Effect.provide(memoryInfrastructure))
  )

  it.effect("attribution results: a chunk run again replaces its rows; results page by subscription", () =>
    Effect.gen(function* () {
      const batches = yield* AttributionBatchRepository
      const row = (subscriptionId: string, partnerId: string | null) => ({
        subscriptionId,
        partnerId,
        basis: null,
        incentiveEligible: false,
        rule: "none"
      })
      yield* batches.upsertResults("b1", [row("s2", null), row("s1", null)])
      yield* batches.upsertResults("b1", [row("s2", "1234567")])
      yield* batches.upsertResults("b2", [row("s3", null)])
      assert.deepStrictEqual(
        (yield* batches.results("b1", undefined, 10)).map((r) => [r.subscriptionId, r.partnerId]),
        [
          ["s1", null],
          ["s2", "1234567"]
        ]
      )
      assert.deepStrictEqual(
        (yield* batches.results("b1", "s1", 10)).map((r) => r.subscriptionId),
        ["s2"]
      )
    }).pipe(Effect.provide(memoryInfrastructure))
  )
})
