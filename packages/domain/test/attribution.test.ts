import { describe, expect, it } from "@effect/vitest"
import {
  type Attribution,
  type AttributionEvent,
  attribute,
  compareAttributionEvents,
  defaultPolicyTimeline,
  timeline,
  validateOsaForm
} from "../src/attribution/index.ts"
import type { IncentiveKind } from "../src/catalog/catalog.ts"

const incentiveKinds: ReadonlyArray<IncentiveKind> = ["deploy", "manage", "accelerator", "usage"]

const A = "1000001"
const B = "2000002"
const C = "3000003"
const D = "4000004"

const instant = (day: string, time = "10:00") => `${day}T${time}:00.000Z`
const osa = (id: string, partnerId: string, receivedOn: string): AttributionEvent => ({
  type: "osa_form",
  id,
  at: instant(receivedOn, "00:00"),
  partnerId,
  receivedOn
})
const added = (id: string, partnerId: string, day: string, time?: string): AttributionEvent => ({
  type: "dpor_added",
  id,
  at: instant(day, time),
  partnerId
})
const removed = (id: string, day: string, time?: string): AttributionEvent => ({
  type: "dpor_removed",
  id,
  at: instant(day, time)
})
const poe = (id: string, partnerId: string, day: string, time?: string): AttributionEvent => ({
  type: "dpor_poe",
  id,
  at: instant(day, time),
  partnerId
})
const official = (
  id: string,
  partnerId: string,
  claimId: string,
  day: string,
  incentiveEligible = true
): AttributionEvent => ({
  type: "cpor_official",
  id,
  at: instant(day),
  partnerId,
  claimId,
  incentiveEligible
})
const ended = (id: string, claimId: string, day: string): AttributionEvent => ({
  type: "cpor_ended",
  id,
  at: instant(day, "11:00"),
  claimId
})

const on = (events: ReadonlyArray<AttributionEvent>, date: string, kind: IncentiveKind = "manage") =>
  attribute(events, { kind, date })
const who = (a: Pick<Attribution, "partnerId" | "basis" | "incentiveEligible">) => ({
  partnerId: a.partnerId,
  basis: a.basis,
  incentiveEligible: a.incentiveEligible
})
const earns = (partnerId: string, basis: "cpor" | "dpor" | "osa", incentiveEligible = true) => ({
  partnerId,
  basis,
  incentiveEligible
})
const nobody = { partnerId: null, basis: null, incentiveEligible: false }
const rules = (a: Attribution) => a.explanation.map((e) => e.rule)
const decidedBy = (a: Attribution) => a.explanation.at(-1)?.rule

describe("rule 1: before 2014-10-01 the latest OSA form earns", () => {
  const events = [osa("o1", A, "2014-05-01"), osa("o2", B, "2014-07-01")]

  it("the latest form received on or before the date decides", () => {
    expect(who(on(events, "2014-04-30"))).toEqual(nobody)
    expect(decidedBy(on(events, "2014-04-30"))).toBe("no_partner")
    expect(who(on(events, "2014-05-01"))).toEqual(earns(A, "osa"))
    expect(who(on(events, "2014-06-30"))).toEqual(earns(A, "osa"))
    const july = on(events, "2014-07-01")
    expect(who(july)).toEqual(earns(B, "osa"))
    expect(rules(july)).toEqual(["rule_1_period", "rule_1_before_dpor"])
    expect(july.explanation.at(-1)?.eventIds).toEqual(["o2"])
  })

  it("a DPOR added before 2014-10-01 counts only from 2014-10-01 (boundary)", () => {
    const withDpor = [...events, added("a1", C, "2014-09-15")]
    const before = on(withDpor, "2014-09-30")
    expect(who(before)).toEqual(earns(B, "osa"))
    expect(rules(before)).toEqual(["rule_1_period", "rule_1_dpor_not_yet", "rule_1_before_dpor"])
    const first = on(withDpor, "2014-10-01")
    expect(who(first)).toEqual(earns(C, "dpor"))
    expect(rules(first)[0]).toBe("rule_2_period")
  })
})

