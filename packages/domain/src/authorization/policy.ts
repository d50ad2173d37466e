import { LocationRole, OrganizationRole, VendorRole } from "../identity/model.ts"
import type { LocationId, OrganizationId, TenantId } from "../ids.ts"
import type { Actor } from "./actor.ts"

/**
 * The authorization policy: one function per action (SPEC §1). Each answers whether `actor` may do
 * the action on a target owned by a partner organization (and location), or by a customer tenant.
 * Targets carry ownership only; loading them is the caller's job. Foreign targets are refused before
 * any role is considered, so nobody sees another party's data.
 */
export interface PartnerTarget {
  readonly organizationId: OrganizationId
  readonly locationId?: LocationId | undefined
}
/** The customer tenant an action is about. */
export interface TenantTarget {
  readonly tenantId: TenantId
}

// Where an action is open to every role of a kind ("any incentive role", "all vendor staff"), the
// policy names the whole list of that kind (identity/model.ts), so a role added there is covered.

const hasOrgRole = (
  actor: Actor,
  target: PartnerTarget,
  ...roles: ReadonlyArray<OrganizationRole>
): boolean =>
  actor.kind === "partner" &&
  actor.organizationId === target.organizationId &&
  roles.some((r) => actor.organizationRoles.has(r))

const hasLocationRole = (
  actor: Actor,
  target: PartnerTarget,
  ...roles: ReadonlyArray<LocationRole>
): boolean => {
  if (actor.kind !== "partner" || actor.organizationId !== target.organizationId) return false
  const check = (set: ReadonlySet<LocationRole> | undefined) =>
    set !== undefined && roles.some((r) => set.has(r))
  if (target.locationId !== undefined) return check(actor.locationRoles.get(target.locationId))
  for (const set of actor.locationRoles.values()) if (check(set)) return true
  return false
}

const isMember = (actor: Actor, target: PartnerTarget): boolean =>
  actor.kind === "partner" && actor.organizationId === target.organizationId

const isVendor = (actor: Actor, ...roles: ReadonlyArray<VendorRole>): boolean =>
  actor.kind === "vendor" && roles.some((r) => actor.vendorRoles.has(r))

const isTenantAdmin = (actor: Actor, target: TenantTarget): boolean =>
  actor.kind === "customer" && actor.tenantId === target.tenantId && actor.tenantAdmin

const viewClaims = (actor: Actor, target: PartnerTarget): boolean =>
  hasLocationRole(actor, target, ...LocationRole.literals) ||
  hasOrgRole(actor, target, ...OrganizationRole.literals) ||
  isVendor(actor, ...VendorRole.literals)

/**
 * Who may do what (SPEC §1): one function per action, `(actor, target) => boolean`. Lifecycle rows name these
 * actions in `allowedBy`.
 * @example
 * ```ts
 * import { policy } from "@openpor/domain"
 *
 * if (!policy.draftClaim(actor, { organizationId, locationId })) throw new Error("not allowed")
 * ```
 */
