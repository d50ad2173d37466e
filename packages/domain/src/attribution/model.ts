/**
 * Attribution (SPEC §4, seed 000): which partner earns for one subscription or workload, for an incentive
 * kind and a date, and why. Plain data; the rules live in `engine.ts`.
 *
 * Every event carries `at`, an ISO-8601 instant with a zone (`2015-03-02T10:00:00.000Z`). Dates compare by
 * the calendar day in UTC; instants order the events within a day. Events on the same instant are put in
 * the canonical order of `compareAttributionEvents` so no answer depends on the order events are given in.
 * The incentive kind is the catalog's `IncentiveKind` ("deploy" | "manage" | "accelerator" | "usage").
 */

import type { IncentiveKind } from "../catalog/catalog.ts"

/** An Online Services Advisor form naming a partner (legacy intake). Its `at` is `receivedOn` at 00:00Z. */
export type OsaFormEvent = {
  readonly type: "osa_form"
  readonly id: string
  readonly at: string
  readonly partnerId: string
  /** `YYYY-MM-DD`; the engine dates the form by `at`, which intake sets to this day at 00:00Z. */
  readonly receivedOn: string
}

/** The customer named a Digital Partner of Record on the subscription; adding another replaces it. */
export type DporAddedEvent = {
  readonly type: "dpor_added"
  readonly id: string
  readonly at: string
  readonly partnerId: string
}

/** The customer cleared the Digital Partner of Record. */
export type DporRemovedEvent = {
  readonly type: "dpor_removed"
  readonly id: string
  readonly at: string
}

/** The partner submitted proof of execution (POE) for this subscription, as its DPOR. */
export type DporPoeEvent = {
  readonly type: "dpor_poe"
  readonly id: string
  readonly at: string
  readonly partnerId: string
}

/**
 * A CPOR association became official (claim approved, consent window passed without a decline).
 * `incentiveEligible` is false for influenced-revenue claims and for claims that opted out of payment.
 */
export type CporOfficialEvent = {
  readonly type: "cpor_official"
  readonly id: string
  readonly at: string
  readonly partnerId: string
  readonly claimId: string
  readonly incentiveEligible: boolean
}

/** The CPOR association of a claim ended (declined, disassociated, superseded, subscription expired). */
export type CporEndedEvent = {
  readonly type: "cpor_ended"
  readonly id: string
  readonly at: string
  readonly claimId: string
}

/** One event of a subscription's or workload's partner-of-record history, the input of {@link attribute}. */
export type AttributionEvent =
  | OsaFormEvent
  | DporAddedEvent
  | DporRemovedEvent
  | DporPoeEvent
  | CporOfficialEvent
  | CporEndedEvent

/** The `type` tags of {@link AttributionEvent}. */
export type AttributionEventType = AttributionEvent["type"]

/** The effective dates of the attribution policy (configurable; defaults from seed 000). */
export type PolicyTimeline = {
  /** Rule 2 from this day: the attached DPOR earns, else the OSA partner. Before it, rule 1 (OSA only). */
  readonly dporFrom: string
  /** Rule 3 from this day: the DPOR earns only with POE; OSA only while no DPOR was ever attached. */
  readonly dporPoeRequiredFrom: string
  /** Rule 4 from this day: OSA forms neither attribute nor are accepted for `deploy`. */
  readonly osaDeployCutoff: string
}

/**
 * The policy dates of seed 000: DPORs from 1 Oct 2014, POE required from 2 Mar 2015, no OSA deploy incentives
 * from 30 Apr 2015.
 */
export const defaultPolicyTimeline: PolicyTimeline = {
  dporFrom: "2014-10-01",
  dporPoeRequiredFrom: "2015-03-02",
  osaDeployCutoff: "2015-04-30"
}

/**
 * The codes of explanation steps. An answer's explanation is ordered: notes on ended CPOR associations,
 * the policy period that applies, the evidence (events) considered, and last the conclusion — so the
 * `rule` of the last step is the code that decided the answer.
 */