describe("rule 2: 2014-10-01 to 2015-03-01 the attached DPOR earns, else the OSA partner", () => {
  it("OSA partner keeps earning until a DPOR is added; the DPOR earns without POE", () => {
    const events = [osa("o1", A, "2014-06-01"), added("a1", B, "2014-11-03")]
    expect(who(on(events, "2014-10-01"))).toEqual(earns(A, "osa"))
    expect(decidedBy(on(events, "2014-10-01"))).toBe("rule_2_osa_no_dpor")
    expect(who(on(events, "2014-11-02"))).toEqual(earns(A, "osa"))
    const nov = on(events, "2014-11-03")
    expect(who(nov)).toEqual(earns(B, "dpor"))
    expect(rules(nov)).toEqual([
      "rule_2_period",
      "dpor_added",
      "rule_2_osa_overridden",
      "rule_2_dpor_attached"
    ])
  })

  it("adding another DPOR replaces the previous one", () => {
    const events = [added("a1", B, "2014-11-01"), added("a2", C, "2014-12-01", "08:00")]
    expect(who(on(events, "2014-11-30"))).toEqual(earns(B, "dpor"))
    const dec = on(events, "2014-12-01")
    expect(who(dec)).toEqual(earns(C, "dpor"))
    const step = dec.explanation.find((e) => e.rule === "dpor_added")
    expect(step?.eventIds).toEqual(["a2", "a1"])
    expect(step?.text).toContain(`replacing the previous DPOR ${B}`)
  })

  it("after removal the OSA partner earns again; without OSA nobody", () => {
    const events = [osa("o1", A, "2014-06-01"), added("a1", B, "2014-11-01"), removed("r1", "2014-12-01")]
    const dec = on(events, "2014-12-01")
    expect(who(dec)).toEqual(earns(A, "osa"))
    expect(rules(dec)).toEqual(["rule_2_period", "dpor_removed", "rule_2_osa_no_dpor"])
    const noOsa = on(events.slice(1), "2014-12-01")
    expect(who(noOsa)).toEqual(nobody)
    expect(decidedBy(noOsa)).toBe("no_partner")
  })
})

