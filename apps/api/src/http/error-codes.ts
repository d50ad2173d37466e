import { Schema } from "effect"

/**
 * Every `code` the API's error envelope (`{"error": {code, message, details}}`, SPEC §9) can carry: the one
 * definition of that vocabulary. The OpenAPI document declares it as the `ErrorCode` schema (so the
 * generated client types `ApiError.code` as this union), the error table's fixed codes and every
 * `HttpError`/`envelope` of the HTTP layer are typed by it (a code missing here is a compile error), and
 * packages/api-client/test/error-codes.test.ts checks the table and the client's list against it.
 *
 * The domain's `InvalidInput` and rule-violation codes (422: the first violation's code) are strings in the
 * domain; they are listed here by hand, in their groups. Add a code here when you add one there.
 */
export const ERROR_CODES = [
  // ── the HTTP layer: request shape, media types, limits, authentication, the process ───────────────
  "invalid_request",
  "missing_field",
  "malformed_json",
  "invalid_csv",
  "invalid_text",
  "unsupported_media_type",
  "payload_too_large",
  "unauthenticated",
  "csrf_token_invalid",
  "forbidden",
  "not_found",
  "idempotency_key_in_use",
  "idempotency_key_reused",
  "too_many_attempts",
  "internal_error",
  "not_ready",
  "starting",
  "shutting_down",
  // ── shared domain errors ─────────────────────────────────────────────────────────────────────────
  "illegal_transition",
  "version_conflict",
  "concurrent_change",
  "rule_violation",
  "not_a_partner",
  "not_a_customer",
  // ── claims (SPEC appendix A) ─────────────────────────────────────────────────────────────────────
  "domain_tenant_mismatch",
  "product_not_in_tenant",
  "subscription_not_business_applications",
  "subscription_is_csp",
  "subscription_not_provisioned",
  "subscription_expired",
  "not_a_subscription_id",
  "subscription_already_claimed",
  "location_not_enrolled",
  "role_not_valid_for_solution_area",
  "unknown_workload",
  "poe_required",
  "dispute_window_closed",
  "dispute_already_used",
  "dispute_not_allowed",
  "too_many_poe",
  "field_not_editable",
  "association_exists",
  "arbitration_required",
  "consent_link_invalid",
  "consent_link_expired",
  // ── enrollment, PartnerIDs, POR events ───────────────────────────────────────────────────────────
  "program_discontinued",
  "duplicate_requirement",
  "duplicate_acknowledgement",
  "requirement_removed",
  "acknowledgements_required",
  "unknown_partner_id",
  "not_partner_of_record",
  "osa_forms_not_accepted",
  "invalid_rows",
  // ── identity and sign-in ─────────────────────────────────────────────────────────────────────────
  "invalid_credentials",
  "weak_password",
  "last_global_admin",
  "email_in_use",
  "invalid_email",
  "invalid_role",
  "global_admin_only",
  "invitation_invalid",
  // ── single sign-on providers ─────────────────────────────────────────────────────────────────────
  "invalid_name",
  "owner_required",
  "invalid_issuer",
  "invalid_client_id",
  "client_secret_required",
  "invalid_client_secret",
  "domains_required",
  "invalid_domain",
  "unknown_organization",
  "domain_in_use",
  "issuer_unreachable",
  // ── test clock, directory and imports ────────────────────────────────────────────────────────────
  "clock_cannot_go_back",
  "empty_import",
  "import_too_large",
  "duplicate_row",
  "unknown_tenant",
  // ── webhooks ─────────────────────────────────────────────────────────────────────────────────────
  "webhook_url_not_allowed"
] as const

/** The `ErrorCode` schema of the OpenAPI document (a component, so the client can name it). */
export const ErrorCode = Schema.Literals(ERROR_CODES).annotate({
  identifier: "ErrorCode",
  description: "Stable snake_case error code of the error envelope (SPEC §9, appendix A)"
})
export type ErrorCode = (typeof ERROR_CODES)[number]