export const policy = {
  /** See the organization, its locations and users. */
  viewOrganization: (actor: Actor, target: PartnerTarget) =>
    isMember(actor, target) || isVendor(actor, ...VendorRole.literals),
  /** Invite users, assign and remove roles (Global and Account admin). */
  manageUsers: (actor: Actor, target: PartnerTarget) =>
    hasOrgRole(actor, target, "global_admin", "account_admin"),
  /** View programs, enrollments and earnings of a location. */
  viewEnrollments: (actor: Actor, target: PartnerTarget) =>
    hasLocationRole(actor, target, ...LocationRole.literals) ||
    hasOrgRole(actor, target, "global_admin", "account_admin") ||
    isVendor(actor, ...VendorRole.literals),
  /** Accept an enrollment invitation for a location (Incentives admin only). */
  enroll: (actor: Actor, target: PartnerTarget) => hasLocationRole(actor, target, "incentives_admin"),
  /** See bank and tax profiles (own Incentives admins; vendor operators and auditors). */
  viewBankAndTax: (actor: Actor, target: PartnerTarget) =>
    hasLocationRole(actor, target, "incentives_admin") || isVendor(actor, "operator", "auditor"),
  /** Create and edit bank and tax profiles (Incentives admin only). */
  editBankAndTax: (actor: Actor, target: PartnerTarget) => hasLocationRole(actor, target, "incentives_admin"),
  /** See claims and customer associations (incl. Billing admin for troubleshooting). */
  viewClaims: (actor: Actor, target: PartnerTarget) => viewClaims(actor, target),
  /** Initiate a draft claim (Incentives admin or user). */
  draftClaim: (actor: Actor, target: PartnerTarget) =>
    hasLocationRole(actor, target, ...LocationRole.literals),
  /** Submit, edit after submission, dispute, disassociate (Incentives admin). */
  submitClaim: (actor: Actor, target: PartnerTarget) => hasLocationRole(actor, target, "incentives_admin"),
  /** Comment on a claim: its partner's incentive people, or a reviewer. */
  commentOnClaim: (actor: Actor, target: PartnerTarget) =>
    hasLocationRole(actor, target, ...LocationRole.literals) || isVendor(actor, "reviewer"),
  /**
   * See proof-of-execution documents — the files and their metadata (names, sizes, hashes, links) in
   * every view: whoever sees the claim in the claiming organization (Billing admin included), and of
   * the vendor only reviewers and auditors (SPEC §1); operators see claims and cases without POE.
   */
  downloadProof: (actor: Actor, target: PartnerTarget) =>
    (actor.kind === "partner" && viewClaims(actor, target)) || isVendor(actor, "reviewer", "auditor"),
  /** Add, replace or remove the Digital Partner of Record on a tenant's subscription. */
  manageDpor: (actor: Actor, target: TenantTarget) => isTenantAdmin(actor, target),
  /** See and decline association requests on the tenant (a signed-link contact only for its claim). */
  declineAssociation: (actor: Actor, target: TenantTarget) =>
    isTenantAdmin(actor, target) || (actor.kind === "customer_contact" && actor.tenantId === target.tenantId),
  /** See the tenant's subscriptions, associations and attribution. */
  viewTenant: (actor: Actor, target: TenantTarget) =>
    (actor.kind === "customer" && actor.tenantId === target.tenantId) ||
    isVendor(actor, ...VendorRole.literals),
  /** Work the review queue: pick up, request info, approve, reject. */
  reviewClaims: (actor: Actor) => isVendor(actor, "reviewer"),
  /** Read the review queue (reviewers, and auditors who read everything). */
  readReviewQueue: (actor: Actor) => isVendor(actor, "reviewer", "auditor"),
  /** Resolve arbitration cases and disputes. */
  arbitrate: (actor: Actor) => isVendor(actor, "reviewer"),
  /** Read arbitration cases (vendor staff; the parties' POE only as downloadProof allows). */
  viewArbitrationCases: (actor: Actor) => isVendor(actor, ...VendorRole.literals),
  /** Program catalog, eligibility, invitations. */
  manageCatalog: (actor: Actor) => isVendor(actor, "operator"),
  /** Read locations' eligibility requirements and agreements (operators, and auditors who read everything). */
  readEligibility: (actor: Actor) => isVendor(actor, "operator", "auditor"),
  /** Import the customer directory. */
  manageDirectory: (actor: Actor) => isVendor(actor, "operator"),
  /** Manage the holiday calendar. */
  manageCalendar: (actor: Actor) => isVendor(actor, "operator"),
  /** Validate bank and tax profiles. */
  validateProfiles: (actor: Actor) => isVendor(actor, "operator"),
  /** Read the validation queue (operators, and auditors who read everything). */
  readValidationQueue: (actor: Actor) => isVendor(actor, "operator", "auditor"),
  /** Advance or set the test clock (non-production only). */
  controlClock: (actor: Actor) => isVendor(actor, "operator"),
  /** Read the test clock (vendor staff). */
  readClock: (actor: Actor) => isVendor(actor, ...VendorRole.literals),
  /** Send operational emails such as the SMTP test message. */
  operate: (actor: Actor) => isVendor(actor, "operator"),
  /** Read the audit log. */
  readAudit: (actor: Actor) => isVendor(actor, "auditor", "operator", "reviewer"),
  /** Read the customer directory. */
  readDirectory: (actor: Actor) => isVendor(actor, ...VendorRole.literals),
  /** Configure single sign-on (OpenID Connect identity providers) for organizations and tenants. */
  manageIdentityProviders: (actor: Actor) => isVendor(actor, "operator"),
  /** Read the identity providers (operators, and auditors who read everything). */
  readIdentityProviders: (actor: Actor) => isVendor(actor, "operator", "auditor"),
  /** Read every organization's claim imports and their reports (auditors, who read everything); partners see their own. */
  readAllClaimImports: (actor: Actor) => isVendor(actor, "auditor"),
  /** Manage the organization's webhook endpoints (its Global admins, SPEC §12). */
  manageWebhooks: (actor: Actor, target: PartnerTarget) => hasOrgRole(actor, target, "global_admin"),
  /** Manage the vendor-wide webhook endpoints (operators). */
  manageVendorWebhooks: (actor: Actor) => isVendor(actor, "operator"),
  /** Read the vendor-wide webhook endpoints and their deliveries (operators, and auditors who read everything). */
  readVendorWebhooks: (actor: Actor) => isVendor(actor, "operator", "auditor")
} as const

/** The name of a {@link policy} action. */
export type Action = keyof typeof policy
/** Every {@link policy} action, in declaration order. */
export const actions = Object.keys(policy) as ReadonlyArray<Action>
