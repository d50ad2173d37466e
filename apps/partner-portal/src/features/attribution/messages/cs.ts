import type { AttributionMessages } from "./en.ts"

export const cs: AttributionMessages = {
  nav: "Přiřazení",
  title: "Kdo získává odměnu: vyhledání přiřazení",
  intro:
    "Pro předplatné nebo úlohu zákazníka, pobídku a den: který partner je partnerem záznamu a získává odměnu, a proč. Můžete vyhledávat to, v čem se vaše organizace vyskytuje.",
  formHeading: "Vyhledat",
  subjectLegend: "Co vyhledat",
  subject: {
    subscription: "Předplatné",
    workload: "Úlohu tenanta zákazníka"
  },
  subscriptionId: "ID předplatného",
  subscriptionIdHint: "GUID předplatného, např. aaaaaaaa-0000-4000-8000-000000000005",
  tenantId: "ID tenanta zákazníka",
  tenantIdHint: "GUID tenanta, např. 11111111-1111-4111-8111-111111111111",
  workload: "Úloha",
  chooseWorkload: "Vyberte úlohu",
  incentive: "Pobídka",
  asOf: "Den",
  asOfHint: "Dnešek, pokud nevyberete jiný den.",
  submit: "Vyhledat",
  incentives: {
    deploy: "Nasazení",
    manage: "Správa",
    accelerator: "Akcelerátor",
    usage: "Využití"
  },
  resultHeading: "Odpověď pro {{ date }}",
  earns: "PartnerID {{ partnerId }} získává pobídku {{ incentive }}",
  earnsNotEligible: "PartnerID {{ partnerId }} je partnerem záznamu, bez pobídky",
  nobody: "Pobídku {{ incentive }} nezískává nikdo",
  yours: "jedno z vašich míst",
  basis: "Základ",
  bases: {
    cpor: "Nárokující partner záznamu (schválený nárok)",
    dpor: "Digitální partner záznamu (uvedený zákazníkem)",
    osa: "Formulář Online Services Advisor"
  },
  eligible: "Nárok na pobídku",
  yes: "Ano",
  no: "Ne",
  explanationHeading: "Proč",
  explanationIntro: "Pravidla a události, které rozhodly, v pořadí:",
  details: "Podrobnosti:",
  timelineHeading: "Partner záznamu v čase",
  timelineCaption: "Kdo byl partnerem záznamu pro pobídku {{ incentive }}, období po období",
  timelineEmpty: "Zatím tu nejsou žádné události partnera záznamu.",
  from: "Od",
  to: "Do",
  openEnded: "dosud",
  partner: "Partner",
  noPartner: "Nikdo",
  errors: {
    subscriptionId: "Zadejte ID předplatného (GUID).",
    tenantId: "Zadejte ID tenanta (GUID).",
    workload: "Vyberte úlohu.",
    asOf: "Zadejte den jako datum.",
    notFound: "Nic nenalezeno: předplatné nebo úloha neexistuje, nebo se v nich vaše organizace nevyskytuje."
  },
  rules: {
    cpor_official: "Rozhoduje oficiální nárok (přiřazení CPOR): jeho partner je partnerem záznamu.",
    cpor_also_open: "Otevřené je i další přiřazení nároku; platí nejnovější.",
    cpor_ended: "Přiřazení nároku, které bylo oficiální, skončilo a už nerozhoduje.",
    rule_1_period: "Období před DPOR: odměnu získává partner z nejnovějšího formuláře OSA.",
    rule_2_period: "Rané období DPOR: odměnu získává přiřazený DPOR, jinak partner OSA.",
    rule_3_period:
      "Současné období: DPOR získává odměnu, jakmile předloží doklad o provedení; OSA jen tehdy, když nikdy nebyl DPOR.",
    dpor_added: "Zákazník přidal současného DPOR (případně tím nahradil předchozího).",
    dpor_removed: "DPOR byl odebrán a žádný není přiřazen.",
    dpor_poe: "Současný DPOR po svém přidání předložil doklad o provedení.",
    osa_form: "Nejnovější formulář OSA přijatý v daný den nebo dříve.",
    rule_1_dpor_not_yet: "DPOR je přiřazen, ale DPOR se počítají až od začátku pravidla DPOR.",
    rule_2_osa_overridden: "Formulář OSA se nepočítá, dokud je přiřazen DPOR.",
    rule_3_osa_after_dpor: "Formulář OSA přijatý po přidání DPOR zakládá odměnu jen pro DPOR.",
    rule_3_osa_superseded: "Formulář OSA se přestává počítat, jakmile byl přiřazen DPOR.",
    rule_1_before_dpor: "Závěr: před pravidlem DPOR získává odměnu partner OSA.",
    rule_2_dpor_attached: "Závěr: odměnu získává přiřazený DPOR.",
    rule_2_osa_no_dpor: "Závěr: žádný DPOR není přiřazen, proto odměnu získává partner OSA.",
    rule_3_dpor_with_poe: "Závěr: odměnu získává DPOR; předložil doklad o provedení.",
    rule_3_dpor_without_poe: "Závěr: DPOR je přiřazen bez dokladu o provedení, proto odměnu nezískává nikdo.",
    rule_3_dpor_removed:
      "Závěr: DPOR byl odebrán a formuláře OSA se už nepočítají, proto odměnu nezískává nikdo.",
    rule_3_osa_never_dpor: "Závěr: nikdy nebyl DPOR, proto odměnu získává partner OSA.",
    rule_4_osa_not_for_deploy: "Závěr: od 30. dubna 2015 formuláře OSA nezakládají pobídky za nasazení.",
    no_partner: "Závěr: žádný nárok, DPOR ani formulář OSA neuvádí partnera, proto odměnu nezískává nikdo."
  }
}
