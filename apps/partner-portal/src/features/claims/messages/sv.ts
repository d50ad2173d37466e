import type { ClaimMessages } from "./en.ts"

export const sv: ClaimMessages = {
  nav: "Anspråk",
  statuses: {
    draft: "Utkast",
    submitted: "Skickat",
    under_review: "Under granskning",
    partner_action_required: "Åtgärd krävs",
    approved: "Godkänt",
    rejected: "Avslaget",
    disputed: "Överklagat",
    rejected_final: "Slutgiltigt avslaget",
    ended: "Avslutat"
  },
  consentStates: {
    awaiting_response: "Väntar på kundens svar",
    accepted: "Godkänt av kunden",
    declined: "Avböjt av kunden",
    lapsed: "Inget svar i tid: anses godkänt",
    none: "Inte tillfrågad ännu: kundkontakten får ett e-postmeddelande när du skickar"
  },
  areas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  areaHints: {
    business_applications: "Dynamics 365-produkter, som görs anspråk på via prenumerations-ID.",
    modern_work_security: "Arbetsbelastningar för Microsoft 365 och säkerhet i kundens klientorganisation."
  },
  roles: {
    build_intent_advisor: "Bygga avsikt – rådgivare",
    usage_recognition: "Användningsigenkänning – utan incitament",
    influenced_revenue: "Påverkad intäktsigenkänning – utan incitament",
    use_or_consume: "Använda eller förbruka"
  },
  roleExplanations: {
    build_intent_advisor:
      "Välj detta om du påverkade kundens köp av en berättigad produkt och vill ansöka om försäljningsincitament. Endast för produkter köpta via ett volymlicensavtal eller Web Direct.",
    usage_recognition:
      "Välj detta om du driver kundens införande och användning av en berättigad arbetsbelastning. Endast för produkter köpta via ett volymlicensavtal eller Web Direct.",
    influenced_revenue:
      "Välj detta om du som affärspåverkare påverkade valet av en berättigad produkt. Endast för intäktskoppling, aldrig för incitamentsbetalningar. Endast för produkter köpta via ett volymlicensavtal eller Web Direct.",
    use_or_consume:
      "Välj detta om du driver införande och användning av en berättigad arbetsbelastning och vill ansöka om användningsincitament."
  },
  list: {
    title: "Kundanspråk",
    intro:
      "Dina anspråk på att vara partner of record för kunders arbetsbelastningar och prenumerationer, de senaste först.",
    newClaim: "Nytt anspråk",
    status: "Status",
    allStatuses: "Alla statusar",
    search: "Anspråkets namn eller klient-ID",
    filters: "Filtrera anspråk",
    searchButton: "Sök",
    clear: "Rensa",
    caption: "Anspråk",
    columns: {
      name: "Anspråk",
      status: "Status",
      partnerId: "PartnerID",
      customer: "Kundens klientorganisation",
      role: "Partnerroll",
      due: "Din tidsfrist",
      updated: "Senast ändrad"
    },
    empty: "Inga anspråk ännu",
    emptyBodyViewer:
      "Organisationens incitamentsadministratörer och -användare skapar anspråk; de visas här.",
    emptyBody:
      "Skapa ett anspråk för att koppla en kunds arbetsbelastningar eller prenumerationer till en av dina platser.",
    noMatch: "Inga matchande anspråk",
    noMatchBody: "Prova en annan status eller söktext, eller rensa filtren."
  },
  wizard: {
    titleNew: "Nytt anspråk",
    titleEdit: "Redigera anspråk",
    progress: "Steg {{ step }} av {{ total }}",
    steps: {
      area: "Lösningsområde",
      role: "Partnerroll",
      details: "Kund och PartnerID",
      products: "Produkter",
      contacts: "Kontakter",
      review: "Granska"
    },
    next: "Nästa",
    back: "Tillbaka",
    cancel: "Avbryt",
    savedLocally: "Det du skriver sparas på den här enheten tills du skapar utkastet.",
    restored: "Vi har återställt anspråket som du påbörjade tidigare.",
    startOver: "Börja om",
    savedLocallyEdit: "Dina ändringar sparas på den här enheten tills du sparar dem i anspråket.",
    restoredEdit: "Vi har återställt ändringarna som du inte hade sparat ännu.",
    discardChanges: "Kasta mina ändringar",
    areaLegend: "Vilket lösningsområde gäller anspråket?",
    roleLegend: "Vilken aktivitet utförde du åt kunden?",
    roleHint:
      "Ett anspråk med fel partnerroll kan leda till förlorad behörighet och incitamentsintäkter. Välj den roll vars beskrivning passar.",
    name: "Anspråkets namn",
    nameHint: "Ett namn du väljer, t.ex. kunden och projektet.",
    partnerIdLegend: "PartnerID som gör anspråk",
    partnerIdHint:
      "Endast platser som är registrerade i {{ program }} kan göra anspråk med den här rollen. Om du är osäker på vilket PartnerID du ska använda, fråga din globala administratör.",
    enrolledIn: "Registrerad i {{ program }}",
    whyInvited:
      "Inbjuden till {{ program }} men inte registrerad ännu: en incitamentsadministratör accepterar inbjudan på sidan Incitament.",
    whyEnrolling: "Registreringen i {{ program }} är inte klar ännu.",
    whyNotEnrolled: "Inte registrerad i {{ program }}.",
    whyNoRole: "Du har ingen incitamentsroll på den här platsen.",
    noEnrolledLocation:
      "Ingen av dina platser är registrerad i {{ program }}. Registrera först en plats på sidan Incitament, eller välj en annan partnerroll.",
    noIncentivesRole:
      "Du har ingen incitamentsroll på någon plats och kan därför inte göra anspråk. En global administratör kan ge dig rollen incitamentsadministratör eller -användare för en plats.",
    tenantId: "Kundens klient-ID",
    tenantIdHint: "Kundens katalog-ID (klient-ID), ett GUID som 11111111-1111-4111-8111-111111111111.",
    domain: "Kundens domän",
    domainHint: "En verifierad domän för den klientorganisationen, t.ex. contoso.onmicrosoft.com.",
    optOut: "Avstå från incitamentsbetalningar för det här anspråket",
    optOutHint: "Kopplingen registreras, men du får inget incitament för den.",
    workloadsLegend: "Arbetsbelastningar som kunden använder",
    workloadsHint: "Välj varje arbetsbelastning vars införande du driver. Du får välja fler än fyra.",
    subscriptions: "Prenumerations-ID:n",
    subscriptionsHint:
      "Ett prenumerations-ID för Dynamics 365 per rad (ett GUID), köpt via volymlicensiering eller Web Direct.",
    revenueHeading: "Intäktskoppling",
    sellerName: "Namn på Dynamics-lösningssäljaren",
    customerName: "Kundens namn",
    isvProductName: "Namn på ISV-produkten eller -lösningen",
    customerContact: "Kundkontakt",
    customerContactHint:
      "När du skickar mejlar vi den här personen en länk för att godkänna eller avböja kopplingen. Alla fält är obligatoriska.",
    partnerContact: "Din kontakt",
    contactName: "Namn",
    contactTitle: "Befattning",
    contactEmail: "E-post",
    contactLanguage: "Språk för e-post till kontakten",
    contactLanguageHint:
      "Begäran om samtycke och all senare e-post till kundkontakten skrivs på det här språket.",
    reviewIntro:
      "Kontrollera uppgifterna. Ändra valfritt avsnitt med dess Redigera-länk innan du skapar utkastet.",
    edit: "Redigera",
    editSection: "Redigera {{ section }}",
    optedOut: "Avstår från incitamentsbetalningar",
    notOptedOut: "Incitamentsbetalningar begärda",
    create: "Skapa utkast",
    creating: "Skapar…",
    save: "Spara ändringar",
    saving: "Sparar…",
    created: "Utkastet har skapats",
    createdBody: "Nästa steg: ladda upp bevis på utförande och skicka anspråket.",
    savedChanges: "Ändringarna har sparats",
    required: "Fyll i det här fältet.",
    chooseArea: "Välj ett lösningsområde.",
    chooseRole: "Välj en partnerroll.",
    choosePartnerId: "Välj det PartnerID som gör anspråket.",
    chooseWorkload: "Välj minst en arbetsbelastning.",
    addSubscription: "Lägg till minst ett prenumerations-ID.",
    invalidEmail: "Ange en e-postadress som namn@example.com.",
    stepProblems: "Rätta de markerade fälten.",
    fromSubmission: "Den senaste inskickningen avvisades för det här steget:"
  },
  detail: {
    allClaims: "Alla anspråk",
    summary: "Sammanfattning",
    status: "Status",
    partnerId: "PartnerID",
    tenant: "Kundens klientorganisation",
    domain: "Kundens domän",
    area: "Lösningsområde",
    role: "Partnerroll",
    workloads: "Arbetsbelastningar",
    subscriptions: "Prenumerationer",
    incentives: "Incitamentsbetalningar",
    optedOut: "Avstår",
    requested: "Begärda",
    customerContact: "Kundkontakt",
    partnerContact: "Din kontakt",
    revenue: "Intäktskoppling",
    created: "Skapat",
    submitted: "Skickat",
    consent: "Kundens samtycke",
    consentState: "Läge",
    consentWindow: "Kunden kan avböja fram till",
    official: "Officiellt sedan",
    deadlines: "Tidsfrister",
    reviewStartBy: "Granskningen börjar senast",
    partnerResponseBy: "Ditt svar ska komma senast",
    disputeBy: "Du kan överklaga fram till",
    disputeAnswerBy: "Överklagandet avgörs senast",
    noDeadlines: "Inga öppna tidsfrister.",
    arbitration: "Konkurrerande anspråk",
    arbitrationUnderReview:
      "En annan partner gör anspråk på samma arbetsbelastning eller prenumeration hos kunden. Granskaren jämför bevisen på utförande och kan rådfråga den nuvarande partnern, vilket kan ta längre än 5 arbetsdagar. Du meddelas i kommentarerna.",
    arbitrationInformation:
      "En annan partner gör anspråk på samma arbetsbelastning eller prenumeration hos kunden. Granskaren behöver mer information från dig: se kommentarerna.",
    arbitrationWon:
      "En annan partner gjorde anspråk på samma arbetsbelastning eller prenumeration hos kunden. Granskningen avgjordes till förmån för ditt anspråk.",
    arbitrationLost:
      "En annan partner gjorde anspråk på samma arbetsbelastning eller prenumeration hos kunden. Granskningen avgjordes till förmån för det andra anspråket.",
    arbitrationDeadline: "Beslut väntas senast",
    rejection: "Varför anspråket avslogs",
    rejectionReasons: {
      customer_declined: "Kunden avböjde kopplingen.",
      insufficient_poe: "Beviset på utförande var inte tillräckligt.",
      missing_customer_consent_on_poe: "Beviset på utförande visar inte kundens samtycke.",
      missing_products: "Beviset på utförande nämner inte de produkter som anspråket gäller.",
      poe_unavailable: "Beviset på utförande gick inte att öppna.",
      no_partner_response: "Inget svar på granskarens begäran inom 14 arbetsdagar.",
      partner_request: "Avslutat på din begäran.",
      lost_arbitration: "En annan partners anspråk vann skiljeförfarandet.",
      other: "Ett annat skäl (se granskarens anteckning)."
    },
    rejectionText: "Granskarens anteckning",
    actions: "Vad du kan göra",
    editClaim: "Redigera anspråk",
    noActions: "Det finns inget att göra med det här anspråket just nu.",
    incentivesUserNote:
      "Endast en incitamentsadministratör för platsen kan skicka, överklaga eller häva kopplingen för det här anspråket.",
    poe: "Bevis på utförande",
    poeIntro:
      "Ett dokument som kunden har undertecknat, t.ex. en arbetsbeskrivning. Det senaste giltiga beviset vinner när anspråk konkurrerar.",
    poeNone: "Inget dokument ännu. Ladda upp beviset på utförande innan du skickar.",
    poeHidden: "{{ count }} dokument (syns bara för organisationen som gör anspråk).",
    download: "Ladda ned",
    downloadNamed: "Ladda ned {{ name }}",
    template: "Ladda ned en PoE-mall",
    templateHint:
      "En PDF ifylld med anspråkets kund, partner, roll och produkter, för kunden att skriva under.",
    addNewer: "Lägg till ett nyare bevis på utförande",
    addNewerIntro:
      "Din koppling är godkänd. Om en annan partner gör anspråk på samma produkter vinner det senaste giltiga beviset: lägg till ett nyare undertecknat dokument när du har ett. Statusen ändras inte.",
    remove: "Ta bort",
    removeNamed: "Ta bort {{ name }}",
    removeTitle: "Ta bort {{ name }}?",
    removeBody: "Dokumentet tas bort från det här anspråket. Du kan ladda upp det igen senare.",
    removed: "{{ name }} har tagits bort",
    fileColumn: "Fil",
    sizeColumn: "Storlek",
    uploadedColumn: "Uppladdad",
    dropHere: "Dra en fil hit, eller",
    chooseFile: "Välj en fil",
    fileTypes: "PDF, PNG, JPEG eller Word (DOCX), högst 10 MB.",
    uploading: "Laddar upp {{ name }}: {{ percent }} %",
    uploaded: "{{ name }} har laddats upp",
    uploadTooLarge: "{{ name }} är större än 10 MB. Ladda upp en mindre fil, t.ex. en komprimerad PDF.",
    uploadUnsupported:
      "{{ name }} är inte ett PDF-, PNG-, JPEG- eller Word-dokument (DOCX). Spara det i något av dessa format och ladda upp det igen.",
    uploadFailed: "{{ name }} laddades inte upp: {{ reason }}",
    submit: "Skicka anspråk",
    resubmit: "Skicka anspråket igen",
    submitTitle: "Skicka det här anspråket?",
    submitBody:
      "Vi mejlar kundkontakten ({{ email }}) en länk för att godkänna eller avböja kopplingen. Efter inskickningen kan du inte redigera anspråket om inte granskaren ber om mer information.",
    resubmitTitle: "Skicka det här anspråket igen?",
    resubmitBody:
      "Granskaren ser dina ändringar och svar. Därefter kan du bara redigera anspråket igen på begäran.",
    acknowledgements: "Bekräftelser",
    acknowledgementsIntro: "Bekräfta varje påstående för att skicka anspråket.",
    acknowledgementsMissing: "Kryssa i varje påstående för att skicka anspråket.",
    acknowledgementsConfirmed: "Bekräftat när det skickades:",
    /** The default statements of every program (SPEC §5), shown in the user's language while unchanged. */
    statements: {
      poe_signed_by_customer: "Genomförandebeviset är undertecknat av kunden.",
      information_accurate: "Uppgifterna i anspråket är korrekta, och anspråket kan granskas.",
      wrong_role_forfeits_incentives:
        "En felaktig partnerroll eller PartnerID kan leda till att incitament går förlorade."
    },
    submitting: "Skickar…",
    submitted_: "Anspråket har skickats",
    resubmitted: "Anspråket har skickats igen",
    submitNeedsPoe: "Ladda först upp beviset på utförande.",
    problems: "Åtgärda detta innan du skickar",
    problemsIntro: "Anspråket skickades inte. Varje problem visas vid det steg där du kan åtgärda det.",
    fixIn: "Åtgärda i steget ”{{ step }}”",
    uploadBelow: "Ladda upp nedan",
    dispute: "Överklaga avslaget",
    disputeTitle: "Överklaga det här avslaget?",
    disputeBody:
      "Du kan överklaga ett avslag en gång, fram till {{ deadline }}. En granskare tittar på anspråket igen; förklara varför beslutet bör ändras.",
    disputeReason: "Varför bör beslutet ändras?",
    disputeConfirm: "Överklaga",
    disputed: "Överklagandet har skickats",
    disassociate: "Häv kopplingen",
    disassociateTitle: "Avsluta den här kopplingen?",
    disassociateBody:
      "Kopplingen till kunden upphör för gott (slutgiltigt avslaget) och du tjänar inget mer på den. Det går inte att ångra.",
    disassociateReason: "Skäl till att kopplingen avslutas",
    disassociateConfirm: "Avsluta kopplingen",
    disassociated: "Kopplingen har avslutats",
    reasonRequired: "Ange ett skäl.",
    comments: "Kommentarer",
    commentsNone: "Inga kommentarer ännu. Granskaren frågar här när mer information behövs.",
    commentLabel: "Lägg till en kommentar",
    commentSend: "Publicera kommentar",
    commentSent: "Kommentaren har publicerats",
    systemNotice: "Meddelande från OpenPOR",
    notices: {
      arbitration:
        "Det här anspråket ingår nu i ett skiljeförfarande: en annan partner gör också anspråk på, eller innehar redan, några av samma arbetsbelastningar eller prenumerationer. Leverantören jämför alla parters bevis på utförande och beslutar; granskningen kan ta längre tid än vanligt medan leverantören rådgör med parterna. Om mer information behövs frågar granskaren dig här i kommentarerna."
    },
    olderComments: "Visa äldre kommentarer",
    olderCommentsLoading: "Läser in äldre kommentarer…",
    olderCommentsFailed: "De äldre kommentarerna kunde inte läsas in.",
    olderCommentsLoaded: "Äldre kommentarer som visas: {{ count }}",
    authors: {
      partner: "Partner",
      vendor: "Granskare",
      customer: "Kund",
      system: "Systemet"
    },
    history: "Historik",
    historyNone: "Inget registrerat ännu.",
    olderHistory: "Visa tidigare historik",
    olderHistoryLoading: "Läser in tidigare historik…",
    olderHistoryFailed: "Den tidigare historiken kunde inte läsas in.",
    olderHistoryLoaded: "Tidigare händelser som visas: {{ count }}",
    statusChange: "{{ from }} → {{ to }}",
    by: "av {{ actor }}",
    events: {
      created: "Utkast skapat",
      edit: "Anspråket redigerat",
      updated: "Anspråket redigerat",
      attach_poe: "Bevis på utförande uppladdat",
      poe_attached: "Bevis på utförande uppladdat",
      remove_poe: "Bevis på utförande borttaget",
      poe_removed: "Bevis på utförande borttaget",
      submit: "Skickat",
      submitted: "Skickat",
      resubmit: "Skickat igen",
      start_review: "Granskning påbörjad",
      assigned: "Granskare tilldelad",
      approve: "Godkänt",
      approved: "Godkänt",
      reject: "Avslaget",
      rejected: "Avslaget",
      request_info: "Mer information begärd",
      info_requested: "Mer information begärd",
      no_partner_response: "Avslaget: inget svar i tid",
      customer_decline: "Avböjt av kunden",
      customer_declined: "Avböjt av kunden",
      customer_accept: "Godkänt av kunden",
      consent_request: "Kunden ombedd om samtycke",
      official: "Kopplingen officiell",
      dispute: "Överklagat",
      uphold_dispute: "Överklagandet bifallet",
      reject_dispute: "Överklagandet avslaget",
      rejected_final: "Slutgiltigt avslaget",
      disassociate: "Kopplingen hävd",
      disassociated: "Kopplingen hävd",
      subscription_expired: "Prenumerationen har gått ut",
      ended: "Avslutat",
      superseded: "Ersatt av en annan partner",
      commented: "Kommentar tillagd",
      joined_arbitration: "Tillagt i ett skiljeförfarande",
      win_arbitration: "Vann skiljeförfarandet",
      other: "Registrerat"
    }
  },
  problems: {
    domain_tenant_mismatch: {
      message: "Kundens domän hör inte till klient-ID:t.",
      todo: "Kontrollera klient-ID och domän med kunden."
    },
    product_not_in_tenant: {
      message: "En produkt eller prenumeration finns inte i kundens klientorganisation: {{ item }}.",
      todo: "Gör bara anspråk på produkter som klientorganisationen använder; kontrollera prenumerationen och klient-ID:t med kunden."
    },
    subscription_not_business_applications: {
      message: "Prenumerationen {{ item }} är inte en produkt inom affärsprogram (Dynamics 365).",
      todo: "Ange prenumerations-ID:t för kundens Dynamics 365-produkt."
    },
    subscription_is_csp: {
      message: "Prenumerationen {{ item }} köptes via CSP (Cloud Solution Provider).",
      todo: "Den här partnerrollen gäller bara köp via volymlicensiering eller Web Direct: ta bort prenumerationen eller välj en annan roll."
    },
    subscription_not_provisioned: {
      message: "Prenumerationen {{ item }} är inte etablerad eller aktiverad ännu.",
      todo: "Be kunden aktivera produkten och skicka sedan igen."
    },
    subscription_expired: {
      message: "Prenumerationen {{ item }} har gått ut.",
      todo: "Gör anspråk på kundens nuvarande prenumeration i ett nytt anspråk."
    },
    not_a_subscription_id: {
      message: "{{ item }} är inte ett prenumerations-ID.",
      todo: "Ange prenumerations-ID:t, ett GUID som aaaaaaaa-0000-4000-8000-000000000001."
    },
    subscription_already_claimed: {
      message: "Din organisation har redan {{ item }} eller ett öppet anspråk på det.",
      todo: "Ta bort det från det här anspråket; se ditt befintliga anspråk i stället."
    },
    location_not_enrolled: {
      message: "PartnerID:t är inte registrerat i programmet för den här partnerrollen.",
      todo: "Välj ett registrerat PartnerID, eller registrera först platsen på sidan Incitament."
    },
    role_not_valid_for_solution_area: {
      message: "Partnerrollen gäller inte för lösningsområdet.",
      todo: "Välj en av rollerna som anges för lösningsområdet."
    },
    unknown_workload: {
      message: "{{ item }} är inte en arbetsbelastning i katalogen.",
      todo: "Välj arbetsbelastningarna i listan."
    },
    missing_field: {
      message: "Ett obligatoriskt fält är tomt: {{ item }}.",
      todo: "Fyll i det."
    },
    poe_required: {
      message: "Anspråket saknar bevis på utförande.",
      todo: "Ladda upp ett dokument som kunden har undertecknat och skicka sedan igen."
    },
    acknowledgements_required: {
      message: "Alla bekräftelser gjordes inte.",
      todo: "Skicka igen och kryssa i varje påstående."
    },
    unknown_partner_id: {
      message: "PartnerID:t tillhör ingen av organisationens platser.",
      todo: "Välj en av dina platser."
    },
    other: {
      message: "Anspråket avvisades.",
      todo: "Kontrollera uppgifterna i det här steget."
    }
  },
  fields: {
    name: "Anspråkets namn",
    partnerId: "PartnerID",
    tenantId: "Kundens klient-ID",
    customerDomain: "Kundens domän",
    partnerRole: "Partnerroll",
    solutionArea: "Lösningsområde",
    workloads: "Arbetsbelastningar",
    subscriptionIds: "Prenumerations-ID:n",
    customerContactName: "Kundkontaktens namn",
    customerContactTitle: "Kundkontaktens befattning",
    customerContactEmail: "Kundkontaktens e-post",
    partnerContactName: "Din kontakts namn",
    partnerContactEmail: "Din kontakts e-post",
    revenueSolutionSellerName: "Namn på Dynamics-lösningssäljaren",
    revenueCustomerName: "Kundens namn",
    revenueIsvProductName: "Namn på ISV-produkten eller -lösningen"
  }
}
