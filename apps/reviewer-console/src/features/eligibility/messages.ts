/** Strings of the eligibility and agreements screen. */
export const en = {
  title: "Eligibility and agreements",
  intro:
    "A location is invited to a program when it meets every requirement of it; it renews at fiscal-year end only with an active incentives agreement.",
  lookupTitle: "A location",
  partnerId: "PartnerID",
  partnerIdHint: "7 digits, e.g. 1000001",
  show: "Show",
  unknownPartnerId: "No location has the PartnerID {{ partnerId }}.",
  partnerIdFormat: "A PartnerID has 7 digits.",
  locationOf: "{{ name }}, {{ city }} ({{ country }}) · PartnerID {{ partnerId }}",
  agreementTitle: "Incentives agreement",
  agreementActive: "Active agreement",
  agreementNone: "No active agreement",
  recordAgreement: "Record an active agreement",
  endAgreement: "Record that the agreement ended",
  agreementConfirmTitle: "Record an active agreement for {{ name }}?",
  agreementEndTitle: "Record that the agreement of {{ name }} ended?",
  agreementDescription:
    "Renewal at fiscal-year end needs an active agreement; without one the enrollments become inactive.",
  agreementSaved: "The agreement of {{ name }} is recorded.",
  requirementsTitle: "Requirements by program",
  requirementsCaption: "Requirements of {{ program }}",
  openProgram: "Open program: no requirements.",
  discontinuedProgram: "Discontinued",
  requirement: "Requirement",
  state: "State",
  met: "Met",
  unmet: "Not met",
  action: "Action",
  markMet: "Mark as met",
  markUnmet: "Mark as not met",
  confirmMetTitle: "Mark “{{ requirement }}” as met for {{ name }}?",
  confirmUnmetTitle: "Mark “{{ requirement }}” as not met for {{ name }}?",
  confirmDescription:
    "A location that now meets every requirement of {{ program }} is invited and its Incentives admins are emailed; one that no longer does becomes inactive.",
  requirementSaved: "{{ requirement }} is now {{ state }} for {{ name }}.",
  importTitle: "Import from a CSV file",
  file: "CSV file",
  fileHint: "Columns partner_id, requirement_id, met (true or false). All rows are applied, or none.",
  chooseFile: "Choose a CSV file to import.",
  import: "Import",
  importing: "Importing…",
  confirmImportTitle: "Import {{ file }}?",
  confirmImportDescription:
    "Every row sets one requirement of one location. Locations that become eligible are invited and emailed.",
  resultTitle: "Result of {{ file }}",
  resultCaption: "Rows of {{ file }}",
  applied: {
    one: "All {{ count }} row applied.",
    few: "All {{ count }} rows applied.",
    many: "All {{ count }} rows applied.",
    other: "All {{ count }} rows applied."
  },
  refused: {
    one: "{{ count }} row refused; nothing was applied. Correct it and import the file again.",
    few: "{{ count }} rows refused; nothing was applied. Correct them and import the file again.",
    many: "{{ count }} rows refused; nothing was applied. Correct them and import the file again.",
    other: "{{ count }} rows refused; nothing was applied. Correct them and import the file again."
  },
  line: "Line",
  result: "Result",
  rowApplied: "Applied",
  problems: {
    invalid_partner_id: "A PartnerID has 7 digits.",
    unknown_partner_id: "No location has this PartnerID.",
    unknown_requirement: "No active program has this requirement.",
    invalid_met: "Write true or false (or yes/no, 1/0)."
  }
}

