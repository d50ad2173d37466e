import { describe, expect, it } from "@effect/vitest"
import fc from "fast-check"
import {
  type Attribution,
  type AttributionEvent,
  addDaysToDate,
  attribute,
  defaultPolicyTimeline,
  timeline
} from "../src/attribution/index.ts"
import type { IncentiveKind } from "../src/catalog/catalog.ts"

const incentiveKinds: ReadonlyArray<IncentiveKind> = ["deploy", "manage", "accelerator", "usage"]

const policy = defaultPolicyTimeline
const partners = ["1000001", "2000002", "3000003"]
const claims = ["k1", "k2", "k3"]
const FIRST_DAY = "2014-01-01"
const SPAN = 1095 // 2014-01-01 … 2016-12-30

/** The policy boundaries and their neighbours, so that generated histories straddle them often. */
const keyDays = [
  "2014-09-30",
  "2014-10-01",
  "2015-03-01",
  "2015-03-02",
  "2015-04-29",
  "2015-04-30",
  "2015-06-15",
  "2015-06-16"
]

const anyDay = fc.integer({ min: 0, max: SPAN }).map((n) => addDaysToDate(FIRST_DAY, n))
const day = fc.oneof({ arbitrary: anyDay, weight: 3 }, { arbitrary: fc.constantFrom(...keyDays), weight: 2 })
const time = fc.constantFrom("00:00:00.000", "09:30:00.000", "14:00:00.000")
const partner = fc.constantFrom(...partners)

type Draft = AttributionEvent extends infer E ? (E extends AttributionEvent ? Omit<E, "id"> : never) : never

const draftOn = (dayArb: fc.Arbitrary<string>, timeArb: fc.Arbitrary<string>): fc.Arbitrary<Draft> => {
  const at = fc.tuple(dayArb, timeArb).map(([d, t]) => `${d}T${t}Z`)
  return fc.oneof(
    {
      arbitrary: fc.tuple(partner, dayArb).map(
        ([partnerId, d]): Draft => ({
          type: "osa_form",
          at: `${d}T00:00:00.000Z`,
          partnerId,
          receivedOn: d
        })
      ),
      weight: 2
    },
    {
      arbitrary: fc
        .tuple(partner, at)
        .map(([partnerId, a]): Draft => ({ type: "dpor_added", at: a, partnerId })),
      weight: 3
    },
    { arbitrary: at.map((a): Draft => ({ type: "dpor_removed", at: a })), weight: 1 },
    {
      arbitrary: fc
        .tuple(partner, at)
        .map(([partnerId, a]): Draft => ({ type: "dpor_poe", at: a, partnerId })),
      weight: 3
    },
    {
      arbitrary: fc.tuple(partner, fc.constantFrom(...claims), at, fc.boolean()).map(
        ([partnerId, claimId, a, incentiveEligible]): Draft => ({
          type: "cpor_official",
          at: a,
          partnerId,
          claimId,
          incentiveEligible
        })
      ),
      weight: 1
    },
    {
      arbitrary: fc
        .tuple(fc.constantFrom(...claims), at)
        .map(([claimId, a]): Draft => ({ type: "cpor_ended", at: a, claimId })),
      weight: 1
    }
  )
}

const withIds = (drafts: ReadonlyArray<Draft>): ReadonlyArray<AttributionEvent> =>
  drafts.map((d, i) => ({ ...d, id: `e${i}` }) as AttributionEvent)

/** Realistic histories over 2014–2016 with a few partners. */
const histories = fc.array(draftOn(day, time), { maxLength: 14 }).map(withIds)
/** Crowded histories: few days and one time of day, so many events share an instant. */
const crowded = fc
  .array(draftOn(fc.constantFrom("2014-11-03", "2015-03-02", "2015-05-04"), fc.constant("10:00:00.000")), {
    maxLength: 12
  })
  .map(withIds)

const kind = fc.constantFrom(...incentiveKinds)
const queryDay = fc.oneof(
  { arbitrary: fc.integer({ min: -30, max: SPAN + 30 }).map((n) => addDaysToDate(FIRST_DAY, n)), weight: 3 },
  { arbitrary: fc.constantFrom(...keyDays), weight: 1 }
)

