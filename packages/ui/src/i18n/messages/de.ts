import type { SharedMessages } from "./en.ts"

export const de: SharedMessages = {
  common: {
    loading: "Wird geladen …",
    retry: "Erneut versuchen",
    refresh: "Aktualisieren",
    back: "Zurück",
    cancel: "Abbrechen",
    close: "Schließen",
    working: "Wird ausgeführt…",
    optional: "optional"
  },
  data: {
    loadFailed: "Das konnte nicht geladen werden.",
    empty: "Hier ist noch nichts."
  },
  pager: {
    label: "Seiten",
    previous: "Vorherige Seite",
    next: "Nächste Seite",
    page: "Seite {{ page }}"
  },
  form: {
    fixErrors: "Korrigieren Sie die markierten Felder und versuchen Sie es erneut.",
    required: "Füllen Sie dieses Feld aus."
  },
  toast: {
    region: "Benachrichtigungen",
    dismiss: "Benachrichtigung schließen"
  },
  deadline: {
    daysLeft: {
      one: "Noch {{ count }} Arbeitstag",
      few: "Noch {{ count }} Arbeitstage",
      many: "Noch {{ count }} Arbeitstage",
      other: "Noch {{ count }} Arbeitstage"
    },
    lastDay: "Letzter Arbeitstag",
    passed: "Frist abgelaufen"
  },
  language: {
    label: "Sprache"
  },
  shell: {
    skipToContent: "Zum Hauptinhalt springen",
    signedInAs: "Angemeldet als {{ name }}",
    signOut: "Abmelden",
    signingOut: "Abmeldung läuft …",
    mainNavigation: "Hauptnavigation"
  },
  signIn: {
    title: "Anmelden",
    intro: "Melden Sie sich mit Ihrem OpenPOR-Konto an.",
    email: "E-Mail-Adresse",
    password: "Kennwort",
    submit: "Anmelden",
    submitting: "Anmeldung läuft …",
    emailRequired: "Geben Sie Ihre E-Mail-Adresse ein.",
    passwordRequired: "Geben Sie Ihr Kennwort ein.",
    invalidCredentials: "E-Mail-Adresse oder Kennwort ist falsch.",
    tooManyAttempts:
      "Zu viele fehlgeschlagene Anmeldeversuche. Warten Sie einige Minuten und versuchen Sie es dann erneut.",
    signedOut: "Sie haben sich abgemeldet.",
    sessionExpired: "Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.",
    sso: {
      or: "oder",
      open: "Mit Ihrer Organisation anmelden (SSO)",
      email: "Geschäftliche E-Mail-Adresse",
      hint: "Als Nächstes öffnet sich die Anmeldeseite Ihrer Organisation. Ihre OpenPOR-Administration muss sie für Ihre E-Mail-Domain eingerichtet haben.",
      submit: "Weiter",
      submitting: "Anmeldung Ihrer Organisation wird geöffnet …",
      emailInvalid: "Geben Sie eine E-Mail-Adresse wie name@firma.de ein."
    }
  },
  errors: {
    network: "Der Server ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.",
    unexpected: "Etwas ist schiefgelaufen ({{ code }}). Versuchen Sie es erneut.",
    forbidden: "Dazu sind Sie nicht berechtigt.",
    notFound: "Das gibt es nicht mehr, oder Sie dürfen es nicht sehen.",
    conflict: "Das wurde inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es erneut.",
    loadSession: "Ihr Konto konnte nicht geladen werden."
  },
  mailbox: {
    title: "Entwicklungs-Postfach",
    intro:
      "E-Mails, die das System versendet hat, solange kein SMTP-Server konfiguriert ist. Das Entwicklungs-Postfach gibt es nur außerhalb der Produktion.",
    list: "E-Mails",
    empty: "Noch keine E-Mails.",
    unavailable: "Das Entwicklungs-Postfach ist auf diesem Server nicht verfügbar.",
    to: "An",
    sent: "Gesendet",
    subject: "Betreff",
    noSubject: "(kein Betreff)",
    backToList: "Zurück zu allen E-Mails"
  },
  notFound: {
    title: "Seite nicht gefunden",
    body: "Die aufgerufene Seite existiert nicht.",
    home: "Zur Startseite"
  },
  roles: {
    global_admin: "Globaler Administrator",
    account_admin: "Kontoadministrator",
    incentives_admin: "Incentives-Administrator",
    incentives_user: "Incentives-Benutzer",
    billing_admin: "Abrechnungsadministrator",
    tenant_admin: "Mandantenadministrator",
    reviewer: "Prüfer",
    operator: "Betreiber",
    auditor: "Auditor"
  },
  userKinds: {
    partner: "Partner",
    customer: "Kunde",
    vendor: "Anbieter"
  }
}
