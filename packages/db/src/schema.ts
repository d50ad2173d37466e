/**
 * The database as Kysely sees it. Instants are ISO-8601 UTC strings (`2026-11-21T12:00:00.000Z`,
 * fixed width, so they sort as text) and booleans are 0/1 on both dialects; JSON is text.
 */
export interface OrganizationsTable {
  id: string
  name: string
  created_at: string
}
export interface LocationsTable {
  id: string
  organization_id: string
  partner_id: string
  name: string
  city: string
  country: string
}
export interface UsersTable {
  id: string
  email: string
  display_name: string
  kind: string
  organization_id: string | null
  tenant_id: string | null
  password_hash: string
  active: number
  created_at: string
  /** The user's language for the apps and emails (en, de, hu, sv, cs); null: never chosen. */
  language: string | null
}
export interface RoleAssignmentsTable {
  user_id: string
  role: string
  /** '' for roles that are not per location (keeps the primary key portable). */
  location_key: string
}
export interface TenantsTable {
  id: string
  name: string
  updated_at: string
}
export interface TenantDomainsTable {
  domain: string
  tenant_id: string
}
export interface TenantWorkloadsTable {
  tenant_id: string
  workload: string
}
export interface SubscriptionsTable {
  id: string
  tenant_id: string
  product: string
  solution_area: string
  channel: string
  state: string
  provisioned_at: string | null
  expires_at: string | null
  updated_at: string
}
export interface HolidaysTable {
  date: string
  name: string
}
export interface SettingsTable {
  key: string
  value: string
}
export interface AuditLogTable {
  id: string
  at: string
  actor_type: string
  actor_id: string
  action: string
  entity_type: string
  entity_id: string
  before_json: string | null
  after_json: string | null
  request_id: string | null
}
export interface OutboxTable {
  id: string
  kind: string
  to_json: string
  subject: string
  text: string
  html: string | null
  template: string
  created_at: string
  delivered_at: string | null
  attempts: number
}
export interface JobsTable {
  id: string
  kind: string
  payload_json: string
  status: string
  run_at: string
  attempts: number
  max_attempts: number
  leased_by: string | null
  lease_until: string | null
  last_error: string | null
  unique_key: string | null
  created_at: string
  updated_at: string
  /** The W3C traceparent of the span that enqueued the job (telemetry on); optional on insert. */
  trace_context?: string | null
}
export interface SessionsTable {
  id: string
  user_id: string
  token_hash: string
  csrf_token: string
  created_at: string
  expires_at: string
  last_seen_at: string
}
export interface LoginAttemptsTable {
  id: string
  key: string
  at: string
}
export interface DevMailboxTable {
  id: string
  to_json: string
  subject: string
  text: string
  html: string | null
  template: string
  created_at: string
}

export interface ProgramsTable {
  id: string
  name: string
  solution_area: string
  partner_roles_json: string
  open: number
  incentivized: number
  status: string
  arbitration_policy: string
  allowed_channels_json: string
  guide_url: string | null
  acknowledgements_json: string
}
export interface ProgramRequirementsTable {
  id: string
  program_id: string
  name: string
}
export interface LocationRequirementsTable {
  location_id: string
  requirement_id: string
  met: number
  updated_at: string
}
export interface LocationAgreementsTable {
  location_id: string
  active: number
  updated_at: string
}
export interface BankProfilesTable {
  id: string
  organization_id: string
  label: string
  account_holder: string
  iban: string
  bic: string
  bank_name: string
  country: string
  currency: string
  state: string
  state_reason: string | null
  created_at: string
  updated_at: string
  version: number
}
export interface TaxProfilesTable {
  id: string
  organization_id: string
  legal_name: string
  country: string
  tax_id: string
  address: string
  state: string
  state_reason: string | null
  created_at: string
  updated_at: string
  version: number
}
export interface LocationDefaultBankProfilesTable {
  location_id: string
  currency: string
  bank_profile_id: string
}
export interface LocationDefaultTaxProfilesTable {
  location_id: string
  tax_profile_id: string
}
export interface EnrollmentsTable {
  id: string
  location_id: string
  program_id: string
  state: string
  fiscal_year: string
  bank_profile_id: string | null
  tax_profile_id: string | null
  missing_json: string
  reason: string | null
  invited_at: string
  submitted_at: string | null
  enrolled_at: string | null
  updated_at: string
  version: number
}
/** A home-page notification the user has opened (not shown to that user again). */
export interface NotificationReadsTable {
  user_id: string
  notification_id: string
  read_at: string
}
export interface UserInvitationsTable {
  token_hash: string
  user_id: string
  created_at: string
  expires_at: string
  used_at: string | null
}

