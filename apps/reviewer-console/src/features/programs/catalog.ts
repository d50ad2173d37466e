/** The default catalog's vocabulary as the program forms offer it (SPEC appendix A). */
export const SOLUTION_AREAS = ["business_applications", "modern_work_security"] as const
export type SolutionArea = (typeof SOLUTION_AREAS)[number]

/** The partner roles each solution area accepts. */
export const ROLES_OF_AREA: Record<SolutionArea, readonly PartnerRole[]> = {
  business_applications: ["build_intent_advisor", "usage_recognition", "influenced_revenue"],
  modern_work_security: ["use_or_consume"]
}
export type PartnerRole =
  | "build_intent_advisor"
  | "usage_recognition"
  | "influenced_revenue"
  | "use_or_consume"

export const CHANNELS = ["volume_licensing", "web_direct", "csp"] as const
export type Channel = (typeof CHANNELS)[number]

export const POLICIES = ["most_recent_poe", "first_registered", "reviewer_decides"] as const
export type Policy = (typeof POLICIES)[number]

export const isSolutionArea = (value: string): value is SolutionArea =>
  (SOLUTION_AREAS as readonly string[]).includes(value)
export const isPartnerRole = (value: string): value is PartnerRole =>
  Object.values(ROLES_OF_AREA).some((roles) => roles.includes(value as PartnerRole))
export const isChannel = (value: string): value is Channel => (CHANNELS as readonly string[]).includes(value)

/** A set of choices kept in one form field as comma-separated values. */
export const splitChoices = (value: string): string[] => value.split(",").filter((item) => item !== "")
export const toggleChoice = (value: string, choice: string, on: boolean): string => {
  const set = new Set(splitChoices(value))
  if (on) set.add(choice)
  else set.delete(choice)
  return [...set].join(",")
}
