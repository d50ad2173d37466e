import {
  ARBITRATION_POLICIES,
  type ArbitrationPolicy,
  CHANNELS,
  type Channel,
  type PartnerRole,
  SOLUTION_AREAS,
  type SolutionArea
} from "@openpor/api-client"

export type { Channel, PartnerRole, SolutionArea }
/** The default catalog's vocabulary as the program forms offer it (SPEC appendix A; the API's lists). */
export { CHANNELS, SOLUTION_AREAS }

/** The partner roles each solution area accepts (the domain's `defaultPartnerRoles`; tested in apps/api). */
export const ROLES_OF_AREA: Record<SolutionArea, readonly PartnerRole[]> = {
  business_applications: ["build_intent_advisor", "usage_recognition", "influenced_revenue"],
  modern_work_security: ["use_or_consume"]
}

export const POLICIES = ARBITRATION_POLICIES
export type Policy = ArbitrationPolicy

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
