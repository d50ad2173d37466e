import type { WebhooksMessages } from "./en.ts"

export const cs: WebhooksMessages = {
  title: "Webhooky",
  intro: {
    organization:
      "Webhooky odesílají události o nárocích, registracích a změnách partnera záznamu vaší organizace do vašich vlastních systémů jako podepsané požadavky HTTPS (Standard Webhooks). Dostáváte vždy jen události své vlastní organizace.",
    vendor:
      "Koncové body pro celého dodavatele dostávají zvolené události všech partnerských organizací jako podepsané požadavky HTTPS (Standard Webhooks)."
  },
  list: {
    heading: "Koncové body",
    caption: "Koncové body webhooků",
    add: "Přidat koncový bod",
    empty: "Zatím žádné koncové body",
    emptyManage: "Přidejte koncový bod, abyste dostávali události ve svých vlastních systémech.",
    emptyRead: "Zatím nikdo nepřidal žádný koncový bod.",
    url: "URL",
    events: "Události",
    status: "Stav",
    description: "Popis",
    allEvents: "Všechny události",
    added: "Koncový bod přidán"
  },
  status: {
    enabled: "Zapnuto",
    disabled: "Vypnuto",
    enabledFailing: "Zapnuto, selhává od {{ date }}",
    failingSince: "Vypnuto: selhává od {{ date }}"
  },
  form: {
    addHeading: "Přidat koncový bod",
    editHeading: "Upravit koncový bod",
    url: "URL koncového bodu",
    urlHint:
      "Kam OpenPOR odesílá události. Musí začínat https:// (http://localhost nebo http://127.0.0.1 jen při testování).",
    description: "Popis",
    descriptionHint: "Co události přijímá, např. „synchronizace CRM“.",
    events: "Odesílané události",
    eventsHint: "Na tento koncový bod se odesílají jen zvolené události.",
    selectAll: "Vybrat všechny události",
    create: "Přidat koncový bod",
    save: "Uložit změny",
    cancel: "Zrušit"
  },
  errors: {
    webhook_url_not_allowed:
      "Tato adresa není povolena: použijte https:// (http:// jen pro localhost nebo 127.0.0.1 při testování).",
    url: "Zadejte úplnou adresu, např. https://example.com/webhooks.",
    events: "Zvolte alespoň jednu událost.",
    description: "Popis je příliš dlouhý (nejvýše 500 znaků).",
    version_conflict:
      "Někdo mezitím tento koncový bod změnil. Načtěte stránku znovu a zkuste to ještě jednou."
  },
  secret: {
    createdTitle: "Koncový bod přidán: zkopírujte podpisový klíč",
    rotatedTitle: "Nový podpisový klíč: zkopírujte ho hned",
    warning:
      "Tento klíč se zobrazí jen jednou. Uložte ho hned do konfigurace svého příjemce: znovu ho zobrazit nelze. Pokud ho ztratíte, klíč vyměňte.",
    usage: "Váš příjemce tímto klíčem ověřuje podpis každé události (hlavička webhook-signature).",
    label: "Podpisový klíč",
    copy: "Zkopírovat klíč",
    copied: "Klíč zkopírován",
    copyFailed: "Prohlížeč kopírování nepovolil: označte klíč a zkopírujte ho sami.",
    done: "Klíč jsem uložil(a)"
  },
  endpoint: {
    back: "Všechny koncové body",
    title: "Koncový bod webhooku",
    description: "Popis",
    noDescription: "Bez popisu",
    events: "Události",
    secret: "Podpisový klíč",
    createdAt: "Přidáno",
    updatedAt: "Naposledy změněno",
    failing:
      "OpenPOR přestal na tento koncový bod odesílat, protože selhával od {{ date }}. Opravte příjemce a potom koncový bod znovu zapněte.",
    failingEnabled:
      "Doručení na tento koncový bod selhávají od {{ date }}. OpenPOR to dál zkouší; koncový bod, který selhává několik dní, se vypne.",
    manual: "Tento koncový bod je vypnutý: dokud ho znovu nezapnete, žádné události se na něj neodesílají.",
    edit: "Upravit",
    saved: "Koncový bod uložen",
    enable: "Zapnout",
    enabled: "Koncový bod zapnut",
    disable: "Vypnout",
    disableTitle: "Vypnout tento koncový bod?",
    disableBody:
      "Na {{ url }} se neodesílají žádné události, dokud ho znovu nezapnete. Události z této doby se později neodešlou.",
    disabled: "Koncový bod vypnut",
    rotate: "Vyměnit klíč",
    rotateTitle: "Vyměnit podpisový klíč?",
    rotateBody:
      "Současný klíč okamžitě přestane platit: události se od teď podepisují novým. Hned potom aktualizujte svého příjemce.",
    delete: "Smazat",
    deleteTitle: "Smazat tento koncový bod?",
    deleteBody:
      "{{ url }} už nedostane žádné události a jeho protokol doručení se smaže. Tuto akci nelze vrátit.",
    deleted: "Koncový bod smazán",
    sendTest: "Odeslat testovací událost",
    testSent: "Testovací událost odeslána",
    testSentBody: "Objeví se níže mezi doručeními."
  },
  deliveries: {
    heading: "Doručení",
    caption: "Doručení na tento koncový bod, nejnovější první",
    filter: "Zobrazit",
    all: "Všechna doručení",
    refresh: "Obnovit",
    event: "Událost",
    status: "Stav",
    attempts: "Pokusy",
    lastStatusCode: "Poslední odpověď",
    time: "Vytvořeno",
    open: "Podrobnosti",
    openLabel: "Podrobnosti {{ event }} z {{ time }}",
    none: "—",
    empty: "Zatím žádná doručení",
    emptyBody: "Odešlete testovací událost a uvidíte, jak váš příjemce odpovídá.",
    emptyFiltered: "Žádná doručení s tímto stavem.",
    pages: "Stránky doručení"
  },
  deliveryStatus: {
    pending: "Čeká",
    succeeded: "Úspěšné",
    failed: "Neúspěšné"
  },
  delivery: {
    title: "Doručení webhooku",
    back: "Zpět na koncový bod",
    id: "ID doručení (webhook-id)",
    attempts: "Pokusy",
    createdAt: "Vytvořeno",
    nextAttemptAt: "Další pokus",
    payload: "Obsah",
    payloadLabel: "Odeslané tělo JSON",
    attemptLog: "Pokusy",
    attemptCaption: "Každý pokus o odeslání tohoto doručení, nejstarší první",
    at: "Čas",
    statusCode: "Stavový kód",
    duration: "Doba",
    durationValue: "{{ ms }} ms",
    response: "Odpověď",
    error: "Chyba",
    noResponse: "Bez odpovědi",
    noAttempts: "Zatím neodesláno.",
    redeliver: "Doručit znovu",
    redeliverTitle: "Odeslat tuto událost znovu?",
    redeliverBody:
      "Stejná událost se stejným webhook-id se nyní znovu odešle na koncový bod; váš příjemce ji možná už viděl.",
    redelivered: "Odesláno znovu",
    redeliveredBody: "Nový pokus se objeví v protokolu."
  },
  events: {
    claim_status_changed: {
      label: "Změna stavu nároku",
      description: "Nárok byl podán, schválen, zamítnut, napaden nebo jinak změnil stav."
    },
    claim_consent_changed: {
      label: "Změna souhlasu zákazníka",
      description: "Zákazník přidružení přijal nebo odmítl, nebo lhůta pro souhlas uplynula."
    },
    claim_arbitration_joined: {
      label: "Nárok v arbitráži",
      description: "Nárok soupeří s jiným o stejnou úlohu a je nyní součástí arbitrážního případu."
    },
    claim_case_resolved: {
      label: "Arbitrážní případ rozhodnut",
      description: "Posuzovatel rozhodl arbitrážní případ, jehož součástí byl nárok."
    },
    enrollment_state_changed: {
      label: "Změna stavu registrace",
      description: "Registrace pobočky v programu se stala aktivní, vyžaduje akci nebo skončila."
    },
    dpor_added: {
      label: "Partner záznamu přidán",
      description: "Zákazník určil partnera jako digitálního partnera záznamu pro předplatné."
    },
    dpor_removed: {
      label: "Partner záznamu odebrán",
      description: "Zákazník odebral partnera jako digitálního partnera záznamu pro předplatné."
    },
    endpoint_test: {
      label: "Testovací událost",
      description: "Odesílá ji jen tlačítko „Odeslat testovací událost“."
    }
  }
}
