/** Strings of the test clock screen. */
export const en = {
  title: "Test clock",
  intro:
    "This server runs with a test clock: business time — deadlines, consent windows, timers — follows it instead of the real date. It only moves forward. Sessions run on real time, so moving it signs nobody out.",
  unavailable: "This server runs on real time; it has no test clock.",
  nowTitle: "Business time now",
  now: "Current time",
  utc: "In UTC",
  offset: "Ahead of real time",
  offsetDays: "{{ days }} days {{ hours }} hours",
  advanceTitle: "Advance the clock",
  amount: "Amount",
  unit: "Unit",
  units: { businessDays: "Business days", days: "Calendar days", hours: "Hours" },
  unitWords: { businessDays: "business days", days: "calendar days", hours: "hours" },
  advance: "Advance",
  amountInvalid: "Enter a whole number from 1 to 3650.",
  confirmAdvanceTitle: "Advance the test clock by {{ amount }} {{ unit }}?",
  confirmAdvance:
    "The clock cannot be turned back. Every timer that becomes due runs at once: consent windows lapse, information requests expire, enrollments renew at fiscal-year end.",
  setTitle: "Set the clock to a moment",
  setTo: "New date and time",
  setHint: "In your time zone; it must be later than the current business time.",
  set: "Set clock",
  setInvalid: "Choose a date and time later than the current business time.",
  confirmSetTitle: "Set the test clock to {{ at }}?",
  advanced: "The test clock is now at {{ at }}. Timers run: {{ jobs }}.",
  cannotGoBack: "The test clock only moves forward: choose a moment after {{ at }}."
}

export const de: typeof en = {
  title: "Testuhr",
  intro:
    "Dieser Server läuft mit einer Testuhr: Die Geschäftszeit – Fristen, Widerspruchsfristen, Zeitgeber – folgt ihr statt dem echten Datum. Sie läuft nur vorwärts. Sitzungen laufen in Echtzeit, daher wird beim Vorstellen niemand abgemeldet.",
  unavailable: "Dieser Server läuft in Echtzeit; er hat keine Testuhr.",
  nowTitle: "Aktuelle Geschäftszeit",
  now: "Aktuelle Zeit",
  utc: "In UTC",
  offset: "Vorsprung vor der Echtzeit",
  offsetDays: "{{ days }} Tage {{ hours }} Stunden",
  advanceTitle: "Uhr vorstellen",
  amount: "Anzahl",
  unit: "Einheit",
  units: { businessDays: "Werktage", days: "Kalendertage", hours: "Stunden" },
  unitWords: { businessDays: "Werktage", days: "Kalendertage", hours: "Stunden" },
  advance: "Vorstellen",
  amountInvalid: "Geben Sie eine ganze Zahl von 1 bis 3650 ein.",
  confirmAdvanceTitle: "Testuhr um {{ amount }} {{ unit }} vorstellen?",
  confirmAdvance:
    "Die Uhr lässt sich nicht zurückstellen. Jeder fällig werdende Zeitgeber läuft sofort: Widerspruchsfristen verstreichen, Informationsanfragen laufen ab, Teilnahmen verlängern sich zum Ende des Geschäftsjahres.",
  setTitle: "Uhr auf einen Zeitpunkt stellen",
  setTo: "Neues Datum und neue Uhrzeit",
  setHint: "In Ihrer Zeitzone; muss nach der aktuellen Geschäftszeit liegen.",
  set: "Uhr stellen",
  setInvalid: "Wählen Sie Datum und Uhrzeit nach der aktuellen Geschäftszeit.",
  confirmSetTitle: "Testuhr auf {{ at }} stellen?",
  advanced: "Die Testuhr steht jetzt auf {{ at }}. Ausgeführte Zeitgeber: {{ jobs }}.",
  cannotGoBack: "Die Testuhr läuft nur vorwärts: Wählen Sie einen Zeitpunkt nach {{ at }}."
}

export const hu: typeof en = {
  title: "Tesztóra",
  intro:
    "Ez a szerver tesztórával fut: az üzleti idő – határidők, hozzájárulási időszakok, időzítők – ezt követi a valós dátum helyett. Csak előre halad. A munkamenetek valós időben futnak, így az előreállítás senkit sem jelentkeztet ki.",
  unavailable: "Ez a szerver valós időben fut; nincs tesztórája.",
  nowTitle: "Az üzleti idő most",
  now: "Aktuális idő",
  utc: "UTC szerint",
  offset: "Előny a valós időhöz képest",
  offsetDays: "{{ days }} nap {{ hours }} óra",
  advanceTitle: "Az óra előreállítása",
  amount: "Mennyiség",
  unit: "Egység",
  units: { businessDays: "Munkanap", days: "Naptári nap", hours: "Óra" },
  unitWords: { businessDays: "munkanap", days: "naptári nap", hours: "óra" },
  advance: "Előreállítás",
  amountInvalid: "Adjon meg egy egész számot 1 és 3650 között.",
  confirmAdvanceTitle: "Előreállítja a tesztórát ennyivel: {{ amount }} {{ unit }}?",
  confirmAdvance:
    "Az óra nem állítható vissza. Minden esedékessé váló időzítő azonnal lefut: lejárnak a hozzájárulási időszakok és az információkérések, az üzleti év végén megújulnak a részvételek.",
  setTitle: "Az óra beállítása egy időpontra",
  setTo: "Új dátum és időpont",
  setHint: "Az Ön időzónájában; későbbinek kell lennie az aktuális üzleti időnél.",
  set: "Óra beállítása",
  setInvalid: "Válasszon az aktuális üzleti időnél későbbi dátumot és időpontot.",
  confirmSetTitle: "Beállítja a tesztórát erre: {{ at }}?",
  advanced: "A tesztóra most ekkor jár: {{ at }}. Lefutott időzítők: {{ jobs }}.",
  cannotGoBack: "A tesztóra csak előre halad: válasszon {{ at }} utáni időpontot."
}

