import type { ClaimMessages } from "./en.ts"

export const de: ClaimMessages = {
  nav: "Ansprüche",
  statuses: {
    draft: "Entwurf",
    submitted: "Übermittelt",
    under_review: "In Prüfung",
    partner_action_required: "Aktion erforderlich",
    approved: "Genehmigt",
    rejected: "Abgelehnt",
    disputed: "Angefochten",
    rejected_final: "Endgültig abgelehnt",
    ended: "Beendet"
  },
  consentStates: {
    awaiting_response: "Antwort des Kunden ausstehend",
    accepted: "Vom Kunden angenommen",
    declined: "Vom Kunden abgelehnt",
    lapsed: "Keine Antwort in der Frist: gilt als angenommen",
    none: "Noch nicht angefragt: Der Kundenkontakt erhält bei der Übermittlung eine E-Mail"
  },
  areas: {
    business_applications: "Business Applications",
    modern_work_security: "Modern Work and Security"
  },
  areaHints: {
    business_applications: "Dynamics 365-Produkte, beansprucht über die Abonnement-ID.",
    modern_work_security: "Microsoft 365- und Sicherheits-Workloads des Mandanten des Kunden."
  },
  roles: {
    build_intent_advisor: "Buildabsicht – Advisor",
    usage_recognition: "Nutzungserkennung – nicht incentiviert",
    influenced_revenue: "Beeinflusste Umsatzerkennung – nicht incentiviert",
    use_or_consume: "Verwenden oder Nutzen"
  },
  roleExplanations: {
    build_intent_advisor:
      "Wählen Sie dies, wenn Sie den Kauf eines berechtigten Produkts beeinflusst haben und Vorverkaufsanreize beantragen möchten. Nur für Produkte, die über einen Volumenlizenzvertrag oder Web Direct erworben wurden.",
    usage_recognition:
      "Wählen Sie dies, wenn Sie die Einführung und Nutzung einer berechtigten Workload beim Kunden fördern. Nur für Produkte, die über einen Volumenlizenzvertrag oder Web Direct erworben wurden.",
    influenced_revenue:
      "Wählen Sie dies, wenn Sie als Business Influencer die Wahl eines berechtigten Produkts beeinflusst haben. Nur für die Umsatzzuordnung, nie für Anreizzahlungen. Nur für Produkte, die über einen Volumenlizenzvertrag oder Web Direct erworben wurden.",
    use_or_consume:
      "Wählen Sie dies, wenn Sie die Einführung und Nutzung einer berechtigten Workload fördern und Nutzungsanreize beantragen möchten."
  },
  list: {
    title: "Kundenansprüche",
    intro:
      "Ihre Ansprüche, Partner of Record für Workloads und Abonnements von Kunden zu sein, die neuesten zuerst.",
    newClaim: "Neuer Anspruch",
    status: "Status",
    allStatuses: "Alle Status",
    search: "Anspruchsname oder Mandanten-ID",
    filters: "Ansprüche filtern",
    searchButton: "Suchen",
    clear: "Zurücksetzen",
    caption: "Ansprüche",
    columns: {
      name: "Anspruch",
      status: "Status",
      partnerId: "PartnerID",
      customer: "Mandant des Kunden",
      role: "Partnerrolle",
      due: "Ihre Frist",
      updated: "Letzte Änderung"
    },
    empty: "Noch keine Ansprüche",
    emptyBodyViewer:
      "Die Incentives-Administratoren und -Benutzer Ihrer Organisation legen Ansprüche an; sie erscheinen hier.",
    emptyBody:
      "Legen Sie einen Anspruch an, um Workloads oder Abonnements eines Kunden einem Ihrer Standorte zuzuordnen.",
    noMatch: "Keine passenden Ansprüche",
    noMatchBody: "Versuchen Sie einen anderen Status oder Suchbegriff, oder setzen Sie die Filter zurück."
  },
  wizard: {
    titleNew: "Neuer Anspruch",
    titleEdit: "Anspruch bearbeiten",
    progress: "Schritt {{ step }} von {{ total }}",
    steps: {
      area: "Lösungsbereich",
      role: "Partnerrolle",
      details: "Kunde und PartnerID",
      products: "Produkte",
      contacts: "Kontakte",
      review: "Überprüfen"
    },
    next: "Weiter",
    back: "Zurück",
    cancel: "Abbrechen",
    savedLocally: "Ihre Eingaben werden auf diesem Gerät gespeichert, bis Sie den Entwurf anlegen.",
    restored: "Wir haben den Anspruch wiederhergestellt, den Sie zuvor begonnen haben.",
    startOver: "Neu beginnen",
    savedLocallyEdit:
      "Ihre Änderungen werden auf diesem Gerät gespeichert, bis Sie sie im Anspruch speichern.",
    restoredEdit: "Wir haben Ihre noch nicht gespeicherten Änderungen wiederhergestellt.",
    discardChanges: "Meine Änderungen verwerfen",
    areaLegend: "Für welchen Lösungsbereich ist der Anspruch?",
    roleLegend: "Welche Tätigkeit haben Sie für den Kunden ausgeführt?",
    roleHint:
      "Ein Anspruch mit der falschen Partnerrolle kann Berechtigung und Anreizeinnahmen kosten. Wählen Sie die Rolle, deren Beschreibung passt.",
    name: "Name des Anspruchs",
    nameHint: "Ein Name Ihrer Wahl, z. B. Kunde und Projekt.",
    partnerIdLegend: "Beanspruchende PartnerID",
    partnerIdHint:
      "Nur Standorte, die in {{ program }} registriert sind, können mit dieser Rolle beanspruchen. Wenn Sie nicht wissen, welche PartnerID Sie verwenden sollen, fragen Sie Ihren globalen Administrator.",
    enrolledIn: "Registriert in {{ program }}",
    whyInvited:
      "Zu {{ program }} eingeladen, aber noch nicht registriert: Ein Incentives-Administrator nimmt die Einladung auf der Seite „Incentives“ an.",
    whyEnrolling: "Die Registrierung in {{ program }} ist noch nicht abgeschlossen.",
    whyNotEnrolled: "Nicht in {{ program }} registriert.",
    whyNoRole: "Sie haben an diesem Standort keine Incentives-Rolle.",
    noEnrolledLocation:
      "Keiner Ihrer Standorte ist in {{ program }} registriert. Registrieren Sie zuerst einen Standort auf der Seite „Incentives“, oder wählen Sie eine andere Partnerrolle.",
    noIncentivesRole:
      "Sie haben an keinem Standort eine Incentives-Rolle und können daher keine Ansprüche einreichen. Ein globaler Administrator kann Ihnen die Rolle Incentives-Administrator oder -Benutzer eines Standorts geben.",
    tenantId: "Mandanten-ID des Kunden",
    tenantIdHint:
      "Die Verzeichnis-ID (Mandanten-ID) des Kunden, eine GUID wie 11111111-1111-4111-8111-111111111111.",
    domain: "Domäne des Kunden",
    domainHint: "Eine verifizierte Domäne dieses Mandanten, z. B. contoso.onmicrosoft.com.",
    optOut: "Für diesen Anspruch auf Anreizzahlungen verzichten",
    optOutHint: "Die Zuordnung wird erfasst, Sie erhalten dafür aber keinen Anreiz.",
    workloadsLegend: "Workloads, die der Kunde nutzt",
    workloadsHint: "Wählen Sie jede Workload, deren Einführung Sie fördern. Sie dürfen mehr als vier wählen.",
    subscriptions: "Abonnement-IDs",
    subscriptionsHint:
      "Eine Dynamics 365-Abonnement-ID pro Zeile (eine GUID), erworben über Volumenlizenzierung oder Web Direct.",
    revenueHeading: "Umsatzzuordnung",
    sellerName: "Name des Dynamics-Lösungsverkäufers",
    customerName: "Name des Kunden",
    isvProductName: "Name des ISV-Produkts oder der ISV-Lösung",
    customerContact: "Kundenkontakt",
    customerContactHint:
      "Bei der Übermittlung senden wir dieser Person einen Link, um die Zuordnung anzunehmen oder abzulehnen. Alle Felder sind Pflichtfelder.",
    partnerContact: "Ihr Kontakt",
    contactName: "Name",
    contactTitle: "Position",
    contactEmail: "E-Mail",
    contactLanguage: "Sprache der E-Mails an den Kontakt",
    contactLanguageHint:
      "Die Zustimmungsanfrage und alle späteren E-Mails an den Kundenkontakt werden in dieser Sprache verfasst.",
    reviewIntro:
      "Prüfen Sie die Angaben. Ändern Sie jeden Abschnitt über seinen Link „Bearbeiten“, bevor Sie den Entwurf anlegen.",
    edit: "Bearbeiten",
    editSection: "{{ section }} bearbeiten",
    optedOut: "Auf Anreizzahlungen verzichtet",
    notOptedOut: "Anreizzahlungen beantragt",
    create: "Entwurf anlegen",
    creating: "Wird angelegt…",
    save: "Änderungen speichern",
    saving: "Wird gespeichert…",
    created: "Entwurf angelegt",
    createdBody: "Als Nächstes: Laden Sie den Ausführungsnachweis hoch und übermitteln Sie den Anspruch.",
    savedChanges: "Änderungen gespeichert",
    required: "Füllen Sie dieses Feld aus.",
    chooseArea: "Wählen Sie einen Lösungsbereich.",
    chooseRole: "Wählen Sie eine Partnerrolle.",
    choosePartnerId: "Wählen Sie die beanspruchende PartnerID.",
    chooseWorkload: "Wählen Sie mindestens eine Workload.",
    addSubscription: "Geben Sie mindestens eine Abonnement-ID an.",
    invalidEmail: "Geben Sie eine E-Mail-Adresse wie name@example.com ein.",
    stepProblems: "Korrigieren Sie die markierten Felder.",
    fromSubmission: "Die letzte Übermittlung wurde für diesen Schritt abgelehnt:"
  },
  detail: {
    allClaims: "Alle Ansprüche",
    summary: "Übersicht",
    status: "Status",
    partnerId: "PartnerID",
    tenant: "Mandant des Kunden",
    domain: "Domäne des Kunden",
    area: "Lösungsbereich",
    role: "Partnerrolle",
    workloads: "Workloads",
    subscriptions: "Abonnements",
    incentives: "Anreizzahlungen",
    optedOut: "Verzichtet",
    requested: "Beantragt",
    customerContact: "Kundenkontakt",
    partnerContact: "Ihr Kontakt",
    revenue: "Umsatzzuordnung",
    created: "Angelegt",
    submitted: "Übermittelt",
    consent: "Zustimmung des Kunden",
    consentState: "Stand",
    consentWindow: "Der Kunde kann ablehnen bis",
    official: "Offiziell seit",
    deadlines: "Fristen",
    reviewStartBy: "Prüfung beginnt bis",
    partnerResponseBy: "Ihre Antwort ist fällig bis",
    disputeBy: "Anfechtung möglich bis",
    disputeAnswerBy: "Über die Anfechtung wird entschieden bis",
    noDeadlines: "Keine offenen Fristen.",
    arbitration: "Konkurrierender Anspruch",
    arbitrationUnderReview:
      "Ein anderer Partner beansprucht dieselbe Workload oder dasselbe Abonnement des Kunden. Die Prüfung vergleicht die Ausführungsnachweise und kann den aktuellen Partner befragen; das kann länger als 5 Werktage dauern. Sie werden in den Kommentaren informiert.",
    arbitrationInformation:
      "Ein anderer Partner beansprucht dieselbe Workload oder dasselbe Abonnement des Kunden. Die Prüfung benötigt weitere Informationen von Ihnen: siehe Kommentare.",
    arbitrationWon:
      "Ein anderer Partner hat dieselbe Workload oder dasselbe Abonnement des Kunden beansprucht. Die Prüfung hat für Ihren Anspruch entschieden.",
    arbitrationLost:
      "Ein anderer Partner hat dieselbe Workload oder dasselbe Abonnement des Kunden beansprucht. Die Prüfung hat für den anderen Anspruch entschieden.",
    arbitrationDeadline: "Entscheidung erwartet bis",
    rejection: "Warum der Anspruch abgelehnt wurde",
    rejectionReasons: {
      customer_declined: "Der Kunde hat die Zuordnung abgelehnt.",
      insufficient_poe: "Der Ausführungsnachweis war nicht ausreichend.",
      missing_customer_consent_on_poe: "Der Ausführungsnachweis zeigt keine Zustimmung des Kunden.",
      missing_products: "Der Ausführungsnachweis nennt die beanspruchten Produkte nicht.",
      poe_unavailable: "Der Ausführungsnachweis ließ sich nicht öffnen.",
      no_partner_response: "Keine Antwort auf die Rückfrage der Prüfung innerhalb von 14 Werktagen.",
      partner_request: "Auf Ihren Wunsch beendet.",
      lost_arbitration: "Der Anspruch eines anderen Partners hat das Schiedsverfahren gewonnen.",
      other: "Ein anderer Grund (siehe Notiz der Prüfung)."
    },
    rejectionText: "Notiz der Prüfung",
    actions: "Was Sie tun können",
    editClaim: "Anspruch bearbeiten",
    noActions: "Bei diesem Anspruch ist derzeit nichts zu tun.",
    incentivesUserNote:
      "Nur ein Incentives-Administrator des Standorts kann diesen Anspruch übermitteln, anfechten oder die Zuordnung aufheben.",
    poe: "Ausführungsnachweis",
    poeIntro:
      "Ein vom Kunden unterschriebenes Dokument, z. B. eine Leistungsbeschreibung. Bei konkurrierenden Ansprüchen gewinnt der neueste gültige Nachweis.",
    poeNone: "Noch kein Dokument. Laden Sie den Ausführungsnachweis hoch, bevor Sie übermitteln.",
    poeHidden: "{{ count }} Dokumente (nur für die beanspruchende Organisation sichtbar).",
    download: "Herunterladen",
    downloadNamed: "{{ name }} herunterladen",
    template: "PoE-Vorlage herunterladen",
    templateHint:
      "Ein PDF mit Kunde, Partner, Rolle und Produkten dieses Anspruchs, vom Kunden zu unterschreiben.",
    addNewer: "Neueren Ausführungsnachweis hinzufügen",
    addNewerIntro:
      "Ihre Zuordnung ist genehmigt. Beansprucht ein anderer Partner dieselben Produkte, gewinnt der neueste gültige Nachweis: Fügen Sie ein neueres unterschriebenes Dokument hinzu, sobald Sie eines haben. Der Status ändert sich nicht.",
    remove: "Entfernen",
    removeNamed: "{{ name }} entfernen",
    removeTitle: "{{ name }} entfernen?",
    removeBody: "Das Dokument wird aus diesem Anspruch gelöscht. Sie können es später erneut hochladen.",
    removed: "{{ name }} entfernt",
    fileColumn: "Datei",
    sizeColumn: "Größe",
    uploadedColumn: "Hochgeladen",
    dropHere: "Ziehen Sie eine Datei hierher, oder",
    chooseFile: "Datei auswählen",
    fileTypes: "PDF, PNG, JPEG oder Word (DOCX), bis 10 MB.",
    uploading: "{{ name }} wird hochgeladen: {{ percent }} %",
    uploaded: "{{ name }} hochgeladen",
    uploadTooLarge:
      "{{ name }} ist größer als 10 MB. Laden Sie eine kleinere Datei hoch, z. B. ein komprimiertes PDF.",
    uploadUnsupported:
      "{{ name }} ist kein PDF-, PNG-, JPEG- oder Word-Dokument (DOCX). Speichern Sie es in einem dieser Formate und laden Sie es erneut hoch.",
    uploadFailed: "{{ name }} wurde nicht hochgeladen: {{ reason }}",
    submit: "Anspruch übermitteln",
    resubmit: "Anspruch erneut übermitteln",
    submitTitle: "Diesen Anspruch übermitteln?",
    submitBody:
      "Wir senden dem Kundenkontakt ({{ email }}) einen Link, um die Zuordnung anzunehmen oder abzulehnen. Nach der Übermittlung können Sie den Anspruch nicht mehr bearbeiten, außer die Prüfung bittet um weitere Informationen.",
    resubmitTitle: "Diesen Anspruch erneut übermitteln?",
    resubmitBody:
      "Die Prüfung sieht Ihre Änderungen und Antworten. Danach können Sie den Anspruch nur auf Nachfrage erneut bearbeiten.",
    acknowledgements: "Bestätigungen",
    acknowledgementsIntro: "Bestätigen Sie jede Aussage, um den Anspruch zu übermitteln.",
    acknowledgementsMissing: "Kreuzen Sie jede Aussage an, um den Anspruch zu übermitteln.",
    acknowledgementsConfirmed: "Bei der Übermittlung bestätigt:",
    /** The default statements of every program (SPEC §5), shown in the user's language while unchanged. */
    statements: {
      poe_signed_by_customer: "Der Ausführungsnachweis ist vom Kunden unterschrieben.",
      information_accurate:
        "Die Angaben in diesem Anspruch sind richtig, und der Anspruch darf geprüft werden.",
      wrong_role_forfeits_incentives:
        "Eine falsche Partnerrolle oder PartnerID kann zum Verlust von Incentives führen."
    },
    submitting: "Wird übermittelt…",
    submitted_: "Anspruch übermittelt",
    resubmitted: "Anspruch erneut übermittelt",
    submitNeedsPoe: "Laden Sie zuerst den Ausführungsnachweis hoch.",
    problems: "Beheben Sie dies vor der Übermittlung",
    problemsIntro:
      "Der Anspruch wurde nicht übermittelt. Jedes Problem steht bei dem Schritt, in dem Sie es beheben können.",
    fixIn: "Im Schritt „{{ step }}“ beheben",
    uploadBelow: "Unten hochladen",
    dispute: "Ablehnung anfechten",
    disputeTitle: "Diese Ablehnung anfechten?",
    disputeBody:
      "Sie können eine Ablehnung einmal anfechten, bis {{ deadline }}. Die Prüfung sieht sich den Anspruch erneut an; erklären Sie, warum die Entscheidung sich ändern sollte.",
    disputeReason: "Warum sollte sich die Entscheidung ändern?",
    disputeConfirm: "Anfechten",
    disputed: "Anfechtung gesendet",
    disassociate: "Zuordnung aufheben",
    disassociateTitle: "Diese Zuordnung beenden?",
    disassociateBody:
      "Die Zuordnung zum Kunden endet endgültig (endgültig abgelehnt), und Sie erhalten daraus nichts mehr. Dies lässt sich nicht rückgängig machen.",
    disassociateReason: "Grund für das Beenden der Zuordnung",
    disassociateConfirm: "Zuordnung beenden",
    disassociated: "Zuordnung beendet",
    reasonRequired: "Geben Sie einen Grund an.",
    comments: "Kommentare",
    commentsNone:
      "Noch keine Kommentare. Die Prüfung fragt hier nach, wenn weitere Informationen nötig sind.",
    commentLabel: "Kommentar hinzufügen",
    commentSend: "Kommentar senden",
    commentSent: "Kommentar gesendet",
    systemNotice: "Hinweis von OpenPOR",
    notices: {
      arbitration:
        "Dieser Antrag ist jetzt Teil eines Schiedsverfahrens: Ein anderer Partner beansprucht ebenfalls einige derselben Workloads oder Abonnements oder ist ihnen bereits zugeordnet. Der Anbieter vergleicht die Ausführungsnachweise aller Beteiligten und entscheidet; die Prüfung kann länger als üblich dauern, während der Anbieter die Beteiligten konsultiert. Werden weitere Informationen benötigt, fragt der Prüfer Sie hier in den Kommentaren."
    },
    olderComments: "Ältere Kommentare anzeigen",
    olderCommentsLoading: "Ältere Kommentare werden geladen…",
    olderCommentsFailed: "Die älteren Kommentare konnten nicht geladen werden.",
    olderCommentsLoaded: "Ältere Kommentare angezeigt: {{ count }}",
    authors: {
      partner: "Partner",
      vendor: "Prüfung",
      customer: "Kunde",
      system: "System"
    },
    history: "Verlauf",
    historyNone: "Noch nichts erfasst.",
    olderHistory: "Früheren Verlauf anzeigen",
    olderHistoryLoading: "Früherer Verlauf wird geladen…",
    olderHistoryFailed: "Der frühere Verlauf konnte nicht geladen werden.",
    olderHistoryLoaded: "Frühere Verlaufseinträge angezeigt: {{ count }}",
    statusChange: "{{ from }} → {{ to }}",
    by: "durch {{ actor }}",
    events: {
      created: "Entwurf angelegt",
      edit: "Anspruch bearbeitet",
      updated: "Anspruch bearbeitet",
      attach_poe: "Ausführungsnachweis hochgeladen",
      poe_attached: "Ausführungsnachweis hochgeladen",
      remove_poe: "Ausführungsnachweis entfernt",
      poe_removed: "Ausführungsnachweis entfernt",
      submit: "Übermittelt",
      submitted: "Übermittelt",
      resubmit: "Erneut übermittelt",
      start_review: "Prüfung begonnen",
      assigned: "Prüfer zugewiesen",
      approve: "Genehmigt",
      approved: "Genehmigt",
      reject: "Abgelehnt",
      rejected: "Abgelehnt",
      request_info: "Weitere Informationen angefordert",
      info_requested: "Weitere Informationen angefordert",
      no_partner_response: "Abgelehnt: keine Antwort in der Frist",
      customer_decline: "Vom Kunden abgelehnt",
      customer_declined: "Vom Kunden abgelehnt",
      customer_accept: "Vom Kunden angenommen",
      consent_request: "Kunde um Zustimmung gebeten",
      official: "Zuordnung offiziell",
      dispute: "Angefochten",
      uphold_dispute: "Anfechtung stattgegeben",
      reject_dispute: "Anfechtung abgewiesen",
      rejected_final: "Endgültig abgelehnt",
      disassociate: "Zuordnung aufgehoben",
      disassociated: "Zuordnung aufgehoben",
      subscription_expired: "Abonnement abgelaufen",
      ended: "Beendet",
      superseded: "Durch einen anderen Partner ersetzt",
      commented: "Kommentar hinzugefügt",
      joined_arbitration: "Einem Schiedsverfahren zugeordnet",
      win_arbitration: "Schiedsverfahren gewonnen",
      other: "Erfasst"
    }
  },
  problems: {
    domain_tenant_mismatch: {
      message: "Die Domäne des Kunden gehört nicht zur Mandanten-ID.",
      todo: "Prüfen Sie Mandanten-ID und Domäne mit dem Kunden."
    },
    product_not_in_tenant: {
      message: "Ein Produkt oder Abonnement ist nicht im Mandanten des Kunden: {{ item }}.",
      todo: "Beanspruchen Sie nur Produkte, die der Mandant nutzt; prüfen Sie Abonnement und Mandanten-ID mit dem Kunden."
    },
    subscription_not_business_applications: {
      message: "Das Abonnement {{ item }} ist kein Produkt der Geschäftsanwendungen (Dynamics 365).",
      todo: "Geben Sie die Abonnement-ID des Dynamics 365-Produkts des Kunden ein."
    },
    subscription_is_csp: {
      message: "Das Abonnement {{ item }} wurde über CSP (Cloud Solution Provider) erworben.",
      todo: "Diese Partnerrolle gilt nur für Käufe über Volumenlizenzierung oder Web Direct: Entfernen Sie das Abonnement oder wählen Sie eine andere Rolle."
    },
    subscription_not_provisioned: {
      message: "Das Abonnement {{ item }} ist noch nicht bereitgestellt oder aktiviert.",
      todo: "Bitten Sie den Kunden, das Produkt zu aktivieren, und übermitteln Sie dann erneut."
    },
    subscription_expired: {
      message: "Das Abonnement {{ item }} ist abgelaufen.",
      todo: "Beanspruchen Sie das aktuelle Abonnement des Kunden in einem neuen Anspruch."
    },
    not_a_subscription_id: {
      message: "{{ item }} ist keine Abonnement-ID.",
      todo: "Geben Sie die Abonnement-ID ein, eine GUID wie aaaaaaaa-0000-4000-8000-000000000001."
    },
    subscription_already_claimed: {
      message: "Ihre Organisation hält {{ item }} bereits oder hat einen offenen Anspruch darauf.",
      todo: "Entfernen Sie es aus diesem Anspruch; sehen Sie sich stattdessen Ihren bestehenden Anspruch an."
    },
    location_not_enrolled: {
      message: "Die PartnerID ist nicht im Programm dieser Partnerrolle registriert.",
      todo: "Wählen Sie eine registrierte PartnerID, oder registrieren Sie den Standort zuerst auf der Seite „Incentives“."
    },
    role_not_valid_for_solution_area: {
      message: "Die Partnerrolle gilt nicht für den Lösungsbereich.",
      todo: "Wählen Sie eine der für den Lösungsbereich aufgeführten Rollen."
    },
    unknown_workload: {
      message: "{{ item }} ist keine Workload des Katalogs.",
      todo: "Wählen Sie die Workloads aus der Liste."
    },
    missing_field: {
      message: "Ein Pflichtfeld ist leer: {{ item }}.",
      todo: "Füllen Sie es aus."
    },
    poe_required: {
      message: "Der Anspruch hat keinen Ausführungsnachweis.",
      todo: "Laden Sie ein vom Kunden unterschriebenes Dokument hoch und übermitteln Sie dann erneut."
    },
    acknowledgements_required: {
      message: "Nicht alle Bestätigungen wurden abgegeben.",
      todo: "Übermitteln Sie erneut und kreuzen Sie jede Aussage an."
    },
    unknown_partner_id: {
      message: "Die PartnerID gehört zu keinem Standort Ihrer Organisation.",
      todo: "Wählen Sie einen Ihrer Standorte."
    },
    other: {
      message: "Der Anspruch wurde abgelehnt.",
      todo: "Prüfen Sie die Angaben dieses Schritts."
    }
  },
  fields: {
    name: "Name des Anspruchs",
    partnerId: "PartnerID",
    tenantId: "Mandanten-ID des Kunden",
    customerDomain: "Domäne des Kunden",
    partnerRole: "Partnerrolle",
    solutionArea: "Lösungsbereich",
    workloads: "Workloads",
    subscriptionIds: "Abonnement-IDs",
    customerContactName: "Name des Kundenkontakts",
    customerContactTitle: "Position des Kundenkontakts",
    customerContactEmail: "E-Mail des Kundenkontakts",
    partnerContactName: "Name Ihres Kontakts",
    partnerContactEmail: "E-Mail Ihres Kontakts",
    revenueSolutionSellerName: "Name des Dynamics-Lösungsverkäufers",
    revenueCustomerName: "Name des Kunden",
    revenueIsvProductName: "Name des ISV-Produkts oder der ISV-Lösung"
  }
}
