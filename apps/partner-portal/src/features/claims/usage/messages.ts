import type { Catalog } from "@openpor/ui"

/** The Usage tab of a claim (usage insights while the association is official); English is the reference. */
const en = {
  tabs: {
    label: "Claim sections",
    details: "Details",
    usage: "Usage"
  },
  title: "Usage",
  intro:
    "The customer's monthly usage of the workloads or subscriptions of this association. You see it while the association is official (since {{ since }}).",
  target: "Workload or subscription",
  chartTitle: "Active users and licensed seats by month: {{ target }}",
  chartSummary:
    "{{ count }} months from {{ from }} to {{ to }}. Latest month: {{ active }} active users of {{ seats }} licensed seats.",
  activeUsers: "Active users",
  licensedSeats: "Licensed seats",
  month: "Month",
  share: "Seats in use",
  tableCaption: "Usage by month: {{ target }}",
  loading: "Loading usage…",
  loadFailed: "The usage could not be loaded.",
  emptyTitle: "No usage reported yet",
  emptyHint: "The vendor imports usage once a month. Look again after the next import.",
  unavailableTitle: "Usage is not available for this claim",
  unavailableHint:
    "Usage is shown only while the association is official: after approval, once the customer's consent window has passed, and until the association ends.",
  backToClaim: "Back to the claim"
}

export type UsageMessages = typeof en

const de: UsageMessages = {
  tabs: {
    label: "Bereiche des Anspruchs",
    details: "Details",
    usage: "Nutzung"
  },
  title: "Nutzung",
  intro:
    "Die monatliche Nutzung der Workloads oder Abonnements dieser Zuordnung durch den Kunden. Sie sehen sie, solange die Zuordnung offiziell ist (seit {{ since }}).",
  target: "Workload oder Abonnement",
  chartTitle: "Aktive Benutzer und lizenzierte Plätze pro Monat: {{ target }}",
  chartSummary:
    "{{ count }} Monate von {{ from }} bis {{ to }}. Letzter Monat: {{ active }} aktive Benutzer von {{ seats }} lizenzierten Plätzen.",
  activeUsers: "Aktive Benutzer",
  licensedSeats: "Lizenzierte Plätze",
  month: "Monat",
  share: "Genutzte Plätze",
  tableCaption: "Nutzung pro Monat: {{ target }}",
  loading: "Nutzung wird geladen …",
  loadFailed: "Die Nutzung konnte nicht geladen werden.",
  emptyTitle: "Noch keine Nutzung gemeldet",
  emptyHint:
    "Der Anbieter importiert die Nutzung einmal im Monat. Sehen Sie nach dem nächsten Import wieder nach.",
  unavailableTitle: "Für diesen Anspruch ist keine Nutzung verfügbar",
  unavailableHint:
    "Die Nutzung wird nur angezeigt, solange die Zuordnung offiziell ist: nach der Genehmigung, sobald die Einspruchsfrist des Kunden abgelaufen ist, und bis die Zuordnung endet.",
  backToClaim: "Zurück zum Anspruch"
}

const hu: UsageMessages = {
  tabs: {
    label: "Az igénylés részei",
    details: "Részletek",
    usage: "Használat"
  },
  title: "Használat",
  intro:
    "Az ügyfél havi használata a társítás munkaterhelésein vagy előfizetésein. Addig látja, amíg a társítás hivatalos (ekkortól: {{ since }}).",
  target: "Munkaterhelés vagy előfizetés",
  chartTitle: "Aktív felhasználók és licencelt helyek havonta: {{ target }}",
  chartSummary:
    "{{ count }} hónap, {{ from }} és {{ to }} között. Utolsó hónap: {{ active }} aktív felhasználó, {{ seats }} licencelt helyből.",
  activeUsers: "Aktív felhasználók",
  licensedSeats: "Licencelt helyek",
  month: "Hónap",
  share: "Használt helyek",
  tableCaption: "Használat havonta: {{ target }}",
  loading: "A használat betöltése…",
  loadFailed: "A használatot nem sikerült betölteni.",
  emptyTitle: "Még nincs jelentett használat",
  emptyHint:
    "A szolgáltató havonta egyszer importálja a használatot. Nézzen vissza a következő importálás után.",
  unavailableTitle: "Ehhez az igényléshez nem érhető el használat",
  unavailableHint:
    "A használat csak addig látható, amíg a társítás hivatalos: a jóváhagyás után, amint az ügyfél elutasítási időszaka lejárt, egészen a társítás végéig.",
  backToClaim: "Vissza az igényléshez"
}

const sv: UsageMessages = {
  tabs: {
    label: "Anspråkets delar",
    details: "Detaljer",
    usage: "Användning"
  },
  title: "Användning",
  intro:
    "Kundens månatliga användning av arbetsbelastningarna eller prenumerationerna i den här kopplingen. Du ser den så länge kopplingen är officiell (sedan {{ since }}).",
  target: "Arbetsbelastning eller prenumeration",
  chartTitle: "Aktiva användare och licensierade platser per månad: {{ target }}",
  chartSummary:
    "{{ count }} månader från {{ from }} till {{ to }}. Senaste månaden: {{ active }} aktiva användare av {{ seats }} licensierade platser.",
  activeUsers: "Aktiva användare",
  licensedSeats: "Licensierade platser",
  month: "Månad",
  share: "Platser som används",
  tableCaption: "Användning per månad: {{ target }}",
  loading: "Användningen läses in …",
  loadFailed: "Användningen kunde inte läsas in.",
  emptyTitle: "Ingen användning rapporterad än",
  emptyHint: "Leverantören importerar användningen en gång i månaden. Titta igen efter nästa import.",
  unavailableTitle: "Ingen användning finns för det här anspråket",
  unavailableHint:
    "Användningen visas bara så länge kopplingen är officiell: efter godkännandet, när kundens tid att avböja har gått ut, och tills kopplingen upphör.",
  backToClaim: "Tillbaka till anspråket"
}

const cs: UsageMessages = {
  tabs: {
    label: "Části nároku",
    details: "Podrobnosti",
    usage: "Využití"
  },
  title: "Využití",
  intro:
    "Měsíční využití úloh nebo předplatných tohoto přiřazení zákazníkem. Vidíte je, dokud je přiřazení oficiální (od {{ since }}).",
  target: "Úloha nebo předplatné",
  chartTitle: "Aktivní uživatelé a licencovaná místa po měsících: {{ target }}",
  chartSummary:
    "{{ count }} měsíců od {{ from }} do {{ to }}. Poslední měsíc: {{ active }} aktivních uživatelů z {{ seats }} licencovaných míst.",
  activeUsers: "Aktivní uživatelé",
  licensedSeats: "Licencovaná místa",
  month: "Měsíc",
  share: "Využitá místa",
  tableCaption: "Využití po měsících: {{ target }}",
  loading: "Načítá se využití…",
  loadFailed: "Využití se nepodařilo načíst.",
  emptyTitle: "Zatím nebylo nahlášeno žádné využití",
  emptyHint: "Dodavatel importuje využití jednou měsíčně. Podívejte se znovu po dalším importu.",
  unavailableTitle: "Pro tento nárok není využití k dispozici",
  unavailableHint:
    "Využití se zobrazuje jen po dobu, kdy je přiřazení oficiální: po schválení, jakmile uplyne lhůta zákazníka pro odmítnutí, a dokud přiřazení neskončí.",
  backToClaim: "Zpět na nárok"
}

export const usageMessages: Catalog<UsageMessages> = { en, de, hu, sv, cs }
