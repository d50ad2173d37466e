import { Schema } from "effect"
import { PartnerRole, SolutionArea } from "../catalog/catalog.ts"
import type { ClaimInput } from "../claims/drafting.ts"
import { Email } from "../claims/model.ts"
import { isPartnerId, PARTNER_ID_MESSAGE } from "../ids.ts"
import { Language } from "../preferences/language.ts"
import { BULK_CLAIM_COLUMNS, type BulkClaimColumn, type BulkRowProblem } from "./model.ts"

/** One example row of the template: a Modern Work and Security claim of the demo data (SPEC appendix B). */
const EXAMPLE: Record<BulkClaimColumn, string> = {
  name: "Northwind Teams rollout",
  partnerId: "1000001",
  tenantId: "11111111-1111-4111-8111-111111111111",
  customerDomain: "northwind.example",
  solutionArea: "modern_work_security",
  partnerRole: "use_or_consume",
  workloads: "teams;sharepoint",
  subscriptionIds: "",
  optOutOfIncentives: "false",
  customerContactName: "Nora North",
  customerContactTitle: "CIO",
  customerContactEmail: "nora@northwind.example",
  customerContactLanguage: "en",
  partnerContactName: "Ian Contoso",
  partnerContactEmail: "ian@contoso.example",
  solutionSellerName: "",
  customerName: "",
  isvProductName: ""
}

/** A CSV cell as the template writes it (quoted when it holds a comma, a quote or a line break). */
const cell = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/** The downloadable template: the header row and one example row (CRLF, as RFC 4180 writes CSV). */
export const bulkClaimsTemplate = (): string =>
  `${BULK_CLAIM_COLUMNS.join(",")}\r\n${BULK_CLAIM_COLUMNS.map((c) => cell(EXAMPLE[c])).join(",")}\r\n`

/** What each column holds (the template's documentation, in the OpenAPI document and the README). */
export const BULK_CLAIM_COLUMN_HELP: Record<BulkClaimColumn, string> = {
  name: "claim name (required, at most 200 characters)",
  partnerId: "PartnerID of the claiming location (required)",
  tenantId: "customer tenant ID, a GUID (required)",
  customerDomain: "a verified domain of the tenant (required)",
  solutionArea: `one of ${SolutionArea.literals.join(", ")} (required)`,
  partnerRole: `one of ${PartnerRole.literals.join(", ")} (required)`,
  workloads: "Modern Work and Security: workload codes separated by ;",
  subscriptionIds: "Business Applications: subscription IDs separated by ;",
  optOutOfIncentives: "true or false (empty: false); Modern Work and Security only",
  customerContactName: "customer contact's name (required)",
  customerContactTitle: "customer contact's title (required)",
  customerContactEmail: "customer contact's email (required)",
  customerContactLanguage: `language of the contact's emails: ${Language.literals.join(", ")} (empty: en)`,
  partnerContactName: "your contact's name (required)",
  partnerContactEmail: "your contact's email (required)",
  solutionSellerName: "influenced_revenue only: Dynamics solution seller name",
  customerName: "influenced_revenue only: customer name",
  isvProductName: "influenced_revenue only: ISV product or solution name"
}

const isSolutionArea = Schema.is(SolutionArea)
const isPartnerRole = Schema.is(PartnerRole)
const isLanguage = Schema.is(Language)
const isEmail = Schema.is(Email)
const MAX_TEXT = 200
const MAX_LIST = 50

/** The `;`-separated items of a cell, trimmed, empty ones left out. */
const list = (value: string) =>
  value
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "")

/** Where a problem that submission reports for a field (e.g. `customerContact.name`) is in the file. */
export const columnOfField = (field: string | undefined): BulkClaimColumn => {
  switch (field) {
    case "customerContact.name":
      return "customerContactName"
    case "customerContact.title":
      return "customerContactTitle"
    case "customerContact.email":
      return "customerContactEmail"
    case "partnerContact.name":
      return "partnerContactName"
    case "partnerContact.email":
      return "partnerContactEmail"
    case "revenue.solutionSellerName":
      return "solutionSellerName"
    case "revenue.customerName":
      return "customerName"
    case "revenue.isvProductName":
      return "isvProductName"
    default:
      return (BULK_CLAIM_COLUMNS as ReadonlyArray<string>).includes(field ?? "")
        ? (field as BulkClaimColumn)
        : "name"
  }
}

/**
 * A row's cells as a claim input (the create-claim body), or the problems of the cells themselves:
 * values that are not one of their kind (`invalid_value`). Blank required cells are left to the
 * submission check, which names them `missing_field` like a hand-made claim's.
 */
