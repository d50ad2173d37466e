import type { Catalog } from "@openpor/ui"

/** Claims → Import from CSV (SPEC §12 bulk claims); English is the reference. */
const en = {
  title: "Import claims from CSV",
  intro:
    "Upload a CSV file with one claim per row. Every row is checked as a submission would be; good rows become drafts that you complete, attach proof to and submit as usual.",
  openImport: "Import from CSV",
  templateTitle: "1. Download the template",
  templateHint:
    "The template has a header row and one example row. Separate several workloads or subscription IDs with a semicolon (;). A row imported before is not drafted again.",
  templateLink: "Download the template (CSV)",
  uploadTitle: "2. Upload your file",
  fileLabel: "CSV file",
  fileHint: "At most 5,000 rows (5 MB), with the template's header row.",
  upload: "Upload and import",
  uploading: "Uploading…",
  chooseFile: "Choose a CSV file first.",
  uploadErrors: {
    invalid_csv:
      "The file is not a CSV file with the template's header row. Download the template and copy your rows into it.",
    payload_too_large: "The file is too large: at most 5,000 rows (5 MB). Split it into several files.",
    unsupported_media_type: "The file must be a CSV file (.csv).",
    forbidden: "You may not import claims: ask an Incentives admin of your location for a role.",
    other: "The file could not be uploaded."
  },
  historyTitle: "Past imports",
  historyCaption: "Your imports, newest first",
  historyEmpty: "No imports yet",
  historyEmptyHint: "Upload a file above: its progress and report appear here.",
  historyLoading: "Loading your imports…",
  historyFailed: "Your imports could not be loaded.",
  file: "File",
  uploadedAt: "Uploaded",
  status: "Status",
  open: "Open the report",
  openReportOf: "Open the report of {{ file }}",
  noFileName: "CSV file",
  statuses: {
    queued: "Queued",
    running: "Running",
    completed: "Completed",
    failed: "Failed"
  },
  reportTitle: "Import of {{ file }}",
  progressLabel: "Rows processed",
  progressText: "{{ processed }} of {{ total }} rows processed",
  queuedHint: "Waiting to start…",
  failedHint:
    "The import stopped after repeated errors. The drafts made so far are kept; upload the file again to import the rest (rows already imported are skipped).",
  summaryTitle: "Summary",
  created: "Drafts created",
  alreadyImported: "Already imported (nothing created)",
  refused: "Rows refused",
  refusedTitle: "Refused rows",
  refusedCaption: "Refused rows: the line of the file, the column and what to do",
  refusedNone: "No row was refused.",
  line: "Line",
  column: "Column",
  problem: "Problem and what to do",
  more: "Show more refused rows",
  draftsLink: "Open the drafts in the claims list",
  backToClaims: "Back to claims",
  backToImports: "Back to the imports",
  loading: "Loading the import…",
  loadFailed: "The import could not be loaded.",
  columns: {
    optOutOfIncentives: "Opt out of incentive payments",
    customerContactLanguage: "Customer contact's language"
  },
  problems: {
    invalid_value: {
      message: "The value in {{ item }} is not valid.",
      todo: "Use one of the values the template's header describes (e.g. a solution area or partner role code, true or false, an email address)."
    },
    forbidden: {
      message: "You may not draft claims for this PartnerID.",
      todo: "Use a PartnerID where you are Incentives admin or user, or ask its Incentives admin."
    }
  }
}

export type ImportMessages = typeof en

