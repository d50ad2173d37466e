import type { AttributionMessages } from "./en.ts"

export const de: AttributionMessages = {
  nav: "Zuordnung",
  title: "Wer verdient: Zuordnung nachschlagen",
  intro:
    "Für ein Abonnement oder einen Workload eines Kunden, ein Incentive und einen Tag: welcher Partner Partner of Record ist und verdient, und warum. Sie können Abonnements und Workloads nachschlagen, bei denen Ihre Organisation vorkommt.",
  formHeading: "Nachschlagen",
  subjectLegend: "Was nachschlagen",
  subject: {
    subscription: "Ein Abonnement",
    workload: "Ein Workload eines Kundenmandanten"
  },
  subscriptionId: "Abonnement-ID",
  subscriptionIdHint: "Die GUID des Abonnements, z. B. aaaaaaaa-0000-4000-8000-000000000005",
  tenantId: "Kundenmandanten-ID",
  tenantIdHint: "Die GUID des Mandanten, z. B. 11111111-1111-4111-8111-111111111111",
  workload: "Workload",
  chooseWorkload: "Workload wählen",
  incentive: "Incentive",
  asOf: "Tag",
  asOfHint: "Heute, sofern Sie keinen anderen Tag wählen.",
  submit: "Nachschlagen",
  incentives: {
    deploy: "Bereitstellung",
    manage: "Verwaltung",
    accelerator: "Beschleuniger",
    usage: "Nutzung"
  },
  resultHeading: "Antwort für den {{ date }}",
  earns: "PartnerID {{ partnerId }} verdient das Incentive „{{ incentive }}“",
  earnsNotEligible: "PartnerID {{ partnerId }} ist Partner of Record, ohne Incentive",
  nobody: "Niemand verdient das Incentive „{{ incentive }}“",
  yours: "einer Ihrer Standorte",
  basis: "Grundlage",
  bases: {
    cpor: "Claiming Partner of Record (genehmigter Claim)",
    dpor: "Digital Partner of Record (vom Kunden benannt)",
    osa: "Online-Services-Advisor-Formular"
  },
  eligible: "Incentive-berechtigt",
  yes: "Ja",
  no: "Nein",
  explanationHeading: "Warum",
  explanationIntro: "Die Regeln und Ereignisse, die entschieden haben, in ihrer Reihenfolge:",
  details: "Einzelheiten:",
  timelineHeading: "Partner of Record im Zeitverlauf",
  timelineCaption: "Wer Partner of Record für das Incentive „{{ incentive }}“ war, Zeitraum für Zeitraum",
  timelineEmpty: "Zu diesem Gegenstand gibt es noch keine Partner-of-Record-Ereignisse.",
  from: "Von",
  to: "Bis",
  openEnded: "bis heute",
  partner: "Partner",
  noPartner: "Niemand",
  errors: {
    subscriptionId: "Geben Sie die ID des Abonnements ein (eine GUID).",
    tenantId: "Geben Sie die ID des Mandanten ein (eine GUID).",
    workload: "Wählen Sie einen Workload.",
    asOf: "Geben Sie einen Tag als Datum ein.",
    notFound:
      "Nichts gefunden: Das Abonnement oder der Workload existiert nicht, oder Ihre Organisation kommt darin nicht vor."
  },
  rules: {
    cpor_official:
      "Ein offizieller Claim (CPOR-Zuordnung) entscheidet: Sein Partner ist der Partner of Record.",
    cpor_also_open: "Eine weitere Claim-Zuordnung ist ebenfalls offen; die neueste gilt.",
    cpor_ended: "Eine Claim-Zuordnung, die offiziell war, ist beendet und entscheidet nicht mehr.",
    rule_1_period: "Zeitraum vor DPOR: Der Partner des neuesten OSA-Formulars verdient.",
    rule_2_period: "Früher DPOR-Zeitraum: Der zugeordnete DPOR verdient, sonst der OSA-Partner.",
    rule_3_period:
      "Aktueller Zeitraum: Der DPOR verdient, sobald er einen Leistungsnachweis eingereicht hat; OSA nur, wenn es nie einen DPOR gab.",
    dpor_added: "Ein Kunde hat den aktuellen DPOR hinzugefügt (und ggf. einen früheren ersetzt).",
    dpor_removed: "Der DPOR wurde entfernt, und keiner ist zugeordnet.",
    dpor_poe: "Der aktuelle DPOR hat nach seiner Zuordnung seinen Leistungsnachweis eingereicht.",
    osa_form: "Das neueste OSA-Formular, das am oder vor dem Tag einging.",
    rule_1_dpor_not_yet: "Ein DPOR ist zugeordnet, aber DPORs zählen erst ab Beginn der DPOR-Regelung.",
    rule_2_osa_overridden: "Ein OSA-Formular zählt nicht, solange ein DPOR zugeordnet ist.",
    rule_3_osa_after_dpor:
      "Ein OSA-Formular, das nach dem Hinzufügen eines DPOR einging, vergütet nur den DPOR.",
    rule_3_osa_superseded: "Ein OSA-Formular zählt nicht mehr, sobald ein DPOR zugeordnet wurde.",
    rule_1_before_dpor: "Ergebnis: Vor der DPOR-Regelung verdient der OSA-Partner.",
    rule_2_dpor_attached: "Ergebnis: Der zugeordnete DPOR verdient.",
    rule_2_osa_no_dpor: "Ergebnis: Kein DPOR ist zugeordnet, daher verdient der OSA-Partner.",
    rule_3_dpor_with_poe: "Ergebnis: Der DPOR verdient; er hat einen Leistungsnachweis eingereicht.",
    rule_3_dpor_without_poe:
      "Ergebnis: Ein DPOR ist ohne Leistungsnachweis zugeordnet, daher verdient niemand.",
    rule_3_dpor_removed:
      "Ergebnis: Der DPOR wurde entfernt und OSA-Formulare zählen nicht mehr, daher verdient niemand.",
    rule_3_osa_never_dpor: "Ergebnis: Es gab nie einen DPOR, daher verdient der OSA-Partner.",
    rule_4_osa_not_for_deploy:
      "Ergebnis: OSA-Formulare ordnen ab dem 30. April 2015 keine Bereitstellungs-Incentives zu.",
    no_partner: "Ergebnis: Kein Claim, DPOR oder OSA-Formular nennt einen Partner, daher verdient niemand."
  }
}
