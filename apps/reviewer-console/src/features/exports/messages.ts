import type { Catalog } from "@openpor/ui"

/** Strings of the download links (review queue, audit log), in the five languages. */
const en = {
  claimsCsv: "Export claims (CSV)",
  claimsCsvHint: "Every claim, or those with the status chosen above, as a CSV file.",
  auditCsv: "Export CSV",
  auditJsonLines: "Export JSON Lines",
  auditHint: "The entries that match the filters, as a file (CSV for spreadsheets, JSON Lines for tools)."
}
type ExportMessages = typeof en

const de: ExportMessages = {
  claimsCsv: "Ansprüche exportieren (CSV)",
  claimsCsvHint: "Alle Ansprüche oder die mit dem oben gewählten Status als CSV-Datei.",
  auditCsv: "Als CSV exportieren",
  auditJsonLines: "Als JSON Lines exportieren",
  auditHint:
    "Die Einträge, die zu den Filtern passen, als Datei (CSV für Tabellenkalkulationen, JSON Lines für Werkzeuge)."
}

const hu: ExportMessages = {
  claimsCsv: "Igénylések exportálása (CSV)",
  claimsCsvHint: "Az összes igénylés, vagy a fent választott állapotúak, CSV-fájlként.",
  auditCsv: "Exportálás CSV-be",
  auditJsonLines: "Exportálás JSON Lines formátumba",
  auditHint: "A szűrőknek megfelelő bejegyzések fájlként (CSV táblázatkezelőkhöz, JSON Lines programokhoz)."
}

const sv: ExportMessages = {
  claimsCsv: "Exportera anspråk (CSV)",
  claimsCsvHint: "Alla anspråk, eller de med statusen som valts ovan, som en CSV-fil.",
  auditCsv: "Exportera CSV",
  auditJsonLines: "Exportera JSON Lines",
  auditHint: "Posterna som matchar filtren, som en fil (CSV för kalkylprogram, JSON Lines för verktyg)."
}

const cs: ExportMessages = {
  claimsCsv: "Exportovat nároky (CSV)",
  claimsCsvHint: "Všechny nároky, nebo ty se stavem zvoleným výše, jako soubor CSV.",
  auditCsv: "Exportovat CSV",
  auditJsonLines: "Exportovat JSON Lines",
  auditHint:
    "Záznamy odpovídající filtrům jako soubor (CSV pro tabulkové procesory, JSON Lines pro nástroje)."
}

export const messages: Catalog<ExportMessages> = { en, de, hu, sv, cs }
