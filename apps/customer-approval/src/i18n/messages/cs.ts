import type { CustomerMessages } from "./en.ts"

export const cs: CustomerMessages = {
  app: {
    name: "Schvalování zákazníkem"
  },
  signIn: {
    intro:
      "Přihlaste se účtem správce tenanta, abyste viděli, kteří partneři chtějí být přiřazeni k vašim předplatným a úlohám."
  },
  home: {
    title: "Žádosti o přiřazení",
    otherAccount:
      "Tato aplikace je určena správcům zákaznických tenantů. Účet {{ email }} není zákaznický účet. Odhlaste se a přihlaste se účtem správce tenanta."
  },
  nav: {
    subscriptions: "Předplatná"
  },
  requests: {
    intro:
      "Partneři žádají o přiřazení k předplatným a úlohám organizace {{ tenant }}. Odmítněte každou žádost, se kterou nesouhlasíte – můžete tak učinit kdykoli.",
    pending: "Čeká na vaše rozhodnutí",
    pendingEmpty: "Na vaše rozhodnutí nečeká žádná žádost.",
    pendingEmptyBody:
      "Když partner požádá o přiřazení k vaší organizaci, žádost se zobrazí zde a vaše kontaktní osoba dostane e-mail.",
    history: "Rozhodnuté žádosti",
    historyEmpty: "Zatím žádné rozhodnuté žádosti.",
    historyEmptyBody:
      "Zde jsou žádosti, které jste odmítli nebo přijali, i ty, u nichž uplynula lhůta nebo které skončily.",
    historyCaption: "Rozhodnuté žádosti o přiřazení, od nejnovější",
    pagesPending: "Stránky žádostí čekajících na vaše rozhodnutí",
    pagesHistory: "Stránky rozhodnutých žádostí",
    columns: {
      partner: "Partner",
      products: "Úlohy nebo předplatná",
      outcome: "Výsledek",
      submitted: "Odesláno",
      actions: "Akce"
    }
  },
  request: {
    asks: "žádá, aby se stal vaším evidovaným partnerem (partner of record) pro:",
    partnerId: "PartnerID",
    solutionArea: "Oblast řešení",
    submitted: "Odesláno",
    declineBy: "Odmítnout do",
    vendorReview: "Kontrola dodavatelem",
    status: "Stav",
    meaning:
      "Pokud žádost neodmítnete, přiřazení začne platit, jakmile ho dodavatel schválí a tato lhůta uplyne. Partner pak uvidí data o využití těchto produktů, aby vás mohl podporovat.",
    unknownProduct: "Neznámý produkt",
    decline: "Odmítnout",
    accept: "Přijmout hned",
    endAssociation: "Ukončit přiřazení",
    declineTitle: "Odmítnout žádost partnera {{ partner }}?",
    declineBody:
      "Partner {{ partner }} nebude přiřazen k těmto produktům a neuvidí data o jejich využití. Partner se dozví, že jste žádost odmítli.",
    endTitle: "Ukončit přiřazení partnera {{ partner }}?",
    endBody:
      "Přiřazení nyní skončí: partner {{ partner }} už za tyto produkty nedostane odměnu a neuvidí data o jejich využití. Partner se dozví, že jste žádost odmítli.",
    reason: "Důvod",
    reasonHint: "Partner tento text uvidí.",
    declining: "Odmítání…",
    acceptTitle: "Přijmout žádost partnera {{ partner }} hned?",
    acceptBody:
      "Souhlasíte nyní, místo abyste nechali uplynout lhůtu pro odmítnutí. Přiřazení začne platit, jakmile ho dodavatel schválí. Později ho můžete stále ukončit.",
    accepting: "Přijímání…",
    declined: "Odmítli jste žádost partnera {{ partner }}.",
    accepted: "Přijali jste žádost partnera {{ partner }}.",
    outcomeOn: "dne {{ date }}"
  },
  outcome: {
    waiting: "Čeká na vaše rozhodnutí",
    declined: "Odmítnuto",
    accepted: "Přijato",
    lapsed: "Přijato (bez odpovědi)",
    rejected: "Zamítnuto dodavatelem",
    ended: "Ukončeno",
    open: "Zatím nerozhodnuto"
  },
  claimStatus: {
    draft: "Koncept",
    submitted: "Odesláno",
    under_review: "Probíhá kontrola",
    partner_action_required: "Čeká na partnera",
    approved: "Schváleno",
    rejected: "Zamítnuto",
    disputed: "Napadeno",
    rejected_final: "Definitivně zamítnuto",
    ended: "Ukončeno"
  },
  solutionAreas: {
    business_applications: "Podnikové aplikace (Business Applications)",
    modern_work_security: "Moderní práce a zabezpečení (Modern Work and Security)"
  },
  link: {
    title: "Žádost o přiřazení",
    intro: "Tuto stránku jste otevřeli z e-mailu o žádosti partnera. Účet nepotřebujete.",
    decidedDeclined: "Tato žádost byla odmítnuta dne {{ date }}. Nemusíte už nic dělat.",
    decidedAccepted: "Tato žádost byla přijata dne {{ date }}.",
    decidedOther: "O této žádosti už bylo rozhodnuto: {{ outcome }}.",
    expiredTitle: "Platnost tohoto odkazu vypršela",
    expiredBody:
      "Odkazy v těchto e-mailech platí jen omezenou dobu. Požádejte partnera, který žádost poslal, o nový, nebo požádejte správce tenanta vaší organizace, aby se přihlásil – tam uvidí a může odmítnout všechny žádosti.",
    invalidTitle: "Tento odkaz nefunguje",
    invalidBody:
      "Odkaz je možná neúplný nebo změněný. Otevřete ho znovu z e-mailu (zkopírujte celou adresu), nebo požádejte správce tenanta vaší organizace, aby se přihlásil – tam uvidí a může odmítnout všechny žádosti.",
    signInInstead: "Přihlásit se jako správce tenanta"
  },
  subscriptions: {
    title: "Předplatná",
    intro:
      "Uveďte partnera, který vám s předplatným pomáhá, jako jeho evidovaného partnera. Partner dostane zprávu a platí vždy naposledy uvedený partner.",
    caption: "Předplatná organizace {{ tenant }} a jejich evidovaní partneři",
    empty: "Váš tenant nemá v adresáři žádná předplatná.",
    emptyBody: "Předplatná se zde zobrazí, jakmile je adresář dodavatele povede u vašeho tenanta.",
    product: "Produkt",
    id: "ID předplatného",
    channel: "Prodejní kanál",
    state: "Stav",
    partnerOfRecord: "Evidovaný partner",
    actions: "Akce",
    none: "Žádný",
    since: "od {{ date }}",
    add: "Přidat partnera",
    change: "Změnit partnera",
    remove: "Odebrat partnera",
    dialogAdd: "Přidat evidovaného partnera pro {{ product }}",
    dialogChange: "Změnit evidovaného partnera pro {{ product }}",
    dialogBody: "Zadejte PartnerID, které vám partner sdělil. Partner dostane e-mail.",
    dialogReplaces:
      "Evidovaným partnerem je nyní {{ partner }}; nový partner ho nahradí a oba dostanou zprávu.",
    partnerIdLabel: "PartnerID",
    partnerIdHint: "7 číslic, např. 1000001",
    save: "Uložit evidovaného partnera",
    saving: "Ukládání…",
    saved: "{{ partner }} je nyní evidovaným partnerem pro {{ product }}.",
    removeTitle: "Odebrat partnera {{ partner }} jako evidovaného partnera pro {{ product }}?",
    removeBody: "{{ partner }} už u tohoto předplatného nebude vaším partnerem a dostane e-mail.",
    removing: "Odebírání…",
    removed: "{{ product }} nyní nemá evidovaného partnera.",
    unknownPartnerId: "Partner s PartnerID {{ partnerId }} neexistuje. Ověřte číslo u svého partnera.",
    partnerIdFormat: "PartnerID má 7 číslic, např. 1000001."
  },
  channels: {
    volume_licensing: "Multilicenční smlouva",
    web_direct: "Přímý nákup na webu",
    csp: "Poskytovatel cloudových řešení (CSP)"
  },
  states: {
    not_provisioned: "Nezřízeno",
    active: "Aktivní",
    grace: "Období odkladu",
    expired: "Vypršelo"
  }
}
