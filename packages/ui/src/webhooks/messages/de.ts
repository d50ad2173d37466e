import type { WebhooksMessages } from "./en.ts"

export const de: WebhooksMessages = {
  title: "Webhooks",
  intro: {
    organization:
      "Webhooks senden Ereignisse zu Ansprüchen, Teilnahmen und Partner-of-Record-Änderungen Ihrer Organisation als signierte HTTPS-Anfragen (Standard Webhooks) an Ihre eigenen Systeme. Sie erhalten nur Ereignisse Ihrer eigenen Organisation.",
    vendor:
      "Anbieterweite Endpunkte erhalten die gewählten Ereignisse aller Partnerorganisationen als signierte HTTPS-Anfragen (Standard Webhooks)."
  },
  list: {
    heading: "Endpunkte",
    caption: "Webhook-Endpunkte",
    add: "Endpunkt hinzufügen",
    empty: "Noch keine Endpunkte",
    emptyManage: "Fügen Sie einen Endpunkt hinzu, um Ereignisse in Ihren eigenen Systemen zu empfangen.",
    emptyRead: "Bisher hat niemand einen Endpunkt hinzugefügt.",
    url: "URL",
    events: "Ereignisse",
    status: "Status",
    description: "Beschreibung",
    allEvents: "Alle Ereignisse",
    added: "Endpunkt hinzugefügt"
  },
  status: {
    enabled: "Aktiv",
    disabled: "Deaktiviert",
    enabledFailing: "Aktiv, fehlerhaft seit {{ date }}",
    failingSince: "Deaktiviert: fehlerhaft seit {{ date }}"
  },
  form: {
    addHeading: "Endpunkt hinzufügen",
    editHeading: "Endpunkt bearbeiten",
    url: "URL des Endpunkts",
    urlHint:
      "Wohin OpenPOR die Ereignisse sendet. Sie muss mit https:// beginnen (http://localhost oder http://127.0.0.1 nur zum Testen).",
    description: "Beschreibung",
    descriptionHint: "Was die Ereignisse empfängt, z. B. „CRM-Abgleich“.",
    events: "Zu sendende Ereignisse",
    eventsHint: "Nur die gewählten Ereignisse werden an diesen Endpunkt gesendet.",
    selectAll: "Alle Ereignisse auswählen",
    create: "Endpunkt hinzufügen",
    save: "Änderungen speichern",
    cancel: "Abbrechen"
  },
  errors: {
    webhook_url_not_allowed:
      "Diese Adresse ist nicht erlaubt: Verwenden Sie https:// (http:// nur für localhost oder 127.0.0.1 beim Testen).",
    url: "Geben Sie eine vollständige Adresse ein, z. B. https://example.com/webhooks.",
    events: "Wählen Sie mindestens ein Ereignis.",
    description: "Die Beschreibung ist zu lang (höchstens 500 Zeichen).",
    version_conflict:
      "Jemand hat diesen Endpunkt inzwischen geändert. Laden Sie die Seite neu und versuchen Sie es noch einmal."
  },
  secret: {
    createdTitle: "Endpunkt hinzugefügt: Signaturgeheimnis kopieren",
    rotatedTitle: "Neues Signaturgeheimnis: jetzt kopieren",
    warning:
      "Dieses Geheimnis wird nur einmal angezeigt. Hinterlegen Sie es jetzt in der Konfiguration Ihres Empfängers: Es kann nicht erneut angezeigt werden. Wenn Sie es verlieren, erneuern Sie das Geheimnis.",
    usage:
      "Ihr Empfänger prüft mit diesem Geheimnis die Signatur jedes Ereignisses (Header webhook-signature).",
    label: "Signaturgeheimnis",
    copy: "Geheimnis kopieren",
    copied: "Geheimnis kopiert",
    copyFailed:
      "Der Browser hat das Kopieren nicht erlaubt: Markieren Sie das Geheimnis und kopieren Sie es selbst.",
    done: "Ich habe das Geheimnis gespeichert"
  },
  endpoint: {
    back: "Alle Endpunkte",
    title: "Webhook-Endpunkt",
    description: "Beschreibung",
    noDescription: "Keine Beschreibung",
    events: "Ereignisse",
    secret: "Signaturgeheimnis",
    createdAt: "Hinzugefügt",
    updatedAt: "Zuletzt geändert",
    failing:
      "OpenPOR sendet nicht mehr an diesen Endpunkt, weil er seit {{ date }} fehlschlug. Beheben Sie den Fehler beim Empfänger und aktivieren Sie den Endpunkt dann wieder.",
    failingEnabled:
      "Zustellungen an diesen Endpunkt schlagen seit {{ date }} fehl. OpenPOR versucht es weiter; ein Endpunkt, der tagelang fehlschlägt, wird deaktiviert.",
    manual: "Dieser Endpunkt ist deaktiviert: Bis zur erneuten Aktivierung werden keine Ereignisse gesendet.",
    edit: "Bearbeiten",
    saved: "Endpunkt gespeichert",
    enable: "Aktivieren",
    enabled: "Endpunkt aktiviert",
    disable: "Deaktivieren",
    disableTitle: "Diesen Endpunkt deaktivieren?",
    disableBody:
      "An {{ url }} werden keine Ereignisse gesendet, bis Sie ihn wieder aktivieren. Ereignisse in der Zwischenzeit werden nicht nachgesendet.",
    disabled: "Endpunkt deaktiviert",
    rotate: "Geheimnis erneuern",
    rotateTitle: "Signaturgeheimnis erneuern?",
    rotateBody:
      "Das bisherige Geheimnis gilt sofort nicht mehr: Ereignisse werden ab jetzt mit dem neuen signiert. Passen Sie Ihren Empfänger gleich danach an.",
    delete: "Löschen",
    deleteTitle: "Diesen Endpunkt löschen?",
    deleteBody:
      "{{ url }} erhält keine Ereignisse mehr und das Zustellprotokoll wird gelöscht. Das lässt sich nicht rückgängig machen.",
    deleted: "Endpunkt gelöscht",
    sendTest: "Testereignis senden",
    testSent: "Testereignis gesendet",
    testSentBody: "Es erscheint unten bei den Zustellungen."
  },
  deliveries: {
    heading: "Zustellungen",
    caption: "Zustellungen an diesen Endpunkt, neueste zuerst",
    filter: "Anzeigen",
    all: "Alle Zustellungen",
    refresh: "Aktualisieren",
    event: "Ereignis",
    status: "Status",
    attempts: "Versuche",
    lastStatusCode: "Letzte Antwort",
    time: "Erstellt",
    open: "Details",
    openLabel: "Details zu {{ event }} vom {{ time }}",
    none: "—",
    empty: "Noch keine Zustellungen",
    emptyBody: "Senden Sie ein Testereignis, um zu sehen, wie Ihr Empfänger antwortet.",
    emptyFiltered: "Keine Zustellungen mit diesem Status.",
    pages: "Seiten der Zustellungen"
  },
  deliveryStatus: {
    pending: "Ausstehend",
    succeeded: "Erfolgreich",
    failed: "Fehlgeschlagen"
  },
  delivery: {
    title: "Webhook-Zustellung",
    back: "Zurück zum Endpunkt",
    id: "Zustellungs-ID (webhook-id)",
    attempts: "Versuche",
    createdAt: "Erstellt",
    nextAttemptAt: "Nächster Versuch",
    payload: "Nutzdaten",
    payloadLabel: "Der gesendete JSON-Inhalt",
    attemptLog: "Versuche",
    attemptCaption: "Jeder Versuch, diese Zustellung zu senden, älteste zuerst",
    at: "Zeitpunkt",
    statusCode: "Statuscode",
    duration: "Dauer",
    durationValue: "{{ ms }} ms",
    response: "Antwort",
    error: "Fehler",
    noResponse: "Keine Antwort",
    noAttempts: "Noch nicht gesendet.",
    redeliver: "Erneut zustellen",
    redeliverTitle: "Dieses Ereignis erneut senden?",
    redeliverBody:
      "Dasselbe Ereignis mit derselben webhook-id wird jetzt an den Endpunkt gesendet; Ihr Empfänger kennt es womöglich schon.",
    redelivered: "Erneut gesendet",
    redeliveredBody: "Der neue Versuch erscheint im Protokoll."
  },
  events: {
    claim_status_changed: {
      label: "Anspruchsstatus geändert",
      description:
        "Ein Anspruch wurde eingereicht, genehmigt, abgelehnt, angefochten oder hat anders seinen Status geändert."
    },
    claim_consent_changed: {
      label: "Kundenzustimmung geändert",
      description:
        "Der Kunde hat die Zuordnung angenommen oder abgelehnt, oder die Zustimmungsfrist ist abgelaufen."
    },
    claim_arbitration_joined: {
      label: "Anspruch im Schiedsverfahren",
      description:
        "Ein Anspruch konkurriert mit einem anderen um dieselbe Workload und ist jetzt Teil eines Schiedsverfahrens."
    },
    claim_case_resolved: {
      label: "Schiedsverfahren entschieden",
      description: "Die Prüfung hat ein Schiedsverfahren entschieden, an dem der Anspruch beteiligt war."
    },
    enrollment_state_changed: {
      label: "Teilnahmestatus geändert",
      description:
        "Die Teilnahme eines Standorts an einem Programm wurde aktiv, erfordert eine Aktion oder endete."
    },
    dpor_added: {
      label: "Partner of Record hinzugefügt",
      description: "Ein Kunde hat den Partner als digitalen Partner of Record für ein Abonnement benannt."
    },
    dpor_removed: {
      label: "Partner of Record entfernt",
      description: "Ein Kunde hat den Partner als digitalen Partner of Record für ein Abonnement entfernt."
    },
    endpoint_test: {
      label: "Testereignis",
      description: "Wird nur über die Schaltfläche „Testereignis senden“ gesendet."
    }
  }
}
