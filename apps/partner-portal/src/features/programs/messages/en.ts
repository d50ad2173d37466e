/** The partner portal's page about a program (its default program guide, SPEC §3). English is the reference. */
export const en = {
  title: "Program guide: {{ program }}",
  loading: "Loading the program…",
  loadFailed: "The program could not be loaded.",
  notFound: "There is no program {{ id }}.",
  intro:
    "What the program is for and what a location needs to take part. Eligible locations are invited; an Incentives admin of the location then enrolls it with its bank and tax profiles.",
  solutionArea: "Solution area",
  roles: "Partner roles a claim in this program can name",
  anyRole: "No partner role is required",
  requirements: "Eligibility requirements",
  requirementsIntro: "A location is eligible when it meets every one of these:",
  noRequirements: "None: the program is open to all partners.",
  open: "Open to all partners: every location is invited, without an email.",
  incentivized: "Incentives are paid in this program.",
  notIncentivized: "No incentives are paid in this program.",
  discontinued: "This program is no longer offered.",
  back: "Back to the Incentives overview"
}

export type ProgramMessages = typeof en
