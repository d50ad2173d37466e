import type { EmailText } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"
import type { RejectionReason } from "./model.ts"

/** What the claim emails say about a claim. */
export interface ClaimFacts {
  readonly name: string
  readonly partnerId: string
  readonly solutionArea: "modern_work_security" | "business_applications"
  readonly workloads: ReadonlyArray<string>
  readonly subscriptionIds: ReadonlyArray<string>
}

type C = ClaimFacts

/** Why an association ended, told in the email's language. */
export type EndedWhy =
  | { readonly kind: "by_partner"; readonly text: string }
  | { readonly kind: "lost_arbitration" }
  | { readonly kind: "subscription_expired"; readonly subscriptionId: string }

/** The claim emails' words in one language (dates as YYYY-MM-DD; `link` in the email's language). */
export interface ClaimTexts {
  readonly targets: (c: C) => string
  readonly footer: string
  readonly openClaim: (link: string) => string
  readonly consentRequest: (
    c: C,
    contactName: string,
    partnerName: string,
    date: string,
    link: string
  ) => EmailText
  readonly submitted: (c: C, reviewDays: number) => EmailText
  readonly infoRequested: (c: C, comment: string, date: string) => EmailText
  readonly arbitrationNotice: (c: C, reviewDays: number) => EmailText
  readonly reviewerComment: (c: C, comment: string) => EmailText
  readonly approved: (c: C) => EmailText
  readonly official: (c: C) => EmailText
  /** `detail` already starts with ": " when there is one. */
  readonly rejected: (c: C, reason: string, detail: string, final: boolean, disputeDays: number) => EmailText
  readonly declined: (c: C) => EmailText
  readonly ended: (c: C, why: string) => EmailText
  /** Each rejection reason in words (a rejection email names it). */
  readonly reasons: { readonly [R in RejectionReason]: string }
  /** The detail of a rejection for want of an answer to a request for information. */
  readonly noAnswerWithin: (businessDays: number) => string
  /** Why an association ended, in words. */
  readonly endedBecause: (why: EndedWhy) => string
  readonly disassociatedCustomer: (c: C, partnerName: string) => EmailText
}

const list = (c: C) =>
  (c.solutionArea === "modern_work_security" ? c.workloads : c.subscriptionIds).join(", ")
const isWorkloads = (c: C) => c.solutionArea === "modern_work_security"