export const de: typeof en = {
  title: "Berechtigung und Vereinbarungen",
  intro:
    "Ein Standort wird zu einem Programm eingeladen, wenn er alle seine Anforderungen erfüllt; zum Ende des Geschäftsjahres verlängert sich die Teilnahme nur mit einer aktiven Incentive-Vereinbarung.",
  lookupTitle: "Ein Standort",
  partnerId: "PartnerID",
  partnerIdHint: "7 Ziffern, z. B. 1000001",
  show: "Anzeigen",
  unknownPartnerId: "Kein Standort hat die PartnerID {{ partnerId }}.",
  partnerIdFormat: "Eine PartnerID hat 7 Ziffern.",
  locationOf: "{{ name }}, {{ city }} ({{ country }}) · PartnerID {{ partnerId }}",
  agreementTitle: "Incentive-Vereinbarung",
  agreementActive: "Aktive Vereinbarung",
  agreementNone: "Keine aktive Vereinbarung",
  recordAgreement: "Aktive Vereinbarung erfassen",
  endAgreement: "Ende der Vereinbarung erfassen",
  agreementConfirmTitle: "Aktive Vereinbarung für {{ name }} erfassen?",
  agreementEndTitle: "Ende der Vereinbarung von {{ name }} erfassen?",
  agreementDescription:
    "Die Verlängerung zum Ende des Geschäftsjahres setzt eine aktive Vereinbarung voraus; ohne sie werden die Teilnahmen inaktiv.",
  agreementSaved: "Die Vereinbarung von {{ name }} ist erfasst.",
  requirementsTitle: "Anforderungen je Programm",
  requirementsCaption: "Anforderungen von {{ program }}",
  openProgram: "Offenes Programm: keine Anforderungen.",
  discontinuedProgram: "Eingestellt",
  requirement: "Anforderung",
  state: "Stand",
  met: "Erfüllt",
  unmet: "Nicht erfüllt",
  action: "Aktion",
  markMet: "Als erfüllt markieren",
  markUnmet: "Als nicht erfüllt markieren",
  confirmMetTitle: "„{{ requirement }}“ für {{ name }} als erfüllt markieren?",
  confirmUnmetTitle: "„{{ requirement }}“ für {{ name }} als nicht erfüllt markieren?",
  confirmDescription:
    "Ein Standort, der jetzt alle Anforderungen von {{ program }} erfüllt, wird eingeladen, und seine Incentives-Administratoren erhalten eine E-Mail; einer, der sie nicht mehr erfüllt, wird inaktiv.",
  requirementSaved: "{{ requirement }} ist für {{ name }} jetzt {{ state }}.",
  importTitle: "Aus einer CSV-Datei importieren",
  file: "CSV-Datei",
  fileHint:
    "Spalten partner_id, requirement_id, met (true oder false). Alle Zeilen werden übernommen oder keine.",
  chooseFile: "Wählen Sie eine CSV-Datei zum Importieren.",
  import: "Importieren",
  importing: "Wird importiert…",
  confirmImportTitle: "{{ file }} importieren?",
  confirmImportDescription:
    "Jede Zeile setzt eine Anforderung eines Standorts. Standorte, die berechtigt werden, werden eingeladen und erhalten eine E-Mail.",
  resultTitle: "Ergebnis von {{ file }}",
  resultCaption: "Zeilen von {{ file }}",
  applied: {
    one: "{{ count }} Zeile übernommen.",
    few: "Alle {{ count }} Zeilen übernommen.",
    many: "Alle {{ count }} Zeilen übernommen.",
    other: "Alle {{ count }} Zeilen übernommen."
  },
  refused: {
    one: "{{ count }} Zeile abgelehnt; nichts wurde übernommen. Korrigieren Sie sie und importieren Sie die Datei erneut.",
    few: "{{ count }} Zeilen abgelehnt; nichts wurde übernommen. Korrigieren Sie sie und importieren Sie die Datei erneut.",
    many: "{{ count }} Zeilen abgelehnt; nichts wurde übernommen. Korrigieren Sie sie und importieren Sie die Datei erneut.",
    other:
      "{{ count }} Zeilen abgelehnt; nichts wurde übernommen. Korrigieren Sie sie und importieren Sie die Datei erneut."
  },
  line: "Zeile",
  result: "Ergebnis",
  rowApplied: "Übernommen",
  problems: {
    invalid_partner_id: "Eine PartnerID hat 7 Ziffern.",
    unknown_partner_id: "Kein Standort hat diese PartnerID.",
    unknown_requirement: "Kein aktives Programm hat diese Anforderung.",
    invalid_met: "Schreiben Sie true oder false (oder yes/no, 1/0)."
  }
}

