import type { ProgramMessages } from "./en.ts"

export const sv: ProgramMessages = {
  title: "Programguide: {{ program }}",
  loading: "Läser in programmet…",
  loadFailed: "Programmet kunde inte läsas in.",
  notFound: "Det finns inget program {{ id }}.",
  intro:
    "Vad programmet är till för och vad en plats behöver för att delta. Behöriga platser bjuds in; en incitamentsadministratör för platsen registrerar den sedan med dess bank- och skatteprofil.",
  solutionArea: "Lösningsområde",
  roles: "Partnerroller som ett anspråk i programmet kan ange",
  anyRole: "Ingen partnerroll krävs",
  requirements: "Behörighetskrav",
  requirementsIntro: "En plats är behörig när den uppfyller alla dessa krav:",
  noRequirements: "Inga: programmet är öppet för alla partner.",
  open: "Öppet för alla partner: varje plats bjuds in, utan e-post.",
  incentivized: "I det här programmet betalas incitament ut.",
  notIncentivized: "I det här programmet betalas inga incitament ut.",
  discontinued: "Det här programmet erbjuds inte längre.",
  back: "Tillbaka till översikten Incitament"
}
