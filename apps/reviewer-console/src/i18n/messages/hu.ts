import { hu as operations } from "../../features/operations/catalog.ts"
import { hu as review } from "../../features/review/messages.ts"
import type { ReviewerMessages } from "./en.ts"

export const hu: ReviewerMessages = {
  app: {
    name: "Ellenőri konzol"
  },
  signIn: {
    intro:
      "Jelentkezzen be gyártói fiókjával az igények ellenőrzéséhez és az ösztönzőprogramok működtetéséhez."
  },
  home: {
    title: "Áttekintés",
    roles: "Gyártói szerepkörei",
    rolesIntro: "Az, hogy mit tehet ebben a konzolban, a szerepköreitől függ.",
    noRoles: "A fiókjának nincs gyártói szerepköre.",
    otherAccount:
      "Ez a konzol a gyártó ellenőreinek, üzemeltetőinek és auditorainak szól. A(z) {{ email }} fiók nem gyártói fiók. Jelentkezzen ki, majd jelentkezzen be a gyártói fiókjával."
  },
  roleDescriptions: {
    reviewer:
      "Feldolgozza az ellenőrzési sort: információt kér, jóváhagy, elutasít, dönt az egymással versengő igények között, és rendezi a vitákat.",
    operator:
      "Kezeli a programkatalógust, a részvételi jogosultságot, a meghívásokat, az ügyféljegyzéket és a naptárakat, valamint ellenőrzi a banki és adóprofilokat.",
    auditor: "Mindent megtekinthet, de semmit sem módosíthat."
  },
  review: review,
  ...operations
}