export const hu: typeof en = {
  title: "Jogosultság és megállapodások",
  intro:
    "Egy telephely akkor kap meghívást egy programba, ha annak minden követelményét teljesíti; az üzleti év végén csak aktív ösztönzési megállapodással újul meg.",
  lookupTitle: "Egy telephely",
  partnerId: "PartnerID",
  partnerIdHint: "7 számjegy, pl. 1000001",
  show: "Megjelenítés",
  unknownPartnerId: "Egyetlen telephelynek sincs {{ partnerId }} PartnerID-ja.",
  partnerIdFormat: "A PartnerID 7 számjegyből áll.",
  locationOf: "{{ name }}, {{ city }} ({{ country }}) · PartnerID {{ partnerId }}",
  agreementTitle: "Ösztönzési megállapodás",
  agreementActive: "Aktív megállapodás",
  agreementNone: "Nincs aktív megállapodás",
  recordAgreement: "Aktív megállapodás rögzítése",
  endAgreement: "A megállapodás megszűnésének rögzítése",
  agreementConfirmTitle: "Aktív megállapodást rögzít ehhez: {{ name }}?",
  agreementEndTitle: "Rögzíti, hogy {{ name }} megállapodása megszűnt?",
  agreementDescription:
    "Az üzleti év végi megújításhoz aktív megállapodás kell; enélkül a részvételek inaktívvá válnak.",
  agreementSaved: "{{ name }} megállapodása rögzítve.",
  requirementsTitle: "Követelmények programonként",
  requirementsCaption: "{{ program }} követelményei",
  openProgram: "Nyitott program: nincs követelmény.",
  discontinuedProgram: "Megszüntetve",
  requirement: "Követelmény",
  state: "Állapot",
  met: "Teljesítve",
  unmet: "Nem teljesítve",
  action: "Művelet",
  markMet: "Teljesítettnek jelölés",
  markUnmet: "Nem teljesítettnek jelölés",
  confirmMetTitle: "Teljesítettnek jelöli ezt: „{{ requirement }}” ({{ name }})?",
  confirmUnmetTitle: "Nem teljesítettnek jelöli ezt: „{{ requirement }}” ({{ name }})?",
  confirmDescription:
    "Az a telephely, amely most a(z) {{ program }} minden követelményét teljesíti, meghívást kap, ösztönzési adminisztrátorai e-mailt kapnak; amelyik már nem teljesíti, inaktívvá válik.",
  requirementSaved: "{{ requirement }} állapota most: {{ state }} ({{ name }}).",
  importTitle: "Importálás CSV-fájlból",
  file: "CSV-fájl",
  fileHint:
    "Oszlopok: partner_id, requirement_id, met (true vagy false). Vagy minden sor érvényesül, vagy egy sem.",
  chooseFile: "Válassza ki az importálandó CSV-fájlt.",
  import: "Importálás",
  importing: "Importálás…",
  confirmImportTitle: "Importálja ezt: {{ file }}?",
  confirmImportDescription:
    "Minden sor egy telephely egy követelményét állítja be. A jogosulttá váló telephelyek meghívást és e-mailt kapnak.",
  resultTitle: "{{ file }} eredménye",
  resultCaption: "{{ file }} sorai",
  applied: {
    one: "Mind a(z) {{ count }} sor érvényesült.",
    few: "Mind a(z) {{ count }} sor érvényesült.",
    many: "Mind a(z) {{ count }} sor érvényesült.",
    other: "Mind a(z) {{ count }} sor érvényesült."
  },
  refused: {
    one: "{{ count }} sor elutasítva; semmi sem változott. Javítsa, és importálja újra a fájlt.",
    few: "{{ count }} sor elutasítva; semmi sem változott. Javítsa, és importálja újra a fájlt.",
    many: "{{ count }} sor elutasítva; semmi sem változott. Javítsa, és importálja újra a fájlt.",
    other: "{{ count }} sor elutasítva; semmi sem változott. Javítsa, és importálja újra a fájlt."
  },
  line: "Sor",
  result: "Eredmény",
  rowApplied: "Érvényesítve",
  problems: {
    invalid_partner_id: "A PartnerID 7 számjegyből áll.",
    unknown_partner_id: "Egyetlen telephelynek sincs ilyen PartnerID-ja.",
    unknown_requirement: "Egyetlen aktív programnak sincs ilyen követelménye.",
    invalid_met: "Írjon true vagy false értéket (vagy yes/no, 1/0)."
  }
}

