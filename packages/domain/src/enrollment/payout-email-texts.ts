import type { EmailText } from "../outbox/outbox.ts"
import type { Language } from "../preferences/language.ts"

/** The profile a payout email is about. */
export type PayoutFacts =
  | { readonly kind: "bank"; readonly label: string; readonly currency: string; readonly last4: string }
  | { readonly kind: "tax"; readonly legalName: string; readonly country: string }

type Change = "added" | "changed"

/** The payout-change email's words in one language (`link`: the partner portal, in that language). */
type PayoutText = (p: PayoutFacts, change: Change, link: string) => EmailText

const en: PayoutText = (p, change, link) => {
  const what =
    p.kind === "bank"
      ? `bank profile "${p.label}" (${p.currency}, account ending ${p.last4})`
      : `tax profile "${p.legalName}" (${p.country})`
  return {
    subject: "Your organization's payout or tax data changed",
    text: `${change === "added" ? `A ${what} was added.` : `The ${what} was changed.`}\n\nIf you did not expect this change, review the bank and tax profiles in the partner portal now: ${link}\n\nThis message was sent by OpenPOR.`
  }
}

const de: PayoutText = (p, change, link) => {
  const what =
    p.kind === "bank"
      ? `Bankprofil „${p.label}“ (${p.currency}, Konto endet auf ${p.last4})`
      : `Steuerprofil „${p.legalName}“ (${p.country})`
  return {
    subject: "Die Auszahlungs- oder Steuerdaten Ihrer Organisation wurden geändert",
    text: `${change === "added" ? `Ein ${what} wurde hinzugefügt.` : `Das ${what} wurde geändert.`}\n\nWenn Sie diese Änderung nicht erwartet haben, prüfen Sie jetzt die Bank- und Steuerprofile im Partnerportal: ${link}\n\nDiese Nachricht wurde von OpenPOR gesendet.`
  }
}

const hu: PayoutText = (p, change, link) => {
  const what =
    p.kind === "bank"
      ? `„${p.label}” bankprofil (${p.currency}, a számla vége: ${p.last4})`
      : `„${p.legalName}” adóprofil (${p.country})`
  return {
    subject: "Megváltoztak szervezete kifizetési vagy adóadatai",
    text: `${change === "added" ? `Új ${what} került hozzáadásra.` : `A(z) ${what} megváltozott.`}\n\nHa nem számított erre a változásra, most ellenőrizze a banki és adóprofilokat a partnerportálon: ${link}\n\nEzt az üzenetet az OpenPOR küldte.`
  }
}

const sv: PayoutText = (p, change, link) => {
  const what =
    p.kind === "bank"
      ? `bankprofilen ”${p.label}” (${p.currency}, konto som slutar på ${p.last4})`
      : `skatteprofilen ”${p.legalName}” (${p.country})`
  return {
    subject: "Er organisations utbetalnings- eller skatteuppgifter har ändrats",
    text: `${change === "added" ? `Ny: ${what} har lagts till.` : `Ändrad: ${what} har ändrats.`}\n\nOm ni inte väntade er den här ändringen, granska bank- och skatteprofilerna i partnerportalen nu: ${link}\n\nDet här meddelandet skickades av OpenPOR.`
  }
}

const cs: PayoutText = (p, change, link) => {
  const what =
    p.kind === "bank"
      ? `bankovní profil „${p.label}“ (${p.currency}, účet končící ${p.last4})`
      : `daňový profil „${p.legalName}“ (${p.country})`
  return {
    subject: "Výplatní nebo daňové údaje vaší organizace se změnily",
    text: `${change === "added" ? `Byl přidán ${what}.` : `Byl změněn ${what}.`}\n\nPokud jste tuto změnu nečekali, zkontrolujte nyní bankovní a daňové profily v partnerském portálu: ${link}\n\nTuto zprávu odeslal systém OpenPOR.`
  }
}

/** The payout-change email in each of the five languages. */
export const payoutTexts: Readonly<Record<Language, PayoutText>> = { en, de, hu, sv, cs }
