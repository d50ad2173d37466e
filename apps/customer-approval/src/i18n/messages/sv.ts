import type { CustomerMessages } from "./en.ts"

export const sv: CustomerMessages = {
  app: {
    name: "Kundgodkännande"
  },
  signIn: {
    intro:
      "Logga in med ditt konto som klientadministratör för att se vilka partner som vill kopplas till era prenumerationer och arbetsbelastningar."
  },
  home: {
    title: "Kopplingsförfrågningar",
    otherAccount:
      "Den här appen är för kunders klientadministratörer. Kontot {{ email }} är inget kundkonto. Logga ut och logga in med ditt konto som klientadministratör."
  },
  nav: {
    subscriptions: "Prenumerationer"
  },
  requests: {
    intro:
      "Partner ber om att kopplas till prenumerationerna och arbetsbelastningarna hos {{ tenant }}. Avböj varje förfrågan som ni inte godtar – det går när som helst.",
    pending: "Väntar på ert beslut",
    pendingEmpty: "Inga förfrågningar väntar på ert beslut.",
    pendingEmptyBody:
      "När en partner vill kopplas till er organisation visas förfrågan här och er kontaktperson får ett e-postmeddelande.",
    history: "Avgjorda förfrågningar",
    historyEmpty: "Inga avgjorda förfrågningar ännu.",
    historyEmptyBody:
      "Här visas förfrågningar som ni har avböjt eller godkänt, och de vars svarstid har löpt ut eller som har upphört.",
    historyCaption: "Avgjorda kopplingsförfrågningar, nyaste först",
    pagesPending: "Sidor med förfrågningar som väntar på ert beslut",
    pagesHistory: "Sidor med avgjorda förfrågningar",
    columns: {
      partner: "Partner",
      products: "Arbetsbelastningar eller prenumerationer",
      outcome: "Utfall",
      submitted: "Inskickad",
      actions: "Åtgärder"
    }
  },
  request: {
    asks: "vill bli er registrerade partner (partner of record) för:",
    partnerId: "PartnerID",
    solutionArea: "Lösningsområde",
    submitted: "Inskickad",
    declineBy: "Avböj senast",
    vendorReview: "Leverantörens granskning",
    status: "Status",
    meaning:
      "Om ni inte avböjer blir kopplingen officiell när leverantören har godkänt den och den här perioden har gått ut. Partnern kan då se användningsdata för produkterna för att kunna stödja er.",
    unknownProduct: "Okänd produkt",
    decline: "Avböj",
    accept: "Godkänn nu",
    endAssociation: "Avsluta kopplingen",
    declineTitle: "Avböja förfrågan från {{ partner }}?",
    declineBody:
      "{{ partner }} kopplas inte till produkterna och ser inte deras användningsdata. Partnern får veta att ni avböjde.",
    endTitle: "Avsluta kopplingen till {{ partner }}?",
    endBody:
      "Kopplingen upphör nu: {{ partner }} får inte längre ersättning för produkterna och ser inte deras användningsdata. Partnern får veta att ni avböjde.",
    reason: "Motivering",
    reasonHint: "Partnern ser den här texten.",
    declining: "Avböjer…",
    acceptTitle: "Godkänna förfrågan från {{ partner }} nu?",
    acceptBody:
      "Ni godkänner nu i stället för att låta tiden för att avböja gå ut. Kopplingen blir officiell när leverantören godkänner den. Ni kan fortfarande avsluta den senare.",
    accepting: "Godkänner…",
    declined: "Ni har avböjt förfrågan från {{ partner }}.",
    accepted: "Ni har godkänt förfrågan från {{ partner }}.",
    outcomeOn: "den {{ date }}"
  },
  outcome: {
    waiting: "Väntar på ert beslut",
    declined: "Avböjd",
    accepted: "Godkänd",
    lapsed: "Godkänd (inget svar)",
    rejected: "Avslagen av leverantören",
    ended: "Avslutad",
    open: "Inte avgjord ännu"
  },
  claimStatus: {
    draft: "Utkast",
    submitted: "Inskickad",
    under_review: "Granskas",
    partner_action_required: "Väntar på partnern",
    approved: "Godkänd",
    rejected: "Avslagen",
    disputed: "Överklagad",
    rejected_final: "Slutligt avslagen",
    ended: "Avslutad"
  },
  solutionAreas: {
    business_applications: "Affärsprogram (Business Applications)",
    modern_work_security: "Modernt arbete och säkerhet (Modern Work and Security)"
  },
  link: {
    title: "Kopplingsförfrågan",
    intro: "Du öppnade sidan från e-postmeddelandet om en partners förfrågan. Inget konto behövs.",
    decidedDeclined: "Den här förfrågan avböjdes den {{ date }}. Ni behöver inte göra något mer.",
    decidedAccepted: "Den här förfrågan godkändes den {{ date }}.",
    decidedOther: "Den här förfrågan är avgjord: {{ outcome }}.",
    expiredTitle: "Länken har gått ut",
    expiredBody:
      "Länkarna i de här meddelandena gäller en begränsad tid. Be partnern som skickade förfrågan om en ny, eller be er organisations klientadministratör att logga in och se och avböja alla förfrågningar där.",
    invalidTitle: "Länken fungerar inte",
    invalidBody:
      "Länken kan vara ofullständig eller ändrad. Öppna den igen från e-postmeddelandet (kopiera hela adressen), eller be er organisations klientadministratör att logga in och se och avböja alla förfrågningar där.",
    signInInstead: "Logga in som klientadministratör"
  },
  subscriptions: {
    title: "Prenumerationer",
    intro:
      "Ange den partner som hjälper er med en prenumeration som dess registrerade partner. Partnern meddelas, och bara den senast angivna partnern räknas.",
    caption: "Prenumerationer hos {{ tenant }} med registrerad partner",
    empty: "Er klient har inga prenumerationer i katalogen.",
    emptyBody: "Prenumerationer visas här när leverantörens katalog har registrerat dem för er klient.",
    product: "Produkt",
    id: "Prenumerations-ID",
    channel: "Försäljningskanal",
    state: "Tillstånd",
    partnerOfRecord: "Registrerad partner",
    actions: "Åtgärder",
    none: "Ingen",
    since: "sedan {{ date }}",
    add: "Lägg till partner",
    change: "Byt partner",
    remove: "Ta bort partner",
    dialogAdd: "Lägg till registrerad partner för {{ product }}",
    dialogChange: "Byt registrerad partner för {{ product }}",
    dialogBody: "Ange det PartnerID som partnern har gett er. Partnern får ett e-postmeddelande.",
    dialogReplaces:
      "{{ partner }} är registrerad partner nu; den nya partnern ersätter den och båda meddelas.",
    partnerIdLabel: "PartnerID",
    partnerIdHint: "7 siffror, t.ex. 1000001",
    save: "Spara registrerad partner",
    saving: "Sparar…",
    saved: "{{ partner }} är nu registrerad partner för {{ product }}.",
    removeTitle: "Ta bort {{ partner }} som registrerad partner för {{ product }}?",
    removeBody:
      "{{ partner }} räknas inte längre som er partner för prenumerationen och meddelas via e-post.",
    removing: "Tar bort…",
    removed: "{{ product }} har ingen registrerad partner nu.",
    unknownPartnerId:
      "Det finns ingen partner med PartnerID {{ partnerId }}. Kontrollera numret med er partner.",
    partnerIdFormat: "Ett PartnerID har 7 siffror, t.ex. 1000001."
  },
  channels: {
    volume_licensing: "Volymlicensiering",
    web_direct: "Direktköp på webben",
    csp: "Molnlösningsleverantör (CSP)"
  },
  states: {
    not_provisioned: "Inte etablerad",
    active: "Aktiv",
    grace: "Respitperiod",
    expired: "Utgången"
  }
}
