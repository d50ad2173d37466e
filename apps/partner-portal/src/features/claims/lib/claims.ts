import { ApiError, type BodyOf, isLocationRole, type ResponseOf } from "@openpor/api-client"
import type { Tone } from "@openpor/ui"
import { isLocale, type Locale } from "@openpor/ui/i18n/locales.ts"

/** A claim as `GET /api/v1/claims/{id}` answers it. */
export type Claim = ResponseOf<"getClaim">
/** A claim as `GET /api/v1/claims` lists it: a summary, without comments or history. */
export type ClaimSummary = ResponseOf<"listClaims">["claims"][number]
export type ClaimCatalog = ResponseOf<"getCatalog">
export type Enrollment = ResponseOf<"listEnrollments">["enrollments"][number]
export type CreateClaimBody = BodyOf<"createClaim">

export { CLAIM_STATUSES, type ClaimStatus, isClaimStatus } from "@openpor/api-client"

/** Colour of a status tag (always shown with its text). */
export const statusTone = (status: string): Tone => {
  switch (status) {
    case "approved":
      return "success"
    case "partner_action_required":
    case "disputed":
      return "warning"
    case "rejected":
    case "rejected_final":
      return "danger"
    case "submitted":
    case "under_review":
      return "info"
    default:
      return "neutral"
  }
}

/** Whether the user may draft claims somewhere: Incentives admin or user of at least one location. */
export const canDraftClaims = (me: {
  readonly locations: readonly { readonly roles: readonly string[] }[]
}) => me.locations.some((l) => l.roles.some(isLocationRole))

/** The wizard's steps, in order. */
export const STEPS = ["area", "role", "details", "products", "contacts", "review"] as const
export type Step = (typeof STEPS)[number]
export const isStep = (value: unknown): value is Step =>
  typeof value === "string" && (STEPS as readonly string[]).includes(value)

/** What the wizard collects, as typed (subscription IDs one per line). */
export interface ClaimDraft {
  solutionArea: string
  partnerRole: string
  name: string
  partnerId: string
  tenantId: string
  customerDomain: string
  optOutOfIncentives: boolean
  workloads: string[]
  subscriptionIds: string
  revenueSolutionSellerName: string
  revenueCustomerName: string
  revenueIsvProductName: string
  customerContactName: string
  customerContactTitle: string
  customerContactEmail: string
  /** The language of the customer contact's emails (SPEC §8), one of the five; English unless chosen. */
  customerContactLanguage: string
  partnerContactName: string
  partnerContactEmail: string
}

export const emptyDraft = (): ClaimDraft => ({
  solutionArea: "",
  partnerRole: "",
  name: "",
  partnerId: "",
  tenantId: "",
  customerDomain: "",
  optOutOfIncentives: false,
  workloads: [],
  subscriptionIds: "",
  revenueSolutionSellerName: "",
  revenueCustomerName: "",
  revenueIsvProductName: "",
  customerContactName: "",
  customerContactTitle: "",
  customerContactEmail: "",
  customerContactLanguage: "en",
  partnerContactName: "",
  partnerContactEmail: ""
})

/** The wizard's values of a stored claim (to edit a draft or a claim in partner_action_required). */
export const draftOfClaim = (claim: Claim): ClaimDraft => ({
  solutionArea: claim.solutionArea,
  partnerRole: claim.partnerRole,
  name: claim.name,
  partnerId: claim.partnerId,
  tenantId: claim.tenantId,
  customerDomain: claim.customerDomain,
  optOutOfIncentives: claim.optOutOfIncentives,
  workloads: [...claim.workloads],
  subscriptionIds: claim.subscriptionIds.join("\n"),
  revenueSolutionSellerName: claim.revenue?.solutionSellerName ?? "",
  revenueCustomerName: claim.revenue?.customerName ?? "",
  revenueIsvProductName: claim.revenue?.isvProductName ?? "",
  customerContactName: claim.customerContact?.name ?? "",
  customerContactTitle: claim.customerContact?.title ?? "",
  customerContactEmail: claim.customerContact?.email ?? "",
  customerContactLanguage: claim.customerContact?.language ?? "en",
  partnerContactName: claim.partnerContact?.name ?? "",
  partnerContactEmail: claim.partnerContact?.email ?? ""
})

export const subscriptionList = (text: string): string[] =>
  text
    .split(/[\s,;]+/)
    .map((id) => id.trim())
    .filter((id) => id !== "")

/** The create/patch body of the wizard's values (workloads only for Modern Work, subscriptions only for Business Applications). */
export const bodyOfDraft = (draft: ClaimDraft): CreateClaimBody => {
  const modernWork = draft.solutionArea === "modern_work_security"
  return {
    name: draft.name.trim(),
    partnerId: draft.partnerId,
    tenantId: draft.tenantId.trim(),
    customerDomain: draft.customerDomain.trim(),
    solutionArea: draft.solutionArea as CreateClaimBody["solutionArea"],
    partnerRole: draft.partnerRole as CreateClaimBody["partnerRole"],
    workloads: modernWork ? draft.workloads : [],
    subscriptionIds: modernWork ? [] : subscriptionList(draft.subscriptionIds),
    optOutOfIncentives: modernWork && draft.optOutOfIncentives,
    customerContact: {
      name: draft.customerContactName.trim(),
      title: draft.customerContactTitle.trim(),
      email: draft.customerContactEmail.trim(),
      language: (isLocale(draft.customerContactLanguage) ? draft.customerContactLanguage : "en") as Locale
    },
    partnerContact: { name: draft.partnerContactName.trim(), email: draft.partnerContactEmail.trim() },
    revenue:
      draft.partnerRole === "influenced_revenue"
        ? {
            solutionSellerName: draft.revenueSolutionSellerName.trim(),
            customerName: draft.revenueCustomerName.trim(),
            isvProductName: draft.revenueIsvProductName.trim()
          }
        : null
  }
}

