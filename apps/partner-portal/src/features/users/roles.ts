import { ApiError, LOCATION_ROLES, ORGANIZATION_ROLES, type ResponseOf } from "@openpor/api-client"

export type OrgUser = ResponseOf<"listUsers">["users"][number]

/**
 * The roles a partner organization gives, in the order an admin thinks of them: the location roles,
 * then the organization roles from the least to the most powerful (the API's vocabulary, not a copy).
 */
export const PARTNER_ROLES = [...LOCATION_ROLES, ...[...ORGANIZATION_ROLES].reverse()] as const
export type PartnerRole = (typeof PARTNER_ROLES)[number]

/** Incentive roles are given per location; the others apply to the whole organization. */
export { isLocationRole } from "@openpor/api-client"

/** The message key of a refusal the users page explains in the user's language, if it is one. */
export const refusalKey = (
  error: unknown
):
  | "errors.last_global_admin"
  | "errors.global_admin_only"
  | "errors.email_in_use"
  | "errors.invalid_email"
  | "errors.invalid_role"
  | "errors.missing_location"
  | "errors.not_found"
  | undefined => {
  if (!(error instanceof ApiError)) return undefined
  switch (error.code) {
    case "last_global_admin":
    case "global_admin_only":
    case "email_in_use":
    case "invalid_email":
    case "invalid_role":
    case "not_found":
      return `errors.${error.code}`
    case "missing_field":
      return "errors.missing_location"
    default:
      return undefined
  }
}
