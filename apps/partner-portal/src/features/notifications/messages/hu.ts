import type { NotificationMessages } from "./en.ts"

export const hu: NotificationMessages = {
  title: "Értesítések",
  loading: "Értesítések betöltése…",
  loadFailed: "Az értesítéseket nem sikerült betölteni.",
  empty: "Nincs új értesítés. A megnyitott meghívók az Ösztönzők áttekintésében maradnak.",
  invitation: "{{ location }} (PartnerID {{ partnerId }}) meghívást kapott a(z) {{ program }} programba.",
  invitedOn: "Meghívva: {{ date }}",
  open: "Meghívó megnyitása",
  openLabel: "A(z) {{ program }} meghívójának megnyitása ({{ location }})",
  overview: "Minden jelentkezés az Ösztönzők áttekintésében található."
}