/** Wizard fields, by the API's field path of the claim body. */
const FIELD_OF_PATH: Readonly<Record<string, keyof ClaimDraft>> = {
  name: "name",
  partnerId: "partnerId",
  tenantId: "tenantId",
  customerDomain: "customerDomain",
  solutionArea: "solutionArea",
  partnerRole: "partnerRole",
  workloads: "workloads",
  subscriptionIds: "subscriptionIds",
  optOutOfIncentives: "optOutOfIncentives",
  "customerContact.name": "customerContactName",
  "customerContact.title": "customerContactTitle",
  "customerContact.email": "customerContactEmail",
  "customerContact.language": "customerContactLanguage",
  "partnerContact.name": "partnerContactName",
  "partnerContact.email": "partnerContactEmail",
  "revenue.solutionSellerName": "revenueSolutionSellerName",
  "revenue.customerName": "revenueCustomerName",
  "revenue.isvProductName": "revenueIsvProductName"
}

const STEP_OF_FIELD: Readonly<Record<keyof ClaimDraft, Step>> = {
  solutionArea: "area",
  partnerRole: "role",
  name: "details",
  partnerId: "details",
  tenantId: "details",
  customerDomain: "details",
  optOutOfIncentives: "details",
  workloads: "products",
  subscriptionIds: "products",
  revenueSolutionSellerName: "products",
  revenueCustomerName: "products",
  revenueIsvProductName: "products",
  customerContactName: "contacts",
  customerContactTitle: "contacts",
  customerContactEmail: "contacts",
  customerContactLanguage: "contacts",
  partnerContactName: "contacts",
  partnerContactEmail: "contacts"
}

/** One problem the API reported, placed at its wizard field and step (`poe` when it concerns the documents). */
export interface ClaimProblem {
  readonly code: string
  readonly message: string
  readonly field: keyof ClaimDraft | undefined
  readonly step: Step | "poe" | undefined
  /** The subscription ID or workload it names, if any. */
  readonly item: string | undefined
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value)

const fieldOfPath = (path: unknown): keyof ClaimDraft | undefined => {
  if (typeof path !== "string" && !Array.isArray(path)) return undefined
  const dotted = Array.isArray(path) ? path.filter((p) => typeof p === "string").join(".") : path
  const exact = FIELD_OF_PATH[dotted]
  if (exact !== undefined) return exact
  const prefix = Object.keys(FIELD_OF_PATH).find((known) => dotted.startsWith(`${known}.`))
  return prefix === undefined ? undefined : FIELD_OF_PATH[prefix]
}

/** Every problem of an API error (422 violations, 400 issues or a single field), each placed at its step. */
export const claimProblems = (error: unknown): ClaimProblem[] => {
  if (!(error instanceof ApiError)) return []
  const make = (code: string, message: string, path: unknown, details: unknown): ClaimProblem => {
    const field = fieldOfPath(path)
    const itemOf = isRecord(details) ? (details.subscriptionId ?? details.workload) : undefined
    const step: Step | "poe" | undefined =
      code === "poe_required"
        ? "poe"
        : field !== undefined
          ? STEP_OF_FIELD[field]
          : code === "location_not_enrolled" || code === "unknown_partner_id"
            ? "details"
            : code === "role_not_valid_for_solution_area"
              ? "role"
              : undefined
    return {
      code,
      message,
      field: field ?? (step === "details" ? "partnerId" : step === "role" ? "partnerRole" : undefined),
      step,
      item: typeof itemOf === "string" ? itemOf : undefined
    }
  }
  const { details } = error
  if (Array.isArray(details.violations))
    return details.violations
      .filter(isRecord)
      .map((v) =>
        make(
          typeof v.code === "string" ? v.code : error.code,
          typeof v.message === "string" ? v.message : error.message,
          v.field,
          v.details
        )
      )
  if (Array.isArray(details.issues))
    return details.issues
      .filter(isRecord)
      .map((issue) =>
        make(
          error.code,
          typeof issue.message === "string" ? issue.message : error.message,
          issue.path,
          undefined
        )
      )
  return [make(error.code, error.message, details.field, details)]
}

/** Submission problems kept per claim for this browser tab, so the wizard shows them at their fields. */
const problemsKey = (claimId: string) => `openpor.claim-problems.${claimId}`
export const rememberProblems = (claimId: string, problems: readonly ClaimProblem[]) => {
  try {
    if (problems.length === 0) sessionStorage.removeItem(problemsKey(claimId))
    else sessionStorage.setItem(problemsKey(claimId), JSON.stringify(problems))
  } catch {
    // storage unavailable (private mode): the claim page still lists the problems
  }
}
export const rememberedProblems = (claimId: string): ClaimProblem[] => {
  try {
    const raw = sessionStorage.getItem(problemsKey(claimId))
    return raw === null ? [] : (JSON.parse(raw) as ClaimProblem[])
  } catch {
    return []
  }
}

/** A readable file size. */
export const fileSize = (bytes: number, locale: string): string => {
  const format = (value: number, unit: string) =>
    `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`
  if (bytes < 1024) return format(bytes, "B")
  if (bytes < 1024 * 1024) return format(bytes / 1024, "KB")
  return format(bytes / (1024 * 1024), "MB")
}
