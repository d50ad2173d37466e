import type { DporMessages } from "./en.ts"

export const hu: DporMessages = {
  nav: "Nyilvántartott partner",
  title: "Előfizetések, amelyeknél Ön a nyilvántartott partner",
  intro:
    "Az ügyfelek az előfizetéseikhez az Ön valamelyik telephelyét nevezhetik meg digitális nyilvántartott partnerként (DPOR). 2015. március 2. óta a DPOR csak akkor kap ösztönzőt, ha beküldte az előfizetéshez a teljesítésigazolást (POE).",
  caption: "Előfizetések, amelyeknél valamelyik telephelye a digitális nyilvántartott partner",
  empty: "Még egyetlen ügyfél sem nevezte meg egyik telephelyét sem nyilvántartott partnerként",
  emptyBody:
    "Az ügyfél bérlői rendszergazdája megadja a PartnerID-ját egy előfizetésnél; az előfizetés ekkor itt megjelenik, és Ön e-mailt kap.",
  columns: {
    subscription: "Előfizetés",
    customer: "Ügyfél bérlője",
    location: "Az Ön telephelye",
    since: "Nyilvántartott partner ekkortól",
    actions: "Műveletek"
  },
  submitPoe: "Teljesítésigazolás beküldése",
  submitPoeLabel: "Teljesítésigazolás beküldése: {{ product }} ({{ subscription }})",
  confirmTitle: "Beküldi a teljesítésigazolást ehhez: {{ product }}?",
  confirmBody:
    "Megerősíti, hogy {{ location }} (PartnerID {{ partnerId }}) teljesítette szolgáltatásait a(z) {{ subscription }} előfizetésen. Az igazolás mai dátumot kap, és mától számít a hozzárendelésnél.",
  submitted: "Teljesítésigazolás rögzítve",
  submittedBody: "Rögzítés napja: {{ date }}.",
  whoEarns: "Ki kapja az ösztönzőt",
  whoEarnsLabel: "Ki kapja az ösztönzőt: {{ product }} ({{ subscription }})",
  onlyAdmin: "A teljesítésigazolást a telephely ösztönzőprogram-rendszergazdája küldi be.",
  errors: {
    not_partner_of_record:
      "Ez a telephely már nem nyilvántartott partner az előfizetésnél. Töltse be újra az oldalt."
  }
}
