// A CPOR claim from draft to official (SPEC §5) with @openpor/domain's in-memory layers: no database, no
// server. Business time is Effect's TestClock, so "five business days pass" takes milliseconds.
// Run: node claim-lifecycle.ts
import { ClaimsService, type ClaimView } from "@openpor/domain"
import {
  acknowledgementIds,
  elapseUntil,
  layerTest,
  outboxEmails,
  partners,
  pdf,
  seedWorld,
  workloadClaim
} from "@openpor/domain/testing"
import { Effect } from "effect"

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString())
const day = (value: Date | string) => new Date(value).toISOString().slice(0, 16).replace("T", " ")

/** One line per step: the claim's status, its consent, whether the association is official, and its open deadlines. */
const show = (step: string, claim: ClaimView, now: Date) => {
  const deadlines = Object.entries(claim.deadlines)
    .filter(([, at]) => at !== null)
    .map(([name, at]) => `${name}=${iso(at)}`)
  console.log(
    [
      `${day(now)} ${step}:`,
      `status=${claim.status}`,
      `consent=${claim.consent.status ?? "none"}`,
      `poe=${claim.poeCount}`,
      `official=${claim.official}`,
      ...deadlines
    ].join(" ")
  )
}

const program = Effect.gen(function* () {
  const now = Effect.map(
    Effect.clockWith((clock) => clock.currentTimeMillis),
    (ms) => new Date(ms)
  )
  // Two partners enrolled in every program, a reviewer, the customer Northwind with its workloads.
  const { adminA, reviewer } = yield* seedWorld
  const claims = yield* ClaimsService

  // 1. The partner's Incentives admin drafts a Modern Work claim (Teams at Northwind).
  const draft = yield* claims.create(adminA, workloadClaim(partners.a.partnerId))
  show("drafted", draft, yield* now)

  // 2. Proof of execution: a document signed by the customer (PDF, PNG, JPEG or DOCX).
  show("poe attached", yield* claims.attachPoe(adminA, draft.id, pdf), yield* now)

  // 3. Submit, confirming every statement the program asks for. The customer contact is emailed now: the
  //    consent window (5 business days) and the reviewer's first-look deadline start here.
  show("submitted", yield* claims.submit(adminA, draft.id, undefined, acknowledgementIds), yield* now)

  // 4. Two days later a reviewer approves. The association exists but is not official until the window ends.
  yield* elapseUntil(new Date("2026-03-04T10:00:00Z"))
  const approved = yield* claims.decide(reviewer, draft.id, { decision: "approve" })
  show("approved", approved, yield* now)
  const windowEnds = new Date(approved.deadlines.consentWindowEndsAt ?? Number.NaN)

  // 5. Business time passes; the customer does not decline. One minute before the window ends: not yet official.
  yield* elapseUntil(new Date(windowEnds.getTime() - 60_000))
  show("window still open", yield* claims.get(adminA, draft.id), yield* now)

  // 6. The window ends undeclined (the durable timer job runs at its deadline): the association is official.
  yield* elapseUntil(windowEnds)
  const official = yield* claims.get(adminA, draft.id)
  show("window ended", official, yield* now)
  console.log(`official since ${iso(official.officialAt)}`)

  // What the outbox holds: every email the lifecycle wrote, in order (the same transaction as each change).
  for (const email of yield* outboxEmails) console.log(`email ${email.template} to ${email.to.join(", ")}`)
})

// layerTest: every service and repository in memory, starting empty, and Effect's TestClock (effect/testing)
// as business time, starting Monday 2 March 2026, 09:00 UTC (the in-memory vendor calendar is UTC, weekends off).
await Effect.runPromise(program.pipe(Effect.provide(layerTest({ now: new Date("2026-03-02T09:00:00Z") }))))
