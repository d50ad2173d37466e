import { cs as operations } from "../../features/operations/catalog.ts"
import { cs as review } from "../../features/review/messages.ts"
import type { ReviewerMessages } from "./en.ts"

export const cs: ReviewerMessages = {
  app: {
    name: "Konzole posuzovatele"
  },
  signIn: {
    intro: "Přihlaste se svým účtem dodavatele, abyste mohli posuzovat nároky a spravovat pobídkové programy."
  },
  home: {
    title: "Přehled",
    roles: "Vaše role dodavatele",
    rolesIntro: "Co smíte v této konzoli dělat, závisí na vašich rolích.",
    noRoles: "Váš účet nemá žádné role dodavatele.",
    otherAccount:
      "Tato konzole je určena posuzovatelům, operátorům a auditorům dodavatele. Účet {{ email }} není účet dodavatele. Odhlaste se a přihlaste se svým účtem dodavatele."
  },
  roleDescriptions: {
    reviewer:
      "Zpracovává frontu k posouzení: vyžaduje doplňující informace, schvaluje, zamítá, rozhoduje mezi konkurenčními nároky a řeší spory.",
    operator:
      "Spravuje katalog programů, způsobilost, pozvánky, adresář zákazníků a kalendáře a ověřuje bankovní a daňové profily.",
    auditor: "Může vše číst, ale nic neměnit."
  },
  review: review,
  ...operations
}
