import { ApiError, type ResponseOf } from "@openpor/api-client"

export type OrgUser = ResponseOf<"listUsers">["users"][number]

/** The roles a partner organization gives, in the order an admin thinks of them. */
export const PARTNER_ROLES = [
  "incentives_admin",
  "incentives_user",
  "billing_admin",
  "account_admin",
  "global_admin"
] as const
export type PartnerRole = (typeof PARTNER_ROLES)[number]

/** Incentive roles are given per location; the others apply to the whole organization. */
export const isLocationRole = (role: string): boolean =>
  role === "incentives_admin" || role === "incentives_user"

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
