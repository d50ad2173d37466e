import type { DporMessages } from "./en.ts"

export const cs: DporMessages = {
  nav: "Partner záznamu",
  title: "Předplatná, u kterých jste partnerem záznamu",
  intro:
    "Zákazníci u svých předplatných uvádějí jedno z vašich míst jako digitálního partnera záznamu (DPOR). Od 2. března 2015 DPOR získává odměnu až poté, co k předplatnému předloží doklad o provedení (POE).",
  caption: "Předplatná, u kterých je jedno z vašich míst digitálním partnerem záznamu",
  empty: "Zatím žádný zákazník neuvedl žádné z vašich míst jako partnera záznamu",
  emptyBody:
    "Správce tenanta zákazníka zadá u předplatného vaše PartnerID; předplatné se pak zobrazí zde a dostanete e-mail.",
  columns: {
    subscription: "Předplatné",
    customer: "Tenant zákazníka",
    location: "Vaše místo",
    since: "Partnerem záznamu od",
    actions: "Akce"
  },
  submitPoe: "Předložit doklad o provedení",
  submitPoeLabel: "Předložit doklad o provedení pro {{ product }} ({{ subscription }})",
  confirmTitle: "Předložit doklad o provedení pro {{ product }}?",
  confirmBody:
    "Potvrzujete, že {{ location }} (PartnerID {{ partnerId }}) poskytlo své služby u předplatného {{ subscription }}. Doklad se datuje dnešním dnem a pro přiřazení platí ode dneška.",
  submitted: "Doklad o provedení zaznamenán",
  submittedBody: "Zaznamenáno {{ date }}.",
  whoEarns: "Kdo získává odměnu",
  whoEarnsLabel: "Kdo získává odměnu u {{ product }} ({{ subscription }})",
  onlyAdmin: "Doklad o provedení předkládá správce pobídek tohoto místa.",
  errors: {
    not_partner_of_record: "Toto místo už není partnerem záznamu u předplatného. Načtěte stránku znovu."
  }
}