export const sv: typeof en = {
  title: "Behörighet och avtal",
  intro:
    "En plats bjuds in till ett program när den uppfyller alla dess krav; vid räkenskapsårets slut förnyas anslutningen bara med ett aktivt incitamentsavtal.",
  lookupTitle: "En plats",
  partnerId: "PartnerID",
  partnerIdHint: "7 siffror, t.ex. 1000001",
  show: "Visa",
  unknownPartnerId: "Ingen plats har PartnerID {{ partnerId }}.",
  partnerIdFormat: "Ett PartnerID har 7 siffror.",
  locationOf: "{{ name }}, {{ city }} ({{ country }}) · PartnerID {{ partnerId }}",
  agreementTitle: "Incitamentsavtal",
  agreementActive: "Aktivt avtal",
  agreementNone: "Inget aktivt avtal",
  recordAgreement: "Registrera ett aktivt avtal",
  endAgreement: "Registrera att avtalet har upphört",
  agreementConfirmTitle: "Registrera ett aktivt avtal för {{ name }}?",
  agreementEndTitle: "Registrera att avtalet för {{ name }} har upphört?",
  agreementDescription:
    "Förnyelse vid räkenskapsårets slut kräver ett aktivt avtal; utan ett blir anslutningarna inaktiva.",
  agreementSaved: "Avtalet för {{ name }} har registrerats.",
  requirementsTitle: "Krav per program",
  requirementsCaption: "Krav i {{ program }}",
  openProgram: "Öppet program: inga krav.",
  discontinuedProgram: "Avvecklat",
  requirement: "Krav",
  state: "Läge",
  met: "Uppfyllt",
  unmet: "Inte uppfyllt",
  action: "Åtgärd",
  markMet: "Markera som uppfyllt",
  markUnmet: "Markera som inte uppfyllt",
  confirmMetTitle: "Markera ”{{ requirement }}” som uppfyllt för {{ name }}?",
  confirmUnmetTitle: "Markera ”{{ requirement }}” som inte uppfyllt för {{ name }}?",
  confirmDescription:
    "En plats som nu uppfyller alla krav i {{ program }} bjuds in och dess incitamentsadministratörer får e-post; en som inte längre gör det blir inaktiv.",
  requirementSaved: "{{ requirement }} är nu {{ state }} för {{ name }}.",
  importTitle: "Importera från en CSV-fil",
  file: "CSV-fil",
  fileHint:
    "Kolumnerna partner_id, requirement_id, met (true eller false). Alla rader tillämpas, eller ingen.",
  chooseFile: "Välj en CSV-fil att importera.",
  import: "Importera",
  importing: "Importerar…",
  confirmImportTitle: "Importera {{ file }}?",
  confirmImportDescription:
    "Varje rad sätter ett krav för en plats. Platser som blir behöriga bjuds in och får e-post.",
  resultTitle: "Resultat för {{ file }}",
  resultCaption: "Rader i {{ file }}",
  applied: {
    one: "{{ count }} rad har tillämpats.",
    few: "Alla {{ count }} rader har tillämpats.",
    many: "Alla {{ count }} rader har tillämpats.",
    other: "Alla {{ count }} rader har tillämpats."
  },
  refused: {
    one: "{{ count }} rad avvisades; ingenting tillämpades. Rätta den och importera filen igen.",
    few: "{{ count }} rader avvisades; ingenting tillämpades. Rätta dem och importera filen igen.",
    many: "{{ count }} rader avvisades; ingenting tillämpades. Rätta dem och importera filen igen.",
    other: "{{ count }} rader avvisades; ingenting tillämpades. Rätta dem och importera filen igen."
  },
  line: "Rad",
  result: "Resultat",
  rowApplied: "Tillämpad",
  problems: {
    invalid_partner_id: "Ett PartnerID har 7 siffror.",
    unknown_partner_id: "Ingen plats har detta PartnerID.",
    unknown_requirement: "Inget aktivt program har detta krav.",
    invalid_met: "Skriv true eller false (eller yes/no, 1/0)."
  }
}

