import type { SharedMessages } from "./en.ts"

export const hu: SharedMessages = {
  common: {
    loading: "Betöltés…",
    retry: "Újrapróbálás",
    refresh: "Frissítés",
    back: "Vissza",
    cancel: "Mégse",
    close: "Bezárás",
    working: "Folyamatban…",
    optional: "nem kötelező"
  },
  data: {
    loadFailed: "Ezt nem sikerült betölteni.",
    empty: "Itt még nincs semmi."
  },
  pager: {
    label: "Oldalak",
    previous: "Előző oldal",
    next: "Következő oldal",
    page: "{{ page }}. oldal"
  },
  form: {
    fixErrors: "Javítsa a megjelölt mezőket, majd próbálja újra.",
    required: "Töltse ki ezt a mezőt."
  },
  toast: {
    region: "Értesítések",
    dismiss: "Értesítés bezárása"
  },
  deadline: {
    daysLeft: {
      one: "Még {{ count }} munkanap",
      few: "Még {{ count }} munkanap",
      many: "Még {{ count }} munkanap",
      other: "Még {{ count }} munkanap"
    },
    lastDay: "Utolsó munkanap",
    passed: "A határidő lejárt"
  },
  language: {
    label: "Nyelv"
  },
  shell: {
    skipToContent: "Ugrás a fő tartalomhoz",
    signedInAs: "Bejelentkezett felhasználó: {{ name }}",
    signOut: "Kijelentkezés",
    signingOut: "Kijelentkezés folyamatban…",
    mainNavigation: "Fő navigáció"
  },
  signIn: {
    title: "Bejelentkezés",
    intro: "Jelentkezzen be az OpenPOR-fiókjával.",
    email: "E-mail-cím",
    password: "Jelszó",
    submit: "Bejelentkezés",
    submitting: "Bejelentkezés folyamatban…",
    emailRequired: "Adja meg az e-mail-címét.",
    passwordRequired: "Adja meg a jelszavát.",
    invalidCredentials: "Az e-mail-cím vagy a jelszó helytelen.",
    tooManyAttempts: "Túl sok sikertelen bejelentkezési kísérlet. Várjon néhány percet, majd próbálja újra.",
    signedOut: "Sikeresen kijelentkezett.",
    sessionExpired: "A munkamenete lejárt. A folytatáshoz jelentkezzen be újra.",
    sso: {
      or: "vagy",
      open: "Bejelentkezés a szervezetével (SSO)",
      email: "Munkahelyi e-mail-cím",
      hint: "Ezután a szervezete bejelentkezési oldala nyílik meg. Ezt az OpenPOR-adminisztrátornak kell beállítania az Ön e-mail-tartományához.",
      submit: "Tovább",
      submitting: "A szervezet bejelentkezési oldalának megnyitása…",
      emailInvalid: "Adjon meg egy e-mail-címet, például nev@ceg.hu."
    }
  },
  errors: {
    network: "A kiszolgáló nem érhető el. Ellenőrizze a kapcsolatot, majd próbálja újra.",
    unexpected: "Hiba történt ({{ code }}). Próbálja újra.",
    forbidden: "Ehhez nincs jogosultsága.",
    notFound: "Ez már nem létezik, vagy nincs jogosultsága megtekinteni.",
    conflict: "Ez időközben megváltozott. Töltse újra az oldalt, és próbálja újra.",
    loadSession: "Nem sikerült betölteni a fiókját."
  },
  mailbox: {
    title: "Fejlesztői postafiók",
    intro:
      "A rendszer által küldött e-mailek, amíg nincs SMTP-kiszolgáló beállítva. A fejlesztői postafiók csak éles környezeten kívül létezik.",
    list: "E-mailek",
    empty: "Még nincsenek e-mailek.",
    unavailable: "A fejlesztői postafiók ezen a kiszolgálón nem érhető el.",
    to: "Címzett",
    sent: "Elküldve",
    subject: "Tárgy",
    noSubject: "(nincs tárgy)",
    backToList: "Vissza az összes e-mailhez"
  },
  notFound: {
    title: "Az oldal nem található",
    body: "A megnyitott oldal nem létezik.",
    home: "Ugrás a kezdőlapra"
  },
  roles: {
    global_admin: "Globális rendszergazda",
    account_admin: "Fiók-rendszergazda",
    incentives_admin: "Ösztönzőprogram-rendszergazda",
    incentives_user: "Ösztönzőprogram-felhasználó",
    billing_admin: "Számlázási rendszergazda",
    tenant_admin: "Bérlői rendszergazda",
    reviewer: "Ellenőr",
    operator: "Üzemeltető",
    auditor: "Auditor"
  },
  userKinds: {
    partner: "Partner",
    customer: "Ügyfél",
    vendor: "Gyártó"
  }
}
