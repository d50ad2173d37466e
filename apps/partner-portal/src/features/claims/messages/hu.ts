import type { ClaimMessages } from "./en.ts"

export const hu: ClaimMessages = {
  nav: "Igények",
  statuses: {
    draft: "Piszkozat",
    submitted: "Beküldve",
    under_review: "Ellenőrzés alatt",
    partner_action_required: "Teendő szükséges",
    approved: "Jóváhagyva",
    rejected: "Elutasítva",
    disputed: "Megfellebbezve",
    rejected_final: "Véglegesen elutasítva",
    ended: "Lezárult"
  },
  consentStates: {
    awaiting_response: "Az ügyfél válaszára vár",
    accepted: "Az ügyfél elfogadta",
    declined: "Az ügyfél elutasította",
    lapsed: "Nem érkezett válasz a határidőig: elfogadottnak tekintjük",
    none: "Még nem kérdeztük meg: az ügyfél kapcsolattartója a beküldéskor e-mailt kap"
  },
  areas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  areaHints: {
    business_applications: "Dynamics 365-termékek, előfizetés-azonosító alapján igényelve.",
    modern_work_security: "Az ügyfél bérlőjének Microsoft 365- és biztonsági munkaterhelései."
  },
  roles: {
    build_intent_advisor: "Vásárlási szándék építése – tanácsadó",
    usage_recognition: "Használat elismerése – ösztönző nélkül",
    influenced_revenue: "Befolyásolt bevétel elismerése – ösztönző nélkül",
    use_or_consume: "Használat vagy fogyasztás"
  },
  roleExplanations: {
    build_intent_advisor:
      "Akkor válassza, ha befolyásolta egy jogosult termék megvásárlását, és értékesítés előtti ösztönzőt szeretne igényelni. Csak mennyiségi licencszerződéssel vagy Web Direct útján vásárolt termékekhez.",
    usage_recognition:
      "Akkor válassza, ha elősegíti egy jogosult munkaterhelés bevezetését és használatát az ügyfélnél. Csak mennyiségi licencszerződéssel vagy Web Direct útján vásárolt termékekhez.",
    influenced_revenue:
      "Akkor válassza, ha üzleti befolyásolóként hatott egy jogosult termék kiválasztására. Csak bevétel-hozzárendelésre szolgál, ösztönző kifizetésre soha. Csak mennyiségi licencszerződéssel vagy Web Direct útján vásárolt termékekhez.",
    use_or_consume:
      "Akkor válassza, ha elősegíti egy jogosult munkaterhelés bevezetését és használatát, és használati ösztönzőt szeretne igényelni."
  },
  list: {
    title: "Ügyféligények",
    intro:
      "Az Ön igényei arra, hogy ügyfelek munkaterheléseinek és előfizetéseinek nyilvántartott partnere legyen, a legújabbak elöl.",
    newClaim: "Új igény",
    status: "Állapot",
    allStatuses: "Minden állapot",
    search: "Igény neve vagy bérlőazonosító",
    filters: "Igények szűrése",
    searchButton: "Keresés",
    clear: "Szűrők törlése",
    caption: "Igények",
    columns: {
      name: "Igény",
      status: "Állapot",
      partnerId: "PartnerID",
      customer: "Ügyfél bérlője",
      role: "Partnerszerep",
      due: "Az Ön határideje",
      updated: "Utolsó módosítás"
    },
    empty: "Még nincs igény",
    emptyBodyViewer:
      "A szervezete ösztönző-rendszergazdái és -felhasználói hoznak létre igényeket; azok itt jelennek meg.",
    emptyBody:
      "Hozzon létre egy igényt, hogy egy ügyfél munkaterheléseit vagy előfizetéseit az egyik telephelyéhez rendelje.",
    noMatch: "Nincs megfelelő igény",
    noMatchBody: "Próbáljon másik állapotot vagy keresőszöveget, vagy törölje a szűrőket."
  },
  wizard: {
    titleNew: "Új igény",
    titleEdit: "Igény szerkesztése",
    progress: "{{ step }}. lépés / {{ total }}",
    steps: {
      area: "Megoldási terület",
      role: "Partnerszerep",
      details: "Ügyfél és PartnerID",
      products: "Termékek",
      contacts: "Kapcsolattartók",
      review: "Áttekintés"
    },
    next: "Tovább",
    back: "Vissza",
    cancel: "Mégse",
    savedLocally: "Amit beír, ezen az eszközön mentjük, amíg létre nem hozza a piszkozatot.",
    restored: "Visszaállítottuk a korábban megkezdett igényt.",
    startOver: "Újrakezdés",
    savedLocallyEdit: "A módosításait ezen az eszközön tároljuk, amíg nem menti őket az igénybe.",
    restoredEdit: "Visszaállítottuk a még nem mentett módosításait.",
    discardChanges: "Módosításaim elvetése",
    areaLegend: "Melyik megoldási területre vonatkozik az igény?",
    roleLegend: "Milyen tevékenységet végzett az ügyfélnek?",
    roleHint:
      "A rossz partnerszereppel benyújtott igény a jogosultság és az ösztönző bevétel elvesztéséhez vezethet. Válassza azt a szerepet, amelynek leírása illik.",
    name: "Az igény neve",
    nameHint: "Egy Ön által választott név, például az ügyfél és a projekt.",
    partnerIdLegend: "Igénylő PartnerID",
    partnerIdHint:
      "Ezzel a szereppel csak a(z) {{ program }} programba regisztrált telephelyek igényelhetnek. Ha nem biztos benne, melyik PartnerID-t használja, kérdezze meg a globális rendszergazdát.",
    enrolledIn: "Regisztrálva: {{ program }}",
    whyInvited:
      "Meghívást kapott a(z) {{ program }} programba, de még nincs regisztrálva: egy ösztönző-rendszergazda fogadja el a meghívást az Ösztönzők oldalon.",
    whyEnrolling: "A regisztráció a(z) {{ program }} programba még nem fejeződött be.",
    whyNotEnrolled: "Nincs regisztrálva a(z) {{ program }} programba.",
    whyNoRole: "Ezen a telephelyen nincs ösztönzőkkel kapcsolatos szerepköre.",
    noEnrolledLocation:
      "Egyik telephelye sincs regisztrálva a(z) {{ program }} programba. Először regisztráljon egy telephelyet az Ösztönzők oldalon, vagy válasszon másik partnerszerepet.",
    noIncentivesRole:
      "Egyik telephelyen sincs ösztönzőkkel kapcsolatos szerepköre, ezért nem nyújthat be igényt. Egy globális rendszergazda megadhatja Önnek egy telephely ösztönző-rendszergazdai vagy -felhasználói szerepkörét.",
    tenantId: "Az ügyfél bérlőazonosítója",
    tenantIdHint:
      "Az ügyfél címtár- (bérlő-) azonosítója, egy GUID, például 11111111-1111-4111-8111-111111111111.",
    domain: "Az ügyfél tartománya",
    domainHint: "A bérlő egy ellenőrzött tartománya, például contoso.onmicrosoft.com.",
    optOut: "Lemondok az ösztönző kifizetésekről ennél az igénynél",
    optOutHint: "A hozzárendelést rögzítjük, de ösztönzőt nem kap érte.",
    workloadsLegend: "Az ügyfél által használt munkaterhelések",
    workloadsHint:
      "Jelöljön be minden munkaterhelést, amelynek bevezetését elősegíti. Négynél többet is választhat.",
    subscriptions: "Előfizetés-azonosítók",
    subscriptionsHint:
      "Soronként egy Dynamics 365-előfizetés-azonosító (GUID), mennyiségi licenceléssel vagy Web Direct útján vásárolva.",
    revenueHeading: "Bevétel-hozzárendelés",
    sellerName: "A Dynamics-megoldás értékesítőjének neve",
    customerName: "Az ügyfél neve",
    isvProductName: "Az ISV-termék vagy -megoldás neve",
    customerContact: "Az ügyfél kapcsolattartója",
    customerContactHint:
      "Beküldéskor e-mailben küldünk ennek a személynek egy hivatkozást a hozzárendelés elfogadásához vagy elutasításához. Minden mező kötelező.",
    partnerContact: "Az Ön kapcsolattartója",
    contactName: "Név",
    contactTitle: "Beosztás",
    contactEmail: "E-mail-cím",
    contactLanguage: "A kapcsolattartónak küldött e-mailek nyelve",
    contactLanguageHint:
      "A hozzájárulási kérelem és minden későbbi e-mail ezen a nyelven készül az ügyfél kapcsolattartójának.",
    reviewIntro:
      "Ellenőrizze az adatokat. A piszkozat létrehozása előtt bármelyik szakaszt módosíthatja a Szerkesztés hivatkozással.",
    edit: "Szerkesztés",
    editSection: "{{ section }} szerkesztése",
    optedOut: "Lemondott az ösztönző kifizetésekről",
    notOptedOut: "Ösztönző kifizetést kér",
    create: "Piszkozat létrehozása",
    creating: "Létrehozás…",
    save: "Módosítások mentése",
    saving: "Mentés…",
    created: "A piszkozat elkészült",
    createdBody: "Következő lépés: töltse fel a teljesítés igazolását, és küldje be az igényt.",
    savedChanges: "A módosítások mentve",
    required: "Töltse ki ezt a mezőt.",
    chooseArea: "Válasszon megoldási területet.",
    chooseRole: "Válasszon partnerszerepet.",
    choosePartnerId: "Válassza ki az igénylő PartnerID-t.",
    chooseWorkload: "Válasszon legalább egy munkaterhelést.",
    addSubscription: "Adjon meg legalább egy előfizetés-azonosítót.",
    invalidEmail: "Adjon meg egy e-mail-címet, például nev@example.com.",
    stepProblems: "Javítsa a megjelölt mezőket.",
    fromSubmission: "Az utolsó beküldést ennél a lépésnél elutasítottuk:"
  },
  detail: {
    allClaims: "Összes igény",
    summary: "Összefoglaló",
    status: "Állapot",
    partnerId: "PartnerID",
    tenant: "Ügyfél bérlője",
    domain: "Az ügyfél tartománya",
    area: "Megoldási terület",
    role: "Partnerszerep",
    workloads: "Munkaterhelések",
    subscriptions: "Előfizetések",
    incentives: "Ösztönző kifizetések",
    optedOut: "Lemondott róla",
    requested: "Kérve",
    customerContact: "Az ügyfél kapcsolattartója",
    partnerContact: "Az Ön kapcsolattartója",
    revenue: "Bevétel-hozzárendelés",
    created: "Létrehozva",
    submitted: "Beküldve",
    consent: "Az ügyfél hozzájárulása",
    consentState: "Állapot",
    consentWindow: "Az ügyfél eddig utasíthatja el",
    official: "Hivatalos ekkortól",
    deadlines: "Határidők",
    reviewStartBy: "Az ellenőrzés kezdete legkésőbb",
    partnerResponseBy: "Az Ön válaszának határideje",
    disputeBy: "Fellebbezési határidő",
    disputeAnswerBy: "A fellebbezésről döntés legkésőbb",
    noDeadlines: "Nincs nyitott határidő.",
    arbitration: "Versengő igény",
    arbitrationUnderReview:
      "Egy másik partner ugyanarra az ügyfél-munkaterhelésre vagy előfizetésre tart igényt. Az ellenőr összeveti a teljesítési igazolásokat, és megkeresheti a jelenlegi partnert, ami 5 munkanapnál tovább tarthat. A megjegyzésekben értesítjük.",
    arbitrationInformation:
      "Egy másik partner ugyanarra az ügyfél-munkaterhelésre vagy előfizetésre tart igényt. Az ellenőrnek további információra van szüksége Öntől: lásd a megjegyzéseket.",
    arbitrationWon:
      "Egy másik partner ugyanarra az ügyfél-munkaterhelésre vagy előfizetésre tartott igényt. Az ellenőrzés az Ön igénye mellett döntött.",
    arbitrationLost:
      "Egy másik partner ugyanarra az ügyfél-munkaterhelésre vagy előfizetésre tartott igényt. Az ellenőrzés a másik igény mellett döntött.",
    arbitrationDeadline: "Várható döntés legkésőbb",
    rejection: "Miért utasították el az igényt",
    rejectionReasons: {
      customer_declined: "Az ügyfél elutasította a hozzárendelést.",
      insufficient_poe: "A teljesítés igazolása nem volt elegendő.",
      missing_customer_consent_on_poe: "A teljesítés igazolásán nem látszik az ügyfél hozzájárulása.",
      missing_products: "A teljesítés igazolása nem nevezi meg az igényelt termékeket.",
      poe_unavailable: "A teljesítés igazolását nem lehetett megnyitni.",
      no_partner_response: "14 munkanapon belül nem érkezett válasz az ellenőr kérésére.",
      partner_request: "Az Ön kérésére lezárva.",
      lost_arbitration: "Egy másik partner igénye nyerte a döntőbíráskodást.",
      other: "Más ok (lásd az ellenőr megjegyzését)."
    },
    rejectionText: "Az ellenőr megjegyzése",
    actions: "Mit tehet",
    editClaim: "Igény szerkesztése",
    noActions: "Ezzel az igénnyel most nincs teendő.",
    incentivesUserNote:
      "Ezt az igényt csak a telephely ösztönző-rendszergazdája küldheti be, fellebbezheti meg vagy bonthatja fel.",
    poe: "Teljesítés igazolása",
    poeIntro:
      "Az ügyfél által aláírt dokumentum, például munkaleírás. Versengő igényeknél a legújabb érvényes igazolás nyer.",
    poeNone: "Még nincs dokumentum. Beküldés előtt töltse fel a teljesítés igazolását.",
    poeHidden: "{{ count }} dokumentum (csak az igénylő szervezet láthatja).",
    download: "Letöltés",
    downloadNamed: "{{ name }} letöltése",
    template: "PoE-sablon letöltése",
    templateHint:
      "Az igénylés ügyfelével, partnerével, szerepkörével és termékeivel előre kitöltött PDF, amelyet az ügyfél aláír.",
    addNewer: "Újabb teljesítési igazolás hozzáadása",
    addNewerIntro:
      "A társítás jóvá van hagyva. Ha egy másik partner ugyanazokat a termékeket igényli, a legfrissebb érvényes igazolás nyer: adjon hozzá újabb aláírt dokumentumot, amint van ilyen. Az állapot nem változik.",
    remove: "Eltávolítás",
    removeNamed: "{{ name }} eltávolítása",
    removeTitle: "Eltávolítja ezt: {{ name }}?",
    removeBody: "A dokumentumot töröljük ebből az igényből. Később újra feltöltheti.",
    removed: "{{ name }} eltávolítva",
    fileColumn: "Fájl",
    sizeColumn: "Méret",
    uploadedColumn: "Feltöltve",
    dropHere: "Húzzon ide egy fájlt, vagy",
    chooseFile: "Fájl kiválasztása",
    fileTypes: "PDF, PNG, JPEG vagy Word (DOCX), legfeljebb 10 MB.",
    uploading: "{{ name }} feltöltése: {{ percent }} %",
    uploaded: "{{ name }} feltöltve",
    uploadTooLarge: "{{ name }} nagyobb 10 MB-nál. Töltsön fel kisebb fájlt, például tömörített PDF-et.",
    uploadUnsupported:
      "{{ name }} nem PDF-, PNG-, JPEG- vagy Word- (DOCX) dokumentum. Mentse ezek egyikébe, és töltse fel újra.",
    uploadFailed: "{{ name }} feltöltése nem sikerült: {{ reason }}",
    submit: "Igény beküldése",
    resubmit: "Igény újbóli beküldése",
    submitTitle: "Beküldi ezt az igényt?",
    submitBody:
      "Az ügyfél kapcsolattartójának ({{ email }}) e-mailben küldünk egy hivatkozást a hozzárendelés elfogadásához vagy elutasításához. Beküldés után az igény csak akkor szerkeszthető, ha az ellenőr további információt kér.",
    resubmitTitle: "Újra beküldi ezt az igényt?",
    resubmitBody:
      "Az ellenőr látja a módosításait és válaszait. Ezután az igényt csak kérésre szerkesztheti újra.",
    acknowledgements: "Nyilatkozatok",
    acknowledgementsIntro: "Az igény beküldéséhez erősítse meg az összes nyilatkozatot.",
    acknowledgementsMissing: "Az igény beküldéséhez jelölje be az összes nyilatkozatot.",
    acknowledgementsConfirmed: "Beküldéskor megerősítve:",
    /** The default statements of every program (SPEC §5), shown in the user's language while unchanged. */
    statements: {
      poe_signed_by_customer: "A teljesítés igazolását az ügyfél aláírta.",
      information_accurate: "Az igény adatai pontosak, és az igény ellenőrizhető.",
      wrong_role_forfeits_incentives:
        "A hibás partnerszerepkör vagy PartnerID az ösztönzők elvesztésével járhat."
    },
    submitting: "Beküldés…",
    submitted_: "Az igény beküldve",
    resubmitted: "Az igény újra beküldve",
    submitNeedsPoe: "Először töltse fel a teljesítés igazolását.",
    problems: "Beküldés előtt javítsa ezeket",
    problemsIntro:
      "Az igényt nem küldtük be. Minden problémát annál a lépésnél sorolunk fel, ahol javíthatja.",
    fixIn: "Javítás ebben a lépésben: „{{ step }}”",
    uploadBelow: "Feltöltés lent",
    dispute: "Elutasítás megfellebbezése",
    disputeTitle: "Megfellebbezi ezt az elutasítást?",
    disputeBody:
      "Egy elutasítást egyszer fellebbezhet meg, eddig: {{ deadline }}. Az ellenőr újra megvizsgálja az igényt; indokolja, miért kellene a döntésnek változnia.",
    disputeReason: "Miért kellene a döntésnek változnia?",
    disputeConfirm: "Fellebbezés",
    disputed: "Fellebbezés elküldve",
    disassociate: "Hozzárendelés megszüntetése",
    disassociateTitle: "Megszünteti ezt a hozzárendelést?",
    disassociateBody:
      "Az ügyféllel való hozzárendelés véglegesen megszűnik (véglegesen elutasítva), és többé nem szerez belőle bevételt. Ez nem vonható vissza.",
    disassociateReason: "A hozzárendelés megszüntetésének oka",
    disassociateConfirm: "Hozzárendelés megszüntetése",
    disassociated: "A hozzárendelés megszűnt",
    reasonRequired: "Adjon meg indokot.",
    comments: "Megjegyzések",
    commentsNone: "Még nincs megjegyzés. Az ellenőr itt kérdez, ha további információra van szükség.",
    commentLabel: "Megjegyzés hozzáadása",
    commentSend: "Megjegyzés küldése",
    commentSent: "A megjegyzés elküldve",
    systemNotice: "Értesítés az OpenPOR-tól",
    notices: {
      arbitration:
        "Ez az igénylés most egy döntőbírósági ügy része: egy másik partner is igényli ugyanazon számítási feladatok vagy előfizetések némelyikét, vagy már hozzá vannak rendelve. A szolgáltató összeveti az összes fél teljesítési igazolását, és dönt; az ellenőrzés a szokásosnál tovább tarthat, amíg a szolgáltató egyeztet a felekkel. Ha további információra van szükség, az ellenőr itt, a megjegyzésekben kérdez."
    },
    olderComments: "Korábbi megjegyzések megjelenítése",
    olderCommentsLoading: "Korábbi megjegyzések betöltése…",
    olderCommentsFailed: "A korábbi megjegyzéseket nem sikerült betölteni.",
    olderCommentsLoaded: "Megjelenített korábbi megjegyzések: {{ count }}",
    authors: {
      partner: "Partner",
      vendor: "Ellenőr",
      customer: "Ügyfél",
      system: "Rendszer"
    },
    history: "Előzmények",
    historyNone: "Még nincs rögzített esemény.",
    olderHistory: "Korábbi előzmények megjelenítése",
    olderHistoryLoading: "Korábbi előzmények betöltése…",
    olderHistoryFailed: "A korábbi előzményeket nem sikerült betölteni.",
    olderHistoryLoaded: "Megjelenített korábbi előzménybejegyzések: {{ count }}",
    statusChange: "{{ from }} → {{ to }}",
    by: "végezte: {{ actor }}",
    events: {
      created: "Piszkozat létrehozva",
      edit: "Igény szerkesztve",
      updated: "Igény szerkesztve",
      attach_poe: "Teljesítési igazolás feltöltve",
      poe_attached: "Teljesítési igazolás feltöltve",
      remove_poe: "Teljesítési igazolás eltávolítva",
      poe_removed: "Teljesítési igazolás eltávolítva",
      submit: "Beküldve",
      submitted: "Beküldve",
      resubmit: "Újra beküldve",
      start_review: "Ellenőrzés megkezdve",
      assigned: "Ellenőr kijelölve",
      approve: "Jóváhagyva",
      approved: "Jóváhagyva",
      reject: "Elutasítva",
      rejected: "Elutasítva",
      request_info: "További információ kérve",
      info_requested: "További információ kérve",
      no_partner_response: "Elutasítva: nem érkezett válasz időben",
      customer_decline: "Az ügyfél elutasította",
      customer_declined: "Az ügyfél elutasította",
      customer_accept: "Az ügyfél elfogadta",
      consent_request: "Az ügyfél hozzájárulását kértük",
      official: "A hozzárendelés hivatalos",
      dispute: "Megfellebbezve",
      uphold_dispute: "A fellebbezésnek helyt adtak",
      reject_dispute: "A fellebbezést elutasították",
      rejected_final: "Véglegesen elutasítva",
      disassociate: "Hozzárendelés megszüntetve",
      disassociated: "Hozzárendelés megszüntetve",
      subscription_expired: "Az előfizetés lejárt",
      ended: "Lezárult",
      superseded: "Egy másik partner váltotta fel",
      commented: "Megjegyzés hozzáadva",
      joined_arbitration: "Döntőbírósági ügyhöz csatolva",
      win_arbitration: "Megnyerte a döntőbíráskodást",
      other: "Rögzítve"
    }
  },
  problems: {
    domain_tenant_mismatch: {
      message: "Az ügyfél tartománya nem tartozik a bérlőazonosítóhoz.",
      todo: "Egyeztesse a bérlőazonosítót és a tartományt az ügyféllel."
    },
    product_not_in_tenant: {
      message: "Egy termék vagy előfizetés nincs az ügyfél bérlőjében: {{ item }}.",
      todo: "Csak a bérlő által használt termékeket igényelje; egyeztesse az előfizetést és a bérlőazonosítót az ügyféllel."
    },
    subscription_not_business_applications: {
      message: "A(z) {{ item }} előfizetés nem üzleti alkalmazás (Dynamics 365) termék.",
      todo: "Adja meg az ügyfél Dynamics 365-termékének előfizetés-azonosítóját."
    },
    subscription_is_csp: {
      message: "A(z) {{ item }} előfizetést CSP (Cloud Solution Provider) útján vásárolták.",
      todo: "Ez a partnerszerep csak mennyiségi licenceléssel vagy Web Direct útján történt vásárlásra vonatkozik: távolítsa el az előfizetést, vagy válasszon másik szerepet."
    },
    subscription_not_provisioned: {
      message: "A(z) {{ item }} előfizetés még nincs kiépítve vagy aktiválva.",
      todo: "Kérje meg az ügyfelet a termék aktiválására, majd küldje be újra."
    },
    subscription_expired: {
      message: "A(z) {{ item }} előfizetés lejárt.",
      todo: "Az ügyfél jelenlegi előfizetését új igényben igényelje."
    },
    not_a_subscription_id: {
      message: "{{ item }} nem előfizetés-azonosító.",
      todo: "Adja meg az előfizetés-azonosítót, egy GUID-t, például aaaaaaaa-0000-4000-8000-000000000001."
    },
    subscription_already_claimed: {
      message: "A szervezete már birtokolja ezt, vagy nyitott igénye van rá: {{ item }}.",
      todo: "Távolítsa el ebből az igényből; nézze meg inkább a meglévő igényét."
    },
    location_not_enrolled: {
      message: "A PartnerID nincs regisztrálva ennek a partnerszerepnek a programjába.",
      todo: "Válasszon regisztrált PartnerID-t, vagy először regisztrálja a telephelyet az Ösztönzők oldalon."
    },
    role_not_valid_for_solution_area: {
      message: "A partnerszerep nem vonatkozik erre a megoldási területre.",
      todo: "Válasszon a megoldási területhez felsorolt szerepek közül."
    },
    unknown_workload: {
      message: "{{ item }} nem szerepel a katalógus munkaterhelései között.",
      todo: "A munkaterheléseket a listából válassza."
    },
    missing_field: {
      message: "Egy kötelező mező üres: {{ item }}.",
      todo: "Töltse ki."
    },
    poe_required: {
      message: "Az igényhez nincs teljesítési igazolás.",
      todo: "Töltsön fel egy ügyfél által aláírt dokumentumot, majd küldje be újra."
    },
    acknowledgements_required: {
      message: "Nem minden nyilatkozat lett megerősítve.",
      todo: "Küldje be újra, és jelölje be az összes nyilatkozatot."
    },
    unknown_partner_id: {
      message: "A PartnerID nem a szervezete egyik telephelyéé.",
      todo: "Válasszon a telephelyei közül."
    },
    other: {
      message: "Az igényt elutasítottuk.",
      todo: "Ellenőrizze ennek a lépésnek az adatait."
    }
  },
  fields: {
    name: "Az igény neve",
    partnerId: "PartnerID",
    tenantId: "Az ügyfél bérlőazonosítója",
    customerDomain: "Az ügyfél tartománya",
    partnerRole: "Partnerszerep",
    solutionArea: "Megoldási terület",
    workloads: "Munkaterhelések",
    subscriptionIds: "Előfizetés-azonosítók",
    customerContactName: "Az ügyfél kapcsolattartójának neve",
    customerContactTitle: "Az ügyfél kapcsolattartójának beosztása",
    customerContactEmail: "Az ügyfél kapcsolattartójának e-mail-címe",
    partnerContactName: "Az Ön kapcsolattartójának neve",
    partnerContactEmail: "Az Ön kapcsolattartójának e-mail-címe",
    revenueSolutionSellerName: "A Dynamics-megoldás értékesítőjének neve",
    revenueCustomerName: "Az ügyfél neve",
    revenueIsvProductName: "Az ISV-termék vagy -megoldás neve"
  }
}
