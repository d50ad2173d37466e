/**
 * The words of the arbitration notice and of the reviewer-comment email (SPEC §6, seed 004) in the five
 * languages of the apps. None of them names the other party.
 */
import type { Language } from "../preferences/language.ts"

interface Texts {
  /** The system comment posted on a claim that joins an arbitration case. */
  readonly notice: (reviewDays: number) => string
  readonly noticeSubject: (claimName: string) => string
  readonly noticeEmail: (claimName: string, targets: string) => string
  readonly commentSubject: (claimName: string) => string
  readonly commentEmail: (claimName: string, comment: string) => string
  readonly footer: string
}

export const arbitrationTexts: Record<Language, Texts> = {
  en: {
    notice: (days) =>
      `This claim is now part of an arbitration case: another partner also claims, or already holds, some of the same workloads or subscriptions. The vendor compares every party's proof of execution and decides; the claim may stay under review longer than ${days} business days while the vendor consults the parties. If more information is needed, the reviewer asks you here in the comments.`,
    noticeSubject: (name) => `Claim in arbitration: ${name}`,
    noticeEmail: (name, targets) =>
      `Your claim "${name}" (${targets}) is now part of an arbitration case: another partner also claims, or already holds, some of the same workloads or subscriptions. The vendor compares every party's proof of execution and decides. If more information is needed, the reviewer asks you in the claim's comments in the partner portal.`,
    commentSubject: (name) => `New comment from the reviewer: ${name}`,
    commentEmail: (name, comment) =>
      `The reviewer commented on your claim "${name}":\n\n${comment}\n\nAnswer in the claim's comments in the partner portal.`,
    footer: "\n\nThis message was sent by OpenPOR."
  },
  de: {
    notice: (days) =>
      `Dieser Antrag ist jetzt Teil eines Schlichtungsfalls: Ein anderer Partner beansprucht ebenfalls einige derselben Workloads oder Abonnements oder ist ihnen bereits zugeordnet. Der Anbieter vergleicht die Ausführungsnachweise aller Beteiligten und entscheidet; der Antrag kann länger als ${days} Werktage in Prüfung bleiben, während der Anbieter die Beteiligten konsultiert. Werden weitere Informationen benötigt, fragt der Prüfer Sie hier in den Kommentaren.`,
    noticeSubject: (name) => `Antrag in Schlichtung: ${name}`,
    noticeEmail: (name, targets) =>
      `Ihr Antrag „${name}“ (${targets}) ist jetzt Teil eines Schlichtungsfalls: Ein anderer Partner beansprucht ebenfalls einige derselben Workloads oder Abonnements oder ist ihnen bereits zugeordnet. Der Anbieter vergleicht die Ausführungsnachweise aller Beteiligten und entscheidet. Werden weitere Informationen benötigt, fragt der Prüfer Sie in den Kommentaren des Antrags im Partnerportal.`,
    commentSubject: (name) => `Neuer Kommentar des Prüfers: ${name}`,
    commentEmail: (name, comment) =>
      `Der Prüfer hat Ihren Antrag „${name}“ kommentiert:\n\n${comment}\n\nAntworten Sie in den Kommentaren des Antrags im Partnerportal.`,
    footer: "\n\nDiese Nachricht wurde von OpenPOR gesendet."
  },
  hu: {
    notice: (days) =>
      `Ez az igénylés most egy döntőbírósági eset része: egy másik partner is igényli ugyanazon számítási feladatok vagy előfizetések némelyikét, vagy már hozzá vannak rendelve. A szolgáltató összeveti az összes fél teljesítési igazolását, és dönt; az igénylés ${days} munkanapnál tovább is felülvizsgálat alatt maradhat, amíg a szolgáltató egyeztet a felekkel. Ha további információra van szükség, a felülvizsgáló itt, a megjegyzésekben kérdez.`,
    noticeSubject: (name) => `Döntőbírósági eljárás alatt álló igénylés: ${name}`,
    noticeEmail: (name, targets) =>
      `A(z) „${name}” igénylése (${targets}) most egy döntőbírósági eset része: egy másik partner is igényli ugyanazon számítási feladatok vagy előfizetések némelyikét, vagy már hozzá vannak rendelve. A szolgáltató összeveti az összes fél teljesítési igazolását, és dönt. Ha további információra van szükség, a felülvizsgáló az igénylés megjegyzéseiben kérdez a partnerportálon.`,
    commentSubject: (name) => `Új megjegyzés a felülvizsgálótól: ${name}`,
    commentEmail: (name, comment) =>
      `A felülvizsgáló megjegyzést fűzött a(z) „${name}” igényléséhez:\n\n${comment}\n\nVálaszoljon az igénylés megjegyzéseiben a partnerportálon.`,
    footer: "\n\nEzt az üzenetet az OpenPOR küldte."
  },
  sv: {
    notice: (days) =>
      `Det här anspråket ingår nu i ett skiljeärende: en annan partner gör också anspråk på, eller innehar redan, några av samma arbetsbelastningar eller prenumerationer. Leverantören jämför alla parters bevis på utförande och beslutar; anspråket kan vara under granskning längre än ${days} arbetsdagar medan leverantören rådgör med parterna. Om mer information behövs frågar granskaren dig här i kommentarerna.`,
    noticeSubject: (name) => `Anspråk i skiljeförfarande: ${name}`,
    noticeEmail: (name, targets) =>
      `Ditt anspråk "${name}" (${targets}) ingår nu i ett skiljeärende: en annan partner gör också anspråk på, eller innehar redan, några av samma arbetsbelastningar eller prenumerationer. Leverantören jämför alla parters bevis på utförande och beslutar. Om mer information behövs frågar granskaren dig i anspråkets kommentarer i partnerportalen.`,
    commentSubject: (name) => `Ny kommentar från granskaren: ${name}`,
    commentEmail: (name, comment) =>
      `Granskaren kommenterade ditt anspråk "${name}":\n\n${comment}\n\nSvara i anspråkets kommentarer i partnerportalen.`,
    footer: "\n\nDet här meddelandet skickades av OpenPOR."
  },
  cs: {
    notice: (days) =>
      `Tento nárok je nyní součástí rozhodčího řízení: jiný partner také nárokuje některé ze stejných úloh nebo předplatných, nebo je už drží. Dodavatel porovná důkazy o provedení všech stran a rozhodne; nárok může zůstat v revizi déle než ${days} pracovních dnů, zatímco dodavatel konzultuje strany. Pokud bude potřeba více informací, revidující se vás zeptá zde v komentářích.`,
    noticeSubject: (name) => `Nárok v rozhodčím řízení: ${name}`,
    noticeEmail: (name, targets) =>
      `Váš nárok „${name}“ (${targets}) je nyní součástí rozhodčího řízení: jiný partner také nárokuje některé ze stejných úloh nebo předplatných, nebo je už drží. Dodavatel porovná důkazy o provedení všech stran a rozhodne. Pokud bude potřeba více informací, revidující se vás zeptá v komentářích k nároku na partnerském portálu.`,
    commentSubject: (name) => `Nový komentář od revidujícího: ${name}`,
    commentEmail: (name, comment) =>
      `Revidující okomentoval váš nárok „${name}“:\n\n${comment}\n\nOdpovězte v komentářích k nároku na partnerském portálu.`,
    footer: "\n\nTuto zprávu odeslal OpenPOR."
  }
}
