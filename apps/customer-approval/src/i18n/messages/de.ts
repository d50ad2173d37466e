import type { CustomerMessages } from "./en.ts"

export const de: CustomerMessages = {
  app: {
    name: "Kundenfreigabe"
  },
  signIn: {
    intro:
      "Melden Sie sich mit Ihrem Konto als Mandantenadministrator an, um zu sehen, welche Partner Ihren Abonnements und Workloads zugeordnet werden möchten."
  },
  home: {
    title: "Übersicht",
    tenant: "Ihr Mandant",
    tenantName: "Name",
    tenantId: "Mandanten-ID",
    roles: "Ihre Rollen",
    requests: "Zuordnungsanfragen",
    requestsNote: "Offene Zuordnungsanfragen von Partnern werden hier angezeigt.",
    noTenant: "Ihr Konto ist mit keinem Kundenmandanten verknüpft.",
    otherAccount:
      "Diese App ist für Administratoren von Kundenmandanten. Das Konto {{ email }} ist kein Kundenkonto. Melden Sie sich ab und mit Ihrem Konto als Mandantenadministrator wieder an."
  }
}
