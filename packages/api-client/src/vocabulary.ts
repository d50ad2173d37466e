/**
 * The API's vocabularies as lists the apps can iterate (role pickers, status filters, label tables).
 *
 * The one definition of each is a schema in the domain (`identity/model.ts`, `claims/model.ts`,
 * `catalog/catalog.ts`, `ids.ts`); the OpenAPI document's enums come from those schemas and the
 * generated types from the document. Each list here is checked against its generated union: a value
 * missing here, or one the API does not know, is a compile error (`exactly`). The values' runtime
 * equality with the domain's lists is tested in apps/api/test/vocabulary.test.ts.
 */
import type { BodyOf, QueryOf, ResponseOf, RoleName } from "./types.ts"

/**
 * `list` as it is when it names every member of `U` and nothing else (also no member of `U`
 * twice is not checked: order and uniqueness are the list's own business); a compile error otherwise.
 */
const exactly =
  <U extends string>() =>
  <const L extends readonly U[]>(
    list: L &
      ([Exclude<U, L[number]>] extends [never] ? unknown : { readonly missing: Exclude<U, L[number]> })
  ): L =>
    list

/** Every role (SPEC §1), in the domain's order: organization, location, customer, vendor. */
export type Role = RoleName
/** The roles a partner organization gives its users (`POST …/users/{userId}/roles`). */
export type PartnerUserRole = BodyOf<"assignRole">["role"]
/** A claim's status (SPEC §5). */
export type ClaimStatus = NonNullable<QueryOf<"listClaims">["status"]>
/** Open claims: the review queue's statuses. */
export type OpenClaimStatus = NonNullable<QueryOf<"reviewQueue">["status"]>
/** A solution area (SPEC appendix A). */
export type SolutionArea = BodyOf<"createClaim">["solutionArea"]
/** A claim's partner role (SPEC appendix A; not a user's role). */
export type PartnerRole = BodyOf<"createClaim">["partnerRole"]
/** A workload of the catalog (SPEC appendix A). */
export type Workload = ResponseOf<"getCatalog">["workloads"][number]["code"]
/** A licensing channel a program allows. */
export type Channel = BodyOf<"upsertProgram">["allowedChannels"][number]
/** How a program settles competing claims on one subscription. */
export type ArbitrationPolicy = BodyOf<"upsertProgram">["arbitrationPolicy"]
/** Why a claim was rejected. */
export type RejectionReason = NonNullable<ResponseOf<"getClaim">["rejectionReason"]>

/** The roles a partner organization gives for the whole organization. */
export const ORGANIZATION_ROLES = exactly<Exclude<PartnerUserRole, LocationRole>>()([
  "global_admin",
  "account_admin",
  "billing_admin"
])
/** One of {@link ORGANIZATION_ROLES}. */
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number]
/** The incentive roles, given per location. */
export const LOCATION_ROLES = [
  "incentives_admin",
  "incentives_user"
] as const satisfies readonly PartnerUserRole[]
/** One of {@link LOCATION_ROLES}. */
export type LocationRole = (typeof LOCATION_ROLES)[number]
/** Every role a partner organization gives its users: organization roles, then location roles. */
export const PARTNER_USER_ROLES = exactly<PartnerUserRole>()([...ORGANIZATION_ROLES, ...LOCATION_ROLES])
/** The vendor's roles. */
export const VENDOR_ROLES = ["reviewer", "operator", "auditor"] as const satisfies readonly Role[]
/** The customer's roles. */
export const CUSTOMER_ROLES = exactly<Exclude<Role, PartnerUserRole | (typeof VENDOR_ROLES)[number]>>()([
  "tenant_admin"
])
/** Every role (SPEC §1): partner, customer, vendor. */
export const ROLES = exactly<Role>()([...PARTNER_USER_ROLES, ...CUSTOMER_ROLES, ...VENDOR_ROLES])

/** Whether a role is given per location (an incentive role). */
export const isLocationRole = (role: string): role is LocationRole =>
  (LOCATION_ROLES as readonly string[]).includes(role)

/** Every claim status, in lifecycle order. */
export const CLAIM_STATUSES = exactly<ClaimStatus>()([
  "draft",
  "submitted",
  "under_review",
  "partner_action_required",
  "approved",
  "rejected",
  "disputed",
  "rejected_final",
  "ended"
])
/** The statuses of open claims (the review queue's). */
export const OPEN_CLAIM_STATUSES = exactly<OpenClaimStatus>()([
  "submitted",
  "under_review",
  "partner_action_required",
  "disputed"
])
/** Whether `value` is a claim status. */
export const isClaimStatus = (value: unknown): value is ClaimStatus =>
  typeof value === "string" && (CLAIM_STATUSES as readonly string[]).includes(value)

/** Every solution area. */
export const SOLUTION_AREAS = exactly<SolutionArea>()(["business_applications", "modern_work_security"])
/** Every partner role of a claim. */
export const PARTNER_ROLES = exactly<PartnerRole>()([
  "build_intent_advisor",
  "usage_recognition",
  "influenced_revenue",
  "use_or_consume"
])
/** Every workload of the catalog. */
export const WORKLOADS = exactly<Workload>()([
  "exchange",
  "sharepoint",
  "teams",
  "intune",
  "defender_endpoint",
  "defender_office365",
  "entra_id_p1",
  "purview_information_protection",
  "viva"
])
/** Every licensing channel. */
export const CHANNELS = exactly<Channel>()(["volume_licensing", "web_direct", "csp"])
/** Every arbitration policy. */
export const ARBITRATION_POLICIES = exactly<ArbitrationPolicy>()([
  "most_recent_poe",
  "first_registered",
  "reviewer_decides"
])

