import { assert, describe, it } from "@effect/vitest"
import { Effect, Exit, Layer } from "effect"
import {
  BULK_CLAIM_COLUMNS,
  type BulkClaimColumn,
  BulkClaimsService,
  ClaimRepository,
  ClaimsService
} from "../src/index.ts"
import { customer, partners, runDueJobs, testLayer, workloadClaim } from "../src/testing/index.ts"
import { makeClaimRepositoryMemory } from "../src/testing/memory/claims.ts"
import { failure, start } from "./workflows/support.ts"

/** A row of the template's columns: a complete Modern Work claim of partner A on `workload`. */
const row = (n: number, overrides: Partial<Record<BulkClaimColumn, string>> = {}) => {
  const cells: Record<string, string> = Object.fromEntries(BULK_CLAIM_COLUMNS.map((c) => [c, ""]))
  Object.assign(cells, {
    name: `Northwind rollout ${n}`,
    partnerId: partners.a.partnerId,
    tenantId: customer.tenantId,
    customerDomain: customer.domain,
    solutionArea: "modern_work_security",
    partnerRole: "use_or_consume",
    workloads: "teams",
    customerContactName: "Ida Lead",
    customerContactTitle: "IT lead",
    customerContactEmail: customer.contactEmail,
    partnerContactName: "Pat Partner",
    partnerContactEmail: `contact.${partners.a.partnerId}@partner.example`,
    ...overrides
  })
  return { line: n + 1, cells }
}

/** Ten good rows and two refused ones (an unknown workload; a domain of another tenant). */
const file = [
  ...Array.from({ length: 10 }, (_, i) => row(i + 1)),
  row(11, { workloads: "fax" }),
  row(12, { customerDomain: "contoso.example" })
]

const draftsOfA = Effect.gen(function* () {
  const repo = yield* ClaimRepository
  return yield* repo.list({ organizationId: partners.a.organizationId, limit: 1000 })
})