describe("rule 3: from 2015-03-02 the DPOR earns only with POE", () => {
  it("boundary 2015-03-02: a DPOR without POE stops earning", () => {
    const events = [added("e2", "1234567", "2015-02-10")]
    expect(who(on(events, "2015-03-01"))).toEqual(earns("1234567", "dpor"))
    const first = on(events, "2015-03-02")
    expect(who(first)).toEqual(nobody)
    expect(rules(first)).toEqual(["rule_3_period", "dpor_added", "rule_3_dpor_without_poe"])
    expect(first.explanation.at(-1)?.text).toContain("has not submitted proof of execution")
  })

  it("boundary 2015-03-02: a DPOR with POE keeps earning, and says why", () => {
    const events = [added("e2", "1234567", "2015-02-10"), poe("e3", "1234567", "2015-02-12")]
    expect(who(on(events, "2015-03-01"))).toEqual(earns("1234567", "dpor"))
    const first = on(events, "2015-03-02")
    expect(who(first)).toEqual(earns("1234567", "dpor"))
    expect(first.explanation.map((e) => [e.rule, e.eventIds])).toEqual([
      ["rule_3_period", []],
      ["dpor_added", ["e2"]],
      ["dpor_poe", ["e3"]],
      ["rule_3_dpor_with_poe", ["e2", "e3"]]
    ])
    expect(first.explanation[0]?.text).toContain("from 2015-03-02")
    expect(first.explanation[1]?.text).toContain(
      "1234567 was added as Digital Partner of Record (DPOR) on 2015-02-10"
    )
    expect(first.explanation[2]?.text).toContain("2015-02-12 (event e3)")
  })

  it("the DPOR earns from the day of its POE", () => {
    const events = [added("a1", B, "2015-03-05"), poe("p1", B, "2015-03-20")]
    expect(who(on(events, "2015-03-19"))).toEqual(nobody)
    expect(who(on(events, "2015-03-20"))).toEqual(earns(B, "dpor"))
  })

  it("the POE must come from the attached partner", () => {
    const events = [added("a1", B, "2015-03-05"), poe("p1", C, "2015-03-06")]
    expect(who(on(events, "2015-04-01"))).toEqual(nobody)
  })

  it("a replaced DPOR's POE does not carry over; the new DPOR needs its own", () => {
    const events = [added("a1", B, "2015-03-05"), poe("p1", B, "2015-03-06"), added("a2", C, "2015-04-01")]
    expect(who(on(events, "2015-03-31"))).toEqual(earns(B, "dpor"))
    expect(who(on(events, "2015-04-01"))).toEqual(nobody)
    expect(who(on([...events, poe("p2", C, "2015-04-03")], "2015-04-03"))).toEqual(earns(C, "dpor"))
  })

  it("a POE from an earlier attachment of the same partner does not count after it is added again", () => {
    const events = [
      added("a1", B, "2015-03-05"),
      poe("p1", B, "2015-03-06"),
      added("a2", C, "2015-04-01"),
      added("a3", B, "2015-05-01")
    ]
    const may = on(events, "2015-05-01")
    expect(who(may)).toEqual(nobody)
    expect(may.explanation.at(-1)?.text).toContain("Its POE of 2015-03-06 (event p1) was submitted before")
    expect(may.explanation.at(-1)?.eventIds).toEqual(["a3", "p1"])
    expect(who(on([...events, poe("p2", B, "2015-05-02")], "2015-05-02"))).toEqual(earns(B, "dpor"))
  })

  it("a POE submitted before the partner was added does not count", () => {
    const events = [poe("p1", B, "2015-03-04"), added("a1", B, "2015-03-05")]
    expect(who(on(events, "2015-03-10"))).toEqual(nobody)
  })

  it("re-adding the partner that is already attached keeps its attachment and POE", () => {
    const events = [added("a1", B, "2015-03-05"), poe("p1", B, "2015-03-06"), added("a2", B, "2015-04-01")]
    expect(who(on(events, "2015-04-01"))).toEqual(earns(B, "dpor"))
  })

  it("a POE on the same instant as the add counts, whatever order the events come in", () => {
    const events = [poe("p1", B, "2015-03-05"), added("a1", B, "2015-03-05")]
    expect(who(on(events, "2015-03-05"))).toEqual(earns(B, "dpor"))
    expect(on(events, "2015-03-05")).toEqual(on([...events].reverse(), "2015-03-05"))
  })

  it("an OSA partner earns while no DPOR has ever been attached", () => {
    const events = [osa("o1", A, "2015-03-10")]
    const a = on(events, "2015-03-15")
    expect(who(a)).toEqual(earns(A, "osa"))
    expect(rules(a)).toEqual(["rule_3_period", "rule_3_osa_never_dpor"])
  })

  it("an OSA form received after a DPOR was added pays the DPOR only", () => {
    const events = [added("a1", B, "2015-03-05"), poe("p1", B, "2015-03-06"), osa("o1", A, "2015-03-10")]
    const a = on(events, "2015-03-15")
    expect(who(a)).toEqual(earns(B, "dpor"))
    const step = a.explanation.find((e) => e.rule === "rule_3_osa_after_dpor")
    expect(step?.text).toContain("pays the DPOR only")
    expect(step?.eventIds).toEqual(["o1", "a1"])
  })

  it("an OSA form received after a DPOR was added never pays the OSA partner, even without POE or after removal", () => {
    const noPoe = [added("a1", B, "2015-03-05"), osa("o1", A, "2015-03-10")]
    expect(who(on(noPoe, "2015-03-15"))).toEqual(nobody)
    expect(rules(on(noPoe, "2015-03-15"))).toContain("rule_3_osa_after_dpor")
    const afterRemoval = [
      added("a1", B, "2015-03-05"),
      removed("r1", "2015-03-08"),
      osa("o1", A, "2015-03-10")
    ]
    const a = on(afterRemoval, "2015-03-15")
    expect(who(a)).toEqual(nobody)
    expect(rules(a)).toEqual([
      "rule_3_period",
      "dpor_removed",
      "rule_3_osa_after_dpor",
      "rule_3_dpor_removed"
    ])
  })

  it("once a DPOR was attached, an earlier OSA form no longer counts (boundary after removal)", () => {
    const events = [osa("o1", A, "2014-06-01"), added("a1", B, "2014-11-01"), removed("r1", "2014-12-01")]
    expect(who(on(events, "2015-03-01"))).toEqual(earns(A, "osa"))
    const first = on(events, "2015-03-02")
    expect(who(first)).toEqual(nobody)
    expect(rules(first)).toEqual([
      "rule_3_period",
      "dpor_removed",
      "rule_3_osa_superseded",
      "rule_3_dpor_removed"
    ])
  })
})

