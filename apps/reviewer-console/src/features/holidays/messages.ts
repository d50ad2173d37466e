/** Strings of the holiday calendar screen. */
export const en = {
  title: "Holiday calendar",
  intro:
    "Business days skip weekends and these holidays of the vendor calendar (time zone {{ timeZone }}). Every business-day deadline — consent windows, information requests, the validation target — is counted with them.",
  fiscalYear: "Fiscal year {{ label }}: {{ first }} – {{ last }}",
  addTitle: "Add a holiday",
  date: "Date",
  name: "Name",
  nameHint: "As the calendar shows it, e.g. Christmas Day.",
  add: "Add holiday",
  adding: "Adding…",
  added: "{{ name }} on {{ date }} is a holiday now.",
  renamed: "{{ date }} is now called {{ name }}.",
  exists: "{{ date }} is already a holiday ({{ name }}); adding it again renames it.",
  listTitle: "Holidays",
  caption: "Holidays of the vendor calendar",
  empty: "No holidays yet.",
  emptyHint: "Add the vendor's public holidays so that business-day deadlines skip them.",
  emptyReadOnly: "The vendor calendar has no holidays: business days skip weekends only.",
  actions: "Actions",
  remove: "Remove",
  removeTitle: "Remove the holiday {{ name }}?",
  removeDescription:
    "{{ date }} becomes a business day again. Deadlines that are computed from now on count it; deadlines already set do not move.",
  removed: "{{ name }} is no longer a holiday.",
  invalidDate: "Choose a date."
}

export const de: typeof en = {
  title: "Feiertagskalender",
  intro:
    "Werktage überspringen Wochenenden und diese Feiertage des Anbieterkalenders (Zeitzone {{ timeZone }}). Jede Frist in Werktagen – Widerspruchsfristen, Informationsanfragen, das Prüfziel – wird mit ihnen berechnet.",
  fiscalYear: "Geschäftsjahr {{ label }}: {{ first }} – {{ last }}",
  addTitle: "Feiertag hinzufügen",
  date: "Datum",
  name: "Bezeichnung",
  nameHint: "Wie der Kalender ihn nennt, z. B. 1. Weihnachtstag.",
  add: "Feiertag hinzufügen",
  adding: "Wird hinzugefügt…",
  added: "{{ name }} am {{ date }} ist jetzt ein Feiertag.",
  renamed: "{{ date }} heißt jetzt {{ name }}.",
  exists: "{{ date }} ist bereits ein Feiertag ({{ name }}); erneutes Hinzufügen benennt ihn um.",
  listTitle: "Feiertage",
  caption: "Feiertage des Anbieterkalenders",
  empty: "Noch keine Feiertage.",
  emptyHint:
    "Fügen Sie die gesetzlichen Feiertage des Anbieters hinzu, damit Fristen in Werktagen sie überspringen.",
  emptyReadOnly: "Der Anbieterkalender hat keine Feiertage: Werktage überspringen nur Wochenenden.",
  actions: "Aktionen",
  remove: "Entfernen",
  removeTitle: "Feiertag {{ name }} entfernen?",
  removeDescription:
    "{{ date }} wird wieder ein Werktag. Ab jetzt berechnete Fristen zählen ihn mit; bereits gesetzte Fristen verschieben sich nicht.",
  removed: "{{ name }} ist kein Feiertag mehr.",
  invalidDate: "Wählen Sie ein Datum."
}

