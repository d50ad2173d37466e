import type { AttributionMessages } from "./en.ts"

export const hu: AttributionMessages = {
  nav: "Hozzárendelés",
  title: "Ki kapja az ösztönzőt: hozzárendelés lekérdezése",
  intro:
    "Egy előfizetéshez vagy egy ügyfél munkaterheléséhez, egy ösztönzőhöz és egy naphoz: melyik partner a nyilvántartott partner, ki kapja az ösztönzőt, és miért. Azokat kérdezheti le, amelyekben a szervezete szerepel.",
  formHeading: "Lekérdezés",
  subjectLegend: "Mit kérdez le",
  subject: {
    subscription: "Egy előfizetést",
    workload: "Egy ügyfélbérlő munkaterhelését"
  },
  subscriptionId: "Előfizetés-azonosító",
  subscriptionIdHint: "Az előfizetés GUID-ja, pl. aaaaaaaa-0000-4000-8000-000000000005",
  tenantId: "Ügyfélbérlő azonosítója",
  tenantIdHint: "A bérlő GUID-ja, pl. 11111111-1111-4111-8111-111111111111",
  workload: "Munkaterhelés",
  chooseWorkload: "Válasszon munkaterhelést",
  incentive: "Ösztönző",
  asOf: "Nap",
  asOfHint: "A mai nap, hacsak nem választ másikat.",
  submit: "Lekérdezés",
  incentives: {
    deploy: "Telepítés",
    manage: "Kezelés",
    accelerator: "Gyorsító",
    usage: "Használat"
  },
  resultHeading: "Válasz erre a napra: {{ date }}",
  earns: "A(z) {{ partnerId }} PartnerID kapja a(z) {{ incentive }} ösztönzőt",
  earnsNotEligible: "A(z) {{ partnerId }} PartnerID a nyilvántartott partner, ösztönző nélkül",
  nobody: "Senki sem kapja a(z) {{ incentive }} ösztönzőt",
  yours: "az Ön egyik telephelye",
  basis: "Alap",
  bases: {
    cpor: "Igénylő nyilvántartott partner (jóváhagyott igénylés)",
    dpor: "Digitális nyilvántartott partner (az ügyfél nevezte meg)",
    osa: "Online Services Advisor űrlap"
  },
  eligible: "Ösztönzőre jogosult",
  yes: "Igen",
  no: "Nem",
  explanationHeading: "Miért",
  explanationIntro: "A döntő szabályok és események sorrendben:",
  details: "Részletek:",
  timelineHeading: "A nyilvántartott partner időben",
  timelineCaption: "Ki volt a nyilvántartott partner a(z) {{ incentive }} ösztönzőnél, időszakonként",
  timelineEmpty: "Ehhez még nincs nyilvántartottpartner-esemény.",
  from: "Ettől",
  to: "Eddig",
  openEnded: "máig",
  partner: "Partner",
  noPartner: "Senki",
  errors: {
    subscriptionId: "Adja meg az előfizetés azonosítóját (GUID).",
    tenantId: "Adja meg a bérlő azonosítóját (GUID).",
    workload: "Válasszon munkaterhelést.",
    asOf: "Adjon meg egy napot dátumként.",
    notFound:
      "Nincs találat: az előfizetés vagy munkaterhelés nem létezik, vagy a szervezete nem szerepel benne."
  },
  rules: {
    cpor_official: "Hivatalos igénylés (CPOR-hozzárendelés) dönt: annak partnere a nyilvántartott partner.",
    cpor_also_open: "Egy másik igénylés-hozzárendelés is nyitott; a legújabb érvényes.",
    cpor_ended: "Egy korábban hivatalos igénylés-hozzárendelés véget ért, és már nem dönt.",
    rule_1_period: "DPOR előtti időszak: a legutóbbi OSA-űrlap partnere kapja az ösztönzőt.",
    rule_2_period: "Korai DPOR-időszak: a hozzárendelt DPOR kapja, különben az OSA-partner.",
    rule_3_period:
      "Jelenlegi időszak: a DPOR akkor kapja, ha beküldte a teljesítésigazolást; OSA csak akkor, ha soha nem volt DPOR.",
    dpor_added: "Egy ügyfél hozzáadta a jelenlegi DPOR-t (adott esetben egy korábbit lecserélve).",
    dpor_removed: "A DPOR-t eltávolították, és nincs hozzárendelve másik.",
    dpor_poe: "A jelenlegi DPOR a hozzáadása után beküldte a teljesítésigazolását.",
    osa_form: "A napon vagy azelőtt beérkezett legutóbbi OSA-űrlap.",
    rule_1_dpor_not_yet: "Van hozzárendelt DPOR, de a DPOR-ok csak a DPOR-szabály kezdetétől számítanak.",
    rule_2_osa_overridden: "Az OSA-űrlap nem számít, amíg DPOR van hozzárendelve.",
    rule_3_osa_after_dpor: "A DPOR hozzáadása után beérkezett OSA-űrlap csak a DPOR-t jogosítja.",
    rule_3_osa_superseded: "Az OSA-űrlap nem számít, amint DPOR-t rendeltek hozzá.",
    rule_1_before_dpor: "Eredmény: a DPOR-szabály előtt az OSA-partner kapja az ösztönzőt.",
    rule_2_dpor_attached: "Eredmény: a hozzárendelt DPOR kapja az ösztönzőt.",
    rule_2_osa_no_dpor: "Eredmény: nincs hozzárendelt DPOR, ezért az OSA-partner kapja.",
    rule_3_dpor_with_poe: "Eredmény: a DPOR kapja; beküldte a teljesítésigazolást.",
    rule_3_dpor_without_poe:
      "Eredmény: a DPOR teljesítésigazolás nélkül van hozzárendelve, ezért senki sem kapja.",
    rule_3_dpor_removed:
      "Eredmény: a DPOR-t eltávolították, és az OSA-űrlapok már nem számítanak, ezért senki sem kapja.",
    rule_3_osa_never_dpor: "Eredmény: soha nem volt DPOR, ezért az OSA-partner kapja.",
    rule_4_osa_not_for_deploy:
      "Eredmény: 2015. április 30-tól az OSA-űrlapok nem jogosítanak telepítési ösztönzőre.",
    no_partner:
      "Eredmény: sem igénylés, sem DPOR, sem OSA-űrlap nem nevez meg partnert, ezért senki sem kapja."
  }
}