const en: ClaimTexts = {
  reasons: {
    customer_declined: "the customer declined",
    insufficient_poe: "the proof of execution is insufficient",
    missing_customer_consent_on_poe: "the proof of execution lacks the customer's consent",
    missing_products: "products are missing",
    poe_unavailable: "the proof of execution is unavailable",
    no_partner_response: "no answer from the partner",
    partner_request: "at the partner's request",
    lost_arbitration: "another partner's claim won the arbitration",
    other: "another reason"
  },
  noAnswerWithin: (d) => `the request for information was not answered within ${d} business days`,
  endedBecause: (why) =>
    why.kind === "by_partner"
      ? `your organization ended it (${why.text})`
      : why.kind === "lost_arbitration"
        ? en.reasons.lost_arbitration
        : `subscription ${why.subscriptionId} expired`,
  targets: (c) => (isWorkloads(c) ? `workloads: ${list(c)}` : `subscriptions: ${list(c)}`),
  footer: "\n\nThis message was sent by OpenPOR.",
  openClaim: (link) => `\n\nOpen the claim: ${link}`,
  consentRequest: (c, contact, partner, date, link) => ({
    subject: `${partner} asks to be your partner of record`,
    text: `Hello ${contact},\n\n${partner} (PartnerID ${c.partnerId}) has asked to be associated with your organization for ${en.targets(c)}.\n\nIf you agree, you do not need to do anything: the association becomes official after ${date} once it is approved. By accepting, you give this partner access to some usage data so it can support you.\n\nTo decline (you can do so at any time), open:\n${link}`
  }),
  submitted: (c, days) => ({
    subject: `Claim submitted: ${c.name}`,
    text: `Your claim "${c.name}" (${en.targets(c)}) was submitted. The vendor reviews it within ${days} business days; the customer has been asked for consent.`
  }),
  infoRequested: (c, comment, date) => ({
    subject: `Information requested: ${c.name}`,
    text: `The reviewer needs more information on your claim "${c.name}":\n\n${comment}\n\nAnswer in the claim's comments, update it if needed and submit it again by ${date}; otherwise it is rejected.`
  }),
  arbitrationNotice: (c, days) => ({
    subject: `Claim in arbitration: ${c.name}`,
    text: `This claim is now part of an arbitration case: another partner also claims, or already holds, some of the same workloads or subscriptions. The vendor compares every party's proof of execution and decides; the claim may stay under review longer than ${days} business days while the vendor consults the parties. If more information is needed, the reviewer asks you here in the comments.\n\nClaim: "${c.name}" (${en.targets(c)}).\n\nSee the claim's comments in the partner portal.`
  }),
  reviewerComment: (c, comment) => ({
    subject: `New comment from the reviewer: ${c.name}`,
    text: `The reviewer commented on your claim "${c.name}":\n\n${comment}\n\nAnswer in the claim's comments in the partner portal.`
  }),
  approved: (c) => ({
    subject: `Claim approved: ${c.name}`,
    text: `Your claim "${c.name}" (${en.targets(c)}) was approved. It becomes official when the customer's consent window has passed without a decline.`
  }),
  official: (c) => ({
    subject: `Association official: ${c.name}`,
    text: `Your association for "${c.name}" (${en.targets(c)}) is official.`
  }),
  rejected: (c, reason, detail, final, days) => ({
    subject: `Claim ${final ? "rejected (final)" : "rejected"}: ${c.name}`,
    text: `Your claim "${c.name}" was rejected (${reason})${detail}.${final ? "" : `\n\nYou can dispute this decision once, within ${days} days.`}`
  }),
  declined: (c) => ({
    subject: `Customer declined: ${c.name}`,
    text: `The customer declined the association requested by your claim "${c.name}" (${en.targets(c)}). The claim is rejected and any association has ended.`
  }),
  ended: (c, why) => ({
    subject: `Association ended: ${c.name}`,
    text: `The association of your claim "${c.name}" ended: ${why}.`
  }),
  disassociatedCustomer: (c, partner) => ({
    subject: `${partner} is no longer your partner of record`,
    text: `${partner} (PartnerID ${c.partnerId}) ended its association with your organization for ${en.targets(c)}.`
  })
}

