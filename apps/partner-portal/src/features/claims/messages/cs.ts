import type { ClaimMessages } from "./en.ts"

export const cs: ClaimMessages = {
  nav: "Nároky",
  statuses: {
    draft: "Koncept",
    submitted: "Odesláno",
    under_review: "V revizi",
    partner_action_required: "Vyžaduje akci",
    approved: "Schváleno",
    rejected: "Zamítnuto",
    disputed: "Napadeno",
    rejected_final: "Definitivně zamítnuto",
    ended: "Ukončeno"
  },
  consentStates: {
    awaiting_response: "Čeká se na odpověď zákazníka",
    accepted: "Zákazník přijal",
    declined: "Zákazník odmítl",
    lapsed: "Bez odpovědi v termínu: považuje se za přijaté",
    none: "Zatím nedotázáno: kontakt zákazníka dostane e-mail při odeslání"
  },
  areas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  areaHints: {
    business_applications: "Produkty Dynamics 365, nárokované podle ID předplatného.",
    modern_work_security: "Úlohy Microsoft 365 a zabezpečení v tenantovi zákazníka."
  },
  roles: {
    build_intent_advisor: "Budování záměru – poradce",
    usage_recognition: "Uznání využití – bez pobídek",
    influenced_revenue: "Uznání ovlivněných výnosů – bez pobídek",
    use_or_consume: "Využití nebo spotřeba"
  },
  roleExplanations: {
    build_intent_advisor:
      "Tuto možnost vyberte, pokud jste ovlivnili nákup způsobilého produktu a chcete požádat o pobídky před prodejem. Platí jen pro produkty zakoupené prostřednictvím multilicenční smlouvy nebo programu Web Direct.",
    usage_recognition:
      "Tuto možnost vyberte, pokud řídíte přijetí a využití způsobilé úlohy u zákazníka. Platí jen pro produkty zakoupené prostřednictvím multilicenční smlouvy nebo programu Web Direct.",
    influenced_revenue:
      "Tuto možnost vyberte, pokud jste jako obchodní vlivová osoba ovlivnili výběr způsobilého produktu. Slouží jen k přidružení výnosů, nikdy k výplatě pobídek. Platí jen pro produkty zakoupené prostřednictvím multilicenční smlouvy nebo programu Web Direct.",
    use_or_consume:
      "Tuto možnost vyberte, pokud řídíte přijetí a využití způsobilé úlohy a chcete požádat o pobídky za využití."
  },
  list: {
    title: "Nároky zákazníků",
    intro: "Vaše nároky být nárokovaným partnerem pro úlohy a předplatná zákazníků, od nejnovějších.",
    newClaim: "Nový nárok",
    status: "Stav",
    allStatuses: "Všechny stavy",
    search: "Název nároku nebo ID tenanta",
    filters: "Filtrovat nároky",
    searchButton: "Hledat",
    clear: "Vymazat filtry",
    caption: "Nároky",
    columns: {
      name: "Nárok",
      status: "Stav",
      partnerId: "PartnerID",
      customer: "Tenant zákazníka",
      role: "Role partnera",
      due: "Váš termín",
      updated: "Poslední změna"
    },
    empty: "Zatím žádné nároky",
    emptyBodyViewer: "Nároky vytvářejí správci a uživatelé pobídek vaší organizace; zobrazí se zde.",
    emptyBody: "Vytvořte nárok a přidružte úlohy nebo předplatná zákazníka k jednomu ze svých umístění.",
    noMatch: "Žádné odpovídající nároky",
    noMatchBody: "Zkuste jiný stav nebo hledaný text, nebo filtry vymažte."
  },
  wizard: {
    titleNew: "Nový nárok",
    titleEdit: "Upravit nárok",
    progress: "Krok {{ step }} z {{ total }}",
    steps: {
      area: "Oblast řešení",
      role: "Role partnera",
      details: "Zákazník a PartnerID",
      products: "Produkty",
      contacts: "Kontakty",
      review: "Kontrola"
    },
    next: "Další",
    back: "Zpět",
    cancel: "Zrušit",
    savedLocally: "Co napíšete, se ukládá na tomto zařízení, dokud nevytvoříte koncept.",
    restored: "Obnovili jsme nárok, který jste dříve začali.",
    startOver: "Začít znovu",
    savedLocallyEdit: "Vaše změny se ukládají na tomto zařízení, dokud je neuložíte do nároku.",
    restoredEdit: "Obnovili jsme změny, které jste ještě neuložili.",
    discardChanges: "Zahodit mé změny",
    areaLegend: "Pro kterou oblast řešení je nárok?",
    roleLegend: "Jakou aktivitu jste pro zákazníka provedli?",
    roleHint:
      "Nárok s nesprávnou rolí partnera může vést ke ztrátě způsobilosti a příjmů z pobídek. Vyberte roli, jejíž popis odpovídá.",
    name: "Název nároku",
    nameHint: "Název podle vás, např. zákazník a projekt.",
    partnerIdLegend: "Nárokující PartnerID",
    partnerIdHint:
      "S touto rolí mohou nárokovat jen umístění zaregistrovaná v programu {{ program }}. Pokud nevíte, které PartnerID použít, obraťte se na globálního správce.",
    enrolledIn: "Zaregistrováno v programu {{ program }}",
    whyInvited:
      "Pozváno do programu {{ program }}, ale zatím nezaregistrováno: správce pobídek přijme pozvánku na stránce Pobídky.",
    whyEnrolling: "Registrace do programu {{ program }} ještě není dokončena.",
    whyNotEnrolled: "Není zaregistrováno v programu {{ program }}.",
    whyNoRole: "V tomto umístění nemáte žádnou roli pro pobídky.",
    noEnrolledLocation:
      "Žádné z vašich umístění není zaregistrováno v programu {{ program }}. Nejprve zaregistrujte umístění na stránce Pobídky, nebo vyberte jinou roli partnera.",
    noIncentivesRole:
      "V žádném umístění nemáte roli pro pobídky, proto nemůžete podávat nároky. Globální správce vám může přidělit roli správce nebo uživatele pobídek umístění.",
    tenantId: "ID tenanta zákazníka",
    tenantIdHint: "ID adresáře (tenanta) zákazníka, GUID jako 11111111-1111-4111-8111-111111111111.",
    domain: "Doména zákazníka",
    domainHint: "Ověřená doména tohoto tenanta, např. contoso.onmicrosoft.com.",
    optOut: "Odhlásit se z výplaty pobídek pro tento nárok",
    optOutHint: "Přidružení se zaznamená, ale pobídku za něj nezískáte.",
    workloadsLegend: "Úlohy, které zákazník používá",
    workloadsHint: "Vyberte každou úlohu, jejíž zavádění řídíte. Můžete vybrat i více než čtyři.",
    subscriptions: "ID předplatných",
    subscriptionsHint:
      "Jedno ID předplatného Dynamics 365 na řádek (GUID), zakoupeného prostřednictvím multilicence nebo programu Web Direct.",
    revenueHeading: "Přidružení výnosů",
    sellerName: "Jméno prodejce řešení Dynamics",
    customerName: "Jméno zákazníka",
    isvProductName: "Název produktu nebo řešení ISV",
    customerContact: "Kontakt zákazníka",
    customerContactHint:
      "Při odeslání pošleme této osobě e-mailem odkaz pro přijetí nebo odmítnutí přidružení. Všechna pole jsou povinná.",
    partnerContact: "Váš kontakt",
    contactName: "Jméno",
    contactTitle: "Pracovní pozice",
    contactEmail: "E-mail",
    contactLanguage: "Jazyk e-mailů kontaktu",
    contactLanguageHint:
      "Žádost o souhlas a všechny další e-maily kontaktní osobě zákazníka budou v tomto jazyce.",
    reviewIntro:
      "Zkontrolujte údaje. Před vytvořením konceptu můžete kteroukoli část změnit odkazem Upravit.",
    edit: "Upravit",
    editSection: "Upravit: {{ section }}",
    optedOut: "Odhlášeno z výplaty pobídek",
    notOptedOut: "Výplata pobídek požadována",
    create: "Vytvořit koncept",
    creating: "Vytváří se…",
    save: "Uložit změny",
    saving: "Ukládá se…",
    created: "Koncept byl vytvořen",
    createdBody: "Další krok: nahrajte doklad o provedení a nárok odešlete.",
    savedChanges: "Změny byly uloženy",
    required: "Vyplňte toto pole.",
    chooseArea: "Vyberte oblast řešení.",
    chooseRole: "Vyberte roli partnera.",
    choosePartnerId: "Vyberte nárokující PartnerID.",
    chooseWorkload: "Vyberte alespoň jednu úlohu.",
    addSubscription: "Přidejte alespoň jedno ID předplatného.",
    invalidEmail: "Zadejte e-mailovou adresu jako jmeno@example.com.",
    stepProblems: "Opravte označená pole.",
    fromSubmission: "Poslední odeslání bylo v tomto kroku odmítnuto:"
  },
  detail: {
    allClaims: "Všechny nároky",
    summary: "Souhrn",
    status: "Stav",
    partnerId: "PartnerID",
    tenant: "Tenant zákazníka",
    domain: "Doména zákazníka",
    area: "Oblast řešení",
    role: "Role partnera",
    workloads: "Úlohy",
    subscriptions: "Předplatná",
    incentives: "Výplata pobídek",
    optedOut: "Odhlášeno",
    requested: "Požadováno",
    customerContact: "Kontakt zákazníka",
    partnerContact: "Váš kontakt",
    revenue: "Přidružení výnosů",
    created: "Vytvořeno",
    submitted: "Odesláno",
    consent: "Souhlas zákazníka",
    consentState: "Stav souhlasu",
    consentWindow: "Zákazník může odmítnout do",
    official: "Oficiální od",
    deadlines: "Termíny",
    reviewStartBy: "Revize začne nejpozději",
    partnerResponseBy: "Vaše odpověď je splatná do",
    disputeBy: "Napadnout můžete do",
    disputeAnswerBy: "O napadení se rozhodne do",
    noDeadlines: "Žádné otevřené termíny.",
    arbitration: "Konkurenční nárok",
    arbitrationUnderReview:
      "Jiný partner nárokuje stejnou úlohu nebo předplatné zákazníka. Revizor porovná doklady o provedení a může se obrátit na současného partnera, což může trvat déle než 5 pracovních dnů. Budete upozorněni v komentářích.",
    arbitrationInformation:
      "Jiný partner nárokuje stejnou úlohu nebo předplatné zákazníka. Revizor od vás potřebuje další informace: viz komentáře.",
    arbitrationWon:
      "Jiný partner nárokoval stejnou úlohu nebo předplatné zákazníka. Revize rozhodla ve prospěch vašeho nároku.",
    arbitrationLost:
      "Jiný partner nárokoval stejnou úlohu nebo předplatné zákazníka. Revize rozhodla ve prospěch druhého nároku.",
    arbitrationDeadline: "Rozhodnutí se očekává do",
    rejection: "Proč byl nárok zamítnut",
    rejectionReasons: {
      customer_declined: "Zákazník přidružení odmítl.",
      insufficient_poe: "Doklad o provedení nebyl dostatečný.",
      missing_customer_consent_on_poe: "Doklad o provedení neobsahuje souhlas zákazníka.",
      missing_products: "Doklad o provedení neuvádí nárokované produkty.",
      poe_unavailable: "Doklad o provedení nešlo otevřít.",
      no_partner_response: "Žádná odpověď na žádost revizora do 14 pracovních dnů.",
      partner_request: "Ukončeno na vaši žádost.",
      lost_arbitration: "Arbitráž vyhrál nárok jiného partnera.",
      other: "Jiný důvod (viz poznámka revizora)."
    },
    rejectionText: "Poznámka revizora",
    actions: "Co můžete udělat",
    editClaim: "Upravit nárok",
    noActions: "S tímto nárokem teď není co dělat.",
    incentivesUserNote:
      "Odeslat, napadnout nebo zrušit přidružení tohoto nároku může jen správce pobídek umístění.",
    poe: "Doklad o provedení",
    poeIntro:
      "Dokument podepsaný zákazníkem, např. popis prací. Při konkurenčních nárocích vítězí nejnovější platný doklad.",
    poeNone: "Zatím žádný dokument. Před odesláním nahrajte doklad o provedení.",
    poeHidden: "Dokumenty: {{ count }} (vidí je jen nárokující organizace).",
    download: "Stáhnout",
    downloadNamed: "Stáhnout {{ name }}",
    template: "Stáhnout šablonu PoE",
    templateHint:
      "PDF předvyplněné zákazníkem, partnerem, rolí a produkty tohoto nároku, k podpisu zákazníkem.",
    addNewer: "Přidat novější doklad o provedení",
    addNewerIntro:
      "Vaše přiřazení je schválené. Pokud o stejné produkty požádá jiný partner, vyhrává nejnovější platný doklad: jakmile ho budete mít, přidejte novější podepsaný dokument. Stav se nezmění.",
    remove: "Odebrat",
    removeNamed: "Odebrat {{ name }}",
    removeTitle: "Odebrat {{ name }}?",
    removeBody: "Dokument bude z tohoto nároku odstraněn. Později ho můžete nahrát znovu.",
    removed: "Soubor {{ name }} byl odebrán",
    fileColumn: "Soubor",
    sizeColumn: "Velikost",
    uploadedColumn: "Nahráno",
    dropHere: "Přetáhněte sem soubor, nebo",
    chooseFile: "Vyberte soubor",
    fileTypes: "PDF, PNG, JPEG nebo Word (DOCX), nejvýše 10 MB.",
    uploading: "Nahrává se {{ name }}: {{ percent }} %",
    uploaded: "Soubor {{ name }} byl nahrán",
    uploadTooLarge: "Soubor {{ name }} je větší než 10 MB. Nahrajte menší soubor, např. komprimované PDF.",
    uploadUnsupported:
      "Soubor {{ name }} není dokument PDF, PNG, JPEG ani Word (DOCX). Uložte ho v některém z těchto formátů a nahrajte znovu.",
    uploadFailed: "Soubor {{ name }} nebyl nahrán: {{ reason }}",
    submit: "Odeslat nárok",
    resubmit: "Znovu odeslat nárok",
    submitTitle: "Odeslat tento nárok?",
    submitBody:
      "Kontaktu zákazníka ({{ email }}) pošleme e-mailem odkaz pro přijetí nebo odmítnutí přidružení. Po odeslání nárok nemůžete upravovat, pokud revizor nepožádá o další informace.",
    resubmitTitle: "Znovu odeslat tento nárok?",
    resubmitBody: "Revizor uvidí vaše změny a odpovědi. Potom můžete nárok znovu upravit jen na požádání.",
    acknowledgements: "Potvrzení",
    acknowledgementsIntro: "Pro odeslání nároku potvrďte každé prohlášení.",
    acknowledgementsMissing: "Pro odeslání nároku zaškrtněte každé prohlášení.",
    acknowledgementsConfirmed: "Potvrzeno při odeslání:",
    /** The default statements of every program (SPEC §5), shown in the user's language while unchanged. */
    statements: {
      poe_signed_by_customer: "Doklad o provedení je podepsán zákazníkem.",
      information_accurate: "Údaje v tomto nároku jsou správné a nárok může být auditován.",
      wrong_role_forfeits_incentives: "Nesprávná role partnera nebo PartnerID může vést ke ztrátě pobídek."
    },
    submitting: "Odesílá se…",
    submitted_: "Nárok byl odeslán",
    resubmitted: "Nárok byl znovu odeslán",
    submitNeedsPoe: "Nejprve nahrajte doklad o provedení.",
    problems: "Před odesláním opravte tyto problémy",
    problemsIntro: "Nárok nebyl odeslán. Každý problém je uveden u kroku, ve kterém ho opravíte.",
    fixIn: "Opravit v kroku „{{ step }}“",
    uploadBelow: "Nahrát níže",
    dispute: "Napadnout zamítnutí",
    disputeTitle: "Napadnout toto zamítnutí?",
    disputeBody:
      "Zamítnutí můžete napadnout jednou, do {{ deadline }}. Revizor nárok posoudí znovu; vysvětlete, proč by se rozhodnutí mělo změnit.",
    disputeReason: "Proč by se rozhodnutí mělo změnit?",
    disputeConfirm: "Napadnout",
    disputed: "Napadení bylo odesláno",
    disassociate: "Zrušit přidružení",
    disassociateTitle: "Ukončit toto přidružení?",
    disassociateBody:
      "Přidružení k zákazníkovi skončí natrvalo (definitivně zamítnuto) a už z něj nic nezískáte. Tuto akci nelze vrátit zpět.",
    disassociateReason: "Důvod ukončení přidružení",
    disassociateConfirm: "Ukončit přidružení",
    disassociated: "Přidružení bylo ukončeno",
    reasonRequired: "Uveďte důvod.",
    comments: "Komentáře",
    commentsNone: "Zatím žádné komentáře. Revizor se zde zeptá, když bude potřebovat další informace.",
    commentLabel: "Přidat komentář",
    commentSend: "Odeslat komentář",
    commentSent: "Komentář byl odeslán",
    systemNotice: "Oznámení od OpenPOR",
    notices: {
      arbitration:
        "Tento nárok je nyní součástí arbitráže: jiný partner také nárokuje některé ze stejných úloh nebo předplatných, nebo je už drží. Dodavatel porovná důkazy o provedení všech stran a rozhodne; revize může trvat déle než obvykle, zatímco dodavatel konzultuje strany. Pokud bude potřeba více informací, revizor se vás zeptá zde v komentářích."
    },
    olderComments: "Zobrazit starší komentáře",
    olderCommentsLoading: "Načítají se starší komentáře…",
    olderCommentsFailed: "Starší komentáře se nepodařilo načíst.",
    olderCommentsLoaded: "Zobrazené starší komentáře: {{ count }}",
    authors: {
      partner: "Partner",
      vendor: "Revizor",
      customer: "Zákazník",
      system: "Systém"
    },
    history: "Historie",
    historyNone: "Zatím nic nezaznamenáno.",
    olderHistory: "Zobrazit dřívější historii",
    olderHistoryLoading: "Načítá se dřívější historie…",
    olderHistoryFailed: "Dřívější historii se nepodařilo načíst.",
    olderHistoryLoaded: "Zobrazené dřívější záznamy historie: {{ count }}",
    statusChange: "{{ from }} → {{ to }}",
    by: "provedl: {{ actor }}",
    events: {
      created: "Koncept vytvořen",
      edit: "Nárok upraven",
      updated: "Nárok upraven",
      attach_poe: "Doklad o provedení nahrán",
      poe_attached: "Doklad o provedení nahrán",
      remove_poe: "Doklad o provedení odebrán",
      poe_removed: "Doklad o provedení odebrán",
      submit: "Odesláno",
      submitted: "Odesláno",
      resubmit: "Znovu odesláno",
      start_review: "Revize zahájena",
      assigned: "Revizor přidělen",
      approve: "Schváleno",
      approved: "Schváleno",
      reject: "Zamítnuto",
      rejected: "Zamítnuto",
      request_info: "Vyžádány další informace",
      info_requested: "Vyžádány další informace",
      no_partner_response: "Zamítnuto: bez odpovědi v termínu",
      customer_decline: "Zákazník odmítl",
      customer_declined: "Zákazník odmítl",
      customer_accept: "Zákazník přijal",
      consent_request: "Zákazník požádán o souhlas",
      official: "Přidružení je oficiální",
      dispute: "Napadeno",
      uphold_dispute: "Napadení vyhověno",
      reject_dispute: "Napadení zamítnuto",
      rejected_final: "Definitivně zamítnuto",
      disassociate: "Přidružení zrušeno",
      disassociated: "Přidružení zrušeno",
      subscription_expired: "Předplatné vypršelo",
      ended: "Ukončeno",
      superseded: "Nahrazeno jiným partnerem",
      commented: "Přidán komentář",
      joined_arbitration: "Zařazeno do arbitráže",
      win_arbitration: "Arbitráž vyhrána",
      other: "Zaznamenáno"
    }
  },
  problems: {
    domain_tenant_mismatch: {
      message: "Doména zákazníka nepatří k ID tenanta.",
      todo: "Ověřte ID tenanta a doménu u zákazníka."
    },
    product_not_in_tenant: {
      message: "Produkt nebo předplatné není v tenantovi zákazníka: {{ item }}.",
      todo: "Nárokujte jen produkty, které tenant používá; ověřte předplatné a ID tenanta u zákazníka."
    },
    subscription_not_business_applications: {
      message: "Předplatné {{ item }} není produktem obchodních aplikací (Dynamics 365).",
      todo: "Zadejte ID předplatného produktu Dynamics 365 zákazníka."
    },
    subscription_is_csp: {
      message: "Předplatné {{ item }} bylo zakoupeno prostřednictvím CSP (Cloud Solution Provider).",
      todo: "Tato role partnera platí jen pro nákupy prostřednictvím multilicence nebo programu Web Direct: předplatné odeberte nebo vyberte jinou roli."
    },
    subscription_not_provisioned: {
      message: "Předplatné {{ item }} ještě není zřízené ani aktivované.",
      todo: "Požádejte zákazníka o aktivaci produktu a pak nárok odešlete znovu."
    },
    subscription_expired: {
      message: "Předplatné {{ item }} vypršelo.",
      todo: "Aktuální předplatné zákazníka nárokujte v novém nároku."
    },
    not_a_subscription_id: {
      message: "{{ item }} není ID předplatného.",
      todo: "Zadejte ID předplatného, GUID jako aaaaaaaa-0000-4000-8000-000000000001."
    },
    subscription_already_claimed: {
      message: "Vaše organizace již drží {{ item }} nebo na to má otevřený nárok.",
      todo: "Odeberte to z tohoto nároku; podívejte se raději na svůj stávající nárok."
    },
    location_not_enrolled: {
      message: "PartnerID není zaregistrováno v programu této role partnera.",
      todo: "Vyberte zaregistrované PartnerID, nebo nejprve zaregistrujte umístění na stránce Pobídky."
    },
    role_not_valid_for_solution_area: {
      message: "Role partnera neplatí pro tuto oblast řešení.",
      todo: "Vyberte jednu z rolí uvedených pro oblast řešení."
    },
    unknown_workload: {
      message: "{{ item }} není úlohou katalogu.",
      todo: "Vyberte úlohy ze seznamu."
    },
    missing_field: {
      message: "Povinné pole je prázdné: {{ item }}.",
      todo: "Vyplňte ho."
    },
    poe_required: {
      message: "Nárok nemá doklad o provedení.",
      todo: "Nahrajte dokument podepsaný zákazníkem a pak nárok odešlete znovu."
    },
    acknowledgements_required: {
      message: "Nebyla potvrzena všechna prohlášení.",
      todo: "Odešlete znovu a zaškrtněte každé prohlášení."
    },
    unknown_partner_id: {
      message: "PartnerID nepatří žádnému umístění vaší organizace.",
      todo: "Vyberte jedno ze svých umístění."
    },
    other: {
      message: "Nárok byl odmítnut.",
      todo: "Zkontrolujte údaje tohoto kroku."
    }
  },
  fields: {
    name: "Název nároku",
    partnerId: "PartnerID",
    tenantId: "ID tenanta zákazníka",
    customerDomain: "Doména zákazníka",
    partnerRole: "Role partnera",
    solutionArea: "Oblast řešení",
    workloads: "Úlohy",
    subscriptionIds: "ID předplatných",
    customerContactName: "Jméno kontaktu zákazníka",
    customerContactTitle: "Pozice kontaktu zákazníka",
    customerContactEmail: "E-mail kontaktu zákazníka",
    partnerContactName: "Jméno vašeho kontaktu",
    partnerContactEmail: "E-mail vašeho kontaktu",
    revenueSolutionSellerName: "Jméno prodejce řešení Dynamics",
    revenueCustomerName: "Jméno zákazníka",
    revenueIsvProductName: "Název produktu nebo řešení ISV"
  }
}
