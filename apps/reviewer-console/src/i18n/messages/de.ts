import { de as operations } from "../../features/operations/catalog.ts"
import { de as review } from "../../features/review/messages.ts"
import type { ReviewerMessages } from "./en.ts"

export const de: ReviewerMessages = {
  app: {
    name: "Prüfkonsole"
  },
  signIn: {
    intro:
      "Melden Sie sich mit Ihrem Anbieterkonto an, um Ansprüche zu prüfen und die Incentive-Programme zu betreuen."
  },
  home: {
    title: "Übersicht",
    roles: "Ihre Anbieterrollen",
    rolesIntro: "Was Sie in dieser Konsole tun dürfen, hängt von Ihren Rollen ab.",
    noRoles: "Ihr Konto hat keine Anbieterrollen.",
    otherAccount:
      "Diese Konsole ist für Prüfer, Betreiber und Auditoren des Anbieters. Das Konto {{ email }} ist kein Anbieterkonto. Melden Sie sich ab und mit Ihrem Anbieterkonto wieder an."
  },
  roleDescriptions: {
    reviewer:
      "Bearbeitet die Prüfwarteschlange: fordert Informationen an, genehmigt, lehnt ab, entscheidet zwischen konkurrierenden Ansprüchen und klärt Einsprüche.",
    operator:
      "Verwaltet den Programmkatalog, die Teilnahmeberechtigung, Einladungen, das Kundenverzeichnis und die Kalender und validiert Bank- und Steuerprofile.",
    auditor: "Darf alles einsehen und nichts ändern."
  },
  review: review,
  ...operations
}