const de: ImportMessages = {
  title: "Ansprüche aus CSV importieren",
  intro:
    "Laden Sie eine CSV-Datei mit einem Anspruch pro Zeile hoch. Jede Zeile wird wie bei einer Einreichung geprüft; fehlerfreie Zeilen werden zu Entwürfen, die Sie wie gewohnt vervollständigen, mit Nachweisen versehen und einreichen.",
  openImport: "Aus CSV importieren",
  templateTitle: "1. Vorlage herunterladen",
  templateHint:
    "Die Vorlage enthält eine Kopfzeile und eine Beispielzeile. Trennen Sie mehrere Workloads oder Abonnement-IDs durch ein Semikolon (;). Eine bereits importierte Zeile wird nicht erneut als Entwurf angelegt.",
  templateLink: "Vorlage herunterladen (CSV)",
  uploadTitle: "2. Datei hochladen",
  fileLabel: "CSV-Datei",
  fileHint: "Höchstens 5.000 Zeilen (5 MB), mit der Kopfzeile der Vorlage.",
  upload: "Hochladen und importieren",
  uploading: "Wird hochgeladen…",
  chooseFile: "Wählen Sie zuerst eine CSV-Datei aus.",
  uploadErrors: {
    invalid_csv:
      "Die Datei ist keine CSV-Datei mit der Kopfzeile der Vorlage. Laden Sie die Vorlage herunter und kopieren Sie Ihre Zeilen hinein.",
    payload_too_large:
      "Die Datei ist zu groß: höchstens 5.000 Zeilen (5 MB). Teilen Sie sie auf mehrere Dateien auf.",
    unsupported_media_type: "Die Datei muss eine CSV-Datei (.csv) sein.",
    forbidden:
      "Sie dürfen keine Ansprüche importieren: Bitten Sie einen Incentives-Administrator Ihres Standorts um eine Rolle.",
    other: "Die Datei konnte nicht hochgeladen werden."
  },
  historyTitle: "Bisherige Importe",
  historyCaption: "Ihre Importe, die neuesten zuerst",
  historyEmpty: "Noch keine Importe",
  historyEmptyHint: "Laden Sie oben eine Datei hoch: Fortschritt und Bericht erscheinen hier.",
  historyLoading: "Ihre Importe werden geladen…",
  historyFailed: "Ihre Importe konnten nicht geladen werden.",
  file: "Datei",
  uploadedAt: "Hochgeladen",
  status: "Status",
  open: "Bericht öffnen",
  openReportOf: "Bericht zu {{ file }} öffnen",
  noFileName: "CSV-Datei",
  statuses: {
    queued: "In der Warteschlange",
    running: "Läuft",
    completed: "Abgeschlossen",
    failed: "Fehlgeschlagen"
  },
  reportTitle: "Import von {{ file }}",
  progressLabel: "Verarbeitete Zeilen",
  progressText: "{{ processed }} von {{ total }} Zeilen verarbeitet",
  queuedHint: "Wartet auf den Start…",
  failedHint:
    "Der Import wurde nach wiederholten Fehlern abgebrochen. Die bisher angelegten Entwürfe bleiben erhalten; laden Sie die Datei erneut hoch, um den Rest zu importieren (bereits importierte Zeilen werden übersprungen).",
  summaryTitle: "Zusammenfassung",
  created: "Angelegte Entwürfe",
  alreadyImported: "Bereits importiert (nichts angelegt)",
  refused: "Abgelehnte Zeilen",
  refusedTitle: "Abgelehnte Zeilen",
  refusedCaption: "Abgelehnte Zeilen: Zeile der Datei, Spalte und was zu tun ist",
  refusedNone: "Keine Zeile wurde abgelehnt.",
  line: "Zeile",
  column: "Spalte",
  problem: "Problem und was zu tun ist",
  more: "Weitere abgelehnte Zeilen anzeigen",
  draftsLink: "Entwürfe in der Anspruchsliste öffnen",
  backToClaims: "Zurück zu den Ansprüchen",
  backToImports: "Zurück zu den Importen",
  loading: "Der Import wird geladen…",
  loadFailed: "Der Import konnte nicht geladen werden.",
  columns: {
    optOutOfIncentives: "Verzicht auf Incentive-Zahlungen",
    customerContactLanguage: "Sprache des Kundenkontakts"
  },
  problems: {
    invalid_value: {
      message: "Der Wert in {{ item }} ist ungültig.",
      todo: "Verwenden Sie einen der Werte, die die Kopfzeile der Vorlage beschreibt (z. B. einen Code für Lösungsbereich oder Partnerrolle, true oder false, eine E-Mail-Adresse)."
    },
    forbidden: {
      message: "Sie dürfen für diese PartnerID keine Ansprüche entwerfen.",
      todo: "Verwenden Sie eine PartnerID, bei der Sie Incentives-Administrator oder -Benutzer sind, oder fragen Sie deren Incentives-Administrator."
    }
  }
}

