import type { DporMessages } from "./en.ts"

export const sv: DporMessages = {
  nav: "Partner of record",
  title: "Prenumerationer där ni är partner of record",
  intro:
    "Kunder anger en av era platser som digital partner of record (DPOR) på sina prenumerationer. Sedan 2 mars 2015 tjänar en DPOR först när den har skickat in sitt bevis på utfört arbete (POE) för prenumerationen.",
  caption: "Prenumerationer där en av era platser är digital partner of record",
  empty: "Ingen kund har ännu angett någon av era platser som partner of record",
  emptyBody:
    "En kunds klientadministratör anger ert PartnerID på en prenumeration; den visas då här och ni får ett e-postmeddelande.",
  columns: {
    subscription: "Prenumeration",
    customer: "Kundens klient",
    location: "Er plats",
    since: "Partner of record sedan",
    actions: "Åtgärder"
  },
  submitPoe: "Skicka bevis på utfört arbete",
  submitPoeLabel: "Skicka bevis på utfört arbete för {{ product }} ({{ subscription }})",
  confirmTitle: "Skicka bevis på utfört arbete för {{ product }}?",
  confirmBody:
    "Du bekräftar att {{ location }} (PartnerID {{ partnerId }}) har levererat sina tjänster på prenumerationen {{ subscription }}. Beviset dateras i dag och räknas för attribuering från i dag.",
  submitted: "Beviset på utfört arbete har registrerats",
  submittedBody: "Registrerat {{ date }}.",
  whoEarns: "Vem tjänar",
  whoEarnsLabel: "Vem tjänar på {{ product }} ({{ subscription }})",
  onlyAdmin: "En incitamentsadministratör för platsen skickar beviset på utfört arbete.",
  errors: {
    not_partner_of_record: "Platsen är inte längre partner of record på prenumerationen. Ladda om sidan."
  }
}
