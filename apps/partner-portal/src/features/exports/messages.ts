import type { Catalog } from "@openpor/ui"

/** Strings of the download links (claims list, attribution page), in the five languages. */
const en = {
  claimsCsv: "Export CSV",
  claimsCsvHint: "All claims that match the filters above, as a CSV file (opens in a spreadsheet).",
  heading: "Downloads",
  associationsCsv: "Export associations (CSV)",
  associationsHint: "Your organization's associations: active, pending and ended ones.",
  timelinesLegend: "Attribution timelines",
  subscriptionIds: "Subscriptions to export",
  subscriptionIdsHint: "One per line or separated by commas, at most 500.",
  incentive: "Incentive of the timelines",
  timelinesCsv: "Export timelines (CSV)",
  timelinesNeedIds: "Enter at least one subscription ID to export its timeline."
}
type ExportMessages = typeof en

const de: ExportMessages = {
  claimsCsv: "Als CSV exportieren",
  claimsCsvHint:
    "Alle Ansprüche, die zu den Filtern oben passen, als CSV-Datei (öffnet sich in einer Tabellenkalkulation).",
  heading: "Downloads",
  associationsCsv: "Zuordnungen exportieren (CSV)",
  associationsHint: "Die Zuordnungen Ihrer Organisation: aktive, ausstehende und beendete.",
  timelinesLegend: "Zeitverläufe der Zuordnung",
  subscriptionIds: "Abonnement-IDs",
  subscriptionIdsHint: "Eine pro Zeile oder durch Kommas getrennt, höchstens 500.",
  incentive: "Anreiz",
  timelinesCsv: "Zeitverläufe exportieren (CSV)",
  timelinesNeedIds: "Geben Sie mindestens eine Abonnement-ID ein, um ihren Zeitverlauf zu exportieren."
}

const hu: ExportMessages = {
  claimsCsv: "Exportálás CSV-be",
  claimsCsvHint: "A fenti szűrőknek megfelelő összes igénylés CSV-fájlként (táblázatkezelőben nyílik meg).",
  heading: "Letöltések",
  associationsCsv: "Társítások exportálása (CSV)",
  associationsHint: "A szervezete társításai: aktív, függő és lezárt társítások.",
  timelinesLegend: "Hozzárendelési idővonalak",
  subscriptionIds: "Előfizetés-azonosítók",
  subscriptionIdsHint: "Soronként egy, vagy vesszővel elválasztva, legfeljebb 500.",
  incentive: "Ösztönző",
  timelinesCsv: "Idővonalak exportálása (CSV)",
  timelinesNeedIds: "Adjon meg legalább egy előfizetés-azonosítót az idővonal exportálásához."
}

const sv: ExportMessages = {
  claimsCsv: "Exportera CSV",
  claimsCsvHint: "Alla anspråk som matchar filtren ovan, som en CSV-fil (öppnas i ett kalkylprogram).",
  heading: "Nedladdningar",
  associationsCsv: "Exportera associationer (CSV)",
  associationsHint: "Din organisations associationer: aktiva, väntande och avslutade.",
  timelinesLegend: "Attributionens tidslinjer",
  subscriptionIds: "Prenumerations-ID:n",
  subscriptionIdsHint: "Ett per rad eller avgränsade med kommatecken, högst 500.",
  incentive: "Incitament",
  timelinesCsv: "Exportera tidslinjer (CSV)",
  timelinesNeedIds: "Ange minst ett prenumerations-ID för att exportera dess tidslinje."
}

const cs: ExportMessages = {
  claimsCsv: "Exportovat CSV",
  claimsCsvHint:
    "Všechny nároky odpovídající filtrům výše jako soubor CSV (otevře se v tabulkovém procesoru).",
  heading: "Ke stažení",
  associationsCsv: "Exportovat přiřazení (CSV)",
  associationsHint: "Přiřazení vaší organizace: aktivní, čekající a ukončená.",
  timelinesLegend: "Časové osy přiřazení",
  subscriptionIds: "ID předplatných",
  subscriptionIdsHint: "Jedno na řádek nebo oddělená čárkami, nejvýše 500.",
  incentive: "Pobídka",
  timelinesCsv: "Exportovat časové osy (CSV)",
  timelinesNeedIds: "Zadejte alespoň jedno ID předplatného, abyste mohli exportovat jeho časovou osu."
}

export const messages: Catalog<ExportMessages> = { en, de, hu, sv, cs }