export const sv: typeof en = {
  title: "Testklocka",
  intro:
    "Den här servern körs med en testklocka: affärstiden – tidsfrister, samtyckesfönster, timers – följer den i stället för det verkliga datumet. Den går bara framåt. Sessioner går i realtid, så ingen loggas ut när den flyttas.",
  unavailable: "Den här servern går i realtid; den har ingen testklocka.",
  nowTitle: "Affärstid nu",
  now: "Aktuell tid",
  utc: "I UTC",
  offset: "Före realtid med",
  offsetDays: "{{ days }} dagar {{ hours }} timmar",
  advanceTitle: "Flytta klockan framåt",
  amount: "Antal",
  unit: "Enhet",
  units: { businessDays: "Arbetsdagar", days: "Kalenderdagar", hours: "Timmar" },
  unitWords: { businessDays: "arbetsdagar", days: "kalenderdagar", hours: "timmar" },
  advance: "Flytta framåt",
  amountInvalid: "Ange ett heltal från 1 till 3650.",
  confirmAdvanceTitle: "Flytta testklockan framåt {{ amount }} {{ unit }}?",
  confirmAdvance:
    "Klockan kan inte vridas tillbaka. Varje timer som förfaller körs direkt: samtyckesfönster löper ut, begäranden om information förfaller, anslutningar förnyas vid räkenskapsårets slut.",
  setTitle: "Ställ klockan på en tidpunkt",
  setTo: "Nytt datum och ny tid",
  setHint: "I din tidszon; måste vara senare än den aktuella affärstiden.",
  set: "Ställ klockan",
  setInvalid: "Välj ett datum och en tid efter den aktuella affärstiden.",
  confirmSetTitle: "Ställa testklockan på {{ at }}?",
  advanced: "Testklockan visar nu {{ at }}. Körda timers: {{ jobs }}.",
  cannotGoBack: "Testklockan går bara framåt: välj en tidpunkt efter {{ at }}."
}

export const cs: typeof en = {
  title: "Testovací hodiny",
  intro:
    "Tento server běží s testovacími hodinami: obchodní čas – lhůty, okna pro souhlas, časovače – se řídí jimi místo skutečného data. Jdou jen dopředu. Relace běží v reálném čase, takže posun nikoho neodhlásí.",
  unavailable: "Tento server běží v reálném čase; nemá testovací hodiny.",
  nowTitle: "Obchodní čas nyní",
  now: "Aktuální čas",
  utc: "V UTC",
  offset: "Náskok před reálným časem",
  offsetDays: "{{ days }} dní {{ hours }} hodin",
  advanceTitle: "Posunout hodiny vpřed",
  amount: "Počet",
  unit: "Jednotka",
  units: { businessDays: "Pracovní dny", days: "Kalendářní dny", hours: "Hodiny" },
  unitWords: { businessDays: "pracovní dny", days: "kalendářní dny", hours: "hodiny" },
  advance: "Posunout",
  amountInvalid: "Zadejte celé číslo od 1 do 3650.",
  confirmAdvanceTitle: "Posunout testovací hodiny o {{ amount }} ({{ unit }})?",
  confirmAdvance:
    "Hodiny nelze vrátit zpět. Každý časovač, který nastane, se spustí ihned: okna pro souhlas uplynou, žádosti o informace vyprší, účasti se na konci fiskálního roku obnoví.",
  setTitle: "Nastavit hodiny na okamžik",
  setTo: "Nové datum a čas",
  setHint: "Ve vašem časovém pásmu; musí být pozdější než aktuální obchodní čas.",
  set: "Nastavit hodiny",
  setInvalid: "Zvolte datum a čas po aktuálním obchodním čase.",
  confirmSetTitle: "Nastavit testovací hodiny na {{ at }}?",
  advanced: "Testovací hodiny nyní ukazují {{ at }}. Spuštěné časovače: {{ jobs }}.",
  cannotGoBack: "Testovací hodiny jdou jen dopředu: zvolte okamžik po {{ at }}."
}
