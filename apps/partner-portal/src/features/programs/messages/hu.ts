import type { ProgramMessages } from "./en.ts"

export const hu: ProgramMessages = {
  title: "Programismertető: {{ program }}",
  loading: "A program betöltése…",
  loadFailed: "A programot nem sikerült betölteni.",
  notFound: "Nincs {{ id }} azonosítójú program.",
  intro:
    "Mire szolgál a program, és mi kell egy telephelynek a részvételhez. A jogosult telephelyek meghívást kapnak; ezután a telephely ösztönzőadminisztrátora jelentkezteti a banki és adóprofiljával.",
  solutionArea: "Megoldási terület",
  roles: "Partnerszerepkörök, amelyeket egy igénylés ebben a programban megnevezhet",
  anyRole: "Nincs szükség partnerszerepkörre",
  requirements: "Jogosultsági feltételek",
  requirementsIntro: "Egy telephely akkor jogosult, ha az alábbiak mindegyikének megfelel:",
  noRequirements: "Nincs: a program minden partner számára nyitott.",
  open: "Minden partner számára nyitott: minden telephely meghívást kap, e-mail nélkül.",
  incentivized: "Ebben a programban ösztönző kifizetés jár.",
  notIncentivized: "Ebben a programban nem jár ösztönző kifizetés.",
  discontinued: "Ez a program már nem érhető el.",
  back: "Vissza az Ösztönzők áttekintéséhez"
}
