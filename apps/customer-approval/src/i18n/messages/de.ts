import type { CustomerMessages } from "./en.ts"

export const de: CustomerMessages = {
  app: {
    name: "Kundenfreigabe"
  },
  signIn: {
    intro:
      "Melden Sie sich mit Ihrem Konto als Mandantenadministrator an, um zu sehen, welche Partner Ihren Abonnements und Workloads zugeordnet werden möchten."
  },
  home: {
    title: "Zuordnungsanfragen",
    otherAccount:
      "Diese App ist für Administratoren von Kundenmandanten. Das Konto {{ email }} ist kein Kundenkonto. Melden Sie sich ab und mit Ihrem Konto als Mandantenadministrator wieder an."
  },
  nav: {
    subscriptions: "Abonnements"
  },
  requests: {
    intro:
      "Partner möchten den Abonnements und Workloads von {{ tenant }} zugeordnet werden. Lehnen Sie jede Anfrage ab, mit der Sie nicht einverstanden sind – das ist jederzeit möglich.",
    pending: "Warten auf Ihre Entscheidung",
    pendingEmpty: "Keine Anfrage wartet auf Ihre Entscheidung.",
    pendingEmptyBody:
      "Wenn ein Partner Ihrer Organisation zugeordnet werden möchte, erscheint die Anfrage hier, und Ihr Ansprechpartner erhält eine E-Mail.",
    history: "Entschiedene Anfragen",
    historyEmpty: "Noch keine entschiedenen Anfragen.",
    historyEmptyBody:
      "Hier stehen die Anfragen, die Sie abgelehnt oder angenommen haben, und solche, deren Frist verstrichen ist oder die beendet wurden.",
    historyCaption: "Entschiedene Zuordnungsanfragen, neueste zuerst",
    pagesPending: "Seiten der Anfragen, die auf Ihre Entscheidung warten",
    pagesHistory: "Seiten der entschiedenen Anfragen",
    columns: {
      partner: "Partner",
      products: "Workloads oder Abonnements",
      outcome: "Ergebnis",
      submitted: "Eingereicht",
      actions: "Aktionen"
    }
  },
  request: {
    asks: "möchte Ihr Partner of Record werden für:",
    partnerId: "PartnerID",
    solutionArea: "Lösungsbereich",
    submitted: "Eingereicht",
    declineBy: "Ablehnen bis",
    vendorReview: "Prüfung durch den Hersteller",
    status: "Status",
    meaning:
      "Wenn Sie nicht ablehnen, wird die Zuordnung wirksam, sobald der Hersteller sie genehmigt und diese Frist verstrichen ist. Der Partner sieht dann Nutzungsdaten dieser Produkte, um Sie zu unterstützen.",
    unknownProduct: "Unbekanntes Produkt",
    decline: "Ablehnen",
    accept: "Jetzt annehmen",
    endAssociation: "Zuordnung beenden",
    declineTitle: "Anfrage von {{ partner }} ablehnen?",
    declineBody:
      "{{ partner }} wird diesen Produkten nicht zugeordnet und sieht ihre Nutzungsdaten nicht. Der Partner erfährt, dass Sie abgelehnt haben.",
    endTitle: "Zuordnung zu {{ partner }} beenden?",
    endBody:
      "Die Zuordnung endet jetzt: {{ partner }} erhält für diese Produkte keine Vergütung mehr und sieht ihre Nutzungsdaten nicht mehr. Der Partner erfährt, dass Sie abgelehnt haben.",
    reason: "Begründung",
    reasonHint: "Der Partner sieht diesen Text.",
    declining: "Wird abgelehnt…",
    acceptTitle: "Anfrage von {{ partner }} jetzt annehmen?",
    acceptBody:
      "Sie stimmen jetzt zu, statt die Ablehnungsfrist verstreichen zu lassen. Die Zuordnung wird wirksam, sobald der Hersteller sie genehmigt. Sie können sie später noch beenden.",
    accepting: "Wird angenommen…",
    declined: "Sie haben die Anfrage von {{ partner }} abgelehnt.",
    accepted: "Sie haben die Anfrage von {{ partner }} angenommen.",
    outcomeOn: "am {{ date }}"
  },
  outcome: {
    waiting: "Wartet auf Ihre Entscheidung",
    declined: "Abgelehnt",
    accepted: "Angenommen",
    lapsed: "Angenommen (keine Antwort)",
    rejected: "Vom Hersteller abgelehnt",
    ended: "Beendet",
    open: "Noch nicht entschieden"
  },
  claimStatus: {
    draft: "Entwurf",
    submitted: "Eingereicht",
    under_review: "In Prüfung",
    partner_action_required: "Wartet auf den Partner",
    approved: "Genehmigt",
    rejected: "Abgelehnt",
    disputed: "Widerspruch eingelegt",
    rejected_final: "Endgültig abgelehnt",
    ended: "Beendet"
  },
  solutionAreas: {
    business_applications: "Geschäftsanwendungen (Business Applications)",
    modern_work_security: "Modernes Arbeiten und Sicherheit (Modern Work and Security)"
  },
  link: {
    title: "Zuordnungsanfrage",
    intro:
      "Sie haben diese Seite aus der E-Mail zur Anfrage eines Partners geöffnet. Sie brauchen kein Konto.",
    decidedDeclined: "Diese Anfrage wurde am {{ date }} abgelehnt. Sie müssen nichts weiter tun.",
    decidedAccepted: "Diese Anfrage wurde am {{ date }} angenommen.",
    decidedOther: "Über diese Anfrage ist entschieden: {{ outcome }}.",
    expiredTitle: "Dieser Link ist abgelaufen",
    expiredBody:
      "Die Links in diesen E-Mails gelten nur eine begrenzte Zeit. Bitten Sie den Partner, der die Anfrage gestellt hat, um einen neuen, oder bitten Sie den Mandantenadministrator Ihrer Organisation, sich anzumelden, um alle Anfragen zu sehen und abzulehnen.",
    invalidTitle: "Dieser Link funktioniert nicht",
    invalidBody:
      "Der Link ist vielleicht unvollständig oder wurde verändert. Öffnen Sie ihn erneut aus der E-Mail (kopieren Sie die ganze Adresse), oder bitten Sie den Mandantenadministrator Ihrer Organisation, sich anzumelden, um alle Anfragen zu sehen und abzulehnen.",
    signInInstead: "Als Mandantenadministrator anmelden"
  },
  subscriptions: {
    title: "Abonnements",
    intro:
      "Benennen Sie den Partner, der Sie bei einem Abonnement unterstützt, als dessen Partner of Record. Der Partner wird benachrichtigt; es zählt nur der zuletzt benannte Partner.",
    caption: "Abonnements von {{ tenant }} mit ihrem Partner of Record",
    empty: "Für Ihren Mandanten sind keine Abonnements im Verzeichnis.",
    emptyBody:
      "Abonnements erscheinen hier, sobald das Verzeichnis des Herstellers sie für Ihren Mandanten führt.",
    product: "Produkt",
    id: "Abonnement-ID",
    channel: "Vertriebsweg",
    state: "Zustand",
    partnerOfRecord: "Partner of Record",
    actions: "Aktionen",
    none: "Keiner",
    since: "seit {{ date }}",
    add: "Partner hinzufügen",
    change: "Partner ändern",
    remove: "Partner entfernen",
    dialogAdd: "Partner of Record für {{ product }} hinzufügen",
    dialogChange: "Partner of Record für {{ product }} ändern",
    dialogBody:
      "Geben Sie die PartnerID ein, die Ihnen der Partner genannt hat. Der Partner erhält eine E-Mail.",
    dialogReplaces:
      "{{ partner }} ist derzeit Partner of Record; der neue Partner ersetzt ihn, und beide werden benachrichtigt.",
    partnerIdLabel: "PartnerID",
    partnerIdHint: "7 Ziffern, z. B. 1000001",
    save: "Partner of Record speichern",
    saving: "Wird gespeichert…",
    saved: "{{ partner }} ist jetzt Partner of Record für {{ product }}.",
    removeTitle: "{{ partner }} als Partner of Record für {{ product }} entfernen?",
    removeBody:
      "{{ partner }} gilt für dieses Abonnement nicht mehr als Ihr Partner und wird per E-Mail benachrichtigt.",
    removing: "Wird entfernt…",
    removed: "{{ product }} hat jetzt keinen Partner of Record.",
    unknownPartnerId:
      "Es gibt keinen Partner mit der PartnerID {{ partnerId }}. Prüfen Sie die Nummer mit Ihrem Partner.",
    partnerIdFormat: "Eine PartnerID hat 7 Ziffern, z. B. 1000001."
  },
  channels: {
    volume_licensing: "Volumenlizenzierung",
    web_direct: "Direktkauf im Web",
    csp: "Cloud Solution Provider (CSP)"
  },
  states: {
    not_provisioned: "Nicht bereitgestellt",
    active: "Aktiv",
    grace: "Kulanzzeitraum",
    expired: "Abgelaufen"
  }
}