export const hu: typeof en = {
  title: "Munkaszüneti naptár",
  intro:
    "A munkanapok kihagyják a hétvégéket és a szállítói naptár alábbi munkaszüneti napjait (időzóna: {{ timeZone }}). Minden munkanapban mért határidőt – hozzájárulási időszak, információkérés, ellenőrzési célidő – ezekkel számolunk.",
  fiscalYear: "{{ label }} üzleti év: {{ first }} – {{ last }}",
  addTitle: "Munkaszüneti nap felvétele",
  date: "Dátum",
  name: "Megnevezés",
  nameHint: "Ahogy a naptár nevezi, pl. Karácsony.",
  add: "Munkaszüneti nap felvétele",
  adding: "Felvétel…",
  added: "{{ date }} ({{ name }}) mostantól munkaszüneti nap.",
  renamed: "{{ date }} új neve: {{ name }}.",
  exists: "{{ date }} már munkaszüneti nap ({{ name }}); az ismételt felvétel átnevezi.",
  listTitle: "Munkaszüneti napok",
  caption: "A szállítói naptár munkaszüneti napjai",
  empty: "Még nincs munkaszüneti nap.",
  emptyHint: "Vegye fel a szállító munkaszüneti napjait, hogy a munkanapos határidők kihagyják őket.",
  emptyReadOnly: "A szállítói naptárban nincs munkaszüneti nap: a munkanapok csak a hétvégéket hagyják ki.",
  actions: "Műveletek",
  remove: "Eltávolítás",
  removeTitle: "Eltávolítja a(z) {{ name }} munkaszüneti napot?",
  removeDescription:
    "{{ date }} ismét munkanap lesz. A mostantól számított határidők beleszámítják; a már rögzített határidők nem változnak.",
  removed: "{{ name }} már nem munkaszüneti nap.",
  invalidDate: "Válasszon dátumot."
}

export const sv: typeof en = {
  title: "Helgdagskalender",
  intro:
    "Arbetsdagar hoppar över helger och dessa helgdagar i leverantörens kalender (tidszon {{ timeZone }}). Varje tidsfrist i arbetsdagar – samtyckesfönster, begäran om information, granskningsmålet – räknas med dem.",
  fiscalYear: "Räkenskapsår {{ label }}: {{ first }} – {{ last }}",
  addTitle: "Lägg till en helgdag",
  date: "Datum",
  name: "Namn",
  nameHint: "Som kalendern kallar den, t.ex. Juldagen.",
  add: "Lägg till helgdag",
  adding: "Lägger till…",
  added: "{{ name }} den {{ date }} är nu en helgdag.",
  renamed: "{{ date }} heter nu {{ name }}.",
  exists: "{{ date }} är redan en helgdag ({{ name }}); att lägga till den igen byter namn.",
  listTitle: "Helgdagar",
  caption: "Helgdagar i leverantörens kalender",
  empty: "Inga helgdagar ännu.",
  emptyHint: "Lägg till leverantörens allmänna helgdagar så att tidsfrister i arbetsdagar hoppar över dem.",
  emptyReadOnly: "Leverantörens kalender har inga helgdagar: arbetsdagar hoppar bara över helger.",
  actions: "Åtgärder",
  remove: "Ta bort",
  removeTitle: "Ta bort helgdagen {{ name }}?",
  removeDescription:
    "{{ date }} blir en arbetsdag igen. Tidsfrister som räknas från och med nu tar med den; redan satta tidsfrister flyttas inte.",
  removed: "{{ name }} är inte längre en helgdag.",
  invalidDate: "Välj ett datum."
}

export const cs: typeof en = {
  title: "Kalendář svátků",
  intro:
    "Pracovní dny přeskakují víkendy a tyto svátky kalendáře dodavatele (časové pásmo {{ timeZone }}). Každá lhůta v pracovních dnech – okno pro souhlas, žádosti o informace, cílová doba ověření – se počítá s nimi.",
  fiscalYear: "Fiskální rok {{ label }}: {{ first }} – {{ last }}",
  addTitle: "Přidat svátek",
  date: "Datum",
  name: "Název",
  nameHint: "Jak jej uvádí kalendář, např. 1. svátek vánoční.",
  add: "Přidat svátek",
  adding: "Přidávání…",
  added: "{{ name }} ({{ date }}) je nyní svátek.",
  renamed: "{{ date }} se nyní jmenuje {{ name }}.",
  exists: "{{ date }} už je svátek ({{ name }}); opětovné přidání jej přejmenuje.",
  listTitle: "Svátky",
  caption: "Svátky kalendáře dodavatele",
  empty: "Zatím žádné svátky.",
  emptyHint: "Přidejte státní svátky dodavatele, aby je lhůty v pracovních dnech přeskakovaly.",
  emptyReadOnly: "Kalendář dodavatele nemá žádné svátky: pracovní dny přeskakují jen víkendy.",
  actions: "Akce",
  remove: "Odebrat",
  removeTitle: "Odebrat svátek {{ name }}?",
  removeDescription:
    "{{ date }} bude opět pracovní den. Lhůty počítané od nynějška jej započítají; již stanovené lhůty se neposunou.",
  removed: "{{ name }} už není svátek.",
  invalidDate: "Zvolte datum."
}
