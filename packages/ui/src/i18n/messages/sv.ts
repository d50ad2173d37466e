import type { SharedMessages } from "./en.ts"

export const sv: SharedMessages = {
  common: {
    loading: "Läser in …",
    retry: "Försök igen",
    refresh: "Uppdatera",
    back: "Tillbaka",
    cancel: "Avbryt",
    close: "Stäng",
    working: "Arbetar…",
    optional: "valfritt"
  },
  data: {
    loadFailed: "Det gick inte att läsa in.",
    empty: "Här finns inget ännu."
  },
  pager: {
    label: "Sidor",
    previous: "Föregående sida",
    next: "Nästa sida",
    page: "Sida {{ page }}"
  },
  form: {
    fixErrors: "Rätta de markerade fälten och försök igen.",
    required: "Fyll i det här fältet."
  },
  toast: {
    region: "Aviseringar",
    dismiss: "Stäng aviseringen"
  },
  deadline: {
    daysLeft: {
      one: "{{ count }} arbetsdag kvar",
      few: "{{ count }} arbetsdagar kvar",
      many: "{{ count }} arbetsdagar kvar",
      other: "{{ count }} arbetsdagar kvar"
    },
    lastDay: "Sista arbetsdagen",
    passed: "Tidsfristen har passerat"
  },
  language: {
    label: "Språk"
  },
  shell: {
    skipToContent: "Hoppa till huvudinnehållet",
    signedInAs: "Inloggad som {{ name }}",
    signOut: "Logga ut",
    signingOut: "Loggar ut …",
    mainNavigation: "Huvudnavigering"
  },
  signIn: {
    title: "Logga in",
    intro: "Logga in med ditt OpenPOR-konto.",
    email: "E-postadress",
    password: "Lösenord",
    submit: "Logga in",
    submitting: "Loggar in …",
    emailRequired: "Ange din e-postadress.",
    passwordRequired: "Ange ditt lösenord.",
    invalidCredentials: "E-postadressen eller lösenordet är fel.",
    tooManyAttempts: "För många misslyckade inloggningsförsök. Vänta några minuter och försök sedan igen.",
    signedOut: "Du har loggat ut.",
    sessionExpired: "Din session har upphört. Logga in igen för att fortsätta.",
    sso: {
      or: "eller",
      open: "Logga in med din organisation (SSO)",
      email: "E-postadress i arbetet",
      hint: "Härnäst öppnas organisationens inloggningssida. Din OpenPOR-administratör måste ha konfigurerat den för din e-postdomän.",
      submit: "Fortsätt",
      submitting: "Öppnar organisationens inloggning …",
      emailInvalid: "Ange en e-postadress som namn@foretag.se."
    }
  },
  errors: {
    network: "Servern kan inte nås. Kontrollera anslutningen och försök igen.",
    unexpected: "Något gick fel ({{ code }}). Försök igen.",
    forbidden: "Du har inte behörighet att göra detta.",
    notFound: "Detta finns inte längre, eller så får du inte se det.",
    conflict: "Detta har ändrats under tiden. Läs in sidan igen och försök på nytt.",
    loadSession: "Ditt konto kunde inte läsas in."
  },
  mailbox: {
    title: "Utvecklingsbrevlåda",
    intro:
      "E-post som systemet har skickat medan ingen SMTP-server är konfigurerad. Utvecklingsbrevlådan finns bara utanför produktion.",
    list: "E-post",
    empty: "Ingen e-post ännu.",
    unavailable: "Utvecklingsbrevlådan är inte tillgänglig på den här servern.",
    to: "Till",
    sent: "Skickat",
    subject: "Ämne",
    noSubject: "(inget ämne)",
    backToList: "Tillbaka till all e-post"
  },
  notFound: {
    title: "Sidan hittades inte",
    body: "Sidan du öppnade finns inte.",
    home: "Till startsidan"
  },
  roles: {
    global_admin: "Global administratör",
    account_admin: "Kontoadministratör",
    incentives_admin: "Incitamentsadministratör",
    incentives_user: "Incitamentsanvändare",
    billing_admin: "Faktureringsadministratör",
    tenant_admin: "Klientadministratör",
    reviewer: "Granskare",
    operator: "Operatör",
    auditor: "Revisor"
  },
  userKinds: {
    partner: "Partner",
    customer: "Kund",
    vendor: "Leverantör"
  }
}