describe("bulk claims by CSV (SPEC §12)", () => {
  it.effect("a job interrupted between chunks resumes where it stopped and drafts each row once", () =>
    Effect.gen(function* () {
      const { adminA } = yield* start
      const bulk = yield* BulkClaimsService
      const upload = yield* bulk.upload(adminA, "claims.csv", file)
      assert.strictEqual(upload.status, "queued")
      // The worker processes one chunk of 5 rows and dies before the next.
      const stopped = yield* bulk.run(upload.id, { maxChunks: 1, chunkSize: 5 })
      assert.deepStrictEqual(
        [stopped.status, stopped.rowsProcessed, stopped.created, stopped.cursor],
        ["running", 5, 5, 6]
      )
      assert.strictEqual((yield* draftsOfA).length, 5)
      // The job runs again (its lease expired): it resumes after line 6.
      assert.isAtLeast(yield* runDueJobs, 1)
      const done = yield* bulk.get(adminA, upload.id)
      assert.deepStrictEqual(
        [done.status, done.rowsTotal, done.rowsProcessed, done.created, done.alreadyImported, done.refused],
        ["completed", 12, 12, 10, 0, 2]
      )
      assert.strictEqual((yield* draftsOfA).length, 10)
      const refused = yield* bulk.report(adminA, upload.id, { outcome: "refused", after: 0, limit: 100 })
      assert.deepStrictEqual(
        refused.map((r) => [r.line, r.problems.map((p) => [p.column, p.code])]),
        [
          [12, [["workloads", "unknown_workload"]]],
          [13, [["customerDomain", "domain_tenant_mismatch"]]]
        ]
      )
      // Running a completed import again changes nothing.
      yield* bulk.run(upload.id)
      assert.strictEqual((yield* draftsOfA).length, 10)
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("a worker that dies in the middle of a chunk leaves nothing of it; the job redoes it", () =>
    Effect.gen(function* () {
      const { adminA } = yield* start
      const bulk = yield* BulkClaimsService
      const upload = yield* bulk.upload(adminA, null, file)
      // This worker's process dies while it writes the 8th draft (the 3rd row of the second chunk).
      let inserts = 0
      const dying = Layer.effect(
        ClaimRepository,
        Effect.map(makeClaimRepositoryMemory, (repo) =>
          ClaimRepository.of({
            ...repo,
            insert: (claim) => (++inserts === 8 ? Effect.die(new Error("worker killed")) : repo.insert(claim))
          })
        )
      )
      const crashed = yield* BulkClaimsService.use((s) => s.run(upload.id, { chunkSize: 5 })).pipe(
        Effect.provide(Layer.fresh(BulkClaimsService.layer).pipe(Layer.provide(dying))),
        Effect.exit
      )
      assert.isTrue(Exit.isFailure(crashed))
      const stopped = yield* bulk.get(adminA, upload.id)
      assert.deepStrictEqual([stopped.rowsProcessed, stopped.created, stopped.cursor], [5, 5, 6])
      assert.strictEqual((yield* draftsOfA).length, 5)
      // Another worker takes the job: it redoes the second chunk and finishes.
      yield* runDueJobs
      const done = yield* bulk.get(adminA, upload.id)
      assert.deepStrictEqual([done.status, done.created, done.refused], ["completed", 10, 2])
      assert.strictEqual((yield* draftsOfA).length, 10)
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("the same file again creates nothing; a bulk draft is a hand-made draft", () =>
    Effect.gen(function* () {
      const { adminA } = yield* start
      const bulk = yield* BulkClaimsService
      const claims = yield* ClaimsService
      const first = yield* bulk.upload(adminA, null, file)
      yield* runDueJobs
      const second = yield* bulk.upload(adminA, null, [...file, { ...row(1), line: 14 }])
      yield* runDueJobs
      const again = yield* bulk.get(adminA, second.id)
      assert.deepStrictEqual(
        [again.status, again.created, again.alreadyImported, again.refused],
        ["completed", 0, 11, 2]
      )
      assert.strictEqual((yield* draftsOfA).length, 10)
      const made = (yield* bulk.report(adminA, first.id, { outcome: "created", after: 0, limit: 1 }))[0]!
      const byBulk = yield* claims.get(adminA, made.claimId!)
      const byHand = yield* claims.create(
        adminA,
        workloadClaim(partners.a.partnerId, {
          name: "Northwind rollout 1",
          customerContact: { name: "Ida Lead", title: "IT lead", email: customer.contactEmail },
          partnerContact: { name: "Pat Partner", email: `contact.${partners.a.partnerId}@partner.example` }
        })
      )
      const comparable = (v: typeof byHand) => {
        const { id: _id, createdAt: _c, updatedAt: _u, history, ...rest } = v
        return { ...rest, history: history.map((h) => [h.action, h.actorType, h.from, h.to]) }
      }
      assert.deepStrictEqual(comparable(byBulk), comparable(byHand))
    }).pipe(Effect.provide(testLayer()))
  )

  it.effect("customers and other organizations are refused; rows of another location are refused", () =>
    Effect.gen(function* () {
      const { adminA, adminB, customerAdmin } = yield* start
      const bulk = yield* BulkClaimsService
      assert.strictEqual((yield* failure(bulk.upload(customerAdmin, null, file)))._tag, "Forbidden")
      const upload = yield* bulk.upload(adminA, null, [row(1, { partnerId: partners.b.partnerId })])
      assert.strictEqual((yield* failure(bulk.get(adminB, upload.id)))._tag, "NotFound")
      assert.deepStrictEqual(yield* bulk.list(adminB, 10), [])
      yield* runDueJobs
      const report = yield* bulk.report(adminA, upload.id, { after: 0, limit: 10 })
      assert.deepStrictEqual(
        report.map((r) => [r.line, r.outcome, r.problems.map((p) => p.code)]),
        [[2, "refused", ["location_not_enrolled"]]]
      )
    }).pipe(Effect.provide(testLayer()))
  )
})
