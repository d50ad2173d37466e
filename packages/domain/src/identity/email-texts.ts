import type { EmailText } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"

/** The account emails' words in one language (links already in the email's language). */
interface IdentityTexts {
  readonly invitation: (name: string, period: number, link: string) => EmailText
  readonly invitationNotDelivered: (inviter: string, link: string) => EmailText
  /** `role`: the role's code, with its location when it has one. */
  readonly roleAssigned: (name: string, role: string, link: string) => EmailText
  readonly roleRemoved: (name: string, role: string, link: string) => EmailText
}

const en: IdentityTexts = {
  invitation: (name, days, link) => ({
    subject: "You are invited to OpenPOR",
    text: `Hello ${name},\n\nyou have been invited to your organization's OpenPOR partner workspace. Set your password within ${days === 1 ? "1 day" : `${days} days`}:\n\n${link}\n\nIf you did not expect this, ignore this message.`
  }),
  invitationNotDelivered: (inviter, link) => ({
    subject: "An OpenPOR invitation was not delivered",
    text: `Hello,\n\n${inviter} tried to invite this address to their OpenPOR partner workspace. This address already has an OpenPOR account, so nothing was changed and your account is as it was.\n\nIf you expected the invitation, ask them to invite another address of yours. If not, you can ignore this message.\n\n${link}`
  }),
  roleAssigned: (name, role, link) => ({
    subject: "Your OpenPOR roles changed",
    text: `Hello ${name},\n\nYou now have the role ${role}.\n\nThe change applies from your next action. Partner portal: ${link}`
  }),
  roleRemoved: (name, role, link) => ({
    subject: "Your OpenPOR roles changed",
    text: `Hello ${name},\n\nThe role ${role} was removed from your account.\n\nThe change applies from your next action. Partner portal: ${link}`
  })
}

const de: IdentityTexts = {
  invitation: (name, days, link) => ({
    subject: "Sie sind zu OpenPOR eingeladen",
    text: `Hallo ${name},\n\nSie wurden in den OpenPOR-Partnerbereich Ihrer Organisation eingeladen. Legen Sie Ihr Passwort innerhalb von ${days === 1 ? "1 Tag" : `${days} Tagen`} fest:\n\n${link}\n\nWenn Sie das nicht erwartet haben, ignorieren Sie diese Nachricht.`
  }),
  invitationNotDelivered: (inviter, link) => ({
    subject: "Eine OpenPOR-Einladung wurde nicht zugestellt",
    text: `Hallo,\n\n${inviter} hat versucht, diese Adresse in seinen OpenPOR-Partnerbereich einzuladen. Für diese Adresse gibt es bereits ein OpenPOR-Konto; es wurde nichts geändert, Ihr Konto ist unverändert.\n\nWenn Sie die Einladung erwartet haben, bitten Sie um eine Einladung an eine andere Ihrer Adressen. Andernfalls können Sie diese Nachricht ignorieren.\n\n${link}`
  }),
  roleAssigned: (name, role, link) => ({
    subject: "Ihre OpenPOR-Rollen haben sich geändert",
    text: `Hallo ${name},\n\nSie haben jetzt die Rolle ${role}.\n\nDie Änderung gilt ab Ihrer nächsten Aktion. Partnerportal: ${link}`
  }),
  roleRemoved: (name, role, link) => ({
    subject: "Ihre OpenPOR-Rollen haben sich geändert",
    text: `Hallo ${name},\n\nDie Rolle ${role} wurde aus Ihrem Konto entfernt.\n\nDie Änderung gilt ab Ihrer nächsten Aktion. Partnerportal: ${link}`
  })
}

