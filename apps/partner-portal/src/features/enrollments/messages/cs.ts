import type { EnrollmentMessages } from "./en.ts"

export const cs: EnrollmentMessages = {
  nav: "Pobídky",
  title: "Pobídky",
  intro:
    "Každý pobídkový program pro každé z vašich míst: jeho stav, co je potřeba k dokončení registrace, a více o programu.",
  caption: "Pobídkové programy místa {{ location }} (PartnerID {{ partnerId }})",
  locationHeading: "{{ location }} · PartnerID {{ partnerId }}",
  empty: "Zatím žádné pobídkové programy",
  emptyBody:
    "Programy se zde zobrazí, jakmile se místo stane způsobilým a obdrží pozvánku. Otevřené programy se zobrazují všem místům.",
  columns: {
    program: "Program",
    status: "Stav",
    action: "Potřebná akce",
    resources: "Zdroje"
  },
  states: {
    invited: "Pozváno",
    action_required: "Vyžaduje akci",
    validating: "Ověřování registrace",
    enrolled: "Registrováno",
    inactive: "Neaktivní / nezpůsobilé",
    discontinued: "Ukončeno",
    enrolling: "Probíhá registrace"
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  openProgram: "Otevřeno všem partnerům",
  notIncentivized: "Bez pobídky",
  fiscalYear: "{{ fiscalYear }}, do {{ date }}",
  seeRequirements: "Zobrazit požadavky na způsobilost",
  requirementsIntro: "Požadavky programu a zda je toto místo splňuje:",
  requirementMet: "Splněno",
  requirementUnmet: "Nesplněno",
  noRequirements: "Tento program nemá žádné požadavky na způsobilost.",
  /** Why an enrollment cannot go on (the API's blockedReason) and what to do. */
  blocked: {
    tag: "Blokováno: chybí správce pobídek",
    assignThen: "Správce pobídek, kterého přidělíte, dostane pozvánku e-mailem a registraci dokončí.",
    askAdmin:
      "Blokováno: tato pobočka nemá správce pobídek a registraci může provést jen správce pobídek. Požádejte globálního správce nebo správce účtu vaší organizace, aby jej přidělil v části Uživatelé a role."
  },
  actions: {
    enroll: "Registrovat",
    complete: "Dokončit registraci",
    enrollLabel: "Registrovat {{ location }} do programu {{ program }}",
    completeLabel: "Dokončit registraci {{ location }} do programu {{ program }}",
    invitedAdmin: "Přijměte pozvánku a potvrďte výplatní a daňový profil.",
    invitedOther: "Pozvánku může přijmout správce pobídek tohoto místa.",
    invitedNoAdmin:
      "Registrovat může jen správce pobídek tohoto místa. Přidělte ho v části Uživatelé a role (i sobě).",
    assignAdmin: "Přidělit správce pobídek",
    actionRequired: "Doplňte výplatní a daňové údaje:",
    returnedReason: "Odůvodnění dodavatele:",
    enrolling: "Správce pobídek tohoto místa dokončuje registraci.",
    validating: "Dodavatel ověřuje bankovní a daňové údaje (cíl: do 48 hodin).",
    validatingDue: "Očekáváno do {{ date }}.",
    validatingOverdue: "Ověření trvá déle než 48 hodin. Nemusíte nic dělat.",
    enrolled: "Žádná. Obnovuje se automaticky, dokud místo zůstává způsobilé.",
    inactive: "Místo momentálně nesplňuje požadavky na způsobilost.",
    discontinued: "Žádná. Program se již nenabízí."
  },
  missing: {
    bank_profile: "Přidejte bankovní profil.",
    bank_profile_choice: "Vyberte bankovní profil, který se má použít (nebo nastavte výchozí pro místo).",
    bank_profile_returned: "Bankovní profil byl při ověření vrácen: opravte ho.",
    tax_profile: "Přidejte daňový profil.",
    tax_profile_choice: "Vyberte daňový profil, který se má použít (nebo nastavte výchozí pro místo).",
    tax_profile_returned: "Daňový profil byl při ověření vrácen: opravte ho."
  },
  profileStates: {
    pending_validation: "Čeká na ověření",
    approved: "Ověřeno",
    action_required: "Vráceno: vyžaduje akci"
  },
  resources: {
    guide: "Průvodce programem",
    guideLabel: "Průvodce programem: {{ program }}",
    details: "O programu {{ program }}",
    solutionArea: "Oblast řešení",
    partnerRoles: "Role partnera",
    requirements: "Požadavky na způsobilost",
    none: "Žádné"
  },
  partnerRoles: {
    build_intent_advisor: "Poradce pro nákupní záměr",
    usage_recognition: "Uznání využití",
    influenced_revenue: "Ovlivněné tržby",
    use_or_consume: "Používání nebo spotřeba"
  },
  enroll: {
    title: "Registrace do programu {{ program }}",
    location: "Místo",
    status: "Stav",
    intro:
      "Vyberte bankovní profil, na který půjdou pobídkové platby, a daňový profil tohoto místa. Výchozí bankovní profil místa je předvybrán.",
    bankLegend: "Bankovní profil",
    taxLegend: "Daňový profil",
    defaultTag: "Výchozí pro toto místo",
    profileState: "Ověření: {{ state }}",
    bankMissing: "Chybí bankovní údaje: vaše organizace zatím nemá bankovní profil.",
    taxMissing: "Chybí daňové údaje: vaše organizace zatím nemá daňový profil.",
    addBank: "Přidat bankovní profil",
    addTax: "Přidat daňový profil",
    editProfiles: "Zkontrolovat bankovní a daňové profily",
    returned: "Vráceno při ověření. Odůvodnění dodavatele:",
    submit: "Odeslat",
    continue: "Pokračovat k výplatním a daňovým údajům",
    confirmTitle: "Odeslat registraci {{ location }} do programu {{ program }}?",
    confirmBody:
      "Bankovní profil {{ bank }} a daňový profil {{ tax }} se odešlou dodavateli k ověření, které obvykle trvá až 48 hodin.",
    submitted: "Registrace odeslána",
    submittedBody: "Dodavatel ověří bankovní a daňové údaje, obvykle do 48 hodin.",
    enrolledNow: "Registrováno",
    enrolledNowBody: "Bankovní a daňový profil už byly ověřeny: místo je registrováno.",
    stillMissing: "Registrace potřebuje další údaje",
    notAdmin: "Místo {{ location }} může registrovat jen jeho správce pobídek.",
    nothingToDo: "Tato registrace nyní nevyžaduje žádnou akci.",
    back: "Zpět na pobídky",
    chooseBank: "Vyberte bankovní profil.",
    chooseTax: "Vyberte daňový profil."
  }
}
