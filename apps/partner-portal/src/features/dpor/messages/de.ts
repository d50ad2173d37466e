import type { DporMessages } from "./en.ts"

export const de: DporMessages = {
  nav: "Partner of Record",
  title: "Abonnements, bei denen Sie Partner of Record sind",
  intro:
    "Kunden benennen einen Ihrer Standorte als Digital Partner of Record (DPOR) für ihre Abonnements. Seit dem 2. März 2015 verdient ein DPOR erst, wenn er seinen Leistungsnachweis (POE) für das Abonnement eingereicht hat.",
  caption: "Abonnements, bei denen einer Ihrer Standorte der Digital Partner of Record ist",
  empty: "Noch hat kein Kunde einen Ihrer Standorte als Partner of Record benannt",
  emptyBody:
    "Der Mandantenadministrator eines Kunden trägt Ihre PartnerID bei einem Abonnement ein; es erscheint dann hier, und Sie erhalten eine E-Mail.",
  columns: {
    subscription: "Abonnement",
    customer: "Kundenmandant",
    location: "Ihr Standort",
    since: "Partner of Record seit",
    actions: "Aktionen"
  },
  submitPoe: "Leistungsnachweis einreichen",
  submitPoeLabel: "Leistungsnachweis einreichen: {{ product }} ({{ subscription }})",
  confirmTitle: "Leistungsnachweis für {{ product }} einreichen?",
  confirmBody:
    "Sie bestätigen, dass {{ location }} (PartnerID {{ partnerId }}) seine Leistungen für das Abonnement {{ subscription }} erbracht hat. Der Nachweis trägt das heutige Datum und zählt ab heute für die Zuordnung.",
  submitted: "Leistungsnachweis erfasst",
  submittedBody: "Erfasst am {{ date }}.",
  whoEarns: "Wer verdient",
  whoEarnsLabel: "Wer verdient an {{ product }} ({{ subscription }})",
  onlyAdmin: "Ein Incentives-Administrator dieses Standorts reicht den Leistungsnachweis ein.",
  errors: {
    not_partner_of_record:
      "Dieser Standort ist nicht mehr Partner of Record für das Abonnement. Laden Sie die Seite neu."
  }
}
