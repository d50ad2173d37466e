import type { IncentiveKind } from "../catalog/catalog.ts"
import {
  type Attribution,
  type AttributionBasis,
  type AttributionEvent,
  type AttributionEventType,
  type AttributionInterval,
  type AttributionQuery,
  type CporOfficialEvent,
  defaultPolicyTimeline,
  type Explanation,
  type ExplanationRule,
  type OsaFormValidation,
  type PolicyTimeline,
  type TimelineQuery
} from "./model.ts"

/**
 * The attribution engine of SPEC §4: pure functions from one subject's events to the partner of record.
 *
 * For a subscription (or workload), an incentive kind and a date D, only events on or before D count:
 *  0. an open official CPOR association decides first (basis `cpor`, eligibility from the association);
 *  1. before `dporFrom`: the partner of the latest OSA form earns;
 *  2. `dporFrom` … day before `dporPoeRequiredFrom`: the attached DPOR earns; with none, the OSA partner;
 *  3. from `dporPoeRequiredFrom`: the attached DPOR earns once it has submitted POE since it was added;
 *     attached without POE, nobody earns; the OSA partner earns only while no DPOR was ever attached;
 *  4. from `osaDeployCutoff`, for `deploy`: OSA forms attribute nothing (and new ones are refused).
 *
 * Decisions where the spec is silent:
 *  - A claim's CPOR association is open when its latest official/ended event on or before D is `official`
 *    (so a claim that becomes official again after ending, e.g. an upheld dispute, counts again).
 *  - "Attached at D": the latest effective add/remove on or before D is an add. Re-adding the partner that
 *    is already attached does not start a new attachment; a remove with nobody attached changes nothing.
 *  - POE counts only when submitted by the attached partner on or after the add that made it the current
 *    DPOR (in canonical order; a POE on the same instant as the add counts). A POE from an earlier
 *    attachment of the same partner, or submitted before it was added, does not. POE before
 *    `dporPoeRequiredFrom` counts if it satisfies this.
 *  - "Ever attached" (rule 3) counts every add on or before D, also adds dated before `dporFrom`.
 *    Rule 1 ignores DPORs; rule 2 lets the OSA partner earn again after the DPOR is removed (the precise
 *    rule 2 says "with none [attached]"), rule 3 does not.
 *  - Rule 4 is applied on its own date, independent of the other periods. OSA forms are dated by `at`.
 *
 * Inputs are trusted to be well-formed; a malformed date or instant throws a RangeError.
 */

type Dated = {
  readonly event: AttributionEvent
  readonly ms: number
  readonly day: string
}

/** Canonical rank of event types on the same instant. */
const typeRank: Readonly<Record<AttributionEventType, number>> = {
  osa_form: 0,
  dpor_removed: 1,
  dpor_added: 2,
  dpor_poe: 3,
  cpor_ended: 4,
  cpor_official: 5
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

const assertDate = (value: string, what: string): void => {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new RangeError(`${what} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`)
  }
}

const instantOf = (event: AttributionEvent): number => {
  const ms = INSTANT.test(event.at) ? Date.parse(event.at) : Number.NaN
  if (Number.isNaN(ms)) {
    throw new RangeError(`event ${event.id}: at must be an ISO-8601 instant with a zone, got ${event.at}`)
  }
  return ms
}

const dayOfMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** `date` plus `days` calendar days (`YYYY-MM-DD`). */
export const addDaysToDate = (date: string, days: number): string =>
  dayOfMs(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)

const detailKey = (event: AttributionEvent): string => {
  switch (event.type) {
    case "osa_form":
      return `${event.at}\u0000${event.partnerId}\u0000${event.receivedOn}`
    case "dpor_added":
    case "dpor_poe":
      return `${event.at}\u0000${event.partnerId}`
    case "dpor_removed":
      return event.at
    case "cpor_official":
      return `${event.at}\u0000${event.partnerId}\u0000${event.claimId}\u0000${event.incentiveEligible}`
    case "cpor_ended":
      return `${event.at}\u0000${event.claimId}`
  }
}

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

const compareDated = (a: Dated, b: Dated): number =>
  a.ms - b.ms ||
  typeRank[a.event.type] - typeRank[b.event.type] ||
  compareStrings(a.event.id, b.event.id) ||
  compareStrings(detailKey(a.event), detailKey(b.event))

