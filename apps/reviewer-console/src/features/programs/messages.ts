/** Strings of the program catalog screens (list, create and edit). */
export const en = {
  title: "Program catalog",
  intro:
    "The incentive programs partners enroll in. A program accepts partner roles of one solution area; its eligibility requirements decide which locations are invited.",
  create: "Create program",
  caption: "Programs",
  empty: "The catalog has no programs yet.",
  emptyHint: "Create the first program; eligible locations are invited when you save it.",
  name: "Name",
  id: "Program ID",
  idHint: "Fixed once created: prg_ followed by lower-case letters, digits or _, e.g. prg_cloud_advisor.",
  idTaken: "A program with this ID exists already; edit it instead.",
  solutionArea: "Solution area",
  partnerRoles: "Partner roles",
  partnerRolesHint: "Roles of the chosen solution area that this program accepts.",
  eligibility: "Eligibility",
  open: "Open to every location (no eligibility criteria)",
  openShort: "Open",
  requirementsCount: {
    one: "{{ count }} requirement",
    few: "{{ count }} requirements",
    many: "{{ count }} requirements",
    other: "{{ count }} requirements"
  },
  incentivized: "Incentivized (earns incentives)",
  incentivizedShort: "Incentivized",
  notIncentivized: "Not incentivized",
  arbitrationPolicy: "Arbitration recommendation",
  allowedChannels: "Subscription channels",
  allowedChannelsHint: "Claims may name subscriptions bought through these channels.",
  status: "Status",
  statuses: { active: "Active", discontinued: "Discontinued" },
  actions: "Actions",
  edit: "Edit",
  view: "Details",
  invite: "Invite eligible locations",
  inviteTitle: "Invite every eligible location to {{ name }}?",
  inviteDescription:
    "Each location that meets every requirement and is not yet invited gets an invitation; its Incentives admins are emailed (open programs: shown on the overview only).",
  invited: "Locations invited to {{ name }}: {{ count }}.",
  discontinue: "Discontinue",
  discontinueTitle: "Discontinue {{ name }}?",
  discontinueDescription:
    "The program is no longer offered: all its enrollments become discontinued and it cannot be changed afterwards. This cannot be undone.",
  discontinued: "{{ name }} is discontinued.",
  back: "Back to the program catalog",
  newTitle: "New program",
  editTitle: "Edit {{ name }}",
  readOnlyProgram: "{{ name }} is discontinued and can no longer be changed.",
  requirements: "Eligibility requirements",
  requirementsHint:
    "Locations must meet every requirement to be invited. Requirements can be renamed but not removed once saved.",
  requirementId: "Requirement ID",
  requirementIdHint: "req_ followed by lower-case letters, digits or _",
  requirementName: "Requirement",
  addRequirement: "Add requirement",
  removeRequirement: "Remove requirement {{ number }}",
  noRequirements: "No requirements: every location of a matching role is eligible.",
  acknowledgements: "Acknowledgements at submission",
  acknowledgementsHint:
    "Partners tick each statement before they submit a claim in this program; a claim keeps the statements as they read when it was submitted.",
  acknowledgementsNewHint: "A new program without statements asks for the default ones.",
  acknowledgementId: "Statement ID",
  acknowledgementIdHint: "Lower-case letters, digits or _, starting with a letter",
  acknowledgementText: "Statement",
  addAcknowledgement: "Add statement",
  removeAcknowledgement: "Remove statement {{ number }}",
  noAcknowledgements: "No statements: partners submit without acknowledging anything.",
  save: "Save program",
  saving: "Saving…",
  saved: "{{ name }} is saved.",
  chooseOne: "Choose at least one.",
  errors: {
    duplicate_acknowledgement: "Each statement ID may appear only once.",
    acknowledgement_incomplete:
      "Give every statement an ID (lower-case letters, digits or _, starting with a letter) and a text.",
    duplicate_requirement: "Each requirement ID may appear only once.",
    requirement_removed: "Saved requirements cannot be removed, only renamed.",
    program_discontinued: "This program is discontinued and cannot be changed."
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  roles: {
    build_intent_advisor: "Build intent (advisor)",
    usage_recognition: "Usage recognition",
    influenced_revenue: "Influenced revenue",
    use_or_consume: "Use or consume"
  },
  channels: { volume_licensing: "Volume licensing", web_direct: "Web direct", csp: "CSP" },
  policies: {
    most_recent_poe: "The most recent proof of execution wins",
    first_registered: "The first registered claim wins",
    reviewer_decides: "The reviewer decides"
  }
}

export const de: typeof en = {
  title: "Programmkatalog",
  intro:
    "Die Incentive-Programme, an denen Partner teilnehmen. Ein Programm akzeptiert Partnerrollen eines Lösungsbereichs; seine Berechtigungsanforderungen entscheiden, welche Standorte eingeladen werden.",
  create: "Programm anlegen",
  caption: "Programme",
  empty: "Der Katalog hat noch keine Programme.",
  emptyHint: "Legen Sie das erste Programm an; berechtigte Standorte werden beim Speichern eingeladen.",
  name: "Name",
  id: "Programm-ID",
  idHint:
    "Nach dem Anlegen unveränderlich: prg_ gefolgt von Kleinbuchstaben, Ziffern oder _, z. B. prg_cloud_advisor.",
  idTaken: "Ein Programm mit dieser ID gibt es bereits; bearbeiten Sie es stattdessen.",
  solutionArea: "Lösungsbereich",
  partnerRoles: "Partnerrollen",
  partnerRolesHint: "Rollen des gewählten Lösungsbereichs, die dieses Programm akzeptiert.",
  eligibility: "Berechtigung",
  open: "Offen für jeden Standort (keine Berechtigungskriterien)",
  openShort: "Offen",
  requirementsCount: {
    one: "{{ count }} Anforderung",
    few: "{{ count }} Anforderungen",
    many: "{{ count }} Anforderungen",
    other: "{{ count }} Anforderungen"
  },
  incentivized: "Mit Incentives (bringt Vergütung)",
  incentivizedShort: "Mit Incentives",
  notIncentivized: "Ohne Incentives",
  arbitrationPolicy: "Schlichtungsempfehlung",
  allowedChannels: "Abonnementkanäle",
  allowedChannelsHint: "Ansprüche dürfen Abonnements nennen, die über diese Kanäle gekauft wurden.",
  status: "Status",
  statuses: { active: "Aktiv", discontinued: "Eingestellt" },
  actions: "Aktionen",
  edit: "Bearbeiten",
  view: "Details",
  invite: "Berechtigte Standorte einladen",
  inviteTitle: "Alle berechtigten Standorte zu {{ name }} einladen?",
  inviteDescription:
    "Jeder Standort, der alle Anforderungen erfüllt und noch nicht eingeladen ist, erhält eine Einladung; seine Incentives-Administratoren bekommen eine E-Mail (offene Programme: nur in der Übersicht).",
  invited: "Zu {{ name }} eingeladene Standorte: {{ count }}.",
  discontinue: "Einstellen",
  discontinueTitle: "{{ name }} einstellen?",
  discontinueDescription:
    "Das Programm wird nicht mehr angeboten: Alle Teilnahmen werden eingestellt, und es kann danach nicht mehr geändert werden. Dies lässt sich nicht rückgängig machen.",
  discontinued: "{{ name }} ist eingestellt.",
  back: "Zurück zum Programmkatalog",
  newTitle: "Neues Programm",
  editTitle: "{{ name }} bearbeiten",
  readOnlyProgram: "{{ name }} ist eingestellt und kann nicht mehr geändert werden.",
  requirements: "Berechtigungsanforderungen",
  requirementsHint:
    "Standorte müssen alle Anforderungen erfüllen, um eingeladen zu werden. Gespeicherte Anforderungen lassen sich umbenennen, aber nicht entfernen.",
  requirementId: "Anforderungs-ID",
  requirementIdHint: "req_ gefolgt von Kleinbuchstaben, Ziffern oder _",
  requirementName: "Anforderung",
  addRequirement: "Anforderung hinzufügen",
  removeRequirement: "Anforderung {{ number }} entfernen",
  noRequirements: "Keine Anforderungen: Jeder Standort mit passender Rolle ist berechtigt.",
  acknowledgements: "Bestätigungen bei der Übermittlung",
  acknowledgementsHint:
    "Partner kreuzen jede Aussage an, bevor sie einen Anspruch in diesem Programm übermitteln; ein Anspruch behält die Aussagen im Wortlaut der Übermittlung.",
  acknowledgementsNewHint: "Ein neues Programm ohne Aussagen verlangt die Standardaussagen.",
  acknowledgementId: "Aussage-ID",
  acknowledgementIdHint: "Kleinbuchstaben, Ziffern oder _, beginnend mit einem Buchstaben",
  acknowledgementText: "Aussage",
  addAcknowledgement: "Aussage hinzufügen",
  removeAcknowledgement: "Aussage {{ number }} entfernen",
  noAcknowledgements: "Keine Aussagen: Partner übermitteln, ohne etwas zu bestätigen.",
  save: "Programm speichern",
  saving: "Wird gespeichert…",
  saved: "{{ name }} ist gespeichert.",
  chooseOne: "Wählen Sie mindestens eine Option.",
  errors: {
    duplicate_acknowledgement: "Jede Aussage-ID darf nur einmal vorkommen.",
    acknowledgement_incomplete:
      "Geben Sie jeder Aussage eine ID (Kleinbuchstaben, Ziffern oder _, beginnend mit einem Buchstaben) und einen Text.",
    duplicate_requirement: "Jede Anforderungs-ID darf nur einmal vorkommen.",
    requirement_removed: "Gespeicherte Anforderungen können nicht entfernt, nur umbenannt werden.",
    program_discontinued: "Dieses Programm ist eingestellt und kann nicht geändert werden."
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  roles: {
    build_intent_advisor: "Kaufabsicht (Beratung)",
    usage_recognition: "Nutzungsanerkennung",
    influenced_revenue: "Beeinflusster Umsatz",
    use_or_consume: "Nutzung und Verbrauch"
  },
  channels: { volume_licensing: "Volumenlizenzierung", web_direct: "Direkt im Web", csp: "CSP" },
  policies: {
    most_recent_poe: "Der jüngste Ausführungsnachweis gewinnt",
    first_registered: "Der zuerst registrierte Anspruch gewinnt",
    reviewer_decides: "Die prüfende Person entscheidet"
  }
}

export const hu: typeof en = {
  title: "Programkatalógus",
  intro:
    "Az ösztönzőprogramok, amelyekben a partnerek részt vesznek. Egy program egy megoldási terület partnerszerepköreit fogadja el; jogosultsági követelményei döntik el, mely telephelyek kapnak meghívást.",
  create: "Program létrehozása",
  caption: "Programok",
  empty: "A katalógusban még nincs program.",
  emptyHint: "Hozza létre az első programot; a jogosult telephelyek mentéskor meghívást kapnak.",
  name: "Név",
  id: "Programazonosító",
  idHint: "Létrehozás után nem módosítható: prg_ után kisbetűk, számjegyek vagy _, pl. prg_cloud_advisor.",
  idTaken: "Már létezik program ezzel az azonosítóval; inkább azt szerkessze.",
  solutionArea: "Megoldási terület",
  partnerRoles: "Partnerszerepkörök",
  partnerRolesHint: "A kiválasztott megoldási terület szerepkörei, amelyeket a program elfogad.",
  eligibility: "Jogosultság",
  open: "Minden telephely számára nyitott (nincs jogosultsági feltétel)",
  openShort: "Nyitott",
  requirementsCount: {
    one: "{{ count }} követelmény",
    few: "{{ count }} követelmény",
    many: "{{ count }} követelmény",
    other: "{{ count }} követelmény"
  },
  incentivized: "Ösztönzött (jutalmat hoz)",
  incentivizedShort: "Ösztönzött",
  notIncentivized: "Nem ösztönzött",
  arbitrationPolicy: "Döntőbírósági ajánlás",
  allowedChannels: "Előfizetési csatornák",
  allowedChannelsHint: "Az igénylések az ezeken a csatornákon vásárolt előfizetéseket nevezhetik meg.",
  status: "Állapot",
  statuses: { active: "Aktív", discontinued: "Megszüntetve" },
  actions: "Műveletek",
  edit: "Szerkesztés",
  view: "Részletek",
  invite: "Jogosult telephelyek meghívása",
  inviteTitle: "Meghív minden jogosult telephelyet ide: {{ name }}?",
  inviteDescription:
    "Minden telephely, amely minden követelményt teljesít és még nem kapott meghívást, meghívást kap; ösztönzési adminisztrátorai e-mailt kapnak (nyitott programoknál csak az áttekintésben jelenik meg).",
  invited: "Meghívott telephelyek ({{ name }}): {{ count }}.",
  discontinue: "Megszüntetés",
  discontinueTitle: "Megszünteti ezt: {{ name }}?",
  discontinueDescription:
    "A program többé nem érhető el: minden részvétel megszűnik, és a program utána nem módosítható. Ez nem vonható vissza.",
  discontinued: "{{ name }} megszüntetve.",
  back: "Vissza a programkatalógushoz",
  newTitle: "Új program",
  editTitle: "{{ name }} szerkesztése",
  readOnlyProgram: "{{ name }} meg van szüntetve, már nem módosítható.",
  requirements: "Jogosultsági követelmények",
  requirementsHint:
    "A meghíváshoz a telephelynek minden követelményt teljesítenie kell. A mentett követelmények átnevezhetők, de nem távolíthatók el.",
  requirementId: "Követelményazonosító",
  requirementIdHint: "req_ után kisbetűk, számjegyek vagy _",
  requirementName: "Követelmény",
  addRequirement: "Követelmény hozzáadása",
  removeRequirement: "{{ number }}. követelmény eltávolítása",
  noRequirements: "Nincs követelmény: minden megfelelő szerepkörű telephely jogosult.",
  acknowledgements: "Nyilatkozatok beküldéskor",
  acknowledgementsHint:
    "A partnerek minden nyilatkozatot bejelölnek, mielőtt igényt küldenek be ebben a programban; az igény a beküldéskori szöveggel őrzi meg a nyilatkozatokat.",
  acknowledgementsNewHint: "A nyilatkozatok nélküli új program az alapértelmezett nyilatkozatokat kéri.",
  acknowledgementId: "Nyilatkozat azonosítója",
  acknowledgementIdHint: "Kisbetűk, számjegyek vagy _, betűvel kezdve",
  acknowledgementText: "Nyilatkozat",
  addAcknowledgement: "Nyilatkozat hozzáadása",
  removeAcknowledgement: "{{ number }}. nyilatkozat eltávolítása",
  noAcknowledgements: "Nincsenek nyilatkozatok: a partnerek megerősítés nélkül küldenek be.",
  save: "Program mentése",
  saving: "Mentés…",
  saved: "{{ name }} mentve.",
  chooseOne: "Válasszon legalább egyet.",
  errors: {
    duplicate_acknowledgement: "Minden nyilatkozatazonosító csak egyszer szerepelhet.",
    acknowledgement_incomplete:
      "Adjon minden nyilatkozatnak azonosítót (kisbetűk, számjegyek vagy _, betűvel kezdve) és szöveget.",
    duplicate_requirement: "Minden követelményazonosító csak egyszer szerepelhet.",
    requirement_removed: "A mentett követelmények nem távolíthatók el, csak átnevezhetők.",
    program_discontinued: "Ez a program meg van szüntetve, nem módosítható."
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  roles: {
    build_intent_advisor: "Vásárlási szándék (tanácsadó)",
    usage_recognition: "Használatelismerés",
    influenced_revenue: "Befolyásolt bevétel",
    use_or_consume: "Használat és fogyasztás"
  },
  channels: { volume_licensing: "Mennyiségi licencelés", web_direct: "Közvetlen webes", csp: "CSP" },
  policies: {
    most_recent_poe: "A legfrissebb teljesítési igazolás nyer",
    first_registered: "Az elsőként regisztrált igénylés nyer",
    reviewer_decides: "Az ellenőr dönt"
  }
}

export const sv: typeof en = {
  title: "Programkatalog",
  intro:
    "Incitamentsprogrammen som partner ansluter sig till. Ett program tar emot partnerroller inom ett lösningsområde; dess behörighetskrav avgör vilka platser som bjuds in.",
  create: "Skapa program",
  caption: "Program",
  empty: "Katalogen har inga program ännu.",
  emptyHint: "Skapa det första programmet; behöriga platser bjuds in när du sparar det.",
  name: "Namn",
  id: "Program-ID",
  idHint:
    "Kan inte ändras efter att det skapats: prg_ följt av gemener, siffror eller _, t.ex. prg_cloud_advisor.",
  idTaken: "Det finns redan ett program med detta ID; redigera det i stället.",
  solutionArea: "Lösningsområde",
  partnerRoles: "Partnerroller",
  partnerRolesHint: "Roller i det valda lösningsområdet som programmet tar emot.",
  eligibility: "Behörighet",
  open: "Öppet för alla platser (inga behörighetskriterier)",
  openShort: "Öppet",
  requirementsCount: {
    one: "{{ count }} krav",
    few: "{{ count }} krav",
    many: "{{ count }} krav",
    other: "{{ count }} krav"
  },
  incentivized: "Med incitament (ger ersättning)",
  incentivizedShort: "Med incitament",
  notIncentivized: "Utan incitament",
  arbitrationPolicy: "Skiljedomsrekommendation",
  allowedChannels: "Prenumerationskanaler",
  allowedChannelsHint: "Anspråk får gälla prenumerationer som köpts via dessa kanaler.",
  status: "Status",
  statuses: { active: "Aktivt", discontinued: "Avvecklat" },
  actions: "Åtgärder",
  edit: "Redigera",
  view: "Detaljer",
  invite: "Bjud in behöriga platser",
  inviteTitle: "Bjuda in alla behöriga platser till {{ name }}?",
  inviteDescription:
    "Varje plats som uppfyller alla krav och inte redan är inbjuden får en inbjudan; dess incitamentsadministratörer får e-post (öppna program: visas bara i översikten).",
  invited: "Platser inbjudna till {{ name }}: {{ count }}.",
  discontinue: "Avveckla",
  discontinueTitle: "Avveckla {{ name }}?",
  discontinueDescription:
    "Programmet erbjuds inte längre: alla anslutningar avvecklas och programmet kan inte ändras efteråt. Detta kan inte ångras.",
  discontinued: "{{ name }} är avvecklat.",
  back: "Tillbaka till programkatalogen",
  newTitle: "Nytt program",
  editTitle: "Redigera {{ name }}",
  readOnlyProgram: "{{ name }} är avvecklat och kan inte längre ändras.",
  requirements: "Behörighetskrav",
  requirementsHint:
    "Platser måste uppfylla alla krav för att bjudas in. Sparade krav kan byta namn men inte tas bort.",
  requirementId: "Krav-ID",
  requirementIdHint: "req_ följt av gemener, siffror eller _",
  requirementName: "Krav",
  addRequirement: "Lägg till krav",
  removeRequirement: "Ta bort krav {{ number }}",
  noRequirements: "Inga krav: varje plats med matchande roll är behörig.",
  acknowledgements: "Bekräftelser när anspråk skickas",
  acknowledgementsHint:
    "Partner kryssar i varje påstående innan de skickar ett anspråk i det här programmet; ett anspråk behåller påståendena som de löd när det skickades.",
  acknowledgementsNewHint: "Ett nytt program utan påståenden begär standardpåståendena.",
  acknowledgementId: "Påståendets ID",
  acknowledgementIdHint: "Små bokstäver, siffror eller _, börjar med en bokstav",
  acknowledgementText: "Påstående",
  addAcknowledgement: "Lägg till påstående",
  removeAcknowledgement: "Ta bort påstående {{ number }}",
  noAcknowledgements: "Inga påståenden: partner skickar utan att bekräfta något.",
  save: "Spara program",
  saving: "Sparar…",
  saved: "{{ name }} har sparats.",
  chooseOne: "Välj minst ett alternativ.",
  errors: {
    duplicate_acknowledgement: "Varje påståendes ID får bara förekomma en gång.",
    acknowledgement_incomplete:
      "Ge varje påstående ett ID (små bokstäver, siffror eller _, börjar med en bokstav) och en text.",
    duplicate_requirement: "Varje krav-ID får bara förekomma en gång.",
    requirement_removed: "Sparade krav kan inte tas bort, bara byta namn.",
    program_discontinued: "Programmet är avvecklat och kan inte ändras."
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  roles: {
    build_intent_advisor: "Köpavsikt (rådgivare)",
    usage_recognition: "Användningserkännande",
    influenced_revenue: "Påverkade intäkter",
    use_or_consume: "Användning och förbrukning"
  },
  channels: { volume_licensing: "Volymlicensiering", web_direct: "Direkt via webben", csp: "CSP" },
  policies: {
    most_recent_poe: "Det senaste genomförandebeviset vinner",
    first_registered: "Det först registrerade anspråket vinner",
    reviewer_decides: "Granskaren beslutar"
  }
}

export const cs: typeof en = {
  title: "Katalog programů",
  intro:
    "Motivační programy, kterých se partneři účastní. Program přijímá partnerské role jedné oblasti řešení; jeho požadavky na způsobilost určují, které pobočky dostanou pozvánku.",
  create: "Vytvořit program",
  caption: "Programy",
  empty: "Katalog zatím nemá žádné programy.",
  emptyHint: "Vytvořte první program; způsobilé pobočky dostanou pozvánku při uložení.",
  name: "Název",
  id: "ID programu",
  idHint: "Po vytvoření neměnné: prg_ a za ním malá písmena, číslice nebo _, např. prg_cloud_advisor.",
  idTaken: "Program s tímto ID už existuje; upravte raději ten.",
  solutionArea: "Oblast řešení",
  partnerRoles: "Partnerské role",
  partnerRolesHint: "Role zvolené oblasti řešení, které program přijímá.",
  eligibility: "Způsobilost",
  open: "Otevřený všem pobočkám (bez kritérií způsobilosti)",
  openShort: "Otevřený",
  requirementsCount: {
    one: "{{ count }} požadavek",
    few: "{{ count }} požadavky",
    many: "{{ count }} požadavku",
    other: "{{ count }} požadavků"
  },
  incentivized: "S pobídkami (přináší odměny)",
  incentivizedShort: "S pobídkami",
  notIncentivized: "Bez pobídek",
  arbitrationPolicy: "Doporučení pro arbitráž",
  allowedChannels: "Kanály předplatného",
  allowedChannelsHint: "Nároky mohou uvádět předplatná zakoupená těmito kanály.",
  status: "Stav",
  statuses: { active: "Aktivní", discontinued: "Ukončený" },
  actions: "Akce",
  edit: "Upravit",
  view: "Podrobnosti",
  invite: "Pozvat způsobilé pobočky",
  inviteTitle: "Pozvat všechny způsobilé pobočky do programu {{ name }}?",
  inviteDescription:
    "Každá pobočka, která splňuje všechny požadavky a ještě nebyla pozvána, dostane pozvánku; její správci pobídek dostanou e-mail (otevřené programy: jen v přehledu).",
  invited: "Pobočky pozvané do programu {{ name }}: {{ count }}.",
  discontinue: "Ukončit",
  discontinueTitle: "Ukončit {{ name }}?",
  discontinueDescription:
    "Program se už nebude nabízet: všechny účasti se ukončí a program pak nelze měnit. Tuto akci nelze vrátit.",
  discontinued: "{{ name }} je ukončen.",
  back: "Zpět na katalog programů",
  newTitle: "Nový program",
  editTitle: "Upravit {{ name }}",
  readOnlyProgram: "{{ name }} je ukončen a už jej nelze měnit.",
  requirements: "Požadavky na způsobilost",
  requirementsHint:
    "Pobočky musí splnit všechny požadavky, aby dostaly pozvánku. Uložené požadavky lze přejmenovat, ale ne odebrat.",
  requirementId: "ID požadavku",
  requirementIdHint: "req_ a za ním malá písmena, číslice nebo _",
  requirementName: "Požadavek",
  addRequirement: "Přidat požadavek",
  removeRequirement: "Odebrat požadavek {{ number }}",
  noRequirements: "Žádné požadavky: způsobilá je každá pobočka s odpovídající rolí.",
  acknowledgements: "Potvrzení při odeslání",
  acknowledgementsHint:
    "Partneři před odesláním nároku v tomto programu zaškrtnou každé prohlášení; nárok si ponechá prohlášení ve znění z doby odeslání.",
  acknowledgementsNewHint: "Nový program bez prohlášení vyžaduje výchozí prohlášení.",
  acknowledgementId: "ID prohlášení",
  acknowledgementIdHint: "Malá písmena, číslice nebo _, na začátku písmeno",
  acknowledgementText: "Prohlášení",
  addAcknowledgement: "Přidat prohlášení",
  removeAcknowledgement: "Odebrat prohlášení {{ number }}",
  noAcknowledgements: "Žádná prohlášení: partneři odesílají bez potvrzení.",
  save: "Uložit program",
  saving: "Ukládání…",
  saved: "{{ name }} je uložen.",
  chooseOne: "Zvolte alespoň jednu možnost.",
  errors: {
    duplicate_acknowledgement: "Každé ID prohlášení se smí vyskytovat jen jednou.",
    acknowledgement_incomplete:
      "Dejte každému prohlášení ID (malá písmena, číslice nebo _, na začátku písmeno) a text.",
    duplicate_requirement: "Každé ID požadavku se smí vyskytnout jen jednou.",
    requirement_removed: "Uložené požadavky nelze odebrat, jen přejmenovat.",
    program_discontinued: "Tento program je ukončen a nelze jej měnit."
  },
  solutionAreas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  roles: {
    build_intent_advisor: "Nákupní záměr (poradce)",
    usage_recognition: "Uznání využití",
    influenced_revenue: "Ovlivněné tržby",
    use_or_consume: "Využití a spotřeba"
  },
  channels: { volume_licensing: "Multilicence", web_direct: "Přímo na webu", csp: "CSP" },
  policies: {
    most_recent_poe: "Vyhrává nejnovější doklad o provedení",
    first_registered: "Vyhrává první registrovaný nárok",
    reviewer_decides: "Rozhoduje posuzovatel"
  }
}