export const cs: typeof en = {
  title: "Způsobilost a smlouvy",
  intro:
    "Pobočka dostane pozvánku do programu, když splní všechny jeho požadavky; na konci fiskálního roku se účast obnoví jen s aktivní smlouvou o pobídkách.",
  lookupTitle: "Pobočka",
  partnerId: "PartnerID",
  partnerIdHint: "7 číslic, např. 1000001",
  show: "Zobrazit",
  unknownPartnerId: "Žádná pobočka nemá PartnerID {{ partnerId }}.",
  partnerIdFormat: "PartnerID má 7 číslic.",
  locationOf: "{{ name }}, {{ city }} ({{ country }}) · PartnerID {{ partnerId }}",
  agreementTitle: "Smlouva o pobídkách",
  agreementActive: "Aktivní smlouva",
  agreementNone: "Žádná aktivní smlouva",
  recordAgreement: "Zaznamenat aktivní smlouvu",
  endAgreement: "Zaznamenat ukončení smlouvy",
  agreementConfirmTitle: "Zaznamenat aktivní smlouvu pro {{ name }}?",
  agreementEndTitle: "Zaznamenat, že smlouva pobočky {{ name }} skončila?",
  agreementDescription:
    "Obnovení na konci fiskálního roku vyžaduje aktivní smlouvu; bez ní se účasti stanou neaktivními.",
  agreementSaved: "Smlouva pobočky {{ name }} je zaznamenána.",
  requirementsTitle: "Požadavky podle programu",
  requirementsCaption: "Požadavky programu {{ program }}",
  openProgram: "Otevřený program: žádné požadavky.",
  discontinuedProgram: "Ukončený",
  requirement: "Požadavek",
  state: "Stav",
  met: "Splněno",
  unmet: "Nesplněno",
  action: "Akce",
  markMet: "Označit jako splněné",
  markUnmet: "Označit jako nesplněné",
  confirmMetTitle: "Označit „{{ requirement }}“ jako splněné pro {{ name }}?",
  confirmUnmetTitle: "Označit „{{ requirement }}“ jako nesplněné pro {{ name }}?",
  confirmDescription:
    "Pobočka, která nyní splňuje všechny požadavky programu {{ program }}, dostane pozvánku a její správci pobídek e-mail; ta, která je už nesplňuje, se stane neaktivní.",
  requirementSaved: "{{ requirement }} je nyní pro {{ name }} ve stavu: {{ state }}.",
  importTitle: "Import ze souboru CSV",
  file: "Soubor CSV",
  fileHint:
    "Sloupce partner_id, requirement_id, met (true nebo false). Použijí se všechny řádky, nebo žádný.",
  chooseFile: "Vyberte soubor CSV k importu.",
  import: "Importovat",
  importing: "Importování…",
  confirmImportTitle: "Importovat {{ file }}?",
  confirmImportDescription:
    "Každý řádek nastaví jeden požadavek jedné pobočky. Pobočky, které se stanou způsobilými, dostanou pozvánku a e-mail.",
  resultTitle: "Výsledek souboru {{ file }}",
  resultCaption: "Řádky souboru {{ file }}",
  applied: {
    one: "Použit {{ count }} řádek.",
    few: "Použity {{ count }} řádky.",
    many: "Použito {{ count }} řádku.",
    other: "Použito všech {{ count }} řádků."
  },
  refused: {
    one: "Odmítnut {{ count }} řádek; nic nebylo použito. Opravte jej a soubor importujte znovu.",
    few: "Odmítnuty {{ count }} řádky; nic nebylo použito. Opravte je a soubor importujte znovu.",
    many: "Odmítnuto {{ count }} řádku; nic nebylo použito. Opravte je a soubor importujte znovu.",
    other: "Odmítnuto {{ count }} řádků; nic nebylo použito. Opravte je a soubor importujte znovu."
  },
  line: "Řádek",
  result: "Výsledek",
  rowApplied: "Použito",
  problems: {
    invalid_partner_id: "PartnerID má 7 číslic.",
    unknown_partner_id: "Žádná pobočka nemá toto PartnerID.",
    unknown_requirement: "Žádný aktivní program nemá tento požadavek.",
    invalid_met: "Napište true nebo false (nebo yes/no, 1/0)."
  }
}
