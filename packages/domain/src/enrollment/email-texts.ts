import type { EmailText } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"

/** What every enrollment email says about its enrollment. */
export interface EnrollmentEmailFacts {
  readonly programName: string
  readonly partnerId: string
  readonly locationName: string
}

type F = EnrollmentEmailFacts

/** Why an enrollment needs action or became inactive, told in the email's language. */
export type EnrollmentEmailReason =
  /** The operator's own words when returning a bank or tax profile (free text, as written). */
  | { readonly kind: "returned"; readonly text: string }
  | { readonly kind: "requirements_not_met"; readonly requirements: ReadonlyArray<string> }
  | {
      readonly kind: "not_renewed"
      readonly fiscalYear: string
      readonly requirements: ReadonlyArray<string>
      readonly noAgreement: boolean
    }
  | { readonly kind: "not_renewed_tax"; readonly fiscalYear: string }
  | { readonly kind: "payout_missing"; readonly fiscalYear: string }

/** The enrollment emails' words in one language; `portal` is the partner portal's address in that language. */
interface EnrollmentTexts {
  readonly footer: (portal: string) => string
  readonly invitation: (c: F) => EmailText
  readonly enrolled: (c: F) => EmailText
  readonly actionRequired: (c: F, reason: string) => EmailText
  readonly inactive: (c: F, reason: string) => EmailText
  readonly renewed: (c: F, fiscalYear: string) => EmailText
  readonly discontinued: (c: F) => EmailText
  /** A reason in words. */
  readonly reason: (r: EnrollmentEmailReason) => string
}

/** The words of each reason in one language (the requirement names stay as the vendor named them). */
const reasonIn =
  (w: {
    readonly requirements: (names: string) => string
    readonly noAgreement: string
    readonly notRenewed: (year: string, why: string) => string
    readonly tax: string
    readonly payout: (year: string) => string
  }) =>
  (r: EnrollmentEmailReason): string => {
    switch (r.kind) {
      case "returned":
        return r.text
      case "requirements_not_met":
        return w.requirements(r.requirements.join(", "))
      case "not_renewed":
        return w.notRenewed(
          r.fiscalYear,
          [
            ...(r.requirements.length > 0 ? [w.requirements(r.requirements.join(", "))] : []),
            ...(r.noAgreement ? [w.noAgreement] : [])
          ].join("; ")
        )
      case "not_renewed_tax":
        return w.notRenewed(r.fiscalYear, w.tax)
      case "payout_missing":
        return w.payout(r.fiscalYear)
    }
  }

const en: EnrollmentTexts = {
  reason: reasonIn({
    requirements: (names) => `eligibility requirements not met: ${names}`,
    noAgreement: "no active incentives agreement",
    notRenewed: (year, why) => `Not renewed for ${year}: ${why}`,
    tax: "tax data is missing or was returned by validation",
    payout: (year) => `Payout (bank) data is missing for ${year}`
  }),
  footer: (portal) => `\n\nOpen the partner portal: ${portal}\n\nThis message was sent by OpenPOR.`,
  invitation: (c) => ({
    subject: "Partner incentive enrollment invitation",
    text: `Your location ${c.locationName} (PartnerID ${c.partnerId}) is eligible for the incentive program "${c.programName}".\n\nTo enroll, sign in as an Incentives admin of the location, open Incentives and choose Enroll; then complete the payout (bank) and tax profiles for the program.`
  }),
  enrolled: (c) => ({
    subject: `Enrollment complete: ${c.programName}`,
    text: `The bank and tax information of ${c.locationName} (PartnerID ${c.partnerId}) for "${c.programName}" has been validated. The enrollment is complete; nothing more is needed.`
  }),
  actionRequired: (c, reason) => ({
    subject: `Action required: ${c.programName}`,
    text: `The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) in "${c.programName}" needs your action: ${reason}\n\nUpdate the bank or tax profile in the partner portal and submit again.`
  }),
  inactive: (c, reason) => ({
    subject: `Enrollment inactive: ${c.programName}`,
    text: `The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) in "${c.programName}" is now inactive: ${reason}`
  }),
  renewed: (c, fiscalYear) => ({
    subject: `Enrollment renewed for ${fiscalYear}: ${c.programName}`,
    text: `The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) in "${c.programName}" continues in ${fiscalYear}. No action is needed.`
  }),
  discontinued: (c) => ({
    subject: `Program discontinued: ${c.programName}`,
    text: `The incentive program "${c.programName}" is no longer offered. The enrollment of ${c.locationName} (PartnerID ${c.partnerId}) is closed.`
  })
}

