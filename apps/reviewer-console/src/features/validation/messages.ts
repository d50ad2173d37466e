/** Strings of the bank and tax validation queue. */
export const en = {
  title: "Bank and tax validation",
  intro:
    "Enrollments whose bank and tax data were submitted, oldest first. The target is a decision within 48 hours of submission; approving enrolls the location, returning asks its Incentives admins to correct the data.",
  caption: "Enrollments waiting for bank and tax validation",
  empty: "Nothing waits for validation.",
  emptyHint: "Enrollments appear here when an Incentives admin submits bank and tax data.",
  location: "Location",
  program: "Program",
  bank: "Bank profile",
  tax: "Tax profile",
  none: "None",
  submitted: "Submitted",
  target: "48-hour target",
  hoursLeft: "{{ hours }} h left",
  overdueBy: "Overdue by {{ hours }} h",
  overdue: "Overdue",
  actions: "Actions",
  approve: "Approve",
  return: "Return",
  approveTitle: "Approve the bank and tax data of {{ location }}?",
  approveDescription:
    "The location becomes enrolled in {{ program }} and its Incentives admins are told by email. Other enrollments waiting on the same profiles are approved with it.",
  returnTitle: "Return the data of {{ location }}?",
  returnDescription:
    "The enrollment in {{ program }} becomes “action required” and the Incentives admins are emailed your reason, so say what to correct.",
  reason: "Reason",
  reasonHint: "Sent to the partner, e.g. “The account holder does not match the legal name.”",
  reasonRequired: "Give the reason, so the partner knows what to correct.",
  profiles: "Return",
  profileChoices: { both: "Bank and tax profile", bank: "Bank profile only", tax: "Tax profile only" },
  approved: "{{ location }} is enrolled in {{ program }}.",
  returned: "The data of {{ location }} was returned.",
  changed: "Someone else has decided this enrollment in the meantime. The list is reloaded.",
  data: {
    title: "Submitted data",
    bank: "Bank account",
    tax: "Tax registration",
    accountHolder: "Account holder",
    iban: "IBAN",
    bic: "BIC",
    bankName: "Bank",
    country: "Country",
    currency: "Currency",
    legalName: "Legal name",
    taxId: "Tax ID",
    address: "Address",
    none: "None submitted"
  },
  states: {
    pending_validation: "Pending validation",
    approved: "Approved",
    action_required: "Action required"
  }
}

export const de: typeof en = {
  title: "Prüfung von Bank- und Steuerdaten",
  intro:
    "Teilnahmen, deren Bank- und Steuerdaten eingereicht wurden, die ältesten zuerst. Ziel ist eine Entscheidung innerhalb von 48 Stunden nach Einreichung; die Freigabe schließt die Teilnahme ab, die Rückgabe bittet die Incentives-Administratoren um Korrektur.",
  caption: "Teilnahmen, die auf die Prüfung von Bank- und Steuerdaten warten",
  empty: "Nichts wartet auf Prüfung.",
  emptyHint:
    "Teilnahmen erscheinen hier, sobald ein Incentives-Administrator Bank- und Steuerdaten einreicht.",
  location: "Standort",
  program: "Programm",
  bank: "Bankprofil",
  tax: "Steuerprofil",
  none: "Keins",
  submitted: "Eingereicht",
  target: "48-Stunden-Ziel",
  hoursLeft: "noch {{ hours }} Std.",
  overdueBy: "{{ hours }} Std. überfällig",
  overdue: "Überfällig",
  actions: "Aktionen",
  approve: "Freigeben",
  return: "Zurückgeben",
  approveTitle: "Bank- und Steuerdaten von {{ location }} freigeben?",
  approveDescription:
    "Der Standort nimmt damit an {{ program }} teil, und seine Incentives-Administratoren werden per E-Mail informiert. Andere Teilnahmen, die auf dieselben Profile warten, werden mit freigegeben.",
  returnTitle: "Daten von {{ location }} zurückgeben?",
  returnDescription:
    "Die Teilnahme an {{ program }} wird „Aktion erforderlich“, und die Incentives-Administratoren erhalten Ihre Begründung per E-Mail – sagen Sie also, was zu korrigieren ist.",
  reason: "Begründung",
  reasonHint: "Geht an den Partner, z. B. „Der Kontoinhaber stimmt nicht mit dem Firmennamen überein.“",
  reasonRequired: "Geben Sie die Begründung an, damit der Partner weiß, was zu korrigieren ist.",
  profiles: "Zurückgeben",
  profileChoices: { both: "Bank- und Steuerprofil", bank: "Nur Bankprofil", tax: "Nur Steuerprofil" },
  approved: "{{ location }} nimmt jetzt an {{ program }} teil.",
  returned: "Die Daten von {{ location }} wurden zurückgegeben.",
  changed: "Jemand anderes hat über diese Teilnahme inzwischen entschieden. Die Liste wird neu geladen.",
  data: {
    title: "Eingereichte Daten",
    bank: "Bankkonto",
    tax: "Steuerliche Registrierung",
    accountHolder: "Kontoinhaber",
    iban: "IBAN",
    bic: "BIC",
    bankName: "Bank",
    country: "Land",
    currency: "Währung",
    legalName: "Firmenname",
    taxId: "Steuernummer",
    address: "Anschrift",
    none: "Nicht eingereicht"
  },
  states: {
    pending_validation: "Prüfung ausstehend",
    approved: "Freigegeben",
    action_required: "Aktion erforderlich"
  }
}

