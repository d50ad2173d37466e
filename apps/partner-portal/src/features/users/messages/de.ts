import type { UsersMessages } from "./en.ts"

export const de: UsersMessages = {
  nav: "Benutzer und Rollen",
  title: "Benutzer und Rollen",
  intro:
    "Laden Sie die Mitarbeitenden von {{ organization }} ein, geben Sie ihnen Rollen und entziehen Sie Rollen. Incentive-Rollen gelten je Standort, die anderen für die ganze Organisation. Änderungen gelten ab der nächsten Aktion des Benutzers.",
  notAllowed: "Nur globale Administratoren und Kontoadministratoren verwalten Benutzer und Rollen.",
  listHeading: "Benutzer",
  empty: "Noch keine Benutzer",
  emptyBody: "Laden Sie den ersten Benutzer mit der Schaltfläche oben ein.",
  you: "Sie",
  status: {
    active: "Aktiv",
    pending: "Einladung ausstehend",
    inactive: "Deaktiviert"
  },
  rolesHeading: "Rollen",
  noRoles: "Noch keine Rollen: Dieser Benutzer sieht nichts, bis er eine erhält.",
  roleAt: "{{ role }} · {{ location }}",
  organizationWide: "ganze Organisation",
  removeRole: "Entfernen",
  removeRoleLabel: "Entfernen: {{ role }} von {{ name }}",
  removeTitle: "{{ role }} von {{ name }} entfernen?",
  removeBody:
    "{{ name }} verliert ab der nächsten Aktion, was diese Rolle erlaubt, und wird per E-Mail informiert.",
  removed: "Rolle entfernt",
  giveRole: "Rolle geben",
  giveRoleTo: "Rolle geben: {{ name }}",
  assign: "Rolle geben",
  assigned: "Rolle gegeben",
  assignedBody: "{{ name }} ist jetzt {{ role }}.",
  role: "Rolle",
  location: "Standort",
  locationHint: "Incentive-Rollen werden je Standort (PartnerID) vergeben.",
  chooseLocation: "Standort wählen",
  roleDescriptions: {
    global_admin: "Verwaltet Benutzer und alle Rollen; sieht alles in der Organisation.",
    account_admin: "Verwaltet Benutzer und Rollen, aber keine Bank- und Steuerdaten.",
    billing_admin: "Sieht Claims und Kundenzuordnungen zur Fehlersuche.",
    incentives_admin:
      "Registriert den Standort, bearbeitet Bank- und Steuerprofile, reicht Claims ein und verwaltet sie.",
    incentives_user: "Sieht Programme, Registrierungen und Erträge; erstellt Claim-Entwürfe."
  },
  deactivate: "Deaktivieren",
  deactivateLabel: "Deaktivieren: {{ name }}",
  deactivateTitle: "{{ name }} deaktivieren?",
  deactivateBody:
    "{{ name }} wird sofort abgemeldet und kann sich nicht mehr anmelden. Die Rollen bleiben gespeichert; das Konto wird nicht gelöscht.",
  deactivated: "Benutzer deaktiviert",
  invite: {
    open: "Benutzer einladen",
    heading: "Benutzer einladen",
    displayName: "Name",
    email: "E-Mail-Adresse",
    emailHint: "Die Einladung mit einem Link zum Festlegen des Passworts geht an diese Adresse.",
    role: "Erste Rolle",
    submit: "Einladung senden",
    sent: "Einladung gesendet",
    sentBody: "{{ email }} erhält eine E-Mail mit einem Link zum Festlegen des Passworts.",
    cancel: "Abbrechen"
  },
  errors: {
    last_global_admin:
      "Dies ist der letzte globale Administrator der Organisation. Machen Sie zuerst jemand anderen zum globalen Administrator.",
    global_admin_only:
      "Nur ein globaler Administrator kann die Rolle des globalen Administrators geben oder entziehen oder einen globalen Administrator deaktivieren.",
    email_in_use: "Diese Adresse gehört bereits zu einem Benutzer Ihrer Organisation.",
    invalid_email: "Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.",
    invalid_role:
      "Diese Rolle kann so nicht vergeben werden: Incentive-Rollen brauchen einen Standort, die anderen keinen.",
    missing_location: "Wählen Sie den Standort für diese Rolle.",
    not_found: "Dieser Benutzer oder Standort existiert nicht mehr. Laden Sie die Seite neu.",
    displayName: "Geben Sie den Namen der Person ein (bis zu 200 Zeichen)."
  }
}