const dayOf = (e: AttributionEvent) => e.at.slice(0, 10)
const who = (a: { partnerId: string | null; basis: string | null; incentiveEligible: boolean }) => ({
  partnerId: a.partnerId,
  basis: a.basis,
  incentiveEligible: a.incentiveEligible
})
const permutation = <T>(items: ReadonlyArray<T>) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length })

/**
 * An independent, deliberately naive reading of SPEC §4 (and the engine's documented decisions),
 * used as an oracle for who earns.
 */
const rank: Record<AttributionEvent["type"], number> = {
  osa_form: 0,
  dpor_removed: 1,
  dpor_added: 2,
  dpor_poe: 3,
  cpor_ended: 4,
  cpor_official: 5
}
const reference = (events: ReadonlyArray<AttributionEvent>, k: IncentiveKind, date: string) => {
  const sorted = events
    .filter((e) => dayOf(e) <= date)
    .sort(
      (a, b) =>
        Date.parse(a.at) - Date.parse(b.at) ||
        rank[a.type] - rank[b.type] ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    )
  const open = new Map<string, { partnerId: string; incentiveEligible: boolean }>()
  let dpor: string | null = null
  let poeSinceAdd = false
  let everAttached = false
  let osaPartner: string | null = null
  for (const e of sorted) {
    switch (e.type) {
      case "cpor_official":
        open.delete(e.claimId)
        open.set(e.claimId, e)
        break
      case "cpor_ended":
        open.delete(e.claimId)
        break
      case "dpor_added":
        everAttached = true
        if (dpor !== e.partnerId) poeSinceAdd = false
        dpor = e.partnerId
        break
      case "dpor_removed":
        dpor = null
        poeSinceAdd = false
        break
      case "dpor_poe":
        if (dpor === e.partnerId) poeSinceAdd = true
        break
      case "osa_form":
        osaPartner = e.partnerId
        break
    }
  }
  const cpor = [...open.values()].at(-1)
  if (cpor !== undefined)
    return { partnerId: cpor.partnerId, basis: "cpor", incentiveEligible: cpor.incentiveEligible }
  const none = { partnerId: null, basis: null, incentiveEligible: false }
  const osa =
    osaPartner !== null && !(k === "deploy" && date >= policy.osaDeployCutoff)
      ? { partnerId: osaPartner, basis: "osa", incentiveEligible: true }
      : none
  if (date < policy.dporFrom) return osa
  if (date < policy.dporPoeRequiredFrom)
    return dpor !== null ? { partnerId: dpor, basis: "dpor", incentiveEligible: true } : osa
  if (dpor !== null) return poeSinceAdd ? { partnerId: dpor, basis: "dpor", incentiveEligible: true } : none
  return everAttached ? none : osa
}

