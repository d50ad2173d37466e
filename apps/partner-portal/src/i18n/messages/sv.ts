import type { PartnerMessages } from "./en.ts"

export const sv: PartnerMessages = {
  app: {
    name: "Partnerportal"
  },
  signIn: {
    intro: "Logga in med ditt partnerkonto för att hantera dina platsers incitamentsprogram och anspråk."
  },
  home: {
    title: "Översikt",
    organization: "Organisation",
    organizationRoles: "Dina roller i organisationen",
    locations: "Dina platser",
    locationsIntro: "Incitamentsroller tilldelas per plats. Varje plats har sitt eget PartnerID.",
    noLocations:
      "Du har ännu ingen roll på någon plats. Be organisationens globala administratör eller kontoadministratör att tilldela dig en.",
    partnerId: "PartnerID",
    city: "Ort",
    roles: "Dina roller",
    noRolesAtLocation: "Ingen roll på den här platsen",
    organizationRolesApply: "Här gäller dina roller för hela organisationen.",
    otherAccount:
      "Den här portalen är för partneranvändare. Kontot {{ email }} är inte ett partnerkonto. Logga ut och logga in med ditt partnerkonto."
  }
}
