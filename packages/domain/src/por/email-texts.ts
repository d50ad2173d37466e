import type { EmailText } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"

/** The subscription an email is about, and who named or removed the partner. */
export interface DporFacts {
  readonly customer: string
  readonly partnerId: string
  readonly subscriptionId: string
  readonly product: string
}

type F = DporFacts

/** The partner-of-record emails' words in one language. */
interface PorTexts {
  readonly footer: (link: string) => string
  readonly added: (f: F) => EmailText
  readonly replaced: (f: F) => EmailText
  readonly removed: (f: F) => EmailText
}

const en: PorTexts = {
  footer: (link) =>
    `\n\nSee your subscriptions as partner of record in the partner portal: ${link}\n\nThis message was sent by OpenPOR.`,
  added: (f) => ({
    subject: `${f.customer} named you partner of record`,
    text: `${f.customer} added you (PartnerID ${f.partnerId}) as Digital Partner of Record on the subscription ${f.subscriptionId} (${f.product}). Submit your proof of execution to earn incentives for it.`
  }),
  replaced: (f) => ({
    subject: `${f.customer} replaced you as partner of record`,
    text: `${f.customer} named another partner as Digital Partner of Record on the subscription ${f.subscriptionId} (${f.product}); you (PartnerID ${f.partnerId}) are no longer its partner of record.`
  }),
  removed: (f) => ({
    subject: `${f.customer} removed you as partner of record`,
    text: `${f.customer} removed you (PartnerID ${f.partnerId}) as Digital Partner of Record on the subscription ${f.subscriptionId} (${f.product}).`
  })
}

const de: PorTexts = {
  footer: (link) =>
    `\n\nIhre Abonnements als Partner of Record im Partnerportal: ${link}\n\nDiese Nachricht wurde von OpenPOR gesendet.`,
  added: (f) => ({
    subject: `${f.customer} hat Sie als Partner of Record benannt`,
    text: `${f.customer} hat Sie (PartnerID ${f.partnerId}) als Digital Partner of Record für das Abonnement ${f.subscriptionId} (${f.product}) eingetragen. Reichen Sie Ihren Leistungsnachweis ein, um dafür Incentives zu erhalten.`
  }),
  replaced: (f) => ({
    subject: `${f.customer} hat Sie als Partner of Record ersetzt`,
    text: `${f.customer} hat einen anderen Partner als Digital Partner of Record für das Abonnement ${f.subscriptionId} (${f.product}) benannt; Sie (PartnerID ${f.partnerId}) sind nicht mehr dessen Partner of Record.`
  }),
  removed: (f) => ({
    subject: `${f.customer} hat Sie als Partner of Record entfernt`,
    text: `${f.customer} hat Sie (PartnerID ${f.partnerId}) als Digital Partner of Record für das Abonnement ${f.subscriptionId} (${f.product}) entfernt.`
  })
}

const hu: PorTexts = {
  footer: (link) =>
    `\n\nA nyilvántartott partnerként kezelt előfizetései a partnerportálon: ${link}\n\nEzt az üzenetet az OpenPOR küldte.`,
  added: (f) => ({
    subject: `${f.customer} nyilvántartott partnerként jelölte meg Önt`,
    text: `${f.customer} felvette Önt (PartnerID ${f.partnerId}) digitális nyilvántartott partnerként a(z) ${f.subscriptionId} (${f.product}) előfizetéshez. Küldje be a teljesítési igazolását, hogy ösztönzőt kapjon érte.`
  }),
  replaced: (f) => ({
    subject: `${f.customer} lecserélte Önt mint nyilvántartott partnert`,
    text: `${f.customer} egy másik partnert jelölt meg digitális nyilvántartott partnerként a(z) ${f.subscriptionId} (${f.product}) előfizetéshez; Ön (PartnerID ${f.partnerId}) már nem a nyilvántartott partnere.`
  }),
  removed: (f) => ({
    subject: `${f.customer} eltávolította Önt mint nyilvántartott partnert`,
    text: `${f.customer} eltávolította Önt (PartnerID ${f.partnerId}) a(z) ${f.subscriptionId} (${f.product}) előfizetés digitális nyilvántartott partnereként.`
  })
}

const sv: PorTexts = {
  footer: (link) =>
    `\n\nSe dina prenumerationer som partner of record i partnerportalen: ${link}\n\nDet här meddelandet skickades av OpenPOR.`,
  added: (f) => ({
    subject: `${f.customer} har utsett er till partner of record`,
    text: `${f.customer} har lagt till er (PartnerID ${f.partnerId}) som Digital Partner of Record för prenumerationen ${f.subscriptionId} (${f.product}). Skicka in ert genomförandebevis för att få incitament för den.`
  }),
  replaced: (f) => ({
    subject: `${f.customer} har ersatt er som partner of record`,
    text: `${f.customer} har utsett en annan partner till Digital Partner of Record för prenumerationen ${f.subscriptionId} (${f.product}); ni (PartnerID ${f.partnerId}) är inte längre dess partner of record.`
  }),
  removed: (f) => ({
    subject: `${f.customer} har tagit bort er som partner of record`,
    text: `${f.customer} har tagit bort er (PartnerID ${f.partnerId}) som Digital Partner of Record för prenumerationen ${f.subscriptionId} (${f.product}).`
  })
}

const cs: PorTexts = {
  footer: (link) =>
    `\n\nVaše předplatná, u kterých jste partnerem záznamu, v partnerském portálu: ${link}\n\nTuto zprávu odeslal systém OpenPOR.`,
  added: (f) => ({
    subject: `${f.customer} vás určil partnerem záznamu`,
    text: `${f.customer} vás (PartnerID ${f.partnerId}) přidal jako Digital Partner of Record u předplatného ${f.subscriptionId} (${f.product}). Odešlete doklad o provedení, abyste za něj získali pobídky.`
  }),
  replaced: (f) => ({
    subject: `${f.customer} vás nahradil jako partnera záznamu`,
    text: `${f.customer} určil jiného partnera jako Digital Partner of Record u předplatného ${f.subscriptionId} (${f.product}); vy (PartnerID ${f.partnerId}) již nejste jeho partnerem záznamu.`
  }),
  removed: (f) => ({
    subject: `${f.customer} vás odebral jako partnera záznamu`,
    text: `${f.customer} vás (PartnerID ${f.partnerId}) odebral jako Digital Partner of Record u předplatného ${f.subscriptionId} (${f.product}).`
  })
}

/** The partner-of-record emails in each of the five languages. */
export const porTexts: Readonly<Record<Language, PorTexts>> = { en, de, hu, sv, cs }
