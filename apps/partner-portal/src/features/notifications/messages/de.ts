import type { NotificationMessages } from "./en.ts"

export const de: NotificationMessages = {
  title: "Benachrichtigungen",
  loading: "Benachrichtigungen werden geladen…",
  loadFailed: "Die Benachrichtigungen konnten nicht geladen werden.",
  empty:
    "Keine neuen Benachrichtigungen. Geöffnete Einladungen bleiben in der Incentives-Übersicht erreichbar.",
  invitation: "{{ location }} (PartnerID {{ partnerId }}) ist zur Anmeldung bei {{ program }} eingeladen.",
  invitedOn: "Eingeladen am {{ date }}",
  open: "Einladung öffnen",
  openLabel: "Einladung zu {{ program }} für {{ location }} öffnen",
  overview: "Alle Anmeldungen finden Sie in der Incentives-Übersicht."
}
