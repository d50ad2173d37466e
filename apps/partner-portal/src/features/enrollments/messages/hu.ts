import type { EnrollmentMessages } from "./en.ts"

export const hu: EnrollmentMessages = {
  nav: "Ösztönzők",
  title: "Ösztönzők",
  intro:
    "Minden ösztönzőprogram minden telephelyéhez: az állapota, a regisztráció befejezéséhez szükséges teendő és további tudnivalók a programról.",
  caption: "{{ location }} ösztönzőprogramjai (PartnerID {{ partnerId }})",
  locationHeading: "{{ location }} · PartnerID {{ partnerId }}",
  empty: "Még nincsenek ösztönzőprogramok",
  emptyBody:
    "A programok akkor jelennek meg itt, amikor egy telephely jogosulttá válik és meghívást kap. A nyitott programok minden telephelynél megjelennek.",
  columns: {
    program: "Program",
    status: "Állapot",
    action: "Szükséges teendő",
    resources: "Források"
  },
  states: {
    invited: "Meghívva",
    action_required: "Teendő szükséges",
    validating: "Regisztráció ellenőrzése",
    enrolled: "Regisztrálva",
    inactive: "Inaktív / nem jogosult",
    discontinued: "Megszűnt",
    enrolling: "Regisztráció folyamatban"
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  openProgram: "Minden partner számára nyitott",
  notIncentivized: "Ösztönző nélkül",
  fiscalYear: "{{ fiscalYear }}, eddig: {{ date }}",
  seeRequirements: "Jogosultsági feltételek megtekintése",
  requirementsIntro: "A program feltételei, és hogy ez a telephely teljesíti-e őket:",
  requirementMet: "Teljesül",
  requirementUnmet: "Nem teljesül",
  noRequirements: "Ennek a programnak nincsenek jogosultsági feltételei.",
  /** Why an enrollment cannot go on (the API's blockedReason) and what to do. */
  blocked: {
    tag: "Blokkolva: nincs ösztönzőprogram-rendszergazda",
    assignThen:
      "Az Ön által kijelölt ösztönzőprogram-rendszergazda e-mailben megkapja a meghívót, és befejezi a regisztrációt.",
    askAdmin:
      "Blokkolva: ennek a telephelynek nincs ösztönzőprogram-rendszergazdája, és csak ő regisztrálhat. Kérje meg szervezete globális vagy fiókrendszergazdáját, hogy jelöljön ki egyet a Felhasználók és szerepkörök oldalon."
  },
  actions: {
    enroll: "Regisztráció",
    complete: "Regisztráció befejezése",
    enrollLabel: "Regisztráció: {{ location }}, {{ program }}",
    completeLabel: "Regisztráció befejezése: {{ location }}, {{ program }}",
    invitedAdmin: "Fogadja el a meghívást, és erősítse meg a kifizetési és az adóprofilt.",
    invitedOther: "A meghívást a telephely egyik ösztönzőprogram-rendszergazdája fogadhatja el.",
    invitedNoAdmin:
      "Csak a telephely ösztönzőprogram-rendszergazdája regisztrálhat. Jelöljön ki egyet a Felhasználók és szerepkörök oldalon (akár saját magát).",
    assignAdmin: "Ösztönzőprogram-rendszergazda kijelölése",
    actionRequired: "Egészítse ki a kifizetési és adóadatokat:",
    returnedReason: "A szolgáltató indoklása:",
    enrolling: "A telephely egyik ösztönzőprogram-rendszergazdája befejezi a regisztrációt.",
    validating: "A szolgáltató ellenőrzi a banki és adóadatokat (cél: 48 órán belül).",
    validatingDue: "Várható határidő: {{ date }}.",
    validatingOverdue: "Az ellenőrzés 48 óránál tovább tart. Önnek nincs teendője.",
    enrolled: "Nincs. Automatikusan megújul, amíg a telephely jogosult marad.",
    inactive: "A telephely jelenleg nem teljesíti a jogosultsági feltételeket.",
    discontinued: "Nincs. A programot már nem kínálják."
  },
  missing: {
    bank_profile: "Adjon meg egy bankprofilt.",
    bank_profile_choice:
      "Válassza ki a használandó bankprofilt (vagy állítson be alapértelmezettet a telephelyhez).",
    bank_profile_returned: "Az ellenőrzés visszaküldte a bankprofilt: javítsa ki.",
    tax_profile: "Adjon meg egy adóprofilt.",
    tax_profile_choice:
      "Válassza ki a használandó adóprofilt (vagy állítson be alapértelmezettet a telephelyhez).",
    tax_profile_returned: "Az ellenőrzés visszaküldte az adóprofilt: javítsa ki."
  },
  profileStates: {
    pending_validation: "Ellenőrzésre vár",
    approved: "Ellenőrizve",
    action_required: "Visszaküldve: teendő szükséges"
  },
  resources: {
    guide: "Programismertető",
    guideLabel: "Programismertető: {{ program }}",
    details: "A(z) {{ program }} programról",
    solutionArea: "Megoldási terület",
    partnerRoles: "Partnerszerepkörök",
    requirements: "Jogosultsági feltételek",
    none: "Nincs"
  },
  partnerRoles: {
    build_intent_advisor: "Vásárlási szándék tanácsadó",
    usage_recognition: "Használat elismerése",
    influenced_revenue: "Befolyásolt bevétel",
    use_or_consume: "Használat vagy fogyasztás"
  },
  enroll: {
    title: "Regisztráció: {{ program }}",
    location: "Telephely",
    status: "Állapot",
    intro:
      "Válassza ki a bankprofilt, amelyre az ösztönzőkifizetések érkeznek, és a telephely adóprofilját. A telephely alapértelmezett bankprofilja előre ki van választva.",
    bankLegend: "Bankprofil",
    taxLegend: "Adóprofil",
    defaultTag: "A telephely alapértelmezettje",
    profileState: "Ellenőrzés: {{ state }}",
    bankMissing: "Hiányoznak a banki adatok: szervezetének még nincs bankprofilja.",
    taxMissing: "Hiányoznak az adóadatok: szervezetének még nincs adóprofilja.",
    addBank: "Bankprofil hozzáadása",
    addTax: "Adóprofil hozzáadása",
    editProfiles: "Banki és adóprofilok áttekintése",
    returned: "Az ellenőrzés visszaküldte. A szolgáltató indoklása:",
    submit: "Beküldés",
    continue: "Tovább a kifizetési és adóadatokhoz",
    confirmTitle: "Beküldi {{ location }} regisztrációját a(z) {{ program }} programba?",
    confirmBody:
      "A(z) {{ bank }} bankprofil és a(z) {{ tax }} adóprofil ellenőrzésre kerül a szolgáltatóhoz, ami általában legfeljebb 48 órát vesz igénybe.",
    submitted: "Regisztráció beküldve",
    submittedBody: "A szolgáltató ellenőrzi a banki és adóadatokat, általában 48 órán belül.",
    enrolledNow: "Regisztrálva",
    enrolledNowBody: "A banki és adóprofilok már ellenőrizve voltak: a telephely regisztrálva van.",
    stillMissing: "A regisztrációhoz további adatok kellenek",
    notAdmin: "Csak {{ location }} ösztönzőprogram-rendszergazdája regisztrálhatja a telephelyet.",
    nothingToDo: "Ez a regisztráció jelenleg nem igényel teendőt.",
    back: "Vissza az ösztönzőkhöz",
    chooseBank: "Válasszon bankprofilt.",
    chooseTax: "Válasszon adóprofilt."
  }
}
