import type { SharedMessages } from "./en.ts"

export const cs: SharedMessages = {
  common: {
    loading: "Načítání…",
    retry: "Zkusit znovu",
    refresh: "Obnovit",
    back: "Zpět",
    cancel: "Zrušit",
    close: "Zavřít",
    working: "Probíhá…",
    optional: "nepovinné"
  },
  data: {
    loadFailed: "Nepodařilo se to načíst.",
    empty: "Zatím tu nic není."
  },
  pager: {
    label: "Stránky",
    previous: "Předchozí stránka",
    next: "Další stránka",
    page: "Stránka {{ page }}"
  },
  form: {
    fixErrors: "Opravte označená pole a zkuste to znovu.",
    required: "Vyplňte toto pole."
  },
  toast: {
    region: "Oznámení",
    dismiss: "Zavřít oznámení"
  },
  deadline: {
    daysLeft: {
      one: "Zbývá {{ count }} pracovní den",
      few: "Zbývají {{ count }} pracovní dny",
      many: "Zbývá {{ count }} pracovního dne",
      other: "Zbývá {{ count }} pracovních dní"
    },
    lastDay: "Poslední pracovní den",
    passed: "Lhůta uplynula"
  },
  language: {
    label: "Jazyk"
  },
  shell: {
    skipToContent: "Přeskočit na hlavní obsah",
    signedInAs: "Přihlášený uživatel: {{ name }}",
    signOut: "Odhlásit se",
    signingOut: "Odhlašování…",
    mainNavigation: "Hlavní navigace"
  },
  signIn: {
    title: "Přihlášení",
    intro: "Přihlaste se pomocí svého účtu OpenPOR.",
    email: "E-mailová adresa",
    password: "Heslo",
    submit: "Přihlásit se",
    submitting: "Přihlašování…",
    emailRequired: "Zadejte svou e-mailovou adresu.",
    passwordRequired: "Zadejte své heslo.",
    invalidCredentials: "E-mailová adresa nebo heslo nejsou správné.",
    tooManyAttempts:
      "Příliš mnoho neúspěšných pokusů o přihlášení. Počkejte několik minut a zkuste to znovu.",
    signedOut: "Byli jste odhlášeni.",
    sessionExpired: "Vaše relace vypršela. Chcete-li pokračovat, přihlaste se znovu.",
    sso: {
      or: "nebo",
      open: "Přihlásit se přes organizaci (SSO)",
      email: "Pracovní e-mailová adresa",
      hint: "Dále se otevře přihlašovací stránka vaší organizace. Správce OpenPOR ji musí mít nastavenou pro vaši e-mailovou doménu.",
      submit: "Pokračovat",
      submitting: "Otevírá se přihlášení vaší organizace…",
      emailInvalid: "Zadejte e-mailovou adresu, např. jmeno@firma.cz."
    }
  },
  errors: {
    network: "Server není dostupný. Zkontrolujte připojení a zkuste to znovu.",
    unexpected: "Něco se pokazilo ({{ code }}). Zkuste to znovu.",
    forbidden: "K této akci nemáte oprávnění.",
    notFound: "Toto už neexistuje, nebo to nesmíte vidět.",
    conflict: "Mezitím se to změnilo. Načtěte stránku znovu a zkuste to ještě jednou.",
    loadSession: "Váš účet se nepodařilo načíst."
  },
  mailbox: {
    title: "Vývojová poštovní schránka",
    intro:
      "E-maily, které systém odeslal, dokud není nastaven žádný SMTP server. Vývojová poštovní schránka existuje pouze mimo produkční prostředí.",
    list: "E-maily",
    empty: "Zatím žádné e-maily.",
    unavailable: "Vývojová poštovní schránka není na tomto serveru k dispozici.",
    to: "Komu",
    sent: "Odesláno",
    subject: "Předmět",
    noSubject: "(bez předmětu)",
    backToList: "Zpět na všechny e-maily"
  },
  notFound: {
    title: "Stránka nenalezena",
    body: "Otevřená stránka neexistuje.",
    home: "Přejít na úvodní stránku"
  },
  roles: {
    global_admin: "Globální správce",
    account_admin: "Správce účtu",
    incentives_admin: "Správce pobídek",
    incentives_user: "Uživatel pobídek",
    billing_admin: "Správce fakturace",
    tenant_admin: "Správce tenanta",
    reviewer: "Posuzovatel",
    operator: "Operátor",
    auditor: "Auditor"
  },
  userKinds: {
    partner: "Partner",
    customer: "Zákazník",
    vendor: "Dodavatel"
  }
}
