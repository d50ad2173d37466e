/** Strings of the history import screen (DPOR / OSA / POE events, SPEC §4). */
export const en = {
  title: "History import",
  intro:
    "Bring the partner-of-record history of an earlier system: DPOR added and removed, OSA forms and the DPOR's proof of execution, each dated. Attribution treats imported events like live ones.",
  importTitle: "Import a file",
  file: "CSV or JSON file",
  fileHint:
    "Columns externalId, type, subscriptionId, partnerId, on (YYYY-MM-DD); JSON: a list of events with the same fields. All rows are stored, or none.",
  chooseFile: "Choose a CSV or JSON file to import.",
  import: "Import",
  importing: "Importing…",
  confirmTitle: "Import {{ file }}?",
  confirmDescription:
    "Every row becomes a dated event of its subscription and can change who earns on past dates. A row imported before (same externalId) changes nothing.",
  columns: "Columns and template",
  template: "Download the CSV template",
  types: "Types: dpor_added, dpor_removed (partnerId may be empty), osa_form, por_poe.",
  resultTitle: "Result of {{ file }}",
  resultCaption: "Rows of {{ file }}",
  imported: {
    one: "{{ count }} event imported; {{ unchanged }} were there already.",
    few: "{{ count }} events imported; {{ unchanged }} were there already.",
    many: "{{ count }} events imported; {{ unchanged }} were there already.",
    other: "{{ count }} events imported; {{ unchanged }} were there already."
  },
  refused: {
    one: "{{ count }} row refused; nothing was stored. Correct it and import the file again.",
    few: "{{ count }} rows refused; nothing was stored. Correct them and import the file again.",
    many: "{{ count }} rows refused; nothing was stored. Correct them and import the file again.",
    other: "{{ count }} rows refused; nothing was stored. Correct them and import the file again."
  },
  fileRefused: "The file was refused; nothing was stored.",
  line: "Line",
  externalId: "External ID",
  type: "Type",
  subscription: "Subscription",
  column: "Column",
  result: "Result",
  outcomes: { imported: "Imported", unchanged: "Already imported" },
  problems: {
    required: "This value is required.",
    invalid_external_id: "Up to 200 characters without spaces.",
    duplicate_external_id: "This externalId is on another line of the file too.",
    external_id_conflict: "This externalId was imported before with other values.",
    invalid_type: "Write dpor_added, dpor_removed, osa_form or por_poe.",
    unknown_subscription: "No subscription has this ID.",
    invalid_partner_id: "A PartnerID has 7 digits.",
    unknown_partner_id: "No location has this PartnerID.",
    invalid_date: "Write a date as YYYY-MM-DD.",
    date_in_future: "The date is after today; history is in the past.",
    osa_forms_not_accepted: "OSA forms are not accepted from 2015-04-30."
  }
}

