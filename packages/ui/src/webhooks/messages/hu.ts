import type { WebhooksMessages } from "./en.ts"

export const hu: WebhooksMessages = {
  title: "Webhookok",
  intro: {
    organization:
      "A webhookok a szervezete igényeiről, részvételeiről és nyilvántartott partneri változásairól aláírt HTTPS-kérésekként (Standard Webhooks) küldenek eseményeket a saját rendszereibe. Mindig csak a saját szervezetére vonatkozó eseményeket kapja meg.",
    vendor:
      "A szállítói szintű végpontok minden partnerszervezet kiválasztott eseményeit megkapják aláírt HTTPS-kérésekként (Standard Webhooks)."
  },
  list: {
    heading: "Végpontok",
    caption: "Webhook-végpontok",
    add: "Végpont hozzáadása",
    empty: "Még nincs végpont",
    emptyManage: "Adjon hozzá egy végpontot, hogy a saját rendszereiben fogadja az eseményeket.",
    emptyRead: "Még senki sem adott hozzá végpontot.",
    url: "URL",
    events: "Események",
    status: "Állapot",
    description: "Leírás",
    allEvents: "Minden esemény",
    added: "Végpont hozzáadva"
  },
  status: {
    enabled: "Engedélyezve",
    disabled: "Letiltva",
    enabledFailing: "Engedélyezve, hibás ekkortól: {{ date }}",
    failingSince: "Letiltva: hibás ekkortól: {{ date }}"
  },
  form: {
    addHeading: "Végpont hozzáadása",
    editHeading: "Végpont szerkesztése",
    url: "Végpont URL-címe",
    urlHint:
      "Ide küldi az OpenPOR az eseményeket. https://-sel kell kezdődnie (http://localhost vagy http://127.0.0.1 csak teszteléskor).",
    description: "Leírás",
    descriptionHint: "Mi fogadja az eseményeket, pl. „CRM-szinkronizálás”.",
    events: "Küldendő események",
    eventsHint: "Csak a kiválasztott eseményeket küldjük erre a végpontra.",
    selectAll: "Összes esemény kiválasztása",
    create: "Végpont hozzáadása",
    save: "Módosítások mentése",
    cancel: "Mégse"
  },
  errors: {
    webhook_url_not_allowed:
      "Ez a cím nem engedélyezett: használjon https://-t (http://-t csak localhosthoz vagy 127.0.0.1-hez teszteléskor).",
    url: "Adjon meg egy teljes címet, pl. https://example.com/webhooks.",
    events: "Válasszon legalább egy eseményt.",
    description: "A leírás túl hosszú (legfeljebb 500 karakter).",
    version_conflict:
      "Valaki időközben módosította ezt a végpontot. Töltse be újra az oldalt, és próbálja újra."
  },
  secret: {
    createdTitle: "Végpont hozzáadva: másolja ki az aláírási titkot",
    rotatedTitle: "Új aláírási titok: másolja ki most",
    warning:
      "Ez a titok csak egyszer jelenik meg. Most mentse el a fogadó rendszer beállításaiba: később nem jeleníthető meg újra. Ha elveszíti, cserélje le a titkot.",
    usage:
      "A fogadó rendszer ezzel a titokkal ellenőrzi minden esemény aláírását (webhook-signature fejléc).",
    label: "Aláírási titok",
    copy: "Titok másolása",
    copied: "Titok kimásolva",
    copyFailed: "A böngésző nem engedte a másolást: jelölje ki a titkot, és másolja ki saját maga.",
    done: "Elmentettem a titkot"
  },
  endpoint: {
    back: "Összes végpont",
    title: "Webhook-végpont",
    description: "Leírás",
    noDescription: "Nincs leírás",
    events: "Események",
    secret: "Aláírási titok",
    createdAt: "Hozzáadva",
    updatedAt: "Utoljára módosítva",
    failing:
      "Az OpenPOR leállította a küldést erre a végpontra, mert ekkortól hibás volt: {{ date }}. Javítsa ki a fogadó rendszert, majd engedélyezze újra a végpontot.",
    failingEnabled:
      "A kézbesítések erre a végpontra ekkortól sikertelenek: {{ date }}. Az OpenPOR tovább próbálkozik; a napokig hibás végpontot letiltja.",
    manual: "Ez a végpont le van tiltva: amíg újra nem engedélyezik, nem küldünk rá eseményt.",
    edit: "Szerkesztés",
    saved: "Végpont mentve",
    enable: "Engedélyezés",
    enabled: "Végpont engedélyezve",
    disable: "Letiltás",
    disableTitle: "Letiltja ezt a végpontot?",
    disableBody:
      "Amíg újra nem engedélyezi, nem küldünk eseményt ide: {{ url }}. A közben keletkező eseményeket később sem küldjük el.",
    disabled: "Végpont letiltva",
    rotate: "Titok cseréje",
    rotateTitle: "Lecseréli az aláírási titkot?",
    rotateBody:
      "A jelenlegi titok azonnal érvényét veszti: mostantól az újjal írjuk alá az eseményeket. Rögtön utána frissítse a fogadó rendszert.",
    delete: "Törlés",
    deleteTitle: "Törli ezt a végpontot?",
    deleteBody:
      "Ide nem érkezik több esemény, és a kézbesítési napló törlődik: {{ url }}. Ez nem vonható vissza.",
    deleted: "Végpont törölve",
    sendTest: "Tesztesemény küldése",
    testSent: "Tesztesemény elküldve",
    testSentBody: "Lent, a kézbesítések között jelenik meg."
  },
  deliveries: {
    heading: "Kézbesítések",
    caption: "Kézbesítések erre a végpontra, a legújabb elöl",
    filter: "Megjelenítés",
    all: "Minden kézbesítés",
    refresh: "Frissítés",
    event: "Esemény",
    status: "Állapot",
    attempts: "Kísérletek",
    lastStatusCode: "Utolsó válasz",
    time: "Létrehozva",
    open: "Részletek",
    openLabel: "{{ event }} részletei, {{ time }}",
    none: "—",
    empty: "Még nincs kézbesítés",
    emptyBody: "Küldjön teszteseményt, hogy lássa, hogyan válaszol a fogadó rendszer.",
    emptyFiltered: "Nincs ilyen állapotú kézbesítés.",
    pages: "Kézbesítések oldalai"
  },
  deliveryStatus: {
    pending: "Függőben",
    succeeded: "Sikeres",
    failed: "Sikertelen"
  },
  delivery: {
    title: "Webhook-kézbesítés",
    back: "Vissza a végponthoz",
    id: "Kézbesítés azonosítója (webhook-id)",
    attempts: "Kísérletek",
    createdAt: "Létrehozva",
    nextAttemptAt: "Következő kísérlet",
    payload: "Tartalom",
    payloadLabel: "Az elküldött JSON-törzs",
    attemptLog: "Kísérletek",
    attemptCaption: "A kézbesítés minden kísérlete, a legrégebbi elöl",
    at: "Időpont",
    statusCode: "Állapotkód",
    duration: "Időtartam",
    durationValue: "{{ ms }} ms",
    response: "Válasz",
    error: "Hiba",
    noResponse: "Nincs válasz",
    noAttempts: "Még nincs elküldve.",
    redeliver: "Újrakézbesítés",
    redeliverTitle: "Újra elküldi ezt az eseményt?",
    redeliverBody:
      "Ugyanazt az eseményt ugyanazzal a webhook-id-vel most újra elküldjük a végpontra; a fogadó rendszer már láthatta.",
    redelivered: "Újra elküldve",
    redeliveredBody: "Az új kísérlet megjelenik a naplóban."
  },
  events: {
    claim_status_changed: {
      label: "Igény állapota megváltozott",
      description:
        "Egy igényt benyújtottak, jóváhagytak, elutasítottak, vitattak, vagy más módon változott az állapota."
    },
    claim_consent_changed: {
      label: "Ügyfél-hozzájárulás megváltozott",
      description: "Az ügyfél elfogadta vagy elutasította a társítást, vagy lejárt a hozzájárulási határidő."
    },
    claim_arbitration_joined: {
      label: "Igény döntőbíráskodásba került",
      description:
        "Egy igény ugyanarra a munkaterhelésre verseng egy másikkal, és most egy döntőbírósági ügy része."
    },
    claim_case_resolved: {
      label: "Döntőbírósági ügy lezárva",
      description: "A bíráló döntött egy döntőbírósági ügyben, amelynek az igény a része volt."
    },
    enrollment_state_changed: {
      label: "Részvétel állapota megváltozott",
      description: "Egy telephely programrészvétele aktív lett, teendőt igényel, vagy véget ért."
    },
    dpor_added: {
      label: "Nyilvántartott partner hozzáadva",
      description: "Egy ügyfél a partnert jelölte meg digitális nyilvántartott partnerként egy előfizetéshez."
    },
    dpor_removed: {
      label: "Nyilvántartott partner eltávolítva",
      description:
        "Egy ügyfél eltávolította a partnert mint digitális nyilvántartott partnert egy előfizetésből."
    },
    endpoint_test: {
      label: "Tesztesemény",
      description: "Csak a „Tesztesemény küldése” gomb küldi."
    }
  }
}
