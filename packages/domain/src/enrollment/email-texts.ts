import type { EmailText } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"

/** What every enrollment email says about its enrollment. */
export interface EnrollmentEmailFacts {
  readonly programName: string
  readonly partnerId: string
  readonly locationName: string
}

type F = EnrollmentEmailFacts

/** The enrollment emails' words in one language; `portal` is the partner portal's address in that language. */
interface EnrollmentTexts {
  readonly footer: (portal: string) => string
  readonly invitation: (c: F) => EmailText
  readonly enrolled: (c: F) => EmailText
  readonly actionRequired: (c: F, reason: string) => EmailText
  readonly inactive: (c: F, reason: string) => EmailText
  readonly renewed: (c: F, fiscalYear: string) => EmailText
  readonly discontinued: (c: F) => EmailText
}

const en: EnrollmentTexts = {
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