export const hu: typeof en = {
  title: "Banki és adóadatok ellenőrzése",
  intro:
    "Azok a részvételek, amelyek banki és adóadatait beküldték, a legrégebbivel kezdve. A cél a beküldéstől számított 48 órán belüli döntés; a jóváhagyás véglegesíti a részvételt, a visszaküldés javításra kéri az ösztönzési adminisztrátorokat.",
  caption: "Banki és adóadat-ellenőrzésre váró részvételek",
  empty: "Semmi sem vár ellenőrzésre.",
  emptyHint:
    "A részvételek akkor jelennek meg itt, amikor egy ösztönzési adminisztrátor beküldi a banki és adóadatokat.",
  location: "Telephely",
  program: "Program",
  bank: "Banki profil",
  tax: "Adóprofil",
  none: "Nincs",
  submitted: "Beküldve",
  target: "48 órás célidő",
  hoursLeft: "még {{ hours }} óra",
  overdueBy: "{{ hours }} órája lejárt",
  overdue: "Lejárt",
  actions: "Műveletek",
  approve: "Jóváhagyás",
  return: "Visszaküldés",
  approveTitle: "Jóváhagyja {{ location }} banki és adóadatait?",
  approveDescription:
    "A telephely részt vesz a(z) {{ program }} programban, ösztönzési adminisztrátorai e-mailt kapnak. Az ugyanezekre a profilokra váró többi részvétel is jóváhagyásra kerül.",
  returnTitle: "Visszaküldi {{ location }} adatait?",
  returnDescription:
    "A(z) {{ program }} programbeli részvétel „beavatkozás szükséges” állapotú lesz, és az ösztönzési adminisztrátorok e-mailben megkapják az indoklást – írja le, mit kell javítani.",
  reason: "Indoklás",
  reasonHint: "A partner kapja meg, pl. „A számlatulajdonos nem egyezik a cégnévvel.”",
  reasonRequired: "Adja meg az indoklást, hogy a partner tudja, mit kell javítania.",
  profiles: "Visszaküldés",
  profileChoices: { both: "Banki és adóprofil", bank: "Csak a banki profil", tax: "Csak az adóprofil" },
  approved: "{{ location }} mostantól részt vesz a(z) {{ program }} programban.",
  returned: "{{ location }} adatai visszaküldve.",
  changed: "Közben valaki más döntött erről a részvételről. A lista újratöltődik.",
  data: {
    title: "Beküldött adatok",
    bank: "Bankszámla",
    tax: "Adóregisztráció",
    accountHolder: "Számlatulajdonos",
    iban: "IBAN",
    bic: "BIC",
    bankName: "Bank",
    country: "Ország",
    currency: "Pénznem",
    legalName: "Cégnév",
    taxId: "Adószám",
    address: "Cím",
    none: "Nincs beküldve"
  },
  states: {
    pending_validation: "Ellenőrzésre vár",
    approved: "Jóváhagyva",
    action_required: "Beavatkozás szükséges"
  }
}

