import type { WebhooksMessages } from "./en.ts"

export const sv: WebhooksMessages = {
  title: "Webhooks",
  intro: {
    organization:
      "Webhooks skickar händelser om organisationens anspråk, registreringar och ändringar av partner of record till era egna system som signerade HTTPS-anrop (Standard Webhooks). Ni får bara händelser om er egen organisation.",
    vendor:
      "Leverantörsgemensamma slutpunkter tar emot de valda händelserna från alla partnerorganisationer som signerade HTTPS-anrop (Standard Webhooks)."
  },
  list: {
    heading: "Slutpunkter",
    caption: "Webhook-slutpunkter",
    add: "Lägg till slutpunkt",
    empty: "Inga slutpunkter ännu",
    emptyManage: "Lägg till en slutpunkt för att ta emot händelser i era egna system.",
    emptyRead: "Ingen har lagt till någon slutpunkt ännu.",
    url: "URL",
    events: "Händelser",
    status: "Status",
    description: "Beskrivning",
    allEvents: "Alla händelser",
    added: "Slutpunkten har lagts till"
  },
  status: {
    enabled: "Aktiverad",
    disabled: "Inaktiverad",
    enabledFailing: "Aktiverad, misslyckas sedan {{ date }}",
    failingSince: "Inaktiverad: misslyckas sedan {{ date }}"
  },
  form: {
    addHeading: "Lägg till en slutpunkt",
    editHeading: "Redigera slutpunkten",
    url: "Slutpunktens URL",
    urlHint:
      "Dit OpenPOR skickar händelserna. Den måste börja med https:// (http://localhost eller http://127.0.0.1 bara vid test).",
    description: "Beskrivning",
    descriptionHint: "Vad som tar emot händelserna, t.ex. ”CRM-synk”.",
    events: "Händelser att skicka",
    eventsHint: "Bara de händelser du väljer skickas till den här slutpunkten.",
    selectAll: "Välj alla händelser",
    create: "Lägg till slutpunkt",
    save: "Spara ändringar",
    cancel: "Avbryt"
  },
  errors: {
    webhook_url_not_allowed:
      "Adressen är inte tillåten: använd https:// (http:// bara för localhost eller 127.0.0.1 vid test).",
    url: "Ange en fullständig adress, t.ex. https://example.com/webhooks.",
    events: "Välj minst en händelse.",
    description: "Beskrivningen är för lång (högst 500 tecken).",
    version_conflict: "Någon har ändrat slutpunkten under tiden. Ladda om sidan och försök igen."
  },
  secret: {
    createdTitle: "Slutpunkten har lagts till: kopiera signeringshemligheten",
    rotatedTitle: "Ny signeringshemlighet: kopiera den nu",
    warning:
      "Hemligheten visas bara en gång. Spara den i mottagarens konfiguration nu: den kan inte visas igen. Om du tappar bort den, byt hemligheten.",
    usage:
      "Mottagaren kontrollerar signaturen på varje händelse med den här hemligheten (rubriken webhook-signature).",
    label: "Signeringshemlighet",
    copy: "Kopiera hemligheten",
    copied: "Hemligheten har kopierats",
    copyFailed: "Webbläsaren tillät inte kopiering: markera hemligheten och kopiera den själv.",
    done: "Jag har sparat hemligheten"
  },
  endpoint: {
    back: "Alla slutpunkter",
    title: "Webhook-slutpunkt",
    description: "Beskrivning",
    noDescription: "Ingen beskrivning",
    events: "Händelser",
    secret: "Signeringshemlighet",
    createdAt: "Tillagd",
    updatedAt: "Senast ändrad",
    failing:
      "OpenPOR slutade skicka till slutpunkten eftersom den har misslyckats sedan {{ date }}. Åtgärda mottagaren och aktivera sedan slutpunkten igen.",
    failingEnabled:
      "Leveranser till slutpunkten har misslyckats sedan {{ date }}. OpenPOR fortsätter att försöka; en slutpunkt som misslyckas i flera dagar inaktiveras.",
    manual: "Slutpunkten är inaktiverad: inga händelser skickas till den förrän den aktiveras igen.",
    edit: "Redigera",
    saved: "Slutpunkten har sparats",
    enable: "Aktivera",
    enabled: "Slutpunkten har aktiverats",
    disable: "Inaktivera",
    disableTitle: "Inaktivera slutpunkten?",
    disableBody:
      "Inga händelser skickas till {{ url }} förrän du aktiverar den igen. Händelser under tiden skickas inte senare.",
    disabled: "Slutpunkten har inaktiverats",
    rotate: "Byt hemlighet",
    rotateTitle: "Byta signeringshemligheten?",
    rotateBody:
      "Den nuvarande hemligheten slutar gälla direkt: händelser signeras med den nya från och med nu. Uppdatera mottagaren direkt efteråt.",
    delete: "Ta bort",
    deleteTitle: "Ta bort slutpunkten?",
    deleteBody: "{{ url }} får inga fler händelser och leveransloggen tas bort. Det går inte att ångra.",
    deleted: "Slutpunkten har tagits bort",
    sendTest: "Skicka testhändelse",
    testSent: "Testhändelsen har skickats",
    testSentBody: "Den visas bland leveranserna nedan."
  },
  deliveries: {
    heading: "Leveranser",
    caption: "Leveranser till slutpunkten, nyaste först",
    filter: "Visa",
    all: "Alla leveranser",
    refresh: "Uppdatera",
    event: "Händelse",
    status: "Status",
    attempts: "Försök",
    lastStatusCode: "Senaste svar",
    time: "Skapad",
    open: "Detaljer",
    openLabel: "Detaljer om {{ event }} {{ time }}",
    none: "—",
    empty: "Inga leveranser ännu",
    emptyBody: "Skicka en testhändelse för att se hur mottagaren svarar.",
    emptyFiltered: "Inga leveranser med den här statusen.",
    pages: "Sidor med leveranser"
  },
  deliveryStatus: {
    pending: "Väntar",
    succeeded: "Lyckades",
    failed: "Misslyckades"
  },
  delivery: {
    title: "Webhook-leverans",
    back: "Tillbaka till slutpunkten",
    id: "Leverans-id (webhook-id)",
    attempts: "Försök",
    createdAt: "Skapad",
    nextAttemptAt: "Nästa försök",
    payload: "Innehåll",
    payloadLabel: "JSON-innehållet som skickades",
    attemptLog: "Försök",
    attemptCaption: "Varje försök att skicka leveransen, äldsta först",
    at: "Tid",
    statusCode: "Statuskod",
    duration: "Varaktighet",
    durationValue: "{{ ms }} ms",
    response: "Svar",
    error: "Fel",
    noResponse: "Inget svar",
    noAttempts: "Inte skickad ännu.",
    redeliver: "Leverera igen",
    redeliverTitle: "Skicka händelsen igen?",
    redeliverBody:
      "Samma händelse med samma webhook-id skickas nu till slutpunkten; mottagaren kan redan ha sett den.",
    redelivered: "Skickad igen",
    redeliveredBody: "Det nya försöket visas i loggen."
  },
  events: {
    claim_status_changed: {
      label: "Anspråkets status ändrades",
      description:
        "Ett anspråk skickades in, godkändes, avslogs, bestreds eller ändrade status på annat sätt."
    },
    claim_consent_changed: {
      label: "Kundens samtycke ändrades",
      description: "Kunden godkände eller avböjde kopplingen, eller så löpte samtyckesperioden ut."
    },
    claim_arbitration_joined: {
      label: "Anspråket gick till skiljeförfarande",
      description:
        "Ett anspråk konkurrerar med ett annat om samma arbetsbelastning och ingår nu i ett skiljeärende."
    },
    claim_case_resolved: {
      label: "Skiljeärendet avgjordes",
      description: "Granskaren avgjorde ett skiljeärende som anspråket ingick i."
    },
    enrollment_state_changed: {
      label: "Registreringens status ändrades",
      description: "En plats registrering i ett program blev aktiv, kräver åtgärd eller avslutades."
    },
    dpor_added: {
      label: "Partner of record tillagd",
      description: "En kund angav partnern som digital partner of record för en prenumeration."
    },
    dpor_removed: {
      label: "Partner of record borttagen",
      description: "En kund tog bort partnern som digital partner of record för en prenumeration."
    },
    endpoint_test: {
      label: "Testhändelse",
      description: "Skickas bara med knappen ”Skicka testhändelse”."
    }
  }
}
