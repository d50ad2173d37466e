import type { NotificationMessages } from "./en.ts"

export const cs: NotificationMessages = {
  title: "Oznámení",
  loading: "Načítání oznámení…",
  loadFailed: "Oznámení se nepodařilo načíst.",
  empty: "Žádná nová oznámení. Otevřené pozvánky zůstávají v přehledu Pobídky.",
  invitation: "{{ location }} (PartnerID {{ partnerId }}) je pozvána k registraci do programu {{ program }}.",
  invitedOn: "Pozváno {{ date }}",
  open: "Otevřít pozvánku",
  openLabel: "Otevřít pozvánku do programu {{ program }} pro {{ location }}",
  overview: "Všechny registrace najdete v přehledu Pobídky."
}
