import type { PartnerMessages } from "./en.ts"

export const hu: PartnerMessages = {
  app: {
    name: "Partnerportál"
  },
  signIn: {
    intro: "Jelentkezzen be partnerfiókjával a telephelyei ösztönzőprogramjainak és igényeinek kezeléséhez."
  },
  home: {
    title: "Áttekintés",
    organization: "Szervezet",
    organizationRoles: "Szerepkörei a szervezetben",
    locations: "Telephelyei",
    locationsIntro:
      "Az ösztönzőprogram-szerepköröket telephelyenként osztják ki. Minden telephelynek saját PartnerID-ja van.",
    noLocations:
      "Még egyetlen telephelyen sincs szerepköre. Kérje meg a szervezete globális rendszergazdáját vagy fiók-rendszergazdáját, hogy osszon ki Önnek egyet.",
    partnerId: "PartnerID",
    city: "Város",
    roles: "Szerepkörei",
    noRolesAtLocation: "Ezen a telephelyen nincs szerepköre",
    organizationRolesApply: "Itt a teljes szervezetre kiterjedő szerepkörei érvényesek.",
    otherAccount:
      "Ez a portál partnerfelhasználóknak szól. A(z) {{ email }} fiók nem partnerfiók. Jelentkezzen ki, majd jelentkezzen be a partnerfiókjával."
  }
}