describe("rule 4: from 2015-04-30 OSA forms attribute no deployment incentives", () => {
  const events = [osa("o1", A, "2015-03-10")]

  it("boundary 2015-04-30: deploy stops, the other kinds continue", () => {
    expect(who(on(events, "2015-04-29", "deploy"))).toEqual(earns(A, "osa"))
    const cut = on(events, "2015-04-30", "deploy")
    expect(who(cut)).toEqual(nobody)
    expect(rules(cut)).toEqual(["rule_3_period", "rule_4_osa_not_for_deploy"])
    expect(cut.explanation.at(-1)?.eventIds).toEqual(["o1"])
    for (const kind of ["manage", "accelerator", "usage"] as const) {
      expect(who(on(events, "2015-04-30", kind))).toEqual(earns(A, "osa"))
    }
  })

  it("for deploy, a DPOR with POE still earns after the cutoff", () => {
    const withDpor = [...events, added("a1", B, "2015-05-05"), poe("p1", B, "2015-05-06")]
    expect(who(on(withDpor, "2015-05-06", "deploy"))).toEqual(earns(B, "dpor"))
  })

  it("validateOsaForm refuses deploy forms received on or after the cutoff", () => {
    expect(validateOsaForm("2015-04-29", "deploy")).toEqual({ accepted: true })
    const refused = validateOsaForm("2015-04-30", "deploy")
    expect(refused).toMatchObject({ accepted: false, code: "osa_forms_not_accepted" })
    expect(refused.accepted === false && refused.message).toContain("2015-04-30")
    expect(validateOsaForm("2016-01-01", "deploy").accepted).toBe(false)
    for (const kind of ["manage", "accelerator", "usage"] as const) {
      expect(validateOsaForm("2015-04-30", kind)).toEqual({ accepted: true })
    }
  })

  it("the policy dates are configuration", () => {
    const policy = { ...defaultPolicyTimeline, osaDeployCutoff: "2016-01-01" }
    expect(attribute(events, { kind: "deploy", date: "2015-12-31" }, policy).partnerId).toBe(A)
    expect(validateOsaForm("2015-12-31", "deploy", policy)).toEqual({ accepted: true })
    expect(validateOsaForm("2016-01-01", "deploy", policy).accepted).toBe(false)
  })
})

describe("CPOR associations decide first", () => {
  const events = [
    added("a1", B, "2015-03-05"),
    poe("p1", B, "2015-03-06"),
    official("c1", C, "k1", "2015-06-01"),
    ended("c2", "k1", "2015-09-01")
  ]

  it("an official association overrides the DPOR until it ends", () => {
    expect(who(on(events, "2015-05-31"))).toEqual(earns(B, "dpor"))
    const june = on(events, "2015-06-01")
    expect(who(june)).toEqual(earns(C, "cpor"))
    expect(rules(june)).toEqual(["cpor_official"])
    expect(june.explanation[0]?.eventIds).toEqual(["c1"])
    const sept = on(events, "2015-09-01")
    expect(who(sept)).toEqual(earns(B, "dpor"))
    expect(rules(sept)[0]).toBe("cpor_ended")
    expect(sept.explanation[0]?.eventIds).toEqual(["c1", "c2"])
  })

  it("a non-eligible association makes its partner the partner of record without incentive", () => {
    const a = on([official("c1", C, "k1", "2015-06-01", false)], "2015-06-02")
    expect(who(a)).toEqual(earns(C, "cpor", false))
    expect(a.explanation[0]?.text).toContain("not eligible")
  })

  it("applies in every period and to every kind", () => {
    const early = [osa("o1", A, "2014-01-02"), official("c1", C, "k1", "2014-03-01")]
    for (const kind of incentiveKinds) expect(who(on(early, "2014-03-01", kind))).toEqual(earns(C, "cpor"))
  })

  it("with several open associations the most recently official one wins, and the answer says so", () => {
    const both = [official("c1", C, "k1", "2015-06-01"), official("c2", D, "k2", "2015-07-01")]
    const a = on(both, "2015-07-01")
    expect(who(a)).toEqual(earns(D, "cpor"))
    expect(rules(a)).toEqual(["cpor_also_open", "cpor_official"])
    expect(a.explanation[0]?.eventIds).toEqual(["c1"])
  })

  it("a claim that becomes official again after it ended counts again", () => {
    const again = [...events, official("c3", C, "k1", "2015-10-01")]
    expect(who(on(again, "2015-09-30"))).toEqual(earns(B, "dpor"))
    expect(who(on(again, "2015-10-01"))).toEqual(earns(C, "cpor"))
  })
})

