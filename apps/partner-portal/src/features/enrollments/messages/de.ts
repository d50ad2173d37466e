import type { EnrollmentMessages } from "./en.ts"

export const de: EnrollmentMessages = {
  nav: "Incentives",
  title: "Incentives",
  intro:
    "Jedes Incentive-Programm für jeden Ihrer Standorte: sein Status, was für den Abschluss der Registrierung nötig ist, und mehr zum Programm.",
  caption: "Incentive-Programme von {{ location }} (PartnerID {{ partnerId }})",
  locationHeading: "{{ location }} · PartnerID {{ partnerId }}",
  empty: "Noch keine Incentive-Programme",
  emptyBody:
    "Programme erscheinen hier, sobald ein Standort berechtigt ist und eingeladen wird. Offene Programme werden jedem Standort angezeigt.",
  columns: {
    program: "Programm",
    status: "Status",
    action: "Erforderliche Aktion",
    resources: "Ressourcen"
  },
  states: {
    invited: "Eingeladen",
    action_required: "Aktion erforderlich",
    validating: "Registrierung wird validiert",
    enrolled: "Registriert",
    inactive: "Inaktiv / nicht berechtigt",
    discontinued: "Eingestellt",
    enrolling: "Registrierung läuft"
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  openProgram: "Offen für alle Partner",
  notIncentivized: "Ohne Incentive",
  fiscalYear: "{{ fiscalYear }}, bis {{ date }}",
  seeRequirements: "Berechtigungsvoraussetzungen anzeigen",
  requirementsIntro: "Voraussetzungen dieses Programms und ob dieser Standort sie erfüllt:",
  requirementMet: "Erfüllt",
  requirementUnmet: "Nicht erfüllt",
  noRequirements: "Dieses Programm hat keine Berechtigungsvoraussetzungen.",
  /** Why an enrollment cannot go on (the API's blockedReason) and what to do. */
  blocked: {
    tag: "Blockiert: kein Incentives-Administrator",
    assignThen:
      "Der Incentives-Administrator, den Sie zuweisen, erhält die Einladung per E-Mail und schließt die Anmeldung ab.",
    askAdmin:
      "Blockiert: Dieser Standort hat keinen Incentives-Administrator, und nur ein Incentives-Administrator kann ihn anmelden. Bitten Sie einen globalen Administrator oder Kontoadministrator Ihrer Organisation, unter „Benutzer und Rollen“ einen zuzuweisen."
  },
  actions: {
    enroll: "Registrieren",
    complete: "Registrierung abschließen",
    enrollLabel: "Registrieren: {{ location }} für {{ program }}",
    completeLabel: "Registrierung abschließen: {{ location }} für {{ program }}",
    invitedAdmin: "Nehmen Sie die Einladung an und bestätigen Sie das Auszahlungs- und das Steuerprofil.",
    invitedOther: "Ein Incentives-Administrator dieses Standorts kann die Einladung annehmen.",
    invitedNoAdmin:
      "Nur ein Incentives-Administrator dieses Standorts kann ihn registrieren. Weisen Sie unter Benutzer und Rollen einen zu (auch sich selbst).",
    assignAdmin: "Incentives-Administrator zuweisen",
    actionRequired: "Vervollständigen Sie die Auszahlungs- und Steuerdaten:",
    returnedReason: "Begründung des Anbieters:",
    enrolling: "Ein Incentives-Administrator dieses Standorts schließt die Registrierung ab.",
    validating: "Der Anbieter prüft die Bank- und Steuerdaten (Ziel: innerhalb von 48 Stunden).",
    validatingDue: "Erwartet bis {{ date }}.",
    validatingOverdue: "Die Prüfung dauert länger als 48 Stunden. Sie müssen nichts tun.",
    enrolled: "Keine. Verlängert sich automatisch, solange der Standort berechtigt bleibt.",
    inactive: "Der Standort erfüllt die Berechtigungsvoraussetzungen derzeit nicht.",
    discontinued: "Keine. Das Programm wird nicht mehr angeboten."
  },
  missing: {
    bank_profile: "Legen Sie ein Bankprofil an.",
    bank_profile_choice:
      "Wählen Sie das zu verwendende Bankprofil (oder legen Sie einen Standard für den Standort fest).",
    bank_profile_returned: "Das Bankprofil wurde bei der Prüfung zurückgewiesen: Korrigieren Sie es.",
    tax_profile: "Legen Sie ein Steuerprofil an.",
    tax_profile_choice:
      "Wählen Sie das zu verwendende Steuerprofil (oder legen Sie einen Standard für den Standort fest).",
    tax_profile_returned: "Das Steuerprofil wurde bei der Prüfung zurückgewiesen: Korrigieren Sie es."
  },
  profileStates: {
    pending_validation: "Wartet auf Prüfung",
    approved: "Geprüft",
    action_required: "Zurückgewiesen: Aktion erforderlich"
  },
  resources: {
    guide: "Programmleitfaden",
    guideLabel: "Programmleitfaden: {{ program }}",
    details: "Über {{ program }}",
    solutionArea: "Lösungsbereich",
    partnerRoles: "Partnerrollen",
    requirements: "Berechtigungsvoraussetzungen",
    none: "Keine"
  },
  partnerRoles: {
    build_intent_advisor: "Kaufabsicht-Berater (Build intent advisor)",
    usage_recognition: "Nutzungsanerkennung",
    influenced_revenue: "Beeinflusster Umsatz",
    use_or_consume: "Nutzung oder Verbrauch"
  },
  enroll: {
    title: "Registrierung für {{ program }}",
    location: "Standort",
    status: "Status",
    intro:
      "Wählen Sie das Bankprofil, auf das die Incentive-Zahlungen gehen, und das Steuerprofil für diesen Standort. Das Standard-Bankprofil des Standorts ist vorausgewählt.",
    bankLegend: "Bankprofil",
    taxLegend: "Steuerprofil",
    defaultTag: "Standard für diesen Standort",
    profileState: "Prüfung: {{ state }}",
    bankMissing: "Bankdaten fehlen: Ihre Organisation hat noch kein Bankprofil.",
    taxMissing: "Steuerdaten fehlen: Ihre Organisation hat noch kein Steuerprofil.",
    addBank: "Bankprofil anlegen",
    addTax: "Steuerprofil anlegen",
    editProfiles: "Bank- und Steuerprofile prüfen",
    returned: "Bei der Prüfung zurückgewiesen. Begründung des Anbieters:",
    submit: "Absenden",
    continue: "Weiter zu den Auszahlungs- und Steuerdaten",
    confirmTitle: "Registrierung von {{ location }} für {{ program }} absenden?",
    confirmBody:
      "Das Bankprofil {{ bank }} und das Steuerprofil {{ tax }} werden dem Anbieter zur Prüfung übermittelt, die in der Regel bis zu 48 Stunden dauert.",
    submitted: "Registrierung abgesendet",
    submittedBody: "Der Anbieter prüft die Bank- und Steuerdaten, in der Regel innerhalb von 48 Stunden.",
    enrolledNow: "Registriert",
    enrolledNowBody: "Die Bank- und Steuerprofile waren bereits geprüft: Der Standort ist registriert.",
    stillMissing: "Für die Registrierung fehlen noch Angaben",
    notAdmin: "Nur ein Incentives-Administrator von {{ location }} kann den Standort registrieren.",
    nothingToDo: "Diese Registrierung erfordert derzeit keine Aktion.",
    back: "Zurück zu Incentives",
    chooseBank: "Wählen Sie ein Bankprofil.",
    chooseTax: "Wählen Sie ein Steuerprofil."
  }
}
