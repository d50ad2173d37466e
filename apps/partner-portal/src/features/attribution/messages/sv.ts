import type { AttributionMessages } from "./en.ts"

export const sv: AttributionMessages = {
  nav: "Attribuering",
  title: "Vem tjänar: slå upp attribuering",
  intro:
    "För en prenumeration eller en kunds arbetsbelastning, ett incitament och en dag: vilken partner som är partner of record och tjänar, och varför. Du kan slå upp det som din organisation förekommer i.",
  formHeading: "Slå upp",
  subjectLegend: "Vad du vill slå upp",
  subject: {
    subscription: "En prenumeration",
    workload: "En arbetsbelastning hos en kundklient"
  },
  subscriptionId: "Prenumerations-ID",
  subscriptionIdHint: "Prenumerationens GUID, t.ex. aaaaaaaa-0000-4000-8000-000000000005",
  tenantId: "Kundklientens ID",
  tenantIdHint: "Klientens GUID, t.ex. 11111111-1111-4111-8111-111111111111",
  workload: "Arbetsbelastning",
  chooseWorkload: "Välj en arbetsbelastning",
  incentive: "Incitament",
  asOf: "Dag",
  asOfHint: "I dag om du inte väljer en annan dag.",
  submit: "Slå upp",
  incentives: {
    deploy: "Driftsättning",
    manage: "Hantering",
    accelerator: "Accelerator",
    usage: "Användning"
  },
  resultHeading: "Svar för {{ date }}",
  earns: "PartnerID {{ partnerId }} tjänar incitamentet {{ incentive }}",
  earnsNotEligible: "PartnerID {{ partnerId }} är partner of record, utan incitament",
  nobody: "Ingen tjänar incitamentet {{ incentive }}",
  yours: "en av era platser",
  basis: "Grund",
  bases: {
    cpor: "Claiming partner of record (godkänt anspråk)",
    dpor: "Digital partner of record (angiven av kunden)",
    osa: "Online Services Advisor-formulär"
  },
  eligible: "Berättigad till incitament",
  yes: "Ja",
  no: "Nej",
  explanationHeading: "Varför",
  explanationIntro: "Reglerna och händelserna som avgjorde, i ordning:",
  details: "Detaljer:",
  timelineHeading: "Partner of record över tid",
  timelineCaption: "Vem som var partner of record för incitamentet {{ incentive }}, period för period",
  timelineEmpty: "Inga partner of record-händelser för detta ännu.",
  from: "Från",
  to: "Till",
  openEnded: "tills vidare",
  partner: "Partner",
  noPartner: "Ingen",
  errors: {
    subscriptionId: "Ange prenumerationens ID (ett GUID).",
    tenantId: "Ange klientens ID (ett GUID).",
    workload: "Välj en arbetsbelastning.",
    asOf: "Ange en dag som ett datum.",
    notFound:
      "Inget hittades: prenumerationen eller arbetsbelastningen finns inte, eller så förekommer din organisation inte i den."
  },
  rules: {
    cpor_official: "Ett officiellt anspråk (CPOR-koppling) avgör: dess partner är partner of record.",
    cpor_also_open: "Ytterligare en anspråkskoppling är öppen; den senaste gäller.",
    cpor_ended: "En anspråkskoppling som var officiell har upphört och avgör inte längre.",
    rule_1_period: "Perioden före DPOR: partnern på det senaste OSA-formuläret tjänar.",
    rule_2_period: "Tidig DPOR-period: den tilldelade DPOR:en tjänar, annars OSA-partnern.",
    rule_3_period:
      "Nuvarande period: DPOR:en tjänar när den har skickat bevis på utfört arbete; OSA bara om det aldrig funnits en DPOR.",
    dpor_added: "En kund lade till den nuvarande DPOR:en (och ersatte i så fall en tidigare).",
    dpor_removed: "DPOR:en togs bort och ingen är tilldelad.",
    dpor_poe: "Den nuvarande DPOR:en skickade sitt bevis på utfört arbete efter att den lagts till.",
    osa_form: "Det senaste OSA-formuläret som kom in senast den dagen.",
    rule_1_dpor_not_yet: "En DPOR är tilldelad, men DPOR räknas först från DPOR-regelns början.",
    rule_2_osa_overridden: "Ett OSA-formulär räknas inte medan en DPOR är tilldelad.",
    rule_3_osa_after_dpor:
      "Ett OSA-formulär som kom in efter att en DPOR lagts till ger bara DPOR:en ersättning.",
    rule_3_osa_superseded: "Ett OSA-formulär räknas inte längre när en DPOR har tilldelats.",
    rule_1_before_dpor: "Slutsats: före DPOR-regeln tjänar OSA-partnern.",
    rule_2_dpor_attached: "Slutsats: den tilldelade DPOR:en tjänar.",
    rule_2_osa_no_dpor: "Slutsats: ingen DPOR är tilldelad, så OSA-partnern tjänar.",
    rule_3_dpor_with_poe: "Slutsats: DPOR:en tjänar; den har skickat bevis på utfört arbete.",
    rule_3_dpor_without_poe: "Slutsats: en DPOR är tilldelad utan bevis på utfört arbete, så ingen tjänar.",
    rule_3_dpor_removed: "Slutsats: DPOR:en togs bort och OSA-formulär räknas inte längre, så ingen tjänar.",
    rule_3_osa_never_dpor: "Slutsats: det har aldrig funnits en DPOR, så OSA-partnern tjänar.",
    rule_4_osa_not_for_deploy: "Slutsats: OSA-formulär ger inga driftsättningsincitament från 30 april 2015.",
    no_partner:
      "Slutsats: inget anspråk, ingen DPOR och inget OSA-formulär anger en partner, så ingen tjänar."
  }
}
