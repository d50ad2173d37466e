import type { NotificationMessages } from "./en.ts"

export const sv: NotificationMessages = {
  title: "Aviseringar",
  loading: "Läser in aviseringar…",
  loadFailed: "Aviseringarna kunde inte läsas in.",
  empty: "Inga nya aviseringar. Inbjudningar som du har öppnat finns kvar i översikten Incitament.",
  invitation: "{{ location }} (PartnerID {{ partnerId }}) är inbjuden att registrera sig för {{ program }}.",
  invitedOn: "Inbjuden {{ date }}",
  open: "Öppna inbjudan",
  openLabel: "Öppna inbjudan till {{ program }} för {{ location }}",
  overview: "Alla registreringar finns i översikten Incitament."
}