export const de: typeof en = {
  title: "Historie importieren",
  intro:
    "Die Partner-of-Record-Historie eines früheren Systems übernehmen: hinzugefügte und entfernte DPOR, OSA-Formulare und Durchführungsnachweise des DPOR, jeweils datiert. Die Zuordnung behandelt importierte Ereignisse wie erfasste.",
  importTitle: "Datei importieren",
  file: "CSV- oder JSON-Datei",
  fileHint:
    "Spalten externalId, type, subscriptionId, partnerId, on (JJJJ-MM-TT); JSON: eine Liste von Ereignissen mit denselben Feldern. Alle Zeilen werden gespeichert oder keine.",
  chooseFile: "Wählen Sie eine CSV- oder JSON-Datei zum Importieren.",
  import: "Importieren",
  importing: "Wird importiert…",
  confirmTitle: "{{ file }} importieren?",
  confirmDescription:
    "Jede Zeile wird ein datiertes Ereignis ihres Abonnements und kann ändern, wer an vergangenen Tagen verdient. Eine bereits importierte Zeile (gleiche externalId) ändert nichts.",
  columns: "Spalten und Vorlage",
  template: "CSV-Vorlage herunterladen",
  types: "Typen: dpor_added, dpor_removed (partnerId darf leer sein), osa_form, por_poe.",
  resultTitle: "Ergebnis von {{ file }}",
  resultCaption: "Zeilen von {{ file }}",
  imported: {
    one: "{{ count }} Ereignis importiert; {{ unchanged }} waren bereits vorhanden.",
    few: "{{ count }} Ereignisse importiert; {{ unchanged }} waren bereits vorhanden.",
    many: "{{ count }} Ereignisse importiert; {{ unchanged }} waren bereits vorhanden.",
    other: "{{ count }} Ereignisse importiert; {{ unchanged }} waren bereits vorhanden."
  },
  refused: {
    one: "{{ count }} Zeile abgelehnt; nichts wurde gespeichert. Korrigieren Sie sie und importieren Sie die Datei erneut.",
    few: "{{ count }} Zeilen abgelehnt; nichts wurde gespeichert. Korrigieren Sie sie und importieren Sie die Datei erneut.",
    many: "{{ count }} Zeilen abgelehnt; nichts wurde gespeichert. Korrigieren Sie sie und importieren Sie die Datei erneut.",
    other:
      "{{ count }} Zeilen abgelehnt; nichts wurde gespeichert. Korrigieren Sie sie und importieren Sie die Datei erneut."
  },
  fileRefused: "Die Datei wurde abgelehnt; nichts wurde gespeichert.",
  line: "Zeile",
  externalId: "Externe ID",
  type: "Typ",
  subscription: "Abonnement",
  column: "Spalte",
  result: "Ergebnis",
  outcomes: { imported: "Importiert", unchanged: "Bereits importiert" },
  problems: {
    required: "Dieser Wert ist erforderlich.",
    invalid_external_id: "Bis zu 200 Zeichen ohne Leerzeichen.",
    duplicate_external_id: "Diese externalId steht auch in einer anderen Zeile der Datei.",
    external_id_conflict: "Diese externalId wurde früher mit anderen Werten importiert.",
    invalid_type: "Schreiben Sie dpor_added, dpor_removed, osa_form oder por_poe.",
    unknown_subscription: "Kein Abonnement hat diese ID.",
    invalid_partner_id: "Eine PartnerID hat 7 Ziffern.",
    unknown_partner_id: "Kein Standort hat diese PartnerID.",
    invalid_date: "Schreiben Sie das Datum als JJJJ-MM-TT.",
    date_in_future: "Das Datum liegt nach heute; Historie liegt in der Vergangenheit.",
    osa_forms_not_accepted: "OSA-Formulare werden ab dem 30.04.2015 nicht mehr angenommen."
  }
}