describe("attribution properties", () => {
  it("events after the date never change the answer", () => {
    fc.assert(
      fc.property(histories, kind, queryDay, (events, k, date) => {
        const prefix = events.filter((e) => dayOf(e) <= date)
        expect(attribute(events, { kind: k, date })).toEqual(attribute(prefix, { kind: k, date }))
      }),
      { numRuns: 300 }
    )
  })

  it("the answer does not depend on the order the events are given in", () => {
    for (const arb of [histories, crowded]) {
      fc.assert(
        fc.property(
          arb.chain((events) => fc.tuple(fc.constant(events), permutation(events))),
          kind,
          queryDay,
          ([events, shuffled], k, date) => {
            expect(attribute(shuffled, { kind: k, date })).toEqual(attribute(events, { kind: k, date }))
          }
        ),
        { numRuns: 300 }
      )
    }
  })

  it("timeline and attribute agree on every day of the covered range", () => {
    fc.assert(
      fc.property(histories, kind, (events, k) => {
        const intervals = timeline(events, { kind: k })
        if (events.length === 0) {
          expect(intervals).toEqual([])
          return
        }
        const days = events.map(dayOf).sort()
        const first = days[0]!
        const last = addDaysToDate(days.at(-1)!, 5)
        expect(intervals[0]?.from).toBe(first)
        expect(intervals.at(-1)?.to).toBeNull()
        intervals.forEach((interval, i) => {
          const next = intervals[i + 1]
          if (next === undefined) return
          expect(interval.to).not.toBeNull()
          expect(next.from).toBe(addDaysToDate(interval.to!, 1))
          expect(who(next)).not.toEqual(who(interval)) // maximal: adjacent intervals differ
        })
        expect(who(attribute(events, { kind: k, date: addDaysToDate(first, -1) }))).toEqual(
          who(reference([], k, first))
        )
        let i = 0
        for (let d = first; d <= last; d = addDaysToDate(d, 1)) {
          while (intervals[i]!.to !== null && intervals[i]!.to! < d) i++
          expect(who(attribute(events, { kind: k, date: d }))).toEqual(who(intervals[i]!))
        }
      }),
      { numRuns: 200 }
    )
    // 200 histories × every day of their range: a few seconds on a quiet machine, more on a busy one.
  }, 60_000)

  it("a timeline cut to a range is the full timeline clipped to it", () => {
    fc.assert(
      fc.property(histories, kind, queryDay, fc.integer({ min: 0, max: 400 }), (events, k, from, length) => {
        const to = addDaysToDate(from, length)
        const clipped = timeline(events, { kind: k, from, to })
        expect(clipped[0]?.from).toBe(from)
        expect(clipped.at(-1)?.to).toBe(to)
        for (const interval of clipped) {
          expect(who(attribute(events, { kind: k, date: interval.from }))).toEqual(who(interval))
          expect(who(attribute(events, { kind: k, date: interval.to! }))).toEqual(who(interval))
        }
      }),
      { numRuns: 200 }
    )
  })

  it("agrees with a naive reading of the rules", () => {
    for (const arb of [histories, crowded]) {
      fc.assert(
        fc.property(arb, kind, queryDay, (events, k, date) => {
          expect(who(attribute(events, { kind: k, date }))).toEqual(reference(events, k, date))
        }),
        { numRuns: 500 }
      )
    }
  })

  it("answers are consistent and explained by the events that count", () => {
    fc.assert(
      fc.property(histories, kind, queryDay, (events, k, date) => {
        const a: Attribution = attribute(events, { kind: k, date })
        expect(a.basis === null).toBe(a.partnerId === null)
        if (a.partnerId === null) expect(a.incentiveEligible).toBe(false)
        if (a.basis === "dpor" || a.basis === "osa") expect(a.incentiveEligible).toBe(true)
        if (a.basis === "dpor") expect(date >= policy.dporFrom).toBe(true)
        if (a.basis === "osa" && k === "deploy") expect(date < policy.osaDeployCutoff).toBe(true)
        if (a.basis === "osa" && date >= policy.dporPoeRequiredFrom) {
          expect(events.some((e) => e.type === "dpor_added" && dayOf(e) <= date)).toBe(false)
        }
        expect(a.explanation.length).toBeGreaterThan(0)
        const counted = new Set(events.filter((e) => dayOf(e) <= date).map((e) => e.id))
        for (const step of a.explanation) {
          expect(step.text.length).toBeGreaterThan(0)
          for (const id of step.eventIds) expect(counted.has(id)).toBe(true)
        }
      }),
      { numRuns: 300 }
    )
  })

  it("only deploy differs between kinds, and only by dropping OSA after the cutoff", () => {
    fc.assert(
      fc.property(histories, queryDay, (events, date) => {
        const manage = attribute(events, { kind: "manage", date })
        expect(attribute(events, { kind: "accelerator", date })).toEqual(manage)
        expect(attribute(events, { kind: "usage", date })).toEqual(manage)
        const deploy = attribute(events, { kind: "deploy", date })
        if (manage.basis === "osa" && date >= policy.osaDeployCutoff) expect(deploy.partnerId).toBeNull()
        else expect(who(deploy)).toEqual(who(manage))
      }),
      { numRuns: 300 }
    )
  })
})