export const readRow = (
  cells: Readonly<Record<string, string>>
):
  | { readonly _tag: "input"; readonly input: ClaimInput }
  | { readonly _tag: "problems"; readonly problems: ReadonlyArray<BulkRowProblem> } => {
  const get = (c: BulkClaimColumn) => (cells[c] ?? "").trim()
  const problems: Array<BulkRowProblem> = []
  const invalid = (column: BulkClaimColumn, message: string) =>
    problems.push({ column, code: "invalid_value", message })
  const missing = (column: BulkClaimColumn, message: string) =>
    problems.push({ column, code: "missing_field", message })
  for (const c of BULK_CLAIM_COLUMNS) {
    if (get(c).length > MAX_TEXT && c !== "workloads" && c !== "subscriptionIds")
      invalid(c, `${c} is longer than ${MAX_TEXT} characters`)
  }
  const partnerId = get("partnerId")
  if (partnerId === "") missing("partnerId", "Fill in the PartnerID of the claiming location")
  else if (!isPartnerId(partnerId)) invalid("partnerId", PARTNER_ID_MESSAGE)
  const solutionArea = get("solutionArea")
  if (solutionArea === "") missing("solutionArea", "Choose the solution area")
  else if (!isSolutionArea(solutionArea))
    invalid("solutionArea", `solutionArea is one of ${SolutionArea.literals.join(", ")}`)
  const partnerRole = get("partnerRole")
  if (partnerRole === "") missing("partnerRole", "Choose the partner role")
  else if (!isPartnerRole(partnerRole))
    invalid("partnerRole", `partnerRole is one of ${PartnerRole.literals.join(", ")}`)
  const optOut = get("optOutOfIncentives").toLowerCase()
  if (!["", "true", "false"].includes(optOut))
    invalid("optOutOfIncentives", "optOutOfIncentives is true or false")
  const language = get("customerContactLanguage").toLowerCase()
  if (language !== "" && !isLanguage(language))
    invalid("customerContactLanguage", `customerContactLanguage is one of ${Language.literals.join(", ")}`)
  for (const c of ["customerContactEmail", "partnerContactEmail"] as const) {
    if (get(c) !== "" && !isEmail(get(c))) invalid(c, `${c} is an email address such as name@example.com`)
  }
  const workloads = list(get("workloads"))
  const subscriptionIds = list(get("subscriptionIds"))
  if (workloads.length > MAX_LIST) invalid("workloads", `At most ${MAX_LIST} workloads`)
  if (subscriptionIds.length > MAX_LIST) invalid("subscriptionIds", `At most ${MAX_LIST} subscription IDs`)
  if (problems.length > 0) return { _tag: "problems", problems }
  const revenue = [get("solutionSellerName"), get("customerName"), get("isvProductName")]
  return {
    _tag: "input",
    input: {
      name: get("name"),
      partnerId,
      tenantId: get("tenantId"),
      customerDomain: get("customerDomain"),
      solutionArea: solutionArea as SolutionArea,
      partnerRole: partnerRole as PartnerRole,
      workloads,
      subscriptionIds,
      optOutOfIncentives: optOut === "true",
      customerContact: {
        name: get("customerContactName"),
        title: get("customerContactTitle"),
        email: get("customerContactEmail"),
        ...(language === "" ? {} : { language: language as Language })
      },
      partnerContact: { name: get("partnerContactName"), email: get("partnerContactEmail") },
      revenue:
        revenue.every((r) => r === "") && partnerRole !== "influenced_revenue"
          ? null
          : { solutionSellerName: revenue[0]!, customerName: revenue[1]!, isvProductName: revenue[2]! }
    }
  }
}

/**
 * The content a row hash covers: the claim input as drafting stores it (trimmed; tenant, domain,
 * subscriptions and emails in lower case; workloads and subscriptions sorted), so the same claim written
 * with other spacing, case or order is the same row.
 */
export const normalizedRow = (input: ClaimInput): string =>
  JSON.stringify([
    input.name.trim(),
    input.partnerId.trim(),
    input.tenantId.trim().toLowerCase(),
    input.customerDomain.trim().toLowerCase(),
    input.solutionArea,
    input.partnerRole,
    [...(input.workloads ?? [])].sort(),
    [...(input.subscriptionIds ?? [])].map((s) => s.toLowerCase()).sort(),
    input.optOutOfIncentives ?? false,
    input.customerContact.name,
    input.customerContact.title,
    input.customerContact.email.toLowerCase(),
    input.customerContact.language ?? "en",
    input.partnerContact.name,
    input.partnerContact.email.toLowerCase(),
    input.revenue?.solutionSellerName ?? "",
    input.revenue?.customerName ?? "",
    input.revenue?.isvProductName ?? ""
  ])