export const hu: typeof en = {
  title: "Előzmények importálása",
  intro:
    "Egy korábbi rendszer partner-of-record előzményeinek átvétele: hozzáadott és eltávolított DPOR, OSA-űrlapok és a DPOR teljesítési igazolásai, mind dátummal. A hozzárendelés az importált eseményeket úgy kezeli, mint az élőket.",
  importTitle: "Fájl importálása",
  file: "CSV- vagy JSON-fájl",
  fileHint:
    "Oszlopok: externalId, type, subscriptionId, partnerId, on (ÉÉÉÉ-HH-NN); JSON: események listája ugyanezekkel a mezőkkel. Vagy minden sor tárolódik, vagy egy sem.",
  chooseFile: "Válasszon importálandó CSV- vagy JSON-fájlt.",
  import: "Importálás",
  importing: "Importálás…",
  confirmTitle: "Importálja ezt: {{ file }}?",
  confirmDescription:
    "Minden sor az előfizetés egy dátumozott eseménye lesz, és megváltoztathatja, ki kap jutalmat korábbi napokon. A korábban már importált sor (azonos externalId) nem változtat semmit.",
  columns: "Oszlopok és sablon",
  template: "CSV-sablon letöltése",
  types: "Típusok: dpor_added, dpor_removed (a partnerId üres lehet), osa_form, por_poe.",
  resultTitle: "{{ file }} eredménye",
  resultCaption: "{{ file }} sorai",
  imported: {
    one: "{{ count }} esemény importálva; {{ unchanged }} már megvolt.",
    few: "{{ count }} esemény importálva; {{ unchanged }} már megvolt.",
    many: "{{ count }} esemény importálva; {{ unchanged }} már megvolt.",
    other: "{{ count }} esemény importálva; {{ unchanged }} már megvolt."
  },
  refused: {
    one: "{{ count }} sor elutasítva; semmi sem tárolódott. Javítsa, és importálja újra a fájlt.",
    few: "{{ count }} sor elutasítva; semmi sem tárolódott. Javítsa őket, és importálja újra a fájlt.",
    many: "{{ count }} sor elutasítva; semmi sem tárolódott. Javítsa őket, és importálja újra a fájlt.",
    other: "{{ count }} sor elutasítva; semmi sem tárolódott. Javítsa őket, és importálja újra a fájlt."
  },
  fileRefused: "A fájlt elutasítottuk; semmi sem tárolódott.",
  line: "Sor",
  externalId: "Külső azonosító",
  type: "Típus",
  subscription: "Előfizetés",
  column: "Oszlop",
  result: "Eredmény",
  outcomes: { imported: "Importálva", unchanged: "Már importálva" },
  problems: {
    required: "Ez az érték kötelező.",
    invalid_external_id: "Legfeljebb 200 karakter, szóköz nélkül.",
    duplicate_external_id: "Ez az externalId a fájl egy másik sorában is szerepel.",
    external_id_conflict: "Ezt az externalId-t korábban más értékekkel importálták.",
    invalid_type: "Írja: dpor_added, dpor_removed, osa_form vagy por_poe.",
    unknown_subscription: "Nincs ilyen azonosítójú előfizetés.",
    invalid_partner_id: "A PartnerID 7 számjegyből áll.",
    unknown_partner_id: "Egyik telephelynek sincs ilyen PartnerID-ja.",
    invalid_date: "A dátumot ÉÉÉÉ-HH-NN formában írja.",
    date_in_future: "A dátum későbbi a mainál; az előzmény a múltban van.",
    osa_forms_not_accepted: "2015-04-30-tól OSA-űrlapokat nem fogadunk el."
  }
}

export const sv: typeof en = {
  title: "Importera historik",
  intro:
    "Ta med partner-of-record-historiken från ett tidigare system: tillagda och borttagna DPOR, OSA-formulär och DPOR:ens genomförandebevis, var och en daterad. Attributionen behandlar importerade händelser som levande.",
  importTitle: "Importera en fil",
  file: "CSV- eller JSON-fil",
  fileHint:
    "Kolumner externalId, type, subscriptionId, partnerId, on (ÅÅÅÅ-MM-DD); JSON: en lista med händelser med samma fält. Alla rader sparas, eller ingen.",
  chooseFile: "Välj en CSV- eller JSON-fil att importera.",
  import: "Importera",
  importing: "Importerar…",
  confirmTitle: "Importera {{ file }}?",
  confirmDescription:
    "Varje rad blir en daterad händelse för sitt abonnemang och kan ändra vem som tjänar på tidigare datum. En rad som importerats förut (samma externalId) ändrar ingenting.",
  columns: "Kolumner och mall",
  template: "Ladda ned CSV-mallen",
  types: "Typer: dpor_added, dpor_removed (partnerId får vara tomt), osa_form, por_poe.",
  resultTitle: "Resultat för {{ file }}",
  resultCaption: "Rader i {{ file }}",
  imported: {
    one: "{{ count }} händelse importerad; {{ unchanged }} fanns redan.",
    few: "{{ count }} händelser importerade; {{ unchanged }} fanns redan.",
    many: "{{ count }} händelser importerade; {{ unchanged }} fanns redan.",
    other: "{{ count }} händelser importerade; {{ unchanged }} fanns redan."
  },
  refused: {
    one: "{{ count }} rad avvisad; ingenting sparades. Rätta den och importera filen igen.",
    few: "{{ count }} rader avvisade; ingenting sparades. Rätta dem och importera filen igen.",
    many: "{{ count }} rader avvisade; ingenting sparades. Rätta dem och importera filen igen.",
    other: "{{ count }} rader avvisade; ingenting sparades. Rätta dem och importera filen igen."
  },
  fileRefused: "Filen avvisades; ingenting sparades.",
  line: "Rad",
  externalId: "Externt ID",
  type: "Typ",
  subscription: "Abonnemang",
  column: "Kolumn",
  result: "Resultat",
  outcomes: { imported: "Importerad", unchanged: "Redan importerad" },
  problems: {
    required: "Värdet krävs.",
    invalid_external_id: "Upp till 200 tecken utan mellanslag.",
    duplicate_external_id: "Detta externalId finns även på en annan rad i filen.",
    external_id_conflict: "Detta externalId importerades tidigare med andra värden.",
    invalid_type: "Skriv dpor_added, dpor_removed, osa_form eller por_poe.",
    unknown_subscription: "Inget abonnemang har detta ID.",
    invalid_partner_id: "Ett PartnerID har 7 siffror.",
    unknown_partner_id: "Ingen plats har detta PartnerID.",
    invalid_date: "Skriv datumet som ÅÅÅÅ-MM-DD.",
    date_in_future: "Datumet är efter i dag; historik ligger i det förflutna.",
    osa_forms_not_accepted: "OSA-formulär tas inte emot från 2015-04-30."
  }
}