const hu: ImportMessages = {
  title: "Igények importálása CSV-fájlból",
  intro:
    "Töltsön fel egy CSV-fájlt, soronként egy igénnyel. Minden sort úgy ellenőrzünk, mint egy beküldéskor; a hibátlan sorokból piszkozatok lesznek, amelyeket a szokásos módon kiegészít, igazolással lát el és beküld.",
  openImport: "Importálás CSV-ből",
  templateTitle: "1. A sablon letöltése",
  templateHint:
    "A sablon egy fejlécsort és egy mintasort tartalmaz. Több munkaterhelést vagy előfizetés-azonosítót pontosvesszővel (;) válasszon el. A korábban már importált sorból nem készül újra piszkozat.",
  templateLink: "A sablon letöltése (CSV)",
  uploadTitle: "2. A fájl feltöltése",
  fileLabel: "CSV-fájl",
  fileHint: "Legfeljebb 5000 sor (5 MB), a sablon fejlécsorával.",
  upload: "Feltöltés és importálás",
  uploading: "Feltöltés…",
  chooseFile: "Előbb válasszon ki egy CSV-fájlt.",
  uploadErrors: {
    invalid_csv:
      "A fájl nem a sablon fejlécsorával ellátott CSV-fájl. Töltse le a sablont, és másolja bele a sorait.",
    payload_too_large: "A fájl túl nagy: legfeljebb 5000 sor (5 MB). Ossza fel több fájlra.",
    unsupported_media_type: "A fájlnak CSV-fájlnak (.csv) kell lennie.",
    forbidden: "Ön nem importálhat igényeket: kérjen szerepkört a telephelye ösztönzési adminisztrátorától.",
    other: "A fájlt nem sikerült feltölteni."
  },
  historyTitle: "Korábbi importálások",
  historyCaption: "Az Ön importálásai, a legújabb elöl",
  historyEmpty: "Még nincs importálás",
  historyEmptyHint: "Töltsön fel fent egy fájlt: az előrehaladás és a jelentés itt jelenik meg.",
  historyLoading: "Az importálások betöltése…",
  historyFailed: "Az importálásokat nem sikerült betölteni.",
  file: "Fájl",
  uploadedAt: "Feltöltve",
  status: "Állapot",
  open: "A jelentés megnyitása",
  openReportOf: "{{ file }} jelentésének megnyitása",
  noFileName: "CSV-fájl",
  statuses: {
    queued: "Sorban áll",
    running: "Folyamatban",
    completed: "Befejezve",
    failed: "Sikertelen"
  },
  reportTitle: "{{ file }} importálása",
  progressLabel: "Feldolgozott sorok",
  progressText: "{{ total }} sorból {{ processed }} feldolgozva",
  queuedHint: "Indulásra vár…",
  failedHint:
    "Az importálás ismételt hibák után leállt. Az eddig létrehozott piszkozatok megmaradnak; töltse fel újra a fájlt a többi sor importálásához (a már importált sorokat kihagyjuk).",
  summaryTitle: "Összegzés",
  created: "Létrehozott piszkozatok",
  alreadyImported: "Már importálva (nem jött létre semmi)",
  refused: "Elutasított sorok",
  refusedTitle: "Elutasított sorok",
  refusedCaption: "Elutasított sorok: a fájl sora, az oszlop és a teendő",
  refusedNone: "Egyetlen sort sem utasítottunk el.",
  line: "Sor",
  column: "Oszlop",
  problem: "Probléma és teendő",
  more: "További elutasított sorok",
  draftsLink: "A piszkozatok megnyitása az igénylistában",
  backToClaims: "Vissza az igényekhez",
  backToImports: "Vissza az importálásokhoz",
  loading: "Az importálás betöltése…",
  loadFailed: "Az importálást nem sikerült betölteni.",
  columns: {
    optOutOfIncentives: "Lemondás az ösztönző kifizetésekről",
    customerContactLanguage: "Az ügyfél kapcsolattartójának nyelve"
  },
  problems: {
    invalid_value: {
      message: "A(z) {{ item }} mezőben lévő érték érvénytelen.",
      todo: "Használja a sablon fejlécében leírt értékek egyikét (pl. megoldási terület vagy partnerszerepkör kódja, true vagy false, e-mail-cím)."
    },
    forbidden: {
      message: "Ehhez a PartnerID-hoz nem készíthet igénypiszkozatot.",
      todo: "Olyan PartnerID-t adjon meg, amelynél Ön ösztönzési adminisztrátor vagy felhasználó, vagy forduljon annak ösztönzési adminisztrátorához."
    }
  }
}