/**
 * The canonical total order of events: by instant, then type (osa_form, dpor_removed, dpor_added,
 * dpor_poe, cpor_ended, cpor_official), then id, then the remaining fields.
 */
export const compareAttributionEvents = (a: AttributionEvent, b: AttributionEvent): number =>
  compareDated({ event: a, ms: instantOf(a), day: "" }, { event: b, ms: instantOf(b), day: "" })

const prepare = (events: ReadonlyArray<AttributionEvent>): ReadonlyArray<Dated> =>
  events
    .map((event) => {
      const ms = instantOf(event)
      return { event, ms, day: dayOfMs(ms) }
    })
    .sort(compareDated)

const step = (rule: ExplanationRule, text: string, ...eventIds: ReadonlyArray<string>): Explanation => ({
  rule,
  text,
  eventIds
})

const answer = (
  partnerId: string | null,
  basis: AttributionBasis | null,
  incentiveEligible: boolean,
  explanation: ReadonlyArray<Explanation>
): Attribution => ({ partnerId, basis, incentiveEligible, explanation })

const nobody = (explanation: ReadonlyArray<Explanation>): Attribution =>
  answer(null, null, false, explanation)

type Of<T extends AttributionEventType> = Dated & { readonly event: Extract<AttributionEvent, { type: T }> }

const is = <T extends AttributionEventType>(d: Dated, type: T): d is Of<T> => d.event.type === type

type Attachment = {
  readonly partnerId: string
  readonly added: Of<"dpor_added">
  readonly replaced: Of<"dpor_added"> | undefined
  poe: Of<"dpor_poe"> | undefined
}

type State = {
  readonly cporOpen: ReadonlyArray<Of<"cpor_official">>
  readonly cporEnded: ReadonlyArray<{
    readonly official: Of<"cpor_official">
    readonly ended: Of<"cpor_ended">
  }>
  readonly attached: Attachment | undefined
  readonly firstAdd: Of<"dpor_added"> | undefined
  readonly lastRemoval: { readonly attachment: Attachment; readonly removed: Of<"dpor_removed"> } | undefined
  readonly earlierPoe: Of<"dpor_poe"> | undefined
  readonly latestOsa: Of<"osa_form"> | undefined
}

/** Replays the events on or before `date` (a prefix of the canonically sorted list). */
const replay = (sorted: ReadonlyArray<Dated>, date: string): State => {
  const claims = new Map<string, { latest: Dated; official: Of<"cpor_official"> | undefined }>()
  const lastPoeBy = new Map<string, Of<"dpor_poe">>()
  let attached: Attachment | undefined
  let firstAdd: Of<"dpor_added"> | undefined
  let lastRemoval: State["lastRemoval"]
  let latestOsa: Of<"osa_form"> | undefined
  for (const d of sorted) {
    if (d.day > date) break
    if (is(d, "osa_form")) {
      latestOsa = d
    } else if (is(d, "dpor_added")) {
      firstAdd ??= d
      if (attached?.partnerId !== d.event.partnerId) {
        attached = { partnerId: d.event.partnerId, added: d, replaced: attached?.added, poe: undefined }
      }
    } else if (is(d, "dpor_removed")) {
      if (attached !== undefined) lastRemoval = { attachment: attached, removed: d }
      attached = undefined
    } else if (is(d, "dpor_poe")) {
      if (attached !== undefined && attached.partnerId === d.event.partnerId) attached.poe ??= d
      lastPoeBy.set(d.event.partnerId, d)
    } else if (is(d, "cpor_official")) {
      claims.set(d.event.claimId, { latest: d, official: d })
    } else if (is(d, "cpor_ended")) {
      const claim = claims.get(d.event.claimId)
      claims.set(d.event.claimId, { latest: d, official: claim?.official })
    }
  }
  const cporOpen: Array<Of<"cpor_official">> = []
  const cporEnded: Array<{ official: Of<"cpor_official">; ended: Of<"cpor_ended"> }> = []
  for (const { latest, official } of claims.values()) {
    if (is(latest, "cpor_official")) cporOpen.push(latest)
    else if (is(latest, "cpor_ended") && official !== undefined) cporEnded.push({ official, ended: latest })
  }
  cporOpen.sort(compareDated)
  cporEnded.sort((a, b) => compareDated(a.ended, b.ended))
  const earlierPoe = attached === undefined ? undefined : lastPoeBy.get(attached.partnerId)
  return {
    cporOpen,
    cporEnded,
    attached,
    firstAdd,
    lastRemoval,
    earlierPoe: earlierPoe === attached?.poe ? undefined : earlierPoe,
    latestOsa
  }
}