export const cs: typeof en = {
  title: "Import historie",
  intro:
    "Převezměte historii partnera záznamu z dřívějšího systému: přidané a odebrané DPOR, formuláře OSA a doklady o provedení od DPOR, každou s datem. Přiřazení zachází s importovanými událostmi stejně jako s živými.",
  importTitle: "Importovat soubor",
  file: "Soubor CSV nebo JSON",
  fileHint:
    "Sloupce externalId, type, subscriptionId, partnerId, on (RRRR-MM-DD); JSON: seznam událostí se stejnými poli. Uloží se všechny řádky, nebo žádný.",
  chooseFile: "Vyberte soubor CSV nebo JSON k importu.",
  import: "Importovat",
  importing: "Importuje se…",
  confirmTitle: "Importovat {{ file }}?",
  confirmDescription:
    "Každý řádek se stane datovanou událostí svého předplatného a může změnit, kdo získává odměny v minulých dnech. Řádek importovaný dříve (stejné externalId) nic nemění.",
  columns: "Sloupce a šablona",
  template: "Stáhnout šablonu CSV",
  types: "Typy: dpor_added, dpor_removed (partnerId smí být prázdné), osa_form, por_poe.",
  resultTitle: "Výsledek {{ file }}",
  resultCaption: "Řádky {{ file }}",
  imported: {
    one: "{{ count }} událost importována; {{ unchanged }} už existovalo.",
    few: "{{ count }} události importovány; {{ unchanged }} už existovalo.",
    many: "{{ count }} události importováno; {{ unchanged }} už existovalo.",
    other: "{{ count }} událostí importováno; {{ unchanged }} už existovalo."
  },
  refused: {
    one: "{{ count }} řádek odmítnut; nic nebylo uloženo. Opravte ho a importujte soubor znovu.",
    few: "{{ count }} řádky odmítnuty; nic nebylo uloženo. Opravte je a importujte soubor znovu.",
    many: "{{ count }} řádku odmítnuto; nic nebylo uloženo. Opravte je a importujte soubor znovu.",
    other: "{{ count }} řádků odmítnuto; nic nebylo uloženo. Opravte je a importujte soubor znovu."
  },
  fileRefused: "Soubor byl odmítnut; nic nebylo uloženo.",
  line: "Řádek",
  externalId: "Externí ID",
  type: "Typ",
  subscription: "Předplatné",
  column: "Sloupec",
  result: "Výsledek",
  outcomes: { imported: "Importováno", unchanged: "Již importováno" },
  problems: {
    required: "Tato hodnota je povinná.",
    invalid_external_id: "Nejvýše 200 znaků bez mezer.",
    duplicate_external_id: "Toto externalId je i na jiném řádku souboru.",
    external_id_conflict: "Toto externalId bylo dříve importováno s jinými hodnotami.",
    invalid_type: "Napište dpor_added, dpor_removed, osa_form nebo por_poe.",
    unknown_subscription: "Žádné předplatné nemá toto ID.",
    invalid_partner_id: "PartnerID má 7 číslic.",
    unknown_partner_id: "Žádná pobočka nemá toto PartnerID.",
    invalid_date: "Datum pište jako RRRR-MM-DD.",
    date_in_future: "Datum je po dnešku; historie je v minulosti.",
    osa_forms_not_accepted: "Formuláře OSA se od 30. 4. 2015 nepřijímají."
  }
}