const de: ClaimTexts = {
  reasons: {
    customer_declined: "der Kunde hat abgelehnt",
    insufficient_poe: "der Ausführungsnachweis reicht nicht aus",
    missing_customer_consent_on_poe: "dem Ausführungsnachweis fehlt die Zustimmung des Kunden",
    missing_products: "Produkte fehlen",
    poe_unavailable: "der Ausführungsnachweis ist nicht verfügbar",
    no_partner_response: "keine Antwort des Partners",
    partner_request: "auf Wunsch des Partners",
    lost_arbitration: "der Antrag eines anderen Partners hat das Schiedsverfahren gewonnen",
    other: "ein anderer Grund"
  },
  noAnswerWithin: (d) => `die Rückfrage wurde nicht innerhalb von ${d} Werktagen beantwortet`,
  endedBecause: (why) =>
    why.kind === "by_partner"
      ? `Ihre Organisation hat sie beendet (${why.text})`
      : why.kind === "lost_arbitration"
        ? de.reasons.lost_arbitration
        : `das Abonnement ${why.subscriptionId} ist abgelaufen`,
  targets: (c) => (isWorkloads(c) ? `Workloads: ${list(c)}` : `Abonnements: ${list(c)}`),
  footer: "\n\nDiese Nachricht wurde von OpenPOR gesendet.",
  openClaim: (link) => `\n\nAntrag öffnen: ${link}`,
  consentRequest: (c, contact, partner, date, link) => ({
    subject: `${partner} möchte Ihr Partner of Record werden`,
    text: `Hallo ${contact},\n\n${partner} (PartnerID ${c.partnerId}) hat beantragt, Ihrer Organisation für ${de.targets(c)} zugeordnet zu werden.\n\nWenn Sie einverstanden sind, müssen Sie nichts tun: Die Zuordnung wird nach dem ${date} wirksam, sobald sie genehmigt ist. Mit Ihrer Zustimmung erhält dieser Partner Zugriff auf einige Nutzungsdaten, um Sie zu unterstützen.\n\nUm abzulehnen (das ist jederzeit möglich), öffnen Sie:\n${link}`
  }),
  submitted: (c, days) => ({
    subject: `Antrag eingereicht: ${c.name}`,
    text: `Ihr Antrag „${c.name}“ (${de.targets(c)}) wurde eingereicht. Der Hersteller prüft ihn innerhalb von ${days} Werktagen; der Kunde wurde um Zustimmung gebeten.`
  }),
  infoRequested: (c, comment, date) => ({
    subject: `Informationen angefordert: ${c.name}`,
    text: `Der Prüfer benötigt weitere Informationen zu Ihrem Antrag „${c.name}“:\n\n${comment}\n\nAntworten Sie in den Kommentaren des Antrags, ändern Sie ihn bei Bedarf und reichen Sie ihn bis zum ${date} erneut ein; andernfalls wird er abgelehnt.`
  }),
  arbitrationNotice: (c, days) => ({
    subject: `Antrag in Schlichtung: ${c.name}`,
    text: `Dieser Antrag ist jetzt Teil eines Schlichtungsfalls: Ein anderer Partner beansprucht einige derselben Workloads oder Abonnements oder ist ihnen bereits zugeordnet. Der Hersteller vergleicht die Ausführungsnachweise aller Parteien und entscheidet; der Antrag kann länger als ${days} Werktage in Prüfung bleiben, während der Hersteller die Parteien anhört. Werden weitere Informationen benötigt, fragt der Prüfer Sie in den Kommentaren.\n\nAntrag: „${c.name}“ (${de.targets(c)}).\n\nSiehe die Kommentare des Antrags im Partnerportal.`
  }),
  reviewerComment: (c, comment) => ({
    subject: `Neuer Kommentar des Prüfers: ${c.name}`,
    text: `Der Prüfer hat Ihren Antrag „${c.name}“ kommentiert:\n\n${comment}\n\nAntworten Sie in den Kommentaren des Antrags im Partnerportal.`
  }),
  approved: (c) => ({
    subject: `Antrag genehmigt: ${c.name}`,
    text: `Ihr Antrag „${c.name}“ (${de.targets(c)}) wurde genehmigt. Er wird wirksam, sobald die Einspruchsfrist des Kunden ohne Ablehnung abgelaufen ist.`
  }),
  official: (c) => ({
    subject: `Zuordnung wirksam: ${c.name}`,
    text: `Ihre Zuordnung für „${c.name}“ (${de.targets(c)}) ist wirksam.`
  }),
  rejected: (c, reason, detail, final, days) => ({
    subject: `Antrag ${final ? "endgültig abgelehnt" : "abgelehnt"}: ${c.name}`,
    text: `Ihr Antrag „${c.name}“ wurde abgelehnt (${reason})${detail}.${final ? "" : `\n\nSie können dieser Entscheidung einmal innerhalb von ${days} Tagen widersprechen.`}`
  }),
  declined: (c) => ({
    subject: `Kunde hat abgelehnt: ${c.name}`,
    text: `Der Kunde hat die mit Ihrem Antrag „${c.name}“ (${de.targets(c)}) beantragte Zuordnung abgelehnt. Der Antrag ist abgelehnt und eine bestehende Zuordnung beendet.`
  }),
  ended: (c, why) => ({
    subject: `Zuordnung beendet: ${c.name}`,
    text: `Die Zuordnung Ihres Antrags „${c.name}“ wurde beendet: ${why}.`
  }),
  disassociatedCustomer: (c, partner) => ({
    subject: `${partner} ist nicht mehr Ihr Partner of Record`,
    text: `${partner} (PartnerID ${c.partnerId}) hat die Zuordnung zu Ihrer Organisation für ${de.targets(c)} beendet.`
  })
}

