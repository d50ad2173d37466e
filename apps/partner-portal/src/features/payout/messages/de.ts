import type { PayoutMessages } from "./en.ts"

export const de: PayoutMessages = {
  nav: "Bank und Steuern",
  title: "Bank- und Steuerprofile",
  intro:
    "Bank- und Steuerprofile gehören Ihrer Organisation und werden von den Registrierungen ihrer Standorte verwendet. Jede Änderung prüft der Anbieter erneut. Profile können nicht gelöscht werden.",
  states: {
    pending_validation: "Wartet auf Prüfung",
    approved: "Geprüft",
    action_required: "Zurückgewiesen: Aktion erforderlich"
  },
  returnedReason: "Begründung des Anbieters:",
  defaultFor: "Standard für {{ locations }}",
  notDefault: "Für keinen Standort Standard",
  backToEnrollment: "Zurück zur Registrierung",
  edit: "Bearbeiten",
  cancel: "Abbrechen",
  noDelete: "Profile können nicht gelöscht werden; bearbeiten Sie sie stattdessen.",
  bank: {
    heading: "Bankprofile",
    caption: "Bankprofile Ihrer Organisation",
    add: "Bankprofil anlegen",
    addTitle: "Neues Bankprofil",
    editTitle: "Bankprofil {{ label }} bearbeiten",
    empty: "Noch kein Bankprofil",
    emptyBody:
      "Legen Sie ein Bankprofil an, um Incentive-Zahlungen zu erhalten. Ohne Bankprofil können Registrierungen nicht geprüft werden.",
    columns: {
      profile: "Profil",
      account: "Konto",
      state: "Prüfung",
      defaults: "Standard"
    },
    label: "Name des Profils",
    labelHint: "Damit Sie es wiedererkennen, z. B. Hauptkonto EUR",
    accountHolder: "Kontoinhaber",
    iban: "IBAN",
    ibanHint: "Ländercode, zwei Prüfziffern und die Kontonummer, z. B. DE89 3704 0044 0532 0130 00",
    ibanKeep: "Leer lassen, um das gespeicherte Konto {{ masked }} zu behalten.",
    bic: "BIC",
    bicHint: "8 oder 11 Zeichen, z. B. COBADEFFXXX",
    bankName: "Name der Bank",
    country: "Land der Bank",
    countryHint: "Zweistelliger Code, z. B. DE",
    currency: "Währung",
    currencyHint: "Dreistelliger Code, z. B. EUR",
    defaultFor: "Als Standard für einen Standort festlegen",
    noDefault: "Nein, kein Standard",
    save: "Bankprofil speichern",
    saved: "Bankprofil gespeichert",
    savedBody: "Der Anbieter prüft es, in der Regel innerhalb von 48 Stunden.",
    setDefault: "Als Standard festlegen",
    setDefaultFor: "{{ label }} als Standard festlegen für",
    defaultSet: "Standard-Bankprofil festgelegt",
    defaultSetBody: "{{ label }} ist der Standard für {{ location }} in {{ currency }}.",
    invalid: {
      label: "Geben Sie einen Namen mit bis zu 100 Zeichen ein.",
      accountHolder: "Geben Sie den Kontoinhaber ein (bis zu 200 Zeichen).",
      iban: "Geben Sie eine IBAN ein: Ländercode, zwei Prüfziffern und die Kontonummer.",
      bic: "Geben Sie eine BIC mit 8 oder 11 Buchstaben und Ziffern ein.",
      bankName: "Geben Sie den Namen der Bank ein (bis zu 200 Zeichen).",
      country: "Geben Sie das Land als zwei Großbuchstaben ein, z. B. DE.",
      currency: "Geben Sie die Währung als drei Großbuchstaben ein, z. B. EUR.",
      defaultForLocationId: "Wählen Sie einen Ihrer Standorte."
    }
  },
  tax: {
    heading: "Steuerprofile",
    caption: "Steuerprofile Ihrer Organisation",
    add: "Steuerprofil anlegen",
    addTitle: "Neues Steuerprofil",
    editTitle: "Steuerprofil {{ label }} bearbeiten",
    empty: "Noch kein Steuerprofil",
    emptyBody:
      "Legen Sie das Steuerprofil Ihrer Organisation an. Ohne Steuerprofil können Registrierungen nicht geprüft werden.",
    columns: {
      profile: "Rechtlicher Name",
      taxId: "Steuernummer",
      state: "Prüfung",
      defaults: "Standard"
    },
    legalName: "Rechtlicher Name",
    country: "Land",
    countryHint: "Zweistelliger Code, z. B. SE",
    taxId: "Steuernummer",
    taxIdHint: "USt-IdNr. oder Steuernummer",
    address: "Eingetragene Anschrift",
    defaultFor: "Als Standard für einen Standort festlegen",
    noDefault: "Nein, kein Standard",
    save: "Steuerprofil speichern",
    saved: "Steuerprofil gespeichert",
    savedBody: "Der Anbieter prüft es, in der Regel innerhalb von 48 Stunden.",
    setDefaultFor: "{{ label }} als Standard festlegen für",
    defaultSet: "Standard-Steuerprofil festgelegt",
    defaultSetBody: "{{ label }} ist der Standard für {{ location }}.",
    invalid: {
      legalName: "Geben Sie den rechtlichen Namen ein (bis zu 200 Zeichen).",
      country: "Geben Sie das Land als zwei Großbuchstaben ein, z. B. SE.",
      taxId: "Geben Sie die Steuernummer ein (bis zu 50 Zeichen).",
      address: "Geben Sie die Anschrift ein (bis zu 500 Zeichen).",
      defaultForLocationId: "Wählen Sie einen Ihrer Standorte."
    }
  },
  notAdmin: "Nur Incentives-Administratoren sehen und bearbeiten Bank- und Steuerprofile.",
  location: "Standort"
}