const de: EnrollmentTexts = {
  reason: reasonIn({
    requirements: (names) => `Teilnahmevoraussetzungen nicht erfüllt: ${names}`,
    noAgreement: "keine aktive Incentive-Vereinbarung",
    notRenewed: (year, why) => `Nicht verlängert für ${year}: ${why}`,
    tax: "Steuerdaten fehlen oder wurden bei der Prüfung zurückgegeben",
    payout: (year) => `Auszahlungsdaten (Bank) fehlen für ${year}`
  }),
  footer: (portal) => `\n\nPartnerportal öffnen: ${portal}\n\nDiese Nachricht wurde von OpenPOR gesendet.`,
  invitation: (c) => ({
    subject: "Einladung zur Anmeldung für Partner-Incentives",
    text: `Ihr Standort ${c.locationName} (PartnerID ${c.partnerId}) ist für das Incentive-Programm „${c.programName}“ berechtigt.\n\nUm sich anzumelden, melden Sie sich als Incentives-Administrator des Standorts an, öffnen Sie „Incentives“ und wählen Sie „Anmelden“; vervollständigen Sie dann das Auszahlungs- (Bank-) und das Steuerprofil für das Programm.`
  }),
  enrolled: (c) => ({
    subject: `Anmeldung abgeschlossen: ${c.programName}`,
    text: `Die Bank- und Steuerdaten von ${c.locationName} (PartnerID ${c.partnerId}) für „${c.programName}“ wurden geprüft. Die Anmeldung ist abgeschlossen; es ist nichts weiter nötig.`
  }),
  actionRequired: (c, reason) => ({
    subject: `Handlungsbedarf: ${c.programName}`,
    text: `Die Anmeldung von ${c.locationName} (PartnerID ${c.partnerId}) für „${c.programName}“ erfordert Ihr Handeln: ${reason}\n\nAktualisieren Sie das Bank- oder Steuerprofil im Partnerportal und reichen Sie es erneut ein.`
  }),
  inactive: (c, reason) => ({
    subject: `Anmeldung inaktiv: ${c.programName}`,
    text: `Die Anmeldung von ${c.locationName} (PartnerID ${c.partnerId}) für „${c.programName}“ ist jetzt inaktiv: ${reason}`
  }),
  renewed: (c, fiscalYear) => ({
    subject: `Anmeldung für ${fiscalYear} verlängert: ${c.programName}`,
    text: `Die Anmeldung von ${c.locationName} (PartnerID ${c.partnerId}) für „${c.programName}“ gilt auch in ${fiscalYear}. Sie müssen nichts tun.`
  }),
  discontinued: (c) => ({
    subject: `Programm eingestellt: ${c.programName}`,
    text: `Das Incentive-Programm „${c.programName}“ wird nicht mehr angeboten. Die Anmeldung von ${c.locationName} (PartnerID ${c.partnerId}) ist beendet.`
  })
}

