import { assert, describe, it } from "@effect/vitest"
import { Duration, Effect, Exit, Option, Schema } from "effect"
import { decodeJob, Job, type JobId, JobKind, JobRequest, type NewJob, retryDelay } from "../src/index.ts"

const stored = (kind: string, payload: unknown) =>
  new Job({
    id: "job_1" as JobId,
    kind,
    payload,
    status: "running",
    runAt: new Date(0),
    attempts: 1,
    maxAttempts: 10,
    leasedBy: "w",
    leaseUntil: null,
    lastError: null,
    uniqueKey: null,
    createdAt: new Date(0)
  })

describe("job payloads", () => {
  it.effect("the payloads stored before the typed union decode unchanged (JSON of today's rows)", () =>
    Effect.gen(function* () {
      const rows: ReadonlyArray<readonly [string, string]> = [
        ["claims.consent_window", '{"claimId":"clm_1"}'],
        ["claims.partner_response", '{"claimId":"clm_2"}'],
        ["claims.subscriptions_expired", '{"subscriptionIds":["9b1f0c1e-2c57-4d3b-9a38-0f6c1b0b7d11"]}'],
        ["outbox.deliver_email", '{"outboxId":"msg_3"}'],
        ["enrollment.fiscal_year_rollover", '{"fiscalYear":"FY27"}'],
        ["attribution.batch", '{"batchId":"atb_4"}'],
        ["claims.bulk_import", '{"importId":"cimp_6"}'],
        ["webhooks.deliver", '{"deliveryId":"msg_5"}']
      ]
      assert.deepStrictEqual(
        rows.map(([kind]) => kind).sort(),
        Object.values(JobKind).sort(),
        "one stored example per kind"
      )
      for (const [kind, json] of rows) {
        const request = yield* decodeJob(stored(kind, JSON.parse(json)))
        assert.strictEqual(request.kind, kind)
        assert.deepStrictEqual(request.payload, JSON.parse(json))
        // The queue stores a payload as given: each kind's schema encodes it to itself.
        assert.strictEqual(JSON.stringify((yield* Schema.encodeEffect(JobRequest)(request)).payload), json)
      }
    })
  )

  it("a new job only compiles with the payload of its kind (checked by the type check)", () => {
    const right: NewJob = {
      kind: JobKind.consentWindow,
      payload: { claimId: "clm_1" },
      uniqueKey: "consent:clm_1"
    }
    // @ts-expect-error a consent window job carries a claimId, not a batchId
    const wrong: NewJob = { kind: JobKind.consentWindow, payload: { batchId: "atb_1" } }
    assert.strictEqual(right.kind, wrong.kind)
  })

  it.effect(
    "a payload of the wrong shape is an InvalidJobPayload naming the job, its kind and the field",
    () =>
      Effect.gen(function* () {
        const exit = yield* Effect.exit(decodeJob(stored(JobKind.consentWindow, { claim: "clm_1" })))
        assert.isTrue(Exit.isFailure(exit))
        const error = yield* Effect.flip(decodeJob(stored(JobKind.consentWindow, { claimId: 42 })))
        assert.strictEqual(error._tag, "InvalidJobPayload")
        assert.match(error.message, /^job job_1 \(claims\.consent_window\) has an invalid payload: /)
        assert.match(error.message, /claimId/)
      })
  )
})

describe("job retries", () => {
  const delays = (maxAttempts: number) =>
    Effect.forEach(
      Array.from({ length: maxAttempts }, (_, i) => i + 1),
      (attempts) => retryDelay(attempts, maxAttempts).pipe(Effect.map(Option.map(Duration.toMillis)))
    )

  it.effect("wait 5 s after the first failure, doubling up to one hour, until the attempts are used up", () =>
    Effect.gen(function* () {
      assert.deepStrictEqual(
        yield* delays(13),
        [
          5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 320_000, 640_000, 1_280_000, 2_560_000, 3_600_000,
          3_600_000
        ]
          .map(Option.some)
          .concat([Option.none()])
      )
      assert.deepStrictEqual(yield* delays(3), [Option.some(5_000), Option.some(10_000), Option.none()])
      assert.deepStrictEqual(yield* delays(1), [Option.none()])
    })
  )
})
