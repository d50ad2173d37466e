import type { PartnerMessages } from "./en.ts"

export const de: PartnerMessages = {
  app: {
    name: "Partnerportal"
  },
  signIn: {
    intro:
      "Melden Sie sich mit Ihrem Partnerkonto an, um die Incentive-Programme und Ansprüche Ihrer Standorte zu verwalten."
  },
  home: {
    title: "Übersicht",
    organization: "Organisation",
    organizationRoles: "Ihre Rollen in der Organisation",
    locations: "Ihre Standorte",
    locationsIntro:
      "Incentive-Rollen werden pro Standort vergeben. Jeder Standort hat eine eigene PartnerID.",
    noLocations:
      "Sie haben noch an keinem Standort eine Rolle. Bitten Sie den globalen Administrator oder den Kontoadministrator Ihrer Organisation, Ihnen eine zuzuweisen.",
    partnerId: "PartnerID",
    city: "Ort",
    roles: "Ihre Rollen",
    noRolesAtLocation: "Keine Rolle an diesem Standort",
    organizationRolesApply: "Hier gelten Ihre organisationsweiten Rollen.",
    otherAccount:
      "Dieses Portal ist für Partnerbenutzer. Das Konto {{ email }} ist kein Partnerkonto. Melden Sie sich ab und mit Ihrem Partnerkonto wieder an."
  }
}
