import { sv as operations } from "../../features/operations/catalog.ts"
import { sv as review } from "../../features/review/messages.ts"
import type { ReviewerMessages } from "./en.ts"

export const sv: ReviewerMessages = {
  app: {
    name: "Granskningskonsol"
  },
  signIn: {
    intro: "Logga in med ditt leverantörskonto för att granska anspråk och driva incitamentsprogrammen."
  },
  home: {
    title: "Översikt",
    roles: "Dina leverantörsroller",
    rolesIntro: "Vad du får göra i den här konsolen beror på dina roller.",
    noRoles: "Ditt konto har inga leverantörsroller.",
    otherAccount:
      "Den här konsolen är för leverantörens granskare, operatörer och revisorer. Kontot {{ email }} är inte ett leverantörskonto. Logga ut och logga in med ditt leverantörskonto."
  },
  roleDescriptions: {
    reviewer:
      "Arbetar med granskningskön: begär information, godkänner, avslår, avgör konkurrerande anspråk och löser tvister.",
    operator:
      "Hanterar programkatalogen, behörighet, inbjudningar, kundregistret och kalendrarna samt validerar bank- och skatteprofiler.",
    auditor: "Läser allt och ändrar ingenting."
  },
  review: review,
  ...operations
}