const sv: ImportMessages = {
  title: "Importera anspråk från CSV",
  intro:
    "Ladda upp en CSV-fil med ett anspråk per rad. Varje rad kontrolleras som vid en inlämning; felfria rader blir utkast som du kompletterar, bifogar bevis till och lämnar in som vanligt.",
  openImport: "Importera från CSV",
  templateTitle: "1. Ladda ned mallen",
  templateHint:
    "Mallen har en rubrikrad och en exempelrad. Skilj flera arbetsbelastningar eller prenumerations-ID:n åt med semikolon (;). En rad som redan importerats blir inte ett nytt utkast.",
  templateLink: "Ladda ned mallen (CSV)",
  uploadTitle: "2. Ladda upp din fil",
  fileLabel: "CSV-fil",
  fileHint: "Högst 5 000 rader (5 MB), med mallens rubrikrad.",
  upload: "Ladda upp och importera",
  uploading: "Laddar upp…",
  chooseFile: "Välj först en CSV-fil.",
  uploadErrors: {
    invalid_csv:
      "Filen är inte en CSV-fil med mallens rubrikrad. Ladda ned mallen och kopiera in dina rader i den.",
    payload_too_large: "Filen är för stor: högst 5 000 rader (5 MB). Dela upp den i flera filer.",
    unsupported_media_type: "Filen måste vara en CSV-fil (.csv).",
    forbidden: "Du får inte importera anspråk: be en incitamentsadministratör på din plats om en roll.",
    other: "Filen kunde inte laddas upp."
  },
  historyTitle: "Tidigare importer",
  historyCaption: "Dina importer, de senaste först",
  historyEmpty: "Inga importer ännu",
  historyEmptyHint: "Ladda upp en fil ovan: förloppet och rapporten visas här.",
  historyLoading: "Dina importer läses in…",
  historyFailed: "Dina importer kunde inte läsas in.",
  file: "Fil",
  uploadedAt: "Uppladdad",
  status: "Status",
  open: "Öppna rapporten",
  openReportOf: "Öppna rapporten för {{ file }}",
  noFileName: "CSV-fil",
  statuses: {
    queued: "I kö",
    running: "Pågår",
    completed: "Klar",
    failed: "Misslyckades"
  },
  reportTitle: "Import av {{ file }}",
  progressLabel: "Behandlade rader",
  progressText: "{{ processed }} av {{ total }} rader behandlade",
  queuedHint: "Väntar på att starta…",
  failedHint:
    "Importen avbröts efter upprepade fel. De utkast som skapats hittills finns kvar; ladda upp filen igen för att importera resten (rader som redan importerats hoppas över).",
  summaryTitle: "Sammanfattning",
  created: "Skapade utkast",
  alreadyImported: "Redan importerade (inget skapat)",
  refused: "Avvisade rader",
  refusedTitle: "Avvisade rader",
  refusedCaption: "Avvisade rader: filens rad, kolumnen och vad du ska göra",
  refusedNone: "Ingen rad avvisades.",
  line: "Rad",
  column: "Kolumn",
  problem: "Problem och vad du ska göra",
  more: "Visa fler avvisade rader",
  draftsLink: "Öppna utkasten i listan över anspråk",
  backToClaims: "Tillbaka till anspråken",
  backToImports: "Tillbaka till importerna",
  loading: "Importen läses in…",
  loadFailed: "Importen kunde inte läsas in.",
  columns: {
    optOutOfIncentives: "Avstå från incitamentsutbetalningar",
    customerContactLanguage: "Kundkontaktens språk"
  },
  problems: {
    invalid_value: {
      message: "Värdet i {{ item }} är ogiltigt.",
      todo: "Använd ett av de värden som mallens rubrikrad beskriver (t.ex. en kod för lösningsområde eller partnerroll, true eller false, en e-postadress)."
    },
    forbidden: {
      message: "Du får inte skapa utkast till anspråk för detta PartnerID.",
      todo: "Använd ett PartnerID där du är incitamentsadministratör eller -användare, eller fråga dess incitamentsadministratör."
    }
  }
}

