import type { ProgramMessages } from "./en.ts"

export const cs: ProgramMessages = {
  title: "Průvodce programem: {{ program }}",
  loading: "Načítání programu…",
  loadFailed: "Program se nepodařilo načíst.",
  notFound: "Program {{ id }} neexistuje.",
  intro:
    "K čemu program slouží a co pobočka potřebuje k účasti. Způsobilé pobočky jsou pozvány; správce pobídek pobočky ji pak zaregistruje s jejím bankovním a daňovým profilem.",
  solutionArea: "Oblast řešení",
  roles: "Partnerské role, které může nárok v tomto programu uvést",
  anyRole: "Není vyžadována žádná partnerská role",
  requirements: "Podmínky způsobilosti",
  requirementsIntro: "Pobočka je způsobilá, pokud splňuje všechny tyto podmínky:",
  noRequirements: "Žádné: program je otevřený všem partnerům.",
  open: "Otevřeno všem partnerům: každá pobočka je pozvána, bez e-mailu.",
  incentivized: "V tomto programu se vyplácejí pobídky.",
  notIncentivized: "V tomto programu se pobídky nevyplácejí.",
  discontinued: "Tento program již není nabízen.",
  back: "Zpět na přehled Pobídky"
}
