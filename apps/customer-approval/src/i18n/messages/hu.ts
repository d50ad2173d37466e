import type { CustomerMessages } from "./en.ts"

export const hu: CustomerMessages = {
  app: {
    name: "Ügyfél-jóváhagyás"
  },
  signIn: {
    intro:
      "Jelentkezzen be bérlői rendszergazdai fiókjával, hogy lássa, mely partnerek szeretnék magukat az előfizetéseihez és számítási feladataihoz társítani."
  },
  home: {
    title: "Áttekintés",
    tenant: "Az Ön bérlője",
    tenantName: "Név",
    tenantId: "Bérlőazonosító",
    roles: "Szerepkörei",
    requests: "Társítási kérelmek",
    requestsNote: "A partnerek függőben lévő társítási kérelmei itt jelennek meg.",
    noTenant: "A fiókja nincs ügyfélbérlőhöz kapcsolva.",
    otherAccount:
      "Ez az alkalmazás ügyfélbérlők rendszergazdáinak szól. A(z) {{ email }} fiók nem ügyfélfiók. Jelentkezzen ki, majd jelentkezzen be a bérlői rendszergazdai fiókjával."
  }
}
