import type { CustomerMessages } from "./en.ts"

export const hu: CustomerMessages = {
  app: {
    name: "Ügyféljóváhagyás"
  },
  signIn: {
    intro:
      "Jelentkezzen be bérlői rendszergazdai fiókjával, hogy lássa, mely partnerek szeretnének az előfizetéseihez és munkaterheléseihez társulni."
  },
  home: {
    title: "Társítási kérelmek",
    otherAccount:
      "Ez az alkalmazás az ügyfélbérlők rendszergazdáinak szól. A(z) {{ email }} fiók nem ügyfélfiók. Jelentkezzen ki, majd jelentkezzen be bérlői rendszergazdai fiókjával."
  },
  nav: {
    subscriptions: "Előfizetések"
  },
  requests: {
    intro:
      "Partnerek kérik, hogy a(z) {{ tenant }} előfizetéseihez és munkaterheléseihez társíthassák őket. Utasítson el minden kérelmet, amellyel nem ért egyet – ezt bármikor megteheti.",
    pending: "Az Ön döntésére vár",
    pendingEmpty: "Nincs az Ön döntésére váró kérelem.",
    pendingEmptyBody:
      "Ha egy partner a szervezetéhez szeretne társulni, a kérelem itt jelenik meg, és a kapcsolattartója e-mailt kap.",
    history: "Eldöntött kérelmek",
    historyEmpty: "Még nincs eldöntött kérelem.",
    historyEmptyBody:
      "Itt láthatók az Ön által elutasított vagy elfogadott kérelmek, valamint a határidő lejártával elfogadottak és a megszűntek.",
    historyCaption: "Eldöntött társítási kérelmek, a legújabb elöl",
    pagesPending: "Az Ön döntésére váró kérelmek oldalai",
    pagesHistory: "Az eldöntött kérelmek oldalai",
    columns: {
      partner: "Partner",
      products: "Munkaterhelések vagy előfizetések",
      outcome: "Eredmény",
      submitted: "Beküldve",
      actions: "Műveletek"
    }
  },
  request: {
    asks: "szeretne az Ön nyilvántartott partnere lenni a következőkhöz:",
    partnerId: "PartnerID",
    solutionArea: "Megoldási terület",
    submitted: "Beküldve",
    declineBy: "Elutasítási határidő",
    vendorReview: "Gyártói ellenőrzés",
    status: "Állapot",
    meaning:
      "Ha nem utasítja el, a társítás hivatalossá válik, amint a gyártó jóváhagyja és ez az időszak letelt. A partner ezután láthatja ezeknek a termékeknek a használati adatait, hogy támogathassa Önt.",
    unknownProduct: "Ismeretlen termék",
    decline: "Elutasítás",
    accept: "Elfogadás most",
    endAssociation: "Társítás megszüntetése",
    declineTitle: "Elutasítja a(z) {{ partner }} kérelmét?",
    declineBody:
      "A(z) {{ partner }} nem lesz társítva ezekhez a termékekhez, és nem látja a használati adataikat. A partner értesül az elutasításról.",
    endTitle: "Megszünteti a társítást a(z) {{ partner }} partnerrel?",
    endBody:
      "A társítás most megszűnik: a(z) {{ partner }} ezekért a termékekért többé nem kap ösztönzőt, és nem látja a használati adataikat. A partner értesül az elutasításról.",
    reason: "Indoklás",
    reasonHint: "A partner látja ezt a szöveget.",
    declining: "Elutasítás folyamatban…",
    acceptTitle: "Most elfogadja a(z) {{ partner }} kérelmét?",
    acceptBody:
      "Most egyezik bele, ahelyett hogy megvárná az elutasítási határidő lejártát. A társítás a gyártó jóváhagyásával válik hivatalossá. Később is megszüntetheti.",
    accepting: "Elfogadás folyamatban…",
    declined: "Elutasította a(z) {{ partner }} kérelmét.",
    accepted: "Elfogadta a(z) {{ partner }} kérelmét.",
    outcomeOn: "{{ date }}"
  },
  outcome: {
    waiting: "Az Ön döntésére vár",
    declined: "Elutasítva",
    accepted: "Elfogadva",
    lapsed: "Elfogadva (válasz nélkül)",
    rejected: "A gyártó elutasította",
    ended: "Megszűnt",
    open: "Még nincs döntés"
  },
  claimStatus: {
    draft: "Piszkozat",
    submitted: "Beküldve",
    under_review: "Ellenőrzés alatt",
    partner_action_required: "A partnerre vár",
    approved: "Jóváhagyva",
    rejected: "Elutasítva",
    disputed: "Megfellebbezve",
    rejected_final: "Véglegesen elutasítva",
    ended: "Megszűnt"
  },
  solutionAreas: {
    business_applications: "Üzleti alkalmazások (Business Applications)",
    modern_work_security: "Modern munkahely és biztonság (Modern Work and Security)"
  },
  link: {
    title: "Társítási kérelem",
    intro: "Ezt az oldalt egy partner kérelméről szóló e-mailből nyitotta meg. Nincs szükség fiókra.",
    decidedDeclined: "Ezt a kérelmet {{ date }} napon elutasították. Nincs további teendője.",
    decidedAccepted: "Ezt a kérelmet {{ date }} napon elfogadták.",
    decidedOther: "Erről a kérelemről már döntés született: {{ outcome }}.",
    expiredTitle: "Ez a hivatkozás lejárt",
    expiredBody:
      "Az e-mailekben lévő hivatkozások korlátozott ideig érvényesek. Kérjen újat a kérelmet küldő partnertől, vagy kérje meg szervezete bérlői rendszergazdáját, hogy jelentkezzen be, és ott láthatja és elutasíthatja az összes kérelmet.",
    invalidTitle: "Ez a hivatkozás nem működik",
    invalidBody:
      "A hivatkozás hiányos vagy módosult. Nyissa meg újra az e-mailből (a teljes címet másolja ki), vagy kérje meg szervezete bérlői rendszergazdáját, hogy jelentkezzen be, és ott láthatja és elutasíthatja az összes kérelmet.",
    signInInstead: "Bejelentkezés bérlői rendszergazdaként"
  },
  subscriptions: {
    title: "Előfizetések",
    intro:
      "Nevezze meg nyilvántartott partnerként azt a partnert, amely egy előfizetésnél segíti Önt. A partner értesítést kap, és mindig a legutóbb megnevezett partner számít.",
    caption: "A(z) {{ tenant }} előfizetései és nyilvántartott partnereik",
    empty: "A bérlőjéhez nem tartozik előfizetés a címtárban.",
    emptyBody: "Az előfizetések akkor jelennek meg itt, amikor a gyártó címtára felveszi őket a bérlőjéhez.",
    product: "Termék",
    id: "Előfizetés-azonosító",
    channel: "Értékesítési csatorna",
    state: "Állapot",
    partnerOfRecord: "Nyilvántartott partner",
    actions: "Műveletek",
    none: "Nincs",
    since: "{{ date }} óta",
    add: "Partner hozzáadása",
    change: "Partner módosítása",
    remove: "Partner eltávolítása",
    dialogAdd: "Nyilvántartott partner hozzáadása: {{ product }}",
    dialogChange: "Nyilvántartott partner módosítása: {{ product }}",
    dialogBody: "Adja meg a partnertől kapott PartnerID-t. A partner e-mailt kap.",
    dialogReplaces:
      "Jelenleg {{ partner }} a nyilvántartott partner; az új partner felváltja, és mindketten értesítést kapnak.",
    partnerIdLabel: "PartnerID",
    partnerIdHint: "7 számjegy, pl. 1000001",
    save: "Nyilvántartott partner mentése",
    saving: "Mentés…",
    saved: "{{ partner }} mostantól a(z) {{ product }} nyilvántartott partnere.",
    removeTitle: "Eltávolítja {{ partner }} partnert a(z) {{ product }} nyilvántartott partnereként?",
    removeBody:
      "{{ partner }} többé nem számít az Ön partnerének ennél az előfizetésnél, és e-mailben értesítést kap.",
    removing: "Eltávolítás…",
    removed: "A(z) {{ product }} előfizetésnek most nincs nyilvántartott partnere.",
    unknownPartnerId:
      "Nincs {{ partnerId }} PartnerID-vel rendelkező partner. Ellenőrizze a számot a partnerével.",
    partnerIdFormat: "A PartnerID 7 számjegyből áll, pl. 1000001."
  },
  channels: {
    volume_licensing: "Mennyiségi licencelés",
    web_direct: "Közvetlen webes vásárlás",
    csp: "Felhőszolgáltató partner (CSP)"
  },
  states: {
    not_provisioned: "Nincs kiépítve",
    active: "Aktív",
    grace: "Türelmi időszak",
    expired: "Lejárt"
  }
}
