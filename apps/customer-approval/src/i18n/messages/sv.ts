import type { CustomerMessages } from "./en.ts"

export const sv: CustomerMessages = {
  app: {
    name: "Kundgodkännande"
  },
  signIn: {
    intro:
      "Logga in med ditt konto som klientadministratör för att se vilka partner som vill kopplas till dina prenumerationer och arbetsbelastningar."
  },
  home: {
    title: "Översikt",
    tenant: "Din klient",
    tenantName: "Namn",
    tenantId: "Klient-ID",
    roles: "Dina roller",
    requests: "Kopplingsförfrågningar",
    requestsNote: "Väntande kopplingsförfrågningar från partner visas här.",
    noTenant: "Ditt konto är inte kopplat till någon kundklient.",
    otherAccount:
      "Den här appen är för administratörer av kundklienter. Kontot {{ email }} är inte ett kundkonto. Logga ut och logga in med ditt konto som klientadministratör."
  }
}
