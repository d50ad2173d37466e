import type { PartnerMessages } from "./en.ts"

export const cs: PartnerMessages = {
  app: {
    name: "Partnerský portál"
  },
  signIn: {
    intro: "Přihlaste se svým partnerským účtem a spravujte pobídkové programy a nároky svých poboček."
  },
  home: {
    title: "Přehled",
    organization: "Organizace",
    organizationRoles: "Vaše role v organizaci",
    locations: "Vaše pobočky",
    locationsIntro:
      "Pobídkové role se přidělují pro každou pobočku zvlášť. Každá pobočka má vlastní PartnerID.",
    noLocations:
      "Zatím nemáte roli v žádné pobočce. Požádejte globálního správce nebo správce účtu vaší organizace, aby vám ji přidělil.",
    partnerId: "PartnerID",
    city: "Město",
    roles: "Vaše role",
    noRolesAtLocation: "V této pobočce nemáte žádnou roli",
    organizationRolesApply: "Platí zde vaše role pro celou organizaci.",
    otherAccount:
      "Tento portál je určen pro partnerské uživatele. Účet {{ email }} není partnerský účet. Odhlaste se a přihlaste se svým partnerským účtem."
  }
}
