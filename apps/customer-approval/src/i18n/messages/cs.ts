import type { CustomerMessages } from "./en.ts"

export const cs: CustomerMessages = {
  app: {
    name: "Schvalování zákazníkem"
  },
  signIn: {
    intro:
      "Přihlaste se účtem správce tenanta a zjistěte, kteří partneři chtějí být přidruženi k vašim předplatným a úlohám."
  },
  home: {
    title: "Přehled",
    tenant: "Váš tenant",
    tenantName: "Název",
    tenantId: "ID tenanta",
    roles: "Vaše role",
    requests: "Žádosti o přidružení",
    requestsNote: "Čekající žádosti partnerů o přidružení se zobrazí zde.",
    noTenant: "Váš účet není propojen se žádným zákaznickým tenantem.",
    otherAccount:
      "Tato aplikace je určena správcům zákaznických tenantů. Účet {{ email }} není zákaznický účet. Odhlaste se a přihlaste se účtem správce tenanta."
  }
}