const hu: ClaimTexts = {
  reasons: {
    customer_declined: "az ügyfél elutasította",
    insufficient_poe: "a teljesítési igazolás nem elegendő",
    missing_customer_consent_on_poe: "a teljesítési igazolásból hiányzik az ügyfél hozzájárulása",
    missing_products: "hiányoznak termékek",
    poe_unavailable: "a teljesítési igazolás nem érhető el",
    no_partner_response: "a partner nem válaszolt",
    partner_request: "a partner kérésére",
    lost_arbitration: "egy másik partner igénylése nyerte a döntőbírósági eljárást",
    other: "egyéb ok"
  },
  noAnswerWithin: (d) => `az információkérésre ${d} munkanapon belül nem érkezett válasz`,
  endedBecause: (why) =>
    why.kind === "by_partner"
      ? `az Ön szervezete megszüntette (${why.text})`
      : why.kind === "lost_arbitration"
        ? hu.reasons.lost_arbitration
        : `a(z) ${why.subscriptionId} előfizetés lejárt`,
  targets: (c) => (isWorkloads(c) ? `munkaterhelések: ${list(c)}` : `előfizetések: ${list(c)}`),
  footer: "\n\nEzt az üzenetet az OpenPOR küldte.",
  openClaim: (link) => `\n\nAz igénylés megnyitása: ${link}`,
  consentRequest: (c, contact, partner, date, link) => ({
    subject: `${partner} szeretne az Ön nyilvántartott partnere lenni`,
    text: `Kedves ${contact}!\n\n${partner} (PartnerID ${c.partnerId}) kérte, hogy a szervezetéhez rendeljék a következőkre: ${hu.targets(c)}.\n\nHa egyetért, nincs teendője: a hozzárendelés ${date} után, jóváhagyás esetén válik hivatalossá. Az elfogadással ez a partner hozzáférést kap bizonyos használati adatokhoz, hogy támogathassa Önt.\n\nAz elutasításhoz (ezt bármikor megteheti) nyissa meg:\n${link}`
  }),
  submitted: (c, days) => ({
    subject: `Igénylés beküldve: ${c.name}`,
    text: `A(z) „${c.name}” igénylését (${hu.targets(c)}) beküldtük. A gyártó ${days} munkanapon belül elbírálja; az ügyféltől hozzájárulást kértünk.`
  }),
  infoRequested: (c, comment, date) => ({
    subject: `További információ szükséges: ${c.name}`,
    text: `Az ellenőrnek további információra van szüksége a(z) „${c.name}” igényléséhez:\n\n${comment}\n\nVálaszoljon az igénylés megjegyzéseiben, szükség esetén módosítsa, és küldje be újra ${date}-ig; ellenkező esetben elutasítjuk.`
  }),
  arbitrationNotice: (c, days) => ({
    subject: `Igénylés döntőbíráskodásban: ${c.name}`,
    text: `Ez az igénylés most egy döntőbírósági eset része: egy másik partner is igényli, vagy már birtokolja ugyanazon munkaterhelések vagy előfizetések némelyikét. A gyártó összeveti a felek teljesítési igazolásait, és dönt; az igénylés ${days} munkanapnál tovább is elbírálás alatt maradhat, amíg a gyártó egyeztet a felekkel. Ha további információra van szükség, az ellenőr itt, a megjegyzésekben kérdezi meg.\n\nIgénylés: „${c.name}” (${hu.targets(c)}).\n\nLásd az igénylés megjegyzéseit a partnerportálon.`
  }),
  reviewerComment: (c, comment) => ({
    subject: `Új megjegyzés az ellenőrtől: ${c.name}`,
    text: `Az ellenőr megjegyzést fűzött a(z) „${c.name}” igényléséhez:\n\n${comment}\n\nVálaszoljon az igénylés megjegyzéseiben a partnerportálon.`
  }),
  approved: (c) => ({
    subject: `Igénylés jóváhagyva: ${c.name}`,
    text: `A(z) „${c.name}” igénylését (${hu.targets(c)}) jóváhagytuk. Akkor válik hivatalossá, amikor az ügyfél hozzájárulási időszaka elutasítás nélkül lejárt.`
  }),
  official: (c) => ({
    subject: `A hozzárendelés hivatalos: ${c.name}`,
    text: `A(z) „${c.name}” hozzárendelése (${hu.targets(c)}) hivatalos.`
  }),
  rejected: (c, reason, detail, final, days) => ({
    subject: `Igénylés ${final ? "véglegesen elutasítva" : "elutasítva"}: ${c.name}`,
    text: `A(z) „${c.name}” igénylését elutasítottuk (${reason})${detail}.${final ? "" : `\n\nEzt a döntést egyszer, ${days} napon belül vitathatja.`}`
  }),
  declined: (c) => ({
    subject: `Az ügyfél elutasította: ${c.name}`,
    text: `Az ügyfél elutasította a(z) „${c.name}” igénylésével (${hu.targets(c)}) kért hozzárendelést. Az igénylést elutasítottuk, és a hozzárendelés megszűnt.`
  }),
  ended: (c, why) => ({
    subject: `A hozzárendelés megszűnt: ${c.name}`,
    text: `A(z) „${c.name}” igénylés hozzárendelése megszűnt: ${why}.`
  }),
  disassociatedCustomer: (c, partner) => ({
    subject: `${partner} már nem az Ön nyilvántartott partnere`,
    text: `${partner} (PartnerID ${c.partnerId}) megszüntette a hozzárendelését a szervezetéhez a következőkre: ${hu.targets(c)}.`
  })
}