describe("canonical order and inputs", () => {
  it("a remove and an add on the same instant: the remove comes first, so the DPOR is attached", () => {
    const events = [added("a1", B, "2014-11-01", "09:00"), removed("r1", "2014-11-01", "09:00")]
    expect(who(on(events, "2014-11-01"))).toEqual(earns(B, "dpor"))
    expect(on([...events].reverse(), "2014-11-01")).toEqual(on(events, "2014-11-01"))
  })

  it("instants order events within a day, whatever their precision", () => {
    const events: ReadonlyArray<AttributionEvent> = [
      { type: "dpor_added", id: "b", at: "2014-11-01T09:00:00.500Z", partnerId: C },
      { type: "dpor_added", id: "a", at: "2014-11-01T09:00:00Z", partnerId: B }
    ]
    expect(on(events, "2014-11-01").partnerId).toBe(C)
    expect(compareAttributionEvents(events[1]!, events[0]!)).toBeLessThan(0)
  })

  it("dates are UTC calendar days", () => {
    const events: ReadonlyArray<AttributionEvent> = [
      { type: "dpor_added", id: "a", at: "2014-11-02T01:00:00+02:00", partnerId: B }
    ]
    expect(on(events, "2014-11-01").partnerId).toBe(B)
  })

  it("malformed dates and instants are rejected", () => {
    expect(() => on([], "2015-3-1")).toThrow(RangeError)
    expect(() => on([{ type: "dpor_removed", id: "x", at: "2015-03-01T10:00:00" }], "2015-03-02")).toThrow(
      RangeError
    )
    expect(() => validateOsaForm("30.04.2015", "deploy")).toThrow(RangeError)
  })
})

describe("timeline", () => {
  // A subscription's realistic history.
  const history = [
    osa("o1", A, "2014-06-02"),
    added("a1", B, "2014-11-03", "09:00"),
    added("a2", C, "2015-01-15", "12:00"),
    poe("p1", C, "2015-03-10", "08:00"),
    osa("o2", A, "2015-04-01"),
    removed("r1", "2015-06-01"),
    added("a3", B, "2015-07-01"),
    poe("p2", B, "2015-07-20"),
    official("c1", D, "k1", "2015-10-01"),
    ended("c2", "k1", "2016-01-15")
  ]
  const expected = [
    { from: "2014-06-02", to: "2014-11-02", ...earns(A, "osa") },
    { from: "2014-11-03", to: "2015-01-14", ...earns(B, "dpor") },
    { from: "2015-01-15", to: "2015-03-01", ...earns(C, "dpor") },
    { from: "2015-03-02", to: "2015-03-09", ...nobody },
    { from: "2015-03-10", to: "2015-05-31", ...earns(C, "dpor") },
    { from: "2015-06-01", to: "2015-07-19", ...nobody },
    { from: "2015-07-20", to: "2015-09-30", ...earns(B, "dpor") },
    { from: "2015-10-01", to: "2016-01-14", ...earns(D, "cpor") },
    { from: "2016-01-15", to: null, ...earns(B, "dpor") }
  ]

  it("gives the maximal intervals of a realistic history", () => {
    expect(timeline(history, { kind: "manage" })).toEqual(expected)
    expect(timeline([...history].reverse(), { kind: "deploy" })).toEqual(expected)
  })

  it("agrees with attribute on the interval ends", () => {
    for (const interval of expected) {
      expect(who(on(history, interval.from))).toEqual(who(interval))
      if (interval.to !== null) expect(who(on(history, interval.to))).toEqual(who(interval))
    }
  })

  it("can be cut to a range", () => {
    expect(timeline(history, { kind: "manage", from: "2015-01-01", to: "2015-06-15" })).toEqual([
      { from: "2015-01-01", to: "2015-01-14", ...earns(B, "dpor") },
      { from: "2015-01-15", to: "2015-03-01", ...earns(C, "dpor") },
      { from: "2015-03-02", to: "2015-03-09", ...nobody },
      { from: "2015-03-10", to: "2015-05-31", ...earns(C, "dpor") },
      { from: "2015-06-01", to: "2015-06-15", ...nobody }
    ])
    expect(timeline(history, { kind: "manage", from: "2014-01-01", to: "2014-06-30" })).toEqual([
      { from: "2014-01-01", to: "2014-06-01", ...nobody },
      { from: "2014-06-02", to: "2014-06-30", ...earns(A, "osa") }
    ])
    expect(timeline(history, { kind: "manage", from: "2015-02-01", to: "2015-01-01" })).toEqual([])
  })

  it("shows the deploy cutoff for an OSA-only subscription", () => {
    const events = [osa("o1", A, "2014-06-02")]
    expect(timeline(events, { kind: "deploy" })).toEqual([
      { from: "2014-06-02", to: "2015-04-29", ...earns(A, "osa") },
      { from: "2015-04-30", to: null, ...nobody }
    ])
    expect(timeline(events, { kind: "manage" })).toEqual([
      { from: "2014-06-02", to: null, ...earns(A, "osa") }
    ])
  })

  it("without events", () => {
    expect(timeline([], { kind: "manage" })).toEqual([])
    expect(timeline([], { kind: "manage", from: "2015-01-01" })).toEqual([
      { from: "2015-01-01", to: null, ...nobody }
    ])
  })
})
