import type { Language } from "../preferences/language.ts"

/**
 * The invitation of a location that has no Incentives admin (SPEC §3, seed 003), as its organization's
 * Global and Account admins read it, in the five languages of the apps.
 */
interface Facts {
  readonly programName: string
  readonly partnerId: string
  readonly locationName: string
}

interface Texts {
  readonly subject: (c: Facts) => string
  readonly text: (c: Facts) => string
  readonly footer: (portal: string) => string
}

export const noAdminTexts: Record<Language, Texts> = {
  en: {
    subject: (c) => `Assign an Incentives admin to enroll ${c.locationName}`,
    text: (c) =>
      `Your location ${c.locationName} (PartnerID ${c.partnerId}) is invited to enroll in the incentive program "${c.programName}", but the location has no Incentives admin, and only an Incentives admin can enroll it.\n\nAs a Global or Account admin, open Users and roles in the partner portal and give a user the Incentives admin role for this location (you may give it to yourself). The new Incentives admin then receives the invitation and completes the enrollment.`,
    footer: (portal) => `\n\nOpen the partner portal: ${portal}\n\nThis message was sent by OpenPOR.`
  },
  de: {
    subject: (c) => `Weisen Sie einen Incentives-Administrator zu, um ${c.locationName} anzumelden`,
    text: (c) =>
      `Ihr Standort ${c.locationName} (PartnerID ${c.partnerId}) ist zur Anmeldung für das Incentive-Programm „${c.programName}“ eingeladen, hat aber keinen Incentives-Administrator – und nur ein Incentives-Administrator kann ihn anmelden.\n\nÖffnen Sie als globaler Administrator oder Kontoadministrator „Benutzer und Rollen“ im Partnerportal und geben Sie einem Benutzer die Rolle Incentives-Administrator für diesen Standort (auch sich selbst). Der neue Incentives-Administrator erhält dann die Einladung und schließt die Anmeldung ab.`,
    footer: (portal) => `\n\nPartnerportal öffnen: ${portal}\n\nDiese Nachricht wurde von OpenPOR gesendet.`
  },
  hu: {
    subject: (c) => `Jelöljön ki ösztönzőprogram-rendszergazdát a(z) ${c.locationName} regisztrálásához`,
    text: (c) =>
      `A(z) ${c.locationName} telephelye (PartnerID ${c.partnerId}) meghívást kapott a(z) „${c.programName}” ösztönzőprogramba, de a telephelynek nincs ösztönzőprogram-rendszergazdája, pedig csak ő regisztrálhatja.\n\nGlobális vagy fiókrendszergazdaként nyissa meg a partnerportálon a Felhasználók és szerepkörök oldalt, és adja meg egy felhasználónak az ösztönzőprogram-rendszergazda szerepkört ehhez a telephelyhez (akár saját magának is). Az új ösztönzőprogram-rendszergazda ezután megkapja a meghívót, és befejezi a regisztrációt.`,
    footer: (portal) => `\n\nA partnerportál megnyitása: ${portal}\n\nEzt az üzenetet az OpenPOR küldte.`
  },
  sv: {
    subject: (c) => `Tilldela en incitamentsadministratör för att registrera ${c.locationName}`,
    text: (c) =>
      `Din plats ${c.locationName} (PartnerID ${c.partnerId}) är inbjuden att registrera sig i incitamentsprogrammet "${c.programName}", men platsen har ingen incitamentsadministratör, och endast en incitamentsadministratör kan registrera den.\n\nSom global administratör eller kontoadministratör öppnar du Användare och roller i partnerportalen och ger en användare rollen incitamentsadministratör för platsen (du kan ge den till dig själv). Den nya incitamentsadministratören får sedan inbjudan och slutför registreringen.`,
    footer: (portal) => `\n\nÖppna partnerportalen: ${portal}\n\nDet här meddelandet skickades av OpenPOR.`
  },
  cs: {
    subject: (c) => `Přiřaďte správce pobídek, aby bylo možné zaregistrovat ${c.locationName}`,
    text: (c) =>
      `Vaše pobočka ${c.locationName} (PartnerID ${c.partnerId}) je pozvána k registraci do pobídkového programu „${c.programName}“, ale nemá žádného správce pobídek, a registraci může provést jen správce pobídek.\n\nJako globální správce nebo správce účtu otevřete na partnerském portálu Uživatelé a role a přidělte uživateli roli správce pobídek pro tuto pobočku (můžete ji přidělit i sobě). Nový správce pobídek pak dostane pozvánku a registraci dokončí.`,
    footer: (portal) => `\n\nOtevřít partnerský portál: ${portal}\n\nTuto zprávu odeslal OpenPOR.`
  }
}
