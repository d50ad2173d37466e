import type { IncentiveKind } from "../catalog/catalog.ts"
import { addDaysToDate, assertDate, compareStrings, prepare } from "./events.ts"
import {
  type Attribution,
  type AttributionEvent,
  type AttributionInterval,
  type AttributionQuery,
  defaultPolicyTimeline,
  type OsaFormValidation,
  type PolicyTimeline,
  type TimelineQuery
} from "./model.ts"
import { decide } from "./rules.ts"

export { addDaysToDate, compareAttributionEvents } from "./events.ts"

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