const ev = (d: Dated): string => `event ${d.event.id}`

const cporStep = (official: Of<"cpor_official">, date: string): Explanation => {
  const e: CporOfficialEvent = official.event
  const held = `Partner ${e.partnerId} holds the official CPOR association of claim ${e.claimId} since ${official.day} (${ev(official)}).`
  const text = e.incentiveEligible
    ? `${held} An official CPOR association decides before any DPOR or OSA rule, so ${e.partnerId} earns on ${date}.`
    : `${held} An official CPOR association decides before any DPOR or OSA rule, so ${e.partnerId} is the partner of record on ${date}, but this association is not eligible for incentive payments (influenced revenue recognition or opted out).`
  return step("cpor_official", text, e.id)
}

const decide = (
  sorted: ReadonlyArray<Dated>,
  kind: IncentiveKind,
  date: string,
  policy: PolicyTimeline
): Attribution => {
  const s = replay(sorted, date)

  // Rule 0: CPOR first.
  const winner = s.cporOpen.at(-1)
  if (winner !== undefined) {
    const others = s.cporOpen
      .slice(0, -1)
      .map((o) =>
        step(
          "cpor_also_open",
          `Partner ${o.event.partnerId}'s CPOR association of claim ${o.event.claimId} (official since ${o.day}, ${ev(o)}) is open too; associations should be exclusive, so the most recently official one decides.`,
          o.event.id
        )
      )
    return answer(winner.event.partnerId, "cpor", winner.event.incentiveEligible, [
      ...others,
      cporStep(winner, date)
    ])
  }

  const steps: Array<Explanation> = s.cporEnded.map(({ official, ended }) =>
    step(
      "cpor_ended",
      `The CPOR association of partner ${official.event.partnerId} (claim ${official.event.claimId}, official since ${official.day}, ${ev(official)}) ended on ${ended.day} (${ev(ended)}), so it no longer decides.`,
      official.event.id,
      ended.event.id
    )
  )

  const osaCounts = !(kind === "deploy" && date >= policy.osaDeployCutoff)
  const osa = s.latestOsa
  const osaName = (o: Of<"osa_form">) =>
    `The OSA form naming partner ${o.event.partnerId} received on ${o.day} (${ev(o)})`
  const osaBlocked = (o: Of<"osa_form">): Attribution =>
    nobody([
      ...steps,
      step(
        "rule_4_osa_not_for_deploy",
        `Rule 4: from ${policy.osaDeployCutoff} OSA forms no longer attribute deployment incentives. ${osaName(o)} earns nothing for deployment, so nobody earns.`,
        o.event.id
      )
    ])
  const addedStep = (a: Attachment): Explanation =>
    a.replaced === undefined
      ? step(
          "dpor_added",
          `Partner ${a.partnerId} was added as Digital Partner of Record (DPOR) on ${a.added.day} (${ev(a.added)}).`,
          a.added.event.id
        )
      : step(
          "dpor_added",
          `Partner ${a.partnerId} was added as Digital Partner of Record (DPOR) on ${a.added.day} (${ev(a.added)}), replacing the previous DPOR ${a.replaced.event.partnerId} (added on ${a.replaced.day}, ${ev(a.replaced)}).`,
          a.added.event.id,
          a.replaced.event.id
        )
  const removedStep = (r: NonNullable<State["lastRemoval"]>): Explanation =>
    step(
      "dpor_removed",
      `The DPOR ${r.attachment.partnerId} (added on ${r.attachment.added.day}, ${ev(r.attachment.added)}) was removed on ${r.removed.day} (${ev(r.removed)}); no DPOR is attached.`,
      r.attachment.added.event.id,
      r.removed.event.id
    )

  // Rule 1: before DPOR existed.
  if (date < policy.dporFrom) {
    steps.push(
      step(
        "rule_1_period",
        `Rule 1 applies before ${policy.dporFrom}: the partner named on the latest OSA form earns.`
      )
    )
    if (s.attached !== undefined) {
      steps.push(
        step(
          "rule_1_dpor_not_yet",
          `Partner ${s.attached.partnerId} was added as DPOR on ${s.attached.added.day} (${ev(s.attached.added)}), but a DPOR only counts from ${policy.dporFrom}.`,
          s.attached.added.event.id
        )
      )
    }
    if (osa === undefined) {
      return nobody([
        ...steps,
        step("no_partner", `No OSA form was received on or before ${date}, so nobody earns.`)
      ])
    }
    if (!osaCounts) return osaBlocked(osa)
    return answer(osa.event.partnerId, "osa", true, [
      ...steps,
      step(
        "rule_1_before_dpor",
        `${osaName(osa)} is the latest, so ${osa.event.partnerId} earns.`,
        osa.event.id
      )
    ])
  }

  // Rule 2: DPOR, else OSA.
  if (date < policy.dporPoeRequiredFrom) {
    steps.push(
      step(
        "rule_2_period",
        `Rule 2 applies from ${policy.dporFrom} to ${addDaysToDate(policy.dporPoeRequiredFrom, -1)}: the attached Digital Partner of Record (DPOR) earns; without one, the partner named on the latest OSA form earns.`
      )
    )
    if (s.attached !== undefined) {
      const a = s.attached
      steps.push(addedStep(a))
      if (osa !== undefined) {
        steps.push(
          step(
            "rule_2_osa_overridden",
            `${osaName(osa)} does not count while a DPOR is attached.`,
            osa.event.id
          )
        )
      }
      return answer(a.partnerId, "dpor", true, [
        ...steps,
        step(
          "rule_2_dpor_attached",
          `Partner ${a.partnerId} is the DPOR attached on ${date}, so it earns.`,
          a.added.event.id
        )
      ])
    }
    if (s.lastRemoval !== undefined) steps.push(removedStep(s.lastRemoval))
    if (osa === undefined) {
      return nobody([
        ...steps,
        step("no_partner", `No DPOR is attached on ${date} and no OSA form was received, so nobody earns.`)
      ])
    }
    if (!osaCounts) return osaBlocked(osa)
    return answer(osa.event.partnerId, "osa", true, [
      ...steps,
      step(
        "rule_2_osa_no_dpor",
        `No DPOR is attached on ${date}; ${osaName(osa)} is the latest, so ${osa.event.partnerId} earns.`,
        osa.event.id
      )
    ])
  }

  // Rule 3: DPOR with POE; OSA only while no DPOR was ever attached.
  steps.push(
    step(
      "rule_3_period",
      `Rule 3 applies from ${policy.dporPoeRequiredFrom}: the most recently added Digital Partner of Record (DPOR) earns once it has submitted proof of execution (POE); an OSA partner earns only while no DPOR has ever been attached to the subscription.`
    )
  )
  const first = s.firstAdd
  if (first !== undefined) {
    if (s.attached !== undefined) steps.push(addedStep(s.attached))
    else if (s.lastRemoval !== undefined) steps.push(removedStep(s.lastRemoval))
    if (osa !== undefined) {
      steps.push(
        compareDated(osa, first) > 0
          ? step(
              "rule_3_osa_after_dpor",
              `${osaName(osa)} arrived after a DPOR was added on ${first.day} (${ev(first)}), so it pays the DPOR only, never partner ${osa.event.partnerId}.`,
              osa.event.id,
              first.event.id
            )
          : step(
              "rule_3_osa_superseded",
              `${osaName(osa)} no longer counts: a DPOR was added on ${first.day} (${ev(first)}).`,
              osa.event.id,
              first.event.id
            )
      )
    }
    const a = s.attached
    if (a === undefined) {
      return nobody([
        ...steps,
        step(
          "rule_3_dpor_removed",
          `No DPOR is attached on ${date}, and because a DPOR has been attached to this subscription before, OSA forms no longer attribute it, so nobody earns until a DPOR is added and submits POE.`
        )
      ])
    }
    if (a.poe !== undefined) {
      return answer(a.partnerId, "dpor", true, [
        ...steps,
        step(
          "dpor_poe",
          `Partner ${a.partnerId} submitted proof of execution on ${a.poe.day} (${ev(a.poe)}).`,
          a.poe.event.id
        ),
        step(
          "rule_3_dpor_with_poe",
          `Partner ${a.partnerId} is the most recently added DPOR and has submitted POE, so it earns.`,
          a.added.event.id,
          a.poe.event.id
        )
      ])
    }
    const earlier =
      s.earlierPoe === undefined
        ? ""
        : ` Its POE of ${s.earlierPoe.day} (${ev(s.earlierPoe)}) was submitted before it was added on ${a.added.day} and does not count.`
    return nobody([
      ...steps,
      step(
        "rule_3_dpor_without_poe",
        `Partner ${a.partnerId} is the DPOR but has not submitted proof of execution (POE) for this subscription since it was added on ${a.added.day}.${earlier} Nobody earns until it submits POE.`,
        ...(s.earlierPoe === undefined ? [a.added.event.id] : [a.added.event.id, s.earlierPoe.event.id])
      )
    ])
  }
  if (osa === undefined) {
    return nobody([
      ...steps,
      step(
        "no_partner",
        `No CPOR association, DPOR or OSA form names a partner on or before ${date}, so nobody earns.`
      )
    ])
  }
  if (!osaCounts) return osaBlocked(osa)
  return answer(osa.event.partnerId, "osa", true, [
    ...steps,
    step(
      "rule_3_osa_never_dpor",
      `No DPOR has ever been attached to this subscription; ${osaName(osa)} is the latest, so ${osa.event.partnerId} earns.`,
      osa.event.id
    )
  ])
}

