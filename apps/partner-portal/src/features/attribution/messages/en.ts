/** Attribution lookup strings; English is the reference. */
export const en = {
  nav: "Attribution",
  title: "Who earns: attribution lookup",
  intro:
    "For a subscription or a customer's workload, an incentive and a day: which partner is partner of record and earns, and why. You can look up subjects your organization appears on.",
  formHeading: "Look up",
  subjectLegend: "What to look up",
  subject: {
    subscription: "A subscription",
    workload: "A workload of a customer tenant"
  },
  subscriptionId: "Subscription ID",
  subscriptionIdHint: "The subscription's GUID, e.g. aaaaaaaa-0000-4000-8000-000000000005",
  tenantId: "Customer tenant ID",
  tenantIdHint: "The tenant's GUID, e.g. 11111111-1111-4111-8111-111111111111",
  workload: "Workload",
  chooseWorkload: "Choose a workload",
  incentive: "Incentive",
  asOf: "Day",
  asOfHint: "Today unless you choose another day.",
  submit: "Look up",
  incentives: {
    deploy: "Deployment",
    manage: "Management",
    accelerator: "Accelerator",
    usage: "Usage"
  },
  resultHeading: "Answer for {{ date }}",
  earns: "PartnerID {{ partnerId }} earns the {{ incentive }} incentive",
  earnsNotEligible: "PartnerID {{ partnerId }} is partner of record, without incentive",
  nobody: "Nobody earns the {{ incentive }} incentive",
  yours: "one of your locations",
  basis: "Basis",
  bases: {
    cpor: "Claiming Partner of Record (approved claim)",
    dpor: "Digital Partner of Record (named by the customer)",
    osa: "Online Services Advisor form"
  },
  eligible: "Incentive eligible",
  yes: "Yes",
  no: "No",
  explanationHeading: "Why",
  explanationIntro: "The rules and events that decided it, in order:",
  details: "Details:",
  timelineHeading: "Partner of record over time",
  timelineCaption: "Who was partner of record for the {{ incentive }} incentive, period by period",
  timelineEmpty: "No partner of record events on this subject yet.",
  from: "From",
  to: "To",
  openEnded: "until now",
  partner: "Partner",
  noPartner: "Nobody",
  errors: {
    subscriptionId: "Enter the subscription's ID (a GUID).",
    tenantId: "Enter the tenant's ID (a GUID).",
    workload: "Choose a workload.",
    asOf: "Enter a day as a date.",
    notFound:
      "Nothing found: the subscription or workload does not exist, or your organization does not appear on it."
  },
  rules: {
    cpor_official: "An official claim (CPOR association) decides: its partner is the partner of record.",
    cpor_also_open: "Another claim association is open too; the most recent one wins.",
    cpor_ended: "A claim association that was official has ended and no longer decides.",
    rule_1_period: "Period before DPOR: the partner of the latest OSA form earns.",
    rule_2_period: "Early DPOR period: the attached DPOR earns, otherwise the OSA partner.",
    rule_3_period:
      "Current period: the DPOR earns once it has submitted proof of execution; OSA only if there was never a DPOR.",
    dpor_added: "A customer added the current DPOR (replacing an earlier one, if any).",
    dpor_removed: "The DPOR was removed and none is attached.",
    dpor_poe: "The current DPOR submitted its proof of execution after it was added.",
    osa_form: "The latest OSA form received on or before the day.",
    rule_1_dpor_not_yet: "A DPOR is attached, but DPORs count only from the start of the DPOR policy.",
    rule_2_osa_overridden: "An OSA form does not count while a DPOR is attached.",
    rule_3_osa_after_dpor: "An OSA form received after a DPOR was added pays the DPOR only.",
    rule_3_osa_superseded: "An OSA form no longer counts once a DPOR has been attached.",
    rule_1_before_dpor: "Conclusion: before the DPOR policy, the OSA partner earns.",
    rule_2_dpor_attached: "Conclusion: the attached DPOR earns.",
    rule_2_osa_no_dpor: "Conclusion: no DPOR is attached, so the OSA partner earns.",
    rule_3_dpor_with_poe: "Conclusion: the DPOR earns; it has submitted proof of execution.",
    rule_3_dpor_without_poe: "Conclusion: a DPOR is attached without proof of execution, so nobody earns.",
    rule_3_dpor_removed: "Conclusion: the DPOR was removed and OSA forms no longer count, so nobody earns.",
    rule_3_osa_never_dpor: "Conclusion: there was never a DPOR, so the OSA partner earns.",
    rule_4_osa_not_for_deploy: "Conclusion: OSA forms attribute no deployment incentives from 30 April 2015.",
    no_partner: "Conclusion: no claim, DPOR or OSA form names a partner, so nobody earns."
  }
}

export type AttributionMessages = typeof en
