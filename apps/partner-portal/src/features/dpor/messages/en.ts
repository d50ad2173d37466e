/** Strings of the subscriptions where a location is the Digital Partner of Record; English is the reference. */
export const en = {
  nav: "Partner of record",
  title: "Subscriptions where you are partner of record",
  intro:
    "Customers name one of your locations as Digital Partner of Record (DPOR) on their subscriptions. From 2 March 2015 a DPOR earns only after it has submitted its proof of execution (POE) for the subscription.",
  caption: "Subscriptions where one of your locations is the Digital Partner of Record",
  empty: "No customer has named one of your locations as partner of record yet",
  emptyBody:
    "A customer's tenant admin adds your PartnerID on a subscription; it appears here and you get an email.",
  columns: {
    subscription: "Subscription",
    customer: "Customer tenant",
    location: "Your location",
    since: "Partner of record since",
    actions: "Actions"
  },
  submitPoe: "Submit proof of execution",
  submitPoeLabel: "Submit proof of execution for {{ product }} ({{ subscription }})",
  confirmTitle: "Submit proof of execution for {{ product }}?",
  confirmBody:
    "You confirm that {{ location }} (PartnerID {{ partnerId }}) has delivered its services on subscription {{ subscription }}. The proof is dated today and counts for attribution from today.",
  submitted: "Proof of execution recorded",
  submittedBody: "Recorded on {{ date }}.",
  whoEarns: "Who earns",
  whoEarnsLabel: "Who earns on {{ product }} ({{ subscription }})",
  onlyAdmin: "An Incentives admin of this location submits proof of execution.",
  errors: {
    not_partner_of_record:
      "This location is no longer partner of record on the subscription. Reload the page."
  }
}

export type DporMessages = typeof en