export const explanationRules = {
  // CPOR (decides before every DPOR/OSA rule)
  cpor_official: "conclusion: an official CPOR association decides; its partner is the partner of record",
  cpor_also_open: "evidence: another CPOR association is open too (should not happen); the most recent wins",
  cpor_ended: "evidence: a CPOR association that was official has ended and no longer decides",
  // policy periods
  rule_1_period: "period: before dporFrom, the partner of the latest OSA form earns",
  rule_2_period: "period: dporFrom to the day before dporPoeRequiredFrom, the attached DPOR earns, else OSA",
  rule_3_period: "period: from dporPoeRequiredFrom, the DPOR earns with POE; OSA only if never a DPOR",
  // evidence
  dpor_added: "evidence: the add that made the current DPOR (and the DPOR it replaced, if any)",
  dpor_removed: "evidence: the DPOR was removed and none is attached",
  dpor_poe: "evidence: the current DPOR's proof of execution, submitted after it was added",
  osa_form: "evidence: the latest OSA form received on or before the date",
  rule_1_dpor_not_yet: "evidence: a DPOR is attached, but DPORs only count from dporFrom",
  rule_2_osa_overridden: "evidence: an OSA form does not count while a DPOR is attached",
  rule_3_osa_after_dpor: "evidence: an OSA form received after a DPOR was added pays the DPOR only",
  rule_3_osa_superseded: "evidence: an OSA form no longer counts once a DPOR has been attached",
  // conclusions
  rule_1_before_dpor: "conclusion: before dporFrom, the OSA partner earns",
  rule_2_dpor_attached: "conclusion: the attached DPOR earns",
  rule_2_osa_no_dpor: "conclusion: no DPOR is attached, the OSA partner earns",
  rule_3_dpor_with_poe: "conclusion: the DPOR earns, it has submitted POE",
  rule_3_dpor_without_poe: "conclusion: a DPOR is attached without POE; nobody earns",
  rule_3_dpor_removed: "conclusion: the DPOR was removed and OSA no longer counts; nobody earns",
  rule_3_osa_never_dpor: "conclusion: no DPOR was ever attached, the OSA partner earns",
  rule_4_osa_not_for_deploy: "conclusion: OSA forms attribute no deployment incentives from osaDeployCutoff",
  no_partner: "conclusion: no CPOR association, DPOR or OSA form names a partner; nobody earns"
} as const satisfies Record<string, string>

/**
 * The code of one explanation step (a key of `explanationRules`); the last step's code decided the answer.
 */
export type ExplanationRule = keyof typeof explanationRules

/** One step of an answer: the rule that applied, a sentence for the partner, and the events it cites. */
export type Explanation = {
  readonly rule: ExplanationRule
  readonly text: string
  readonly eventIds: ReadonlyArray<string>
}

/**
 * Why a partner earns: an official claim association (`cpor`), the customer's Digital Partner of Record
 * (`dpor`) or an OSA form (`osa`).
 */
export type AttributionBasis = "cpor" | "dpor" | "osa"

/**
 * The answer of {@link attribute}: the partner of record (or nobody), its basis, whether it is eligible for
 * the incentive, and the ordered explanation.
 */
export type Attribution = {
  /** The partner of record, or null when nobody earns. */
  readonly partnerId: string | null
  readonly basis: AttributionBasis | null
  /** True for DPOR and OSA answers, the association's flag for CPOR, false when nobody earns. */
  readonly incentiveEligible: boolean
  readonly explanation: ReadonlyArray<Explanation>
}

/** The question {@link attribute} answers: which partner earns `kind` on `date`. */
export type AttributionQuery = {
  readonly kind: IncentiveKind
  /** `YYYY-MM-DD`; events on this day count. */
  readonly date: string
}

/** The range {@link timeline} covers for one incentive kind. */
export type TimelineQuery = {
  readonly kind: IncentiveKind
  /** First day covered (`YYYY-MM-DD`); default: the day of the earliest event. */
  readonly from?: string | undefined
  /** Last day covered, inclusive; default: open-ended after the last change. */
  readonly to?: string | undefined
}

/** A maximal run of days with the same answer; `to` is inclusive, `null` = open-ended. */
export type AttributionInterval = {
  readonly from: string
  readonly to: string | null
  readonly partnerId: string | null
  readonly basis: AttributionBasis | null
  readonly incentiveEligible: boolean
}

/** Whether a new OSA form can still be accepted for an incentive kind (`validateOsaForm`). */
export type OsaFormValidation =
  | { readonly accepted: true }
  | { readonly accepted: false; readonly code: "osa_forms_not_accepted"; readonly message: string }
