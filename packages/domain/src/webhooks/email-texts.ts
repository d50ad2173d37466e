import type { EmailText } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"

/** What the email about a disabled endpoint names. */
export interface DisabledFacts {
  readonly url: string
  /** Since when it fails (ISO date and time, UTC). */
  readonly failingSince: string
  /** Whole days it failed. */
  readonly days: number
}

type F = DisabledFacts

interface WebhookTexts {
  readonly disabled: (f: F, link: string) => EmailText
}

const en: WebhookTexts = {
  disabled: (f, link) => ({
    subject: "A webhook endpoint was disabled after failing",
    text: `The webhook endpoint ${f.url} has failed every delivery since ${f.failingSince} (${f.days} day(s)), so OpenPOR disabled it and sends it nothing more. Fix the receiver, then enable the endpoint again and redeliver the failed events: ${link}\n\nThis message was sent by OpenPOR.`
  })
}

const de: WebhookTexts = {
  disabled: (f, link) => ({
    subject: "Ein Webhook-Endpunkt wurde wegen Fehlern deaktiviert",
    text: `Der Webhook-Endpunkt ${f.url} hat seit ${f.failingSince} (${f.days} Tag(e)) jede Zustellung abgelehnt oder nicht beantwortet. OpenPOR hat ihn deshalb deaktiviert und sendet ihm nichts mehr. Beheben Sie den Empfänger, aktivieren Sie den Endpunkt wieder und stellen Sie die fehlgeschlagenen Ereignisse erneut zu: ${link}\n\nDiese Nachricht wurde von OpenPOR gesendet.`
  })
}

const hu: WebhookTexts = {
  disabled: (f, link) => ({
    subject: "Egy webhook-végpontot hibák miatt letiltottunk",
    text: `A(z) ${f.url} webhook-végpontnak ${f.failingSince} óta (${f.days} nap) minden kézbesítése sikertelen volt, ezért az OpenPOR letiltotta, és nem küld neki többet. Javítsa ki a fogadót, majd engedélyezze újra a végpontot, és kézbesítse újra a sikertelen eseményeket: ${link}\n\nEzt az üzenetet az OpenPOR küldte.`
  })
}

const sv: WebhookTexts = {
  disabled: (f, link) => ({
    subject: "En webhook-slutpunkt har inaktiverats efter fel",
    text: `Webhook-slutpunkten ${f.url} har misslyckats med varje leverans sedan ${f.failingSince} (${f.days} dag(ar)), så OpenPOR har inaktiverat den och skickar inget mer till den. Åtgärda mottagaren, aktivera slutpunkten igen och leverera de misslyckade händelserna på nytt: ${link}\n\nDet här meddelandet skickades av OpenPOR.`
  })
}

const cs: WebhookTexts = {
  disabled: (f, link) => ({
    subject: "Koncový bod webhooku byl kvůli chybám vypnut",
    text: `Koncový bod webhooku ${f.url} od ${f.failingSince} (${f.days} d.) nepřijal žádné doručení, proto jej OpenPOR vypnul a nic dalšího mu neposílá. Opravte příjemce, poté koncový bod znovu zapněte a nechte neúspěšné události doručit znovu: ${link}\n\nTuto zprávu odeslal systém OpenPOR.`
  })
}

/** The webhook emails in each of the five languages. */
export const webhookTexts: Readonly<Record<Language, WebhookTexts>> = { en, de, hu, sv, cs }