const hu: IdentityTexts = {
  invitation: (name, days, link) => ({
    subject: "Meghívást kapott az OpenPOR-ba",
    text: `Kedves ${name}!\n\nMeghívást kapott szervezete OpenPOR partneri munkaterületére. Állítsa be jelszavát ${days} napon belül:\n\n${link}\n\nHa nem számított erre, hagyja figyelmen kívül ezt az üzenetet.`
  }),
  invitationNotDelivered: (inviter, link) => ({
    subject: "Egy OpenPOR-meghívót nem kézbesítettünk",
    text: `Üdvözöljük!\n\n${inviter} megpróbálta meghívni ezt a címet az OpenPOR partneri munkaterületére. Ehhez a címhez már tartozik OpenPOR-fiók, ezért semmi sem változott, a fiókja változatlan.\n\nHa várta a meghívót, kérje, hogy egy másik címére küldjék. Ha nem, figyelmen kívül hagyhatja ezt az üzenetet.\n\n${link}`
  }),
  roleAssigned: (name, role, link) => ({
    subject: "Megváltoztak az OpenPOR-szerepkörei",
    text: `Kedves ${name}!\n\nMostantól a következő szerepkörrel rendelkezik: ${role}.\n\nA változás a következő műveletétől érvényes. Partnerportál: ${link}`
  }),
  roleRemoved: (name, role, link) => ({
    subject: "Megváltoztak az OpenPOR-szerepkörei",
    text: `Kedves ${name}!\n\nA(z) ${role} szerepkört eltávolítottuk a fiókjából.\n\nA változás a következő műveletétől érvényes. Partnerportál: ${link}`
  })
}

const sv: IdentityTexts = {
  invitation: (name, days, link) => ({
    subject: "Du är inbjuden till OpenPOR",
    text: `Hej ${name},\n\ndu har bjudits in till din organisations partnerarbetsyta i OpenPOR. Ange ditt lösenord inom ${days === 1 ? "1 dag" : `${days} dagar`}:\n\n${link}\n\nOm du inte väntade dig detta kan du bortse från meddelandet.`
  }),
  invitationNotDelivered: (inviter, link) => ({
    subject: "En inbjudan till OpenPOR levererades inte",
    text: `Hej,\n\n${inviter} försökte bjuda in den här adressen till sin partnerarbetsyta i OpenPOR. Adressen har redan ett OpenPOR-konto, så inget ändrades och ditt konto är som förut.\n\nOm du väntade dig inbjudan, be dem bjuda in en annan av dina adresser. Annars kan du bortse från meddelandet.\n\n${link}`
  }),
  roleAssigned: (name, role, link) => ({
    subject: "Dina roller i OpenPOR har ändrats",
    text: `Hej ${name},\n\nDu har nu rollen ${role}.\n\nÄndringen gäller från din nästa åtgärd. Partnerportal: ${link}`
  }),
  roleRemoved: (name, role, link) => ({
    subject: "Dina roller i OpenPOR har ändrats",
    text: `Hej ${name},\n\nRollen ${role} har tagits bort från ditt konto.\n\nÄndringen gäller från din nästa åtgärd. Partnerportal: ${link}`
  })
}

const cs: IdentityTexts = {
  invitation: (name, days, link) => ({
    subject: "Jste pozváni do OpenPOR",
    text: `Dobrý den, ${name},\n\nbyli jste pozváni do partnerského prostoru OpenPOR vaší organizace. Nastavte si heslo do ${days === 1 ? "1 dne" : `${days} dnů`}:\n\n${link}\n\nPokud jste to nečekali, tuto zprávu ignorujte.`
  }),
  invitationNotDelivered: (inviter, link) => ({
    subject: "Pozvánka do OpenPOR nebyla doručena",
    text: `Dobrý den,\n\n${inviter} se pokusil pozvat tuto adresu do svého partnerského prostoru OpenPOR. K této adrese již existuje účet OpenPOR, takže se nic nezměnilo a váš účet zůstává beze změny.\n\nPokud jste pozvánku čekali, požádejte o pozvání jiné vaší adresy. Jinak můžete tuto zprávu ignorovat.\n\n${link}`
  }),
  roleAssigned: (name, role, link) => ({
    subject: "Vaše role v OpenPOR se změnily",
    text: `Dobrý den, ${name},\n\nnyní máte roli ${role}.\n\nZměna platí od vaší příští akce. Partnerský portál: ${link}`
  }),
  roleRemoved: (name, role, link) => ({
    subject: "Vaše role v OpenPOR se změnily",
    text: `Dobrý den, ${name},\n\nrole ${role} byla z vašeho účtu odebrána.\n\nZměna platí od vaší příští akce. Partnerský portál: ${link}`
  })
}

/** The account emails in each of the five languages. */
export const identityTexts: Readonly<Record<Language, IdentityTexts>> = { en, de, hu, sv, cs }