const hu: EnrollmentTexts = {
  reason: reasonIn({
    requirements: (names) => `nem teljesülnek a jogosultsági feltételek: ${names}`,
    noAgreement: "nincs érvényes ösztönzési megállapodás",
    notRenewed: (year, why) => `Nem újult meg a(z) ${year} évre: ${why}`,
    tax: "az adóadatok hiányoznak, vagy az ellenőrzés visszaküldte őket",
    payout: (year) => `Hiányoznak a kifizetési (banki) adatok a(z) ${year} évre`
  }),
  footer: (portal) => `\n\nA partnerportál megnyitása: ${portal}\n\nEzt az üzenetet az OpenPOR küldte.`,
  invitation: (c) => ({
    subject: "Meghívó partnerösztönző-programba való jelentkezésre",
    text: `Az Ön telephelye, ${c.locationName} (PartnerID ${c.partnerId}) jogosult a(z) „${c.programName}” ösztönzőprogramra.\n\nA jelentkezéshez jelentkezzen be a telephely ösztönzőadminisztrátoraként, nyissa meg az Ösztönzők oldalt, és válassza a Jelentkezés lehetőséget; ezután töltse ki a program kifizetési (banki) és adóprofilját.`
  }),
  enrolled: (c) => ({
    subject: `A jelentkezés befejeződött: ${c.programName}`,
    text: `${c.locationName} (PartnerID ${c.partnerId}) banki és adóadatait a(z) „${c.programName}” programhoz ellenőriztük. A jelentkezés befejeződött; nincs további teendő.`
  }),
  actionRequired: (c, reason) => ({
    subject: `Teendő szükséges: ${c.programName}`,
    text: `${c.locationName} (PartnerID ${c.partnerId}) jelentkezése a(z) „${c.programName}” programra az Ön intézkedését igényli: ${reason}\n\nFrissítse a banki vagy adóprofilt a partnerportálon, és küldje be újra.`
  }),
  inactive: (c, reason) => ({
    subject: `A jelentkezés inaktív: ${c.programName}`,
    text: `${c.locationName} (PartnerID ${c.partnerId}) jelentkezése a(z) „${c.programName}” programra mostantól inaktív: ${reason}`
  }),
  renewed: (c, fiscalYear) => ({
    subject: `A jelentkezés megújult (${fiscalYear}): ${c.programName}`,
    text: `${c.locationName} (PartnerID ${c.partnerId}) jelentkezése a(z) „${c.programName}” programra ${fiscalYear} során is érvényes. Nincs teendő.`
  }),
  discontinued: (c) => ({
    subject: `A program megszűnt: ${c.programName}`,
    text: `A(z) „${c.programName}” ösztönzőprogram már nem érhető el. ${c.locationName} (PartnerID ${c.partnerId}) jelentkezése lezárult.`
  })
}

const sv: EnrollmentTexts = {
  reason: reasonIn({
    requirements: (names) => `behörighetskraven är inte uppfyllda: ${names}`,
    noAgreement: "inget aktivt incitamentsavtal",
    notRenewed: (year, why) => `Inte förnyad för ${year}: ${why}`,
    tax: "skatteuppgifter saknas eller returnerades vid valideringen",
    payout: (year) => `Utbetalningsuppgifter (bank) saknas för ${year}`
  }),
  footer: (portal) => `\n\nÖppna partnerportalen: ${portal}\n\nDet här meddelandet skickades av OpenPOR.`,
  invitation: (c) => ({
    subject: "Inbjudan att registrera sig för partnerincitament",
    text: `Er plats ${c.locationName} (PartnerID ${c.partnerId}) är behörig för incitamentsprogrammet ”${c.programName}”.\n\nFör att registrera er loggar ni in som incitamentsadministratör för platsen, öppnar Incitament och väljer Registrera; fyll sedan i utbetalnings- (bank-) och skatteprofilen för programmet.`
  }),
  enrolled: (c) => ({
    subject: `Registreringen är klar: ${c.programName}`,
    text: `Bank- och skatteuppgifterna för ${c.locationName} (PartnerID ${c.partnerId}) för ”${c.programName}” har validerats. Registreringen är klar; inget mer behövs.`
  }),
  actionRequired: (c, reason) => ({
    subject: `Åtgärd krävs: ${c.programName}`,
    text: `Registreringen av ${c.locationName} (PartnerID ${c.partnerId}) i ”${c.programName}” kräver en åtgärd av er: ${reason}\n\nUppdatera bank- eller skatteprofilen i partnerportalen och skicka in igen.`
  }),
  inactive: (c, reason) => ({
    subject: `Registreringen är inaktiv: ${c.programName}`,
    text: `Registreringen av ${c.locationName} (PartnerID ${c.partnerId}) i ”${c.programName}” är nu inaktiv: ${reason}`
  }),
  renewed: (c, fiscalYear) => ({
    subject: `Registreringen förnyad för ${fiscalYear}: ${c.programName}`,
    text: `Registreringen av ${c.locationName} (PartnerID ${c.partnerId}) i ”${c.programName}” fortsätter under ${fiscalYear}. Ingen åtgärd behövs.`
  }),
  discontinued: (c) => ({
    subject: `Programmet har upphört: ${c.programName}`,
    text: `Incitamentsprogrammet ”${c.programName}” erbjuds inte längre. Registreringen av ${c.locationName} (PartnerID ${c.partnerId}) är avslutad.`
  })
}