const sv: ClaimTexts = {
  reasons: {
    customer_declined: "kunden avböjde",
    insufficient_poe: "beviset på utförande räcker inte",
    missing_customer_consent_on_poe: "beviset på utförande saknar kundens samtycke",
    missing_products: "produkter saknas",
    poe_unavailable: "beviset på utförande är inte tillgängligt",
    no_partner_response: "inget svar från partnern",
    partner_request: "på partnerns begäran",
    lost_arbitration: "en annan partners anspråk vann skiljeförfarandet",
    other: "ett annat skäl"
  },
  noAnswerWithin: (d) => `begäran om information besvarades inte inom ${d} arbetsdagar`,
  endedBecause: (why) =>
    why.kind === "by_partner"
      ? `er organisation avslutade den (${why.text})`
      : why.kind === "lost_arbitration"
        ? sv.reasons.lost_arbitration
        : `prenumerationen ${why.subscriptionId} har gått ut`,
  targets: (c) => (isWorkloads(c) ? `arbetsbelastningar: ${list(c)}` : `prenumerationer: ${list(c)}`),
  footer: "\n\nDet här meddelandet skickades av OpenPOR.",
  openClaim: (link) => `\n\nÖppna anspråket: ${link}`,
  consentRequest: (c, contact, partner, date, link) => ({
    subject: `${partner} vill bli er partner of record`,
    text: `Hej ${contact},\n\n${partner} (PartnerID ${c.partnerId}) har begärt att kopplas till er organisation för ${sv.targets(c)}.\n\nOm ni godkänner behöver ni inte göra något: kopplingen blir officiell efter ${date} när den har godkänts. Genom att godkänna ger ni den här partnern tillgång till viss användningsdata så att den kan stödja er.\n\nFör att tacka nej (det kan ni göra när som helst), öppna:\n${link}`
  }),
  submitted: (c, days) => ({
    subject: `Anspråk inskickat: ${c.name}`,
    text: `Ert anspråk ”${c.name}” (${sv.targets(c)}) har skickats in. Leverantören granskar det inom ${days} arbetsdagar; kunden har ombetts att ge sitt samtycke.`
  }),
  infoRequested: (c, comment, date) => ({
    subject: `Information begärd: ${c.name}`,
    text: `Granskaren behöver mer information om ert anspråk ”${c.name}”:\n\n${comment}\n\nSvara i anspråkets kommentarer, uppdatera det vid behov och skicka in det igen senast ${date}; annars avslås det.`
  }),
  arbitrationNotice: (c, days) => ({
    subject: `Anspråk i skiljeförfarande: ${c.name}`,
    text: `Det här anspråket ingår nu i ett skiljeärende: en annan partner gör också anspråk på, eller innehar redan, några av samma arbetsbelastningar eller prenumerationer. Leverantören jämför alla parters genomförandebevis och beslutar; anspråket kan vara under granskning längre än ${days} arbetsdagar medan leverantören hör parterna. Om mer information behövs frågar granskaren er här i kommentarerna.\n\nAnspråk: ”${c.name}” (${sv.targets(c)}).\n\nSe anspråkets kommentarer i partnerportalen.`
  }),
  reviewerComment: (c, comment) => ({
    subject: `Ny kommentar från granskaren: ${c.name}`,
    text: `Granskaren kommenterade ert anspråk ”${c.name}”:\n\n${comment}\n\nSvara i anspråkets kommentarer i partnerportalen.`
  }),
  approved: (c) => ({
    subject: `Anspråk godkänt: ${c.name}`,
    text: `Ert anspråk ”${c.name}” (${sv.targets(c)}) har godkänts. Det blir officiellt när kundens samtyckesperiod har löpt ut utan att kunden tackat nej.`
  }),
  official: (c) => ({
    subject: `Kopplingen är officiell: ${c.name}`,
    text: `Er koppling för ”${c.name}” (${sv.targets(c)}) är officiell.`
  }),
  rejected: (c, reason, detail, final, days) => ({
    subject: `Anspråk ${final ? "slutgiltigt avslaget" : "avslaget"}: ${c.name}`,
    text: `Ert anspråk ”${c.name}” avslogs (${reason})${detail}.${final ? "" : `\n\nNi kan bestrida beslutet en gång, inom ${days} dagar.`}`
  }),
  declined: (c) => ({
    subject: `Kunden tackade nej: ${c.name}`,
    text: `Kunden tackade nej till kopplingen som ert anspråk ”${c.name}” (${sv.targets(c)}) begärde. Anspråket är avslaget och en eventuell koppling har upphört.`
  }),
  ended: (c, why) => ({
    subject: `Kopplingen har upphört: ${c.name}`,
    text: `Kopplingen för ert anspråk ”${c.name}” har upphört: ${why}.`
  }),
  disassociatedCustomer: (c, partner) => ({
    subject: `${partner} är inte längre er partner of record`,
    text: `${partner} (PartnerID ${c.partnerId}) har avslutat sin koppling till er organisation för ${sv.targets(c)}.`
  })
}