const cs: ImportMessages = {
  title: "Import nároků ze souboru CSV",
  intro:
    "Nahrajte soubor CSV s jedním nárokem na řádek. Každý řádek se zkontroluje jako při odeslání; bezchybné řádky se stanou koncepty, které jako obvykle doplníte, přiložíte k nim doklad a odešlete.",
  openImport: "Importovat ze souboru CSV",
  templateTitle: "1. Stáhněte šablonu",
  templateHint:
    "Šablona obsahuje řádek záhlaví a jeden ukázkový řádek. Více úloh nebo ID předplatných oddělte středníkem (;). Z řádku, který už byl importován, se nový koncept nevytvoří.",
  templateLink: "Stáhnout šablonu (CSV)",
  uploadTitle: "2. Nahrajte svůj soubor",
  fileLabel: "Soubor CSV",
  fileHint: "Nejvýše 5 000 řádků (5 MB), se záhlavím šablony.",
  upload: "Nahrát a importovat",
  uploading: "Nahrává se…",
  chooseFile: "Nejprve vyberte soubor CSV.",
  uploadErrors: {
    invalid_csv: "Soubor není soubor CSV se záhlavím šablony. Stáhněte šablonu a zkopírujte do ní své řádky.",
    payload_too_large: "Soubor je příliš velký: nejvýše 5 000 řádků (5 MB). Rozdělte jej do více souborů.",
    unsupported_media_type: "Soubor musí být soubor CSV (.csv).",
    forbidden: "Nemáte oprávnění importovat nároky: požádejte správce pobídek svého pracoviště o roli.",
    other: "Soubor se nepodařilo nahrát."
  },
  historyTitle: "Předchozí importy",
  historyCaption: "Vaše importy, nejnovější první",
  historyEmpty: "Zatím žádné importy",
  historyEmptyHint: "Nahrajte soubor výše: průběh a zpráva se zobrazí zde.",
  historyLoading: "Načítají se vaše importy…",
  historyFailed: "Vaše importy se nepodařilo načíst.",
  file: "Soubor",
  uploadedAt: "Nahráno",
  status: "Stav",
  open: "Otevřít zprávu",
  openReportOf: "Otevřít zprávu o souboru {{ file }}",
  noFileName: "Soubor CSV",
  statuses: {
    queued: "Ve frontě",
    running: "Probíhá",
    completed: "Dokončeno",
    failed: "Selhalo"
  },
  reportTitle: "Import souboru {{ file }}",
  progressLabel: "Zpracované řádky",
  progressText: "Zpracováno {{ processed }} z {{ total }} řádků",
  queuedHint: "Čeká na spuštění…",
  failedHint:
    "Import se po opakovaných chybách zastavil. Dosud vytvořené koncepty zůstávají; nahrajte soubor znovu a importujte zbytek (již importované řádky se přeskočí).",
  summaryTitle: "Souhrn",
  created: "Vytvořené koncepty",
  alreadyImported: "Již importováno (nic nevytvořeno)",
  refused: "Odmítnuté řádky",
  refusedTitle: "Odmítnuté řádky",
  refusedCaption: "Odmítnuté řádky: řádek souboru, sloupec a co udělat",
  refusedNone: "Žádný řádek nebyl odmítnut.",
  line: "Řádek",
  column: "Sloupec",
  problem: "Problém a co udělat",
  more: "Zobrazit další odmítnuté řádky",
  draftsLink: "Otevřít koncepty v seznamu nároků",
  backToClaims: "Zpět na nároky",
  backToImports: "Zpět na importy",
  loading: "Načítá se import…",
  loadFailed: "Import se nepodařilo načíst.",
  columns: {
    optOutOfIncentives: "Vzdát se pobídkových plateb",
    customerContactLanguage: "Jazyk kontaktní osoby zákazníka"
  },
  problems: {
    invalid_value: {
      message: "Hodnota ve sloupci {{ item }} není platná.",
      todo: "Použijte jednu z hodnot popsaných v záhlaví šablony (např. kód oblasti řešení nebo role partnera, true nebo false, e-mailovou adresu)."
    },
    forbidden: {
      message: "Pro toto PartnerID nemůžete vytvářet koncepty nároků.",
      todo: "Použijte PartnerID, kde jste správcem nebo uživatelem pobídek, nebo požádejte jeho správce pobídek."
    }
  }
}

export const importMessages: Catalog<ImportMessages> = { en, de, hu, sv, cs }