export const sv: typeof en = {
  title: "Granskning av bank- och skatteuppgifter",
  intro:
    "Anslutningar vars bank- och skatteuppgifter har skickats in, äldst först. Målet är ett beslut inom 48 timmar från inskickandet; ett godkännande slutför anslutningen, en retur ber incitamentsadministratörerna att rätta uppgifterna.",
  caption: "Anslutningar som väntar på granskning av bank- och skatteuppgifter",
  empty: "Inget väntar på granskning.",
  emptyHint: "Anslutningar visas här när en incitamentsadministratör skickar in bank- och skatteuppgifter.",
  location: "Plats",
  program: "Program",
  bank: "Bankprofil",
  tax: "Skatteprofil",
  none: "Ingen",
  submitted: "Inskickad",
  target: "Mål 48 timmar",
  hoursLeft: "{{ hours }} tim kvar",
  overdueBy: "Försenad {{ hours }} tim",
  overdue: "Försenad",
  actions: "Åtgärder",
  approve: "Godkänn",
  return: "Returnera",
  approveTitle: "Godkänna bank- och skatteuppgifterna för {{ location }}?",
  approveDescription:
    "Platsen blir ansluten till {{ program }} och dess incitamentsadministratörer får e-post. Andra anslutningar som väntar på samma profiler godkänns samtidigt.",
  returnTitle: "Returnera uppgifterna för {{ location }}?",
  returnDescription:
    "Anslutningen till {{ program }} blir ”åtgärd krävs” och incitamentsadministratörerna får din motivering per e-post, så skriv vad som ska rättas.",
  reason: "Motivering",
  reasonHint: "Skickas till partnern, t.ex. ”Kontoinnehavaren stämmer inte med företagsnamnet.”",
  reasonRequired: "Ange motiveringen så att partnern vet vad som ska rättas.",
  profiles: "Returnera",
  profileChoices: { both: "Bank- och skatteprofil", bank: "Endast bankprofil", tax: "Endast skatteprofil" },
  approved: "{{ location }} är nu ansluten till {{ program }}.",
  returned: "Uppgifterna för {{ location }} har returnerats.",
  changed: "Någon annan har under tiden beslutat om den här anslutningen. Listan laddas om.",
  data: {
    title: "Inskickade uppgifter",
    bank: "Bankkonto",
    tax: "Skatteregistrering",
    accountHolder: "Kontoinnehavare",
    iban: "IBAN",
    bic: "BIC",
    bankName: "Bank",
    country: "Land",
    currency: "Valuta",
    legalName: "Företagsnamn",
    taxId: "Skatte-ID",
    address: "Adress",
    none: "Inte inskickat"
  },
  states: {
    pending_validation: "Väntar på granskning",
    approved: "Godkänd",
    action_required: "Åtgärd krävs"
  }
}

export const cs: typeof en = {
  title: "Ověření bankovních a daňových údajů",
  intro:
    "Účasti, jejichž bankovní a daňové údaje byly odeslány, od nejstarší. Cílem je rozhodnutí do 48 hodin od odeslání; schválení dokončí účast, vrácení požádá správce pobídek o opravu údajů.",
  caption: "Účasti čekající na ověření bankovních a daňových údajů",
  empty: "Nic nečeká na ověření.",
  emptyHint: "Účasti se zde objeví, jakmile správce pobídek odešle bankovní a daňové údaje.",
  location: "Pobočka",
  program: "Program",
  bank: "Bankovní profil",
  tax: "Daňový profil",
  none: "Žádný",
  submitted: "Odesláno",
  target: "Cíl 48 hodin",
  hoursLeft: "zbývá {{ hours }} h",
  overdueBy: "Po termínu o {{ hours }} h",
  overdue: "Po termínu",
  actions: "Akce",
  approve: "Schválit",
  return: "Vrátit",
  approveTitle: "Schválit bankovní a daňové údaje pobočky {{ location }}?",
  approveDescription:
    "Pobočka se stane účastníkem programu {{ program }} a její správci pobídek dostanou e-mail. Ostatní účasti čekající na stejné profily se schválí současně.",
  returnTitle: "Vrátit údaje pobočky {{ location }}?",
  returnDescription:
    "Účast v programu {{ program }} přejde do stavu „vyžaduje akci“ a správci pobídek dostanou e-mailem vaše zdůvodnění – uveďte tedy, co opravit.",
  reason: "Zdůvodnění",
  reasonHint: "Odešle se partnerovi, např. „Majitel účtu neodpovídá názvu firmy.“",
  reasonRequired: "Uveďte zdůvodnění, aby partner věděl, co opravit.",
  profiles: "Vrátit",
  profileChoices: { both: "Bankovní i daňový profil", bank: "Jen bankovní profil", tax: "Jen daňový profil" },
  approved: "{{ location }} je nyní účastníkem programu {{ program }}.",
  returned: "Údaje pobočky {{ location }} byly vráceny.",
  changed: "Mezitím o této účasti rozhodl někdo jiný. Seznam se znovu načte.",
  data: {
    title: "Odeslané údaje",
    bank: "Bankovní účet",
    tax: "Daňová registrace",
    accountHolder: "Majitel účtu",
    iban: "IBAN",
    bic: "BIC",
    bankName: "Banka",
    country: "Země",
    currency: "Měna",
    legalName: "Obchodní název",
    taxId: "DIČ",
    address: "Adresa",
    none: "Neodesláno"
  },
  states: {
    pending_validation: "Čeká na ověření",
    approved: "Schváleno",
    action_required: "Vyžaduje akci"
  }
}