export interface ClaimsTable {
  id: string
  name: string
  organization_id: string
  location_id: string
  partner_id: string
  tenant_id: string
  customer_domain: string
  solution_area: string
  partner_role: string
  program_id: string
  workloads_json: string
  subscription_ids_json: string
  opt_out: number
  customer_contact_json: string | null
  partner_contact_json: string | null
  revenue_json: string | null
  status: string
  version: number
  rejection_reason: string | null
  rejection_text: string | null
  competing: number
  case_id: string | null
  consent_status: string | null
  consent_notified_at: string | null
  consent_window_ends_at: string | null
  consent_responded_at: string | null
  acknowledged_at: string | null
  submitted_at: string | null
  review_started_at: string | null
  assigned_reviewer_id: string | null
  partner_action_due_at: string | null
  decided_at: string | null
  rejected_at: string | null
  dispute_used: number
  disputed_at: string | null
  approved_at: string | null
  official_at: string | null
  ended_at: string | null
  created_by: string
  created_at: string
  updated_at: string
  queue_deadline_at: string | null
  acknowledgements_json: string
  awaiting_partner_since: string | null
  partner_answered_at: string | null
}
export interface ArbitrationCasesTable {
  id: string
  status: string
  program_id: string
  created_at: string
  resolved_at: string | null
  winner_claim_id: string | null
  reasoning: string | null
  resolved_by: string | null
  version: number
}
export interface ClaimTargetsTable {
  claim_id: string
  target_key: string
}
export interface AssociationsTable {
  id: string
  claim_id: string
  target_key: string
  organization_id: string
  location_id: string
  partner_id: string
  tenant_id: string
  status: string
  started_at: string
  official_at: string | null
  ended_at: string | null
  end_reason: string | null
}
export interface ClaimPoeTable {
  id: string
  claim_id: string
  file_name: string
  media_type: string
  size: number
  sha256: string
  blob_key: string
  uploaded_by: string
  uploaded_at: string
}
export interface ClaimCommentsTable {
  id: string
  claim_id: string
  author_type: string
  author_id: string
  author_name: string
  body: string
  created_at: string
}
export interface IdempotencyKeysTable {
  user_id: string
  key: string
  request_hash: string
  status: number | null
  body_json: string | null
  created_at: string
}

export interface AttributionEventsTable {
  id: string
  subject_key: string
  type: string
  partner_id: string | null
  received_on: string | null
  at: string
  created_at: string
  created_by: string
  /** The vendor's id of an imported event (SPEC §4 history import), unique; null for live events. */
  external_id: string | null
}
export interface SubscriptionDporTable {
  subscription_id: string
  partner_id: string
  location_id: string
  added_at: string
}
export interface AttributionBatchesTable {
  id: string
  as_of: string
  incentive: string
  status: string
  cursor: string | null
  processed: number
  total: number
  created_at: string
  completed_at: string | null
  created_by: string
}
export interface AttributionResultsTable {
  batch_id: string
  subscription_id: string
  partner_id: string | null
  basis: string | null
  incentive_eligible: number
  rule: string
}

/** Monthly usage per association target (SPEC §5 usage insights); one row per target and month. */
export interface UsageMonthsTable {
  target_key: string
  month: string
  tenant_id: string
  workload: string | null
  subscription_id: string | null
  active_users: number
  licensed_seats: number
  imported_at: string
}

export interface IdentityProvidersTable {
  id: string
  name: string
  organization_id: string | null
  tenant_id: string | null
  issuer: string
  client_id: string
  client_secret: string
  secret_hint: string
  auto_provision: number
  enabled: number
  created_at: string
  updated_at: string
}

export interface IdentityProviderDomainsTable {
  domain: string
  provider_id: string
}

export interface UserIdentitiesTable {
  issuer: string
  subject: string
  user_id: string
  provider_id: string
  created_at: string
  last_sign_in_at: string
}

/** Webhook endpoints of an organization or the vendor (SPEC §12; migration 2026-11-30-0014-webhooks). */
export interface WebhookEndpointsTable {
  id: string
  scope: string
  organization_id: string | null
  url: string
  description: string | null
  event_types: string
  secret: string
  enabled: number
  disabled_reason: string | null
  failing_since: string | null
  created_at: string
  updated_at: string
  version: number
}
/** One delivery of one event to one endpoint, with its attempts. */
export interface WebhookDeliveriesTable {
  id: string
  endpoint_id: string
  event_id: string
  event_type: string
  payload: string
  status: string
  attempts: number
  created_at: string
  last_attempt_at: string | null
  next_attempt_at: string | null
  last_status_code: number | null
  attempt_log: string
}

export interface Database {
  organizations: OrganizationsTable
  locations: LocationsTable
  users: UsersTable
  role_assignments: RoleAssignmentsTable
  tenants: TenantsTable
  tenant_domains: TenantDomainsTable
  tenant_workloads: TenantWorkloadsTable
  subscriptions: SubscriptionsTable
  holidays: HolidaysTable
  settings: SettingsTable
  audit_log: AuditLogTable
  outbox: OutboxTable
  jobs: JobsTable
  sessions: SessionsTable
  login_attempts: LoginAttemptsTable
  dev_mailbox: DevMailboxTable
  programs: ProgramsTable
  program_requirements: ProgramRequirementsTable
  location_requirements: LocationRequirementsTable
  location_agreements: LocationAgreementsTable
  bank_profiles: BankProfilesTable
  tax_profiles: TaxProfilesTable
  location_default_bank_profiles: LocationDefaultBankProfilesTable
  location_default_tax_profiles: LocationDefaultTaxProfilesTable
  enrollments: EnrollmentsTable
  user_invitations: UserInvitationsTable
  notification_reads: NotificationReadsTable
  claims: ClaimsTable
  claim_targets: ClaimTargetsTable
  associations: AssociationsTable
  claim_poe: ClaimPoeTable
  claim_comments: ClaimCommentsTable
  idempotency_keys: IdempotencyKeysTable
  arbitration_cases: ArbitrationCasesTable
  attribution_events: AttributionEventsTable
  subscription_dpor: SubscriptionDporTable
  attribution_batches: AttributionBatchesTable
  attribution_results: AttributionResultsTable
  usage_months: UsageMonthsTable
  identity_providers: IdentityProvidersTable
  identity_provider_domains: IdentityProviderDomainsTable
  user_identities: UserIdentitiesTable
  webhook_endpoints: WebhookEndpointsTable
  webhook_deliveries: WebhookDeliveriesTable
}

export const iso = (d: Date): string => d.toISOString()
export const fromIso = (s: string): Date => new Date(s)
export const fromIsoOrNull = (s: string | null): Date | null => (s === null ? null : new Date(s))