const cs: ClaimTexts = {
  reasons: {
    customer_declined: "zákazník odmítl",
    insufficient_poe: "důkaz o provedení je nedostatečný",
    missing_customer_consent_on_poe: "v důkazu o provedení chybí souhlas zákazníka",
    missing_products: "chybí produkty",
    poe_unavailable: "důkaz o provedení není k dispozici",
    no_partner_response: "partner neodpověděl",
    partner_request: "na žádost partnera",
    lost_arbitration: "nárok jiného partnera vyhrál arbitráž",
    other: "jiný důvod"
  },
  noAnswerWithin: (d) => `na žádost o informace nikdo neodpověděl do ${d} pracovních dnů`,
  endedBecause: (why) =>
    why.kind === "by_partner"
      ? `vaše organizace ji ukončila (${why.text})`
      : why.kind === "lost_arbitration"
        ? cs.reasons.lost_arbitration
        : `předplatné ${why.subscriptionId} vypršelo`,
  targets: (c) => (isWorkloads(c) ? `úlohy: ${list(c)}` : `předplatná: ${list(c)}`),
  footer: "\n\nTuto zprávu odeslal systém OpenPOR.",
  openClaim: (link) => `\n\nOtevřít nárok: ${link}`,
  consentRequest: (c, contact, partner, date, link) => ({
    subject: `${partner} žádá, aby se stal vaším partnerem záznamu`,
    text: `Dobrý den, ${contact},\n\n${partner} (PartnerID ${c.partnerId}) požádal o přiřazení k vaší organizaci pro ${cs.targets(c)}.\n\nPokud souhlasíte, nemusíte nic dělat: přiřazení se stane oficiálním po ${date}, jakmile bude schváleno. Souhlasem dáváte tomuto partnerovi přístup k některým údajům o využití, aby vás mohl podporovat.\n\nChcete-li odmítnout (můžete kdykoli), otevřete:\n${link}`
  }),
  submitted: (c, days) => ({
    subject: `Nárok odeslán: ${c.name}`,
    text: `Váš nárok „${c.name}“ (${cs.targets(c)}) byl odeslán. Dodavatel jej posoudí do ${days} pracovních dnů; zákazník byl požádán o souhlas.`
  }),
  infoRequested: (c, comment, date) => ({
    subject: `Vyžádány informace: ${c.name}`,
    text: `Posuzovatel potřebuje další informace k vašemu nároku „${c.name}“:\n\n${comment}\n\nOdpovězte v komentářích nároku, v případě potřeby jej upravte a odešlete znovu do ${date}; jinak bude zamítnut.`
  }),
  arbitrationNotice: (c, days) => ({
    subject: `Nárok v arbitráži: ${c.name}`,
    text: `Tento nárok je nyní součástí arbitrážního případu: jiný partner si také nárokuje, nebo již drží, některé ze stejných úloh nebo předplatných. Dodavatel porovná doklady o provedení všech stran a rozhodne; nárok může zůstat v posuzování déle než ${days} pracovních dnů, zatímco dodavatel konzultuje strany. Bude-li potřeba více informací, posuzovatel se vás zeptá zde v komentářích.\n\nNárok: „${c.name}“ (${cs.targets(c)}).\n\nViz komentáře nároku v partnerském portálu.`
  }),
  reviewerComment: (c, comment) => ({
    subject: `Nový komentář posuzovatele: ${c.name}`,
    text: `Posuzovatel okomentoval váš nárok „${c.name}“:\n\n${comment}\n\nOdpovězte v komentářích nároku v partnerském portálu.`
  }),
  approved: (c) => ({
    subject: `Nárok schválen: ${c.name}`,
    text: `Váš nárok „${c.name}“ (${cs.targets(c)}) byl schválen. Stane se oficiálním, jakmile uplyne lhůta pro souhlas zákazníka bez odmítnutí.`
  }),
  official: (c) => ({
    subject: `Přiřazení je oficiální: ${c.name}`,
    text: `Vaše přiřazení pro „${c.name}“ (${cs.targets(c)}) je oficiální.`
  }),
  rejected: (c, reason, detail, final, days) => ({
    subject: `Nárok ${final ? "definitivně zamítnut" : "zamítnut"}: ${c.name}`,
    text: `Váš nárok „${c.name}“ byl zamítnut (${reason})${detail}.${final ? "" : `\n\nProti tomuto rozhodnutí můžete jednou podat námitku, do ${days} dnů.`}`
  }),
  declined: (c) => ({
    subject: `Zákazník odmítl: ${c.name}`,
    text: `Zákazník odmítl přiřazení požadované vaším nárokem „${c.name}“ (${cs.targets(c)}). Nárok je zamítnut a případné přiřazení skončilo.`
  }),
  ended: (c, why) => ({
    subject: `Přiřazení skončilo: ${c.name}`,
    text: `Přiřazení vašeho nároku „${c.name}“ skončilo: ${why}.`
  }),
  disassociatedCustomer: (c, partner) => ({
    subject: `${partner} již není vaším partnerem záznamu`,
    text: `${partner} (PartnerID ${c.partnerId}) ukončil své přiřazení k vaší organizaci pro ${cs.targets(c)}.`
  })
}

/** The claim emails in each of the five languages. */
export const claimTexts: Readonly<Record<Language, ClaimTexts>> = { en, de, hu, sv, cs }