const cs: EnrollmentTexts = {
  reason: reasonIn({
    requirements: (names) => `nejsou splněny podmínky způsobilosti: ${names}`,
    noAgreement: "žádná platná smlouva o pobídkách",
    notRenewed: (year, why) => `Neobnoveno pro ${year}: ${why}`,
    tax: "daňové údaje chybí nebo byly při ověření vráceny",
    payout: (year) => `Chybí výplatní (bankovní) údaje pro ${year}`
  }),
  footer: (portal) => `\n\nOtevřít partnerský portál: ${portal}\n\nTuto zprávu odeslal systém OpenPOR.`,
  invitation: (c) => ({
    subject: "Pozvánka k registraci do partnerských pobídek",
    text: `Vaše pobočka ${c.locationName} (PartnerID ${c.partnerId}) splňuje podmínky pobídkového programu „${c.programName}“.\n\nChcete-li se zaregistrovat, přihlaste se jako správce pobídek pobočky, otevřete Pobídky a zvolte Registrovat; poté vyplňte výplatní (bankovní) a daňový profil pro program.`
  }),
  enrolled: (c) => ({
    subject: `Registrace dokončena: ${c.programName}`,
    text: `Bankovní a daňové údaje pobočky ${c.locationName} (PartnerID ${c.partnerId}) pro „${c.programName}“ byly ověřeny. Registrace je dokončena; nic dalšího není potřeba.`
  }),
  actionRequired: (c, reason) => ({
    subject: `Vyžadována akce: ${c.programName}`,
    text: `Registrace pobočky ${c.locationName} (PartnerID ${c.partnerId}) do „${c.programName}“ vyžaduje vaši akci: ${reason}\n\nAktualizujte bankovní nebo daňový profil v partnerském portálu a odešlete jej znovu.`
  }),
  inactive: (c, reason) => ({
    subject: `Registrace neaktivní: ${c.programName}`,
    text: `Registrace pobočky ${c.locationName} (PartnerID ${c.partnerId}) do „${c.programName}“ je nyní neaktivní: ${reason}`
  }),
  renewed: (c, fiscalYear) => ({
    subject: `Registrace obnovena pro ${fiscalYear}: ${c.programName}`,
    text: `Registrace pobočky ${c.locationName} (PartnerID ${c.partnerId}) do „${c.programName}“ pokračuje v ${fiscalYear}. Není potřeba žádná akce.`
  }),
  discontinued: (c) => ({
    subject: `Program ukončen: ${c.programName}`,
    text: `Pobídkový program „${c.programName}“ již není nabízen. Registrace pobočky ${c.locationName} (PartnerID ${c.partnerId}) je uzavřena.`
  })
}

/** The enrollment emails in each of the five languages. */
export const enrollmentTexts: Readonly<Record<Language, EnrollmentTexts>> = { en, de, hu, sv, cs }
