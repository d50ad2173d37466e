// Who earns on one subscription through 2014–2015 (SPEC §4, seed 000), with the pure attribution engine:
// no database, no server, no Effect runtime — a list of dated events in, an answer with its reasons out.
// Run: node attribution.ts   (the same answers as the README's "Walking through 2014–2015 live")
import {
  type Attribution,
  type AttributionEvent,
  attribute,
  defaultPolicyTimeline,
  timeline,
  validateOsaForm
} from "@openpor/domain"

const TAILSPIN = "3000001"
const CONTOSO = "1000001"

// The subscription's history as the live intake records it (every event: an id and an instant with a zone).
const events: ReadonlyArray<AttributionEvent> = [
  // An OSA form names Tailspin; forms are dated by the day they were received (00:00Z).
  {
    type: "osa_form",
    id: "osa-1",
    at: "2014-09-01T00:00:00Z",
    partnerId: TAILSPIN,
    receivedOn: "2014-09-01"
  },
  // The customer names Contoso its Digital Partner of Record.
  { type: "dpor_added", id: "dpor-1", at: "2015-02-16T09:00:00Z", partnerId: CONTOSO },
  // Contoso submits its proof of execution.
  { type: "dpor_poe", id: "poe-1", at: "2015-03-09T10:00:00Z", partnerId: CONTOSO }
]

const policy = defaultPolicyTimeline
console.log(
  `policy: DPOR from ${policy.dporFrom}, DPOR needs POE from ${policy.dporPoeRequiredFrom}, no OSA for deploy from ${policy.osaDeployCutoff}`
)

// Who earns the deployment incentive on a date, and why: the explanation's rules in order, the last decides.
const who = (a: Attribution) => (a.partnerId === null ? "nobody" : `${a.partnerId} (${a.basis})`)
for (const date of ["2014-09-15", "2014-11-15", "2015-02-20", "2015-03-02", "2015-03-09", "2015-06-01"]) {
  const answer = attribute(events, { kind: "deploy", date })
  const rules = answer.explanation.map((step) => step.rule).join(" > ")
  console.log(`${date} deploy: ${who(answer)} eligible=${answer.incentiveEligible} because ${rules}`)
}

// The last step's sentence, as the partner reads it.
const march2 = attribute(events, { kind: "deploy", date: "2015-03-02" })
console.log(`2015-03-02 why: ${march2.explanation.at(-1)?.text}`)

// From 2015-04-30 new OSA forms are refused for deployment incentives.
for (const receivedOn of ["2015-04-29", "2015-05-04"]) {
  const check = validateOsaForm(receivedOn, "deploy")
  console.log(`OSA form received ${receivedOn}: ${check.accepted ? "accepted" : `refused (${check.code})`}`)
}

// Rule 4 on its own: a subscription that only ever had an OSA form loses it for deploy from 2015-04-30,
// not for the other incentive kinds.
const osaOnly: ReadonlyArray<AttributionEvent> = [events[0]!]
for (const [kind, date] of [
  ["deploy", "2015-04-29"],
  ["deploy", "2015-04-30"],
  ["manage", "2015-04-30"]
] as const) {
  const answer = attribute(osaOnly, { kind, date })
  console.log(`OSA only, ${date} ${kind}: ${who(answer)} because ${answer.explanation.at(-1)?.rule}`)
}

// The whole story as intervals of the same answer (`to` inclusive, open-ended at the end).
console.log("deploy intervals:")
for (const i of timeline(events, { kind: "deploy" })) {
  const who = i.partnerId === null ? "nobody" : `${i.partnerId} (${i.basis})`
  console.log(`  ${i.from} .. ${i.to ?? "open"}: ${who}`)
}