/** Every rejection reason. */
export const REJECTION_REASONS = exactly<RejectionReason>()([
  "customer_declined",
  "insufficient_poe",
  "missing_customer_consent_on_poe",
  "missing_products",
  "poe_unavailable",
  "no_partner_response",
  "partner_request",
  "lost_arbitration",
  "other"
])
/** The reasons a reviewer may give when rejecting (the others are set by the system or the customer). */
export const REVIEWER_REJECTION_REASONS = [
  "insufficient_poe",
  "missing_customer_consent_on_poe",
  "missing_products",
  "poe_unavailable",
  "other"
] as const satisfies readonly RejectionReason[]

/** A PartnerID's form (the API's `PartnerId` schema: 7 digits), for checking a field before sending it. */
export const PARTNER_ID_PATTERN = /^[0-9]{7}$/u

/**
 * Why a row of a history import (`POST /ops/por-events/import`) is refused: the codes of the 400
 * `invalid_rows` report's rows (the error envelope's details are not typed in the OpenAPI document, so
 * this list is checked against the domain's `PorImportProblemCode` by apps/api/test/vocabulary.test.ts).
 */
export const POR_IMPORT_PROBLEMS = [
  "required",
  "invalid_external_id",
  "duplicate_external_id",
  "external_id_conflict",
  "invalid_type",
  "unknown_subscription",
  "invalid_partner_id",
  "unknown_partner_id",
  "invalid_date",
  "date_in_future",
  "osa_forms_not_accepted"
] as const
/** One of {@link POR_IMPORT_PROBLEMS}. */
export type PorImportProblem = (typeof POR_IMPORT_PROBLEMS)[number]

type ClaimImport = ResponseOf<"getClaimImport">
type ClaimImportRow = ResponseOf<"listClaimImportRows">["rows"][number]
/** Where a bulk claims import is (`GET /claim-imports/{id}`). */
export const CLAIM_IMPORT_STATUSES = exactly<ClaimImport["status"]>()([
  "queued",
  "running",
  "completed",
  "failed"
])
/** What became of a row of a bulk claims file. */
export const CLAIM_IMPORT_OUTCOMES = exactly<ClaimImportRow["outcome"]>()([
  "created",
  "already_imported",
  "refused"
])
/** Why a row of a bulk claims file is refused (the report's codes). */
export const CLAIM_IMPORT_PROBLEMS = exactly<ClaimImportRow["problems"][number]["code"]>()([
  "missing_field",
  "invalid_value",
  "forbidden",
  "location_not_enrolled",
  "role_not_valid_for_solution_area",
  "domain_tenant_mismatch",
  "unknown_workload",
  "product_not_in_tenant",
  "subscription_already_claimed",
  "not_a_subscription_id",
  "subscription_not_business_applications",
  "subscription_is_csp",
  "subscription_not_provisioned",
  "subscription_expired"
])
/** One of {@link CLAIM_IMPORT_PROBLEMS}. */
export type ClaimImportProblem = (typeof CLAIM_IMPORT_PROBLEMS)[number]
/** The columns of a bulk claims file, in the template's order. */
export const CLAIM_IMPORT_COLUMNS = exactly<ClaimImportRow["problems"][number]["column"]>()([
  "name",
  "partnerId",
  "tenantId",
  "customerDomain",
  "solutionArea",
  "partnerRole",
  "workloads",
  "subscriptionIds",
  "optOutOfIncentives",
  "customerContactName",
  "customerContactTitle",
  "customerContactEmail",
  "customerContactLanguage",
  "partnerContactName",
  "partnerContactEmail",
  "solutionSellerName",
  "customerName",
  "isvProductName"
])

/** Every webhook event type (SPEC §12), "endpoint.test" included (sent only by the test button). */
export type WebhookEventType = ResponseOf<"getWebhookDelivery">["eventType"]
/** Every webhook event type. */
export const WEBHOOK_EVENT_TYPES = exactly<WebhookEventType>()([
  "claim.status_changed",
  "claim.consent_changed",
  "claim.arbitration_joined",
  "claim.case_resolved",
  "enrollment.state_changed",
  "dpor.added",
  "dpor.removed",
  "endpoint.test"
])
/** The event types an endpoint may subscribe to (its filter): every type but "endpoint.test". */
export type SubscribableWebhookEventType = BodyOf<"createWebhookEndpoint">["eventTypes"][number]
/** The event types an endpoint may subscribe to. */
export const SUBSCRIBABLE_WEBHOOK_EVENT_TYPES = exactly<SubscribableWebhookEventType>()([
  "claim.status_changed",
  "claim.consent_changed",
  "claim.arbitration_joined",
  "claim.case_resolved",
  "enrollment.state_changed",
  "dpor.added",
  "dpor.removed"
])