/** Which partner earns for `query.kind` on `query.date`, and why (SPEC §4). */
export const attribute = (
  events: ReadonlyArray<AttributionEvent>,
  query: AttributionQuery,
  policy: PolicyTimeline = defaultPolicyTimeline
): Attribution => {
  assertDate(query.date, "date")
  return decide(prepare(events), query.kind, query.date, policy)
}

/**
 * The maximal intervals over which `attribute` gives the same (partnerId, basis, incentiveEligible), from
 * `query.from` (default: the day of the earliest event) to `query.to` (default: open-ended). Empty when
 * there is no start (no events, no `from`) or `to` is before the start.
 */
export const timeline = (
  events: ReadonlyArray<AttributionEvent>,
  query: TimelineQuery,
  policy: PolicyTimeline = defaultPolicyTimeline
): ReadonlyArray<AttributionInterval> => {
  if (query.from !== undefined) assertDate(query.from, "from")
  if (query.to !== undefined) assertDate(query.to, "to")
  const sorted = prepare(events)
  const start = query.from ?? sorted[0]?.day
  const end = query.to
  if (start === undefined || (end !== undefined && end < start)) return []
  // The answer can only change on an event's day or on a policy date.
  const points = new Set([start])
  const candidates = [
    ...sorted.map((d) => d.day),
    policy.dporFrom,
    policy.dporPoeRequiredFrom,
    policy.osaDeployCutoff
  ]
  for (const day of candidates) if (day > start && (end === undefined || day <= end)) points.add(day)
  const runs: Array<{ from: string; a: Attribution }> = []
  for (const day of [...points].sort(compareStrings)) {
    const a = decide(sorted, query.kind, day, policy)
    const last = runs.at(-1)
    if (
      last === undefined ||
      last.a.partnerId !== a.partnerId ||
      last.a.basis !== a.basis ||
      last.a.incentiveEligible !== a.incentiveEligible
    ) {
      runs.push({ from: day, a })
    }
  }
  return runs.map((run, i) => {
    const next = runs[i + 1]
    return {
      from: run.from,
      to: next === undefined ? (end ?? null) : addDaysToDate(next.from, -1),
      partnerId: run.a.partnerId,
      basis: run.a.basis,
      incentiveEligible: run.a.incentiveEligible
    }
  })
}

/** Rule 4: from `osaDeployCutoff`, OSA forms are refused for deployment incentives. */
export const validateOsaForm = (
  receivedOn: string,
  kind: IncentiveKind,
  policy: PolicyTimeline = defaultPolicyTimeline
): OsaFormValidation => {
  assertDate(receivedOn, "receivedOn")
  if (kind === "deploy" && receivedOn >= policy.osaDeployCutoff) {
    return {
      accepted: false,
      code: "osa_forms_not_accepted",
      message: `OSA forms received on or after ${policy.osaDeployCutoff} are no longer accepted for deployment incentives. Ask the customer to add you as Digital Partner of Record on the subscription, then submit proof of execution.`
    }
  }
  return { accepted: true }
}
