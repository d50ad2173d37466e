import type { Catalog } from "@openpor/ui"

/** The organization settings' frame in the partner portal (the webhook screens' own strings are in @openpor/ui). */
export const en = {
  nav: "Organization settings",
  section: "Organization settings",
  notAllowed: "Only Global admins manage the organization's settings and webhooks."
}

export type SettingsMessages = typeof en

export const de: SettingsMessages = {
  nav: "Organisationseinstellungen",
  section: "Organisationseinstellungen",
  notAllowed: "Nur globale Administratoren verwalten die Einstellungen und Webhooks der Organisation."
}

export const hu: SettingsMessages = {
  nav: "Szervezeti beállítások",
  section: "Szervezeti beállítások",
  notAllowed: "A szervezet beállításait és webhookjait csak globális rendszergazdák kezelik."
}

export const sv: SettingsMessages = {
  nav: "Organisationsinställningar",
  section: "Organisationsinställningar",
  notAllowed: "Endast globala administratörer hanterar organisationens inställningar och webhooks."
}

export const cs: SettingsMessages = {
  nav: "Nastavení organizace",
  section: "Nastavení organizace",
  notAllowed: "Nastavení a webhooky organizace spravují pouze globální správci."
}

export const messages: Catalog<SettingsMessages> = { en, de, hu, sv, cs }
