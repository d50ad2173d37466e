import type { ProgramMessages } from "./en.ts"

export const de: ProgramMessages = {
  title: "Programmleitfaden: {{ program }}",
  loading: "Programm wird geladen…",
  loadFailed: "Das Programm konnte nicht geladen werden.",
  notFound: "Es gibt kein Programm {{ id }}.",
  intro:
    "Wofür das Programm gedacht ist und was ein Standort zur Teilnahme braucht. Berechtigte Standorte werden eingeladen; ein Incentives-Administrator des Standorts meldet ihn dann mit seinem Bank- und Steuerprofil an.",
  solutionArea: "Lösungsbereich",
  roles: "Partnerrollen, die ein Antrag in diesem Programm nennen kann",
  anyRole: "Keine Partnerrolle erforderlich",
  requirements: "Teilnahmevoraussetzungen",
  requirementsIntro: "Ein Standort ist berechtigt, wenn er alle diese Voraussetzungen erfüllt:",
  noRequirements: "Keine: Das Programm steht allen Partnern offen.",
  open: "Offen für alle Partner: Jeder Standort wird eingeladen, ohne E-Mail.",
  incentivized: "In diesem Programm werden Incentives gezahlt.",
  notIncentivized: "In diesem Programm werden keine Incentives gezahlt.",
  discontinued: "Dieses Programm wird nicht mehr angeboten.",
  back: "Zurück zur Incentives-Übersicht"
}
