import type { EnrollmentMessages } from "./en.ts"

export const sv: EnrollmentMessages = {
  nav: "Incitament",
  title: "Incitament",
  intro:
    "Alla incitamentsprogram för var och en av dina platser: status, vad som behövs för att slutföra registreringen och mer om programmet.",
  caption: "Incitamentsprogram för {{ location }} (PartnerID {{ partnerId }})",
  locationHeading: "{{ location }} · PartnerID {{ partnerId }}",
  empty: "Inga incitamentsprogram ännu",
  emptyBody:
    "Program visas här när en plats blir berättigad och bjuds in. Öppna program visas för alla platser.",
  columns: {
    program: "Program",
    status: "Status",
    action: "Åtgärd som krävs",
    resources: "Resurser"
  },
  states: {
    invited: "Inbjuden",
    action_required: "Åtgärd krävs",
    validating: "Validerar registrering",
    enrolled: "Registrerad",
    inactive: "Inaktiv / ej berättigad",
    discontinued: "Avvecklad",
    enrolling: "Anmäler sig"
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  openProgram: "Öppet för alla partner",
  notIncentivized: "Utan incitament",
  fiscalYear: "{{ fiscalYear }}, till och med {{ date }}",
  seeRequirements: "Se behörighetskrav",
  requirementsIntro: "Programmets krav och om den här platsen uppfyller dem:",
  requirementMet: "Uppfyllt",
  requirementUnmet: "Ej uppfyllt",
  noRequirements: "Det här programmet har inga behörighetskrav.",
  /** Why an enrollment cannot go on (the API's blockedReason) and what to do. */
  blocked: {
    tag: "Blockerad: ingen incitamentsadministratör",
    assignThen:
      "Incitamentsadministratören som du tilldelar får inbjudan via e-post och slutför registreringen.",
    askAdmin:
      "Blockerad: platsen har ingen incitamentsadministratör, och endast en incitamentsadministratör kan registrera den. Be en global administratör eller kontoadministratör i din organisation att tilldela en under Användare och roller."
  },
  actions: {
    enroll: "Registrera",
    complete: "Slutför registreringen",
    enrollLabel: "Registrera {{ location }} i {{ program }}",
    completeLabel: "Slutför registreringen av {{ location }} i {{ program }}",
    invitedAdmin: "Acceptera inbjudan och bekräfta utbetalnings- och skatteprofilen.",
    invitedOther: "En incitamentsadministratör för platsen kan acceptera inbjudan.",
    invitedNoAdmin:
      "Endast en incitamentsadministratör för platsen kan registrera den. Tilldela en under Användare och roller (gärna dig själv).",
    assignAdmin: "Tilldela en incitamentsadministratör",
    actionRequired: "Komplettera utbetalnings- och skatteuppgifterna:",
    returnedReason: "Leverantörens motivering:",
    enrolling: "En incitamentsadministratör för platsen slutför registreringen.",
    validating: "Leverantören validerar bank- och skatteuppgifterna (mål: inom 48 timmar).",
    validatingDue: "Väntas senast {{ date }}.",
    validatingOverdue: "Valideringen tar längre tid än 48 timmar. Du behöver inte göra något.",
    enrolled: "Ingen. Förnyas automatiskt så länge platsen är berättigad.",
    inactive: "Platsen uppfyller inte behörighetskraven just nu.",
    discontinued: "Ingen. Programmet erbjuds inte längre."
  },
  missing: {
    bank_profile: "Lägg till en bankprofil.",
    bank_profile_choice: "Välj vilken bankprofil som ska användas (eller ange en standard för platsen).",
    bank_profile_returned: "Bankprofilen returnerades vid valideringen: rätta den.",
    tax_profile: "Lägg till en skatteprofil.",
    tax_profile_choice: "Välj vilken skatteprofil som ska användas (eller ange en standard för platsen).",
    tax_profile_returned: "Skatteprofilen returnerades vid valideringen: rätta den."
  },
  profileStates: {
    pending_validation: "Väntar på validering",
    approved: "Validerad",
    action_required: "Returnerad: åtgärd krävs"
  },
  resources: {
    guide: "Programguide",
    guideLabel: "Programguide: {{ program }}",
    details: "Om {{ program }}",
    solutionArea: "Lösningsområde",
    partnerRoles: "Partnerroller",
    requirements: "Behörighetskrav",
    none: "Inga"
  },
  partnerRoles: {
    build_intent_advisor: "Rådgivare för köpavsikt",
    usage_recognition: "Erkännande av användning",
    influenced_revenue: "Påverkad intäkt",
    use_or_consume: "Användning eller förbrukning"
  },
  enroll: {
    title: "Registrering i {{ program }}",
    location: "Plats",
    status: "Status",
    intro:
      "Välj bankprofilen som tar emot incitamentsbetalningarna och skatteprofilen för den här platsen. Platsens standardbankprofil är förvald.",
    bankLegend: "Bankprofil",
    taxLegend: "Skatteprofil",
    defaultTag: "Standard för den här platsen",
    profileState: "Validering: {{ state }}",
    bankMissing: "Bankuppgifter saknas: din organisation har ingen bankprofil ännu.",
    taxMissing: "Skatteuppgifter saknas: din organisation har ingen skatteprofil ännu.",
    addBank: "Lägg till en bankprofil",
    addTax: "Lägg till en skatteprofil",
    editProfiles: "Granska bank- och skatteprofiler",
    returned: "Returnerad vid valideringen. Leverantörens motivering:",
    submit: "Skicka",
    continue: "Fortsätt till utbetalnings- och skatteuppgifter",
    confirmTitle: "Skicka registreringen av {{ location }} i {{ program }}?",
    confirmBody:
      "Bankprofilen {{ bank }} och skatteprofilen {{ tax }} skickas till leverantören för validering, som vanligtvis tar upp till 48 timmar.",
    submitted: "Registreringen har skickats",
    submittedBody: "Leverantören validerar bank- och skatteuppgifterna, vanligtvis inom 48 timmar.",
    enrolledNow: "Registrerad",
    enrolledNowBody: "Bank- och skatteprofilerna var redan validerade: platsen är registrerad.",
    stillMissing: "Registreringen behöver fler uppgifter",
    notAdmin: "Endast en incitamentsadministratör för {{ location }} kan registrera platsen.",
    nothingToDo: "Den här registreringen kräver ingen åtgärd nu.",
    back: "Tillbaka till incitament",
    chooseBank: "Välj en bankprofil.",
    chooseTax: "Välj en skatteprofil."
  }
}
