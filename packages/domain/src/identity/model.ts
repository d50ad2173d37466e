import { Schema } from "effect"
import { LocationId, OrganizationId, PartnerId, TenantId, UserId } from "../ids.ts"

/**
 * Roles of SPEC §1, each list defined once here; every other list of roles (the API's enums, the
 * generated client, the apps' role names and labels, the authorization policy) derives from these.
 * Partner roles are per organization or per location; customer and vendor roles per party.
 */
export const OrganizationRole = Schema.Literals(["global_admin", "account_admin", "billing_admin"])
export type OrganizationRole = typeof OrganizationRole.Type
/** The incentive roles, given per location (Incentives admin and user). */
export const LocationRole = Schema.Literals(["incentives_admin", "incentives_user"])
export type LocationRole = typeof LocationRole.Type
/** The roles a partner organization gives its users (organization roles, then location roles). */
export const PartnerUserRole = Schema.Literals([...OrganizationRole.literals, ...LocationRole.literals])
export type PartnerUserRole = typeof PartnerUserRole.Type
/** The roles of a customer tenant's users. */
export const CustomerRole = Schema.Literals(["tenant_admin"])
/** A customer role (see the {@link CustomerRole} schema). */
export type CustomerRole = typeof CustomerRole.Type
/** The roles of the vendor's staff: reviewer, operator, auditor. */
export const VendorRole = Schema.Literals(["reviewer", "operator", "auditor"])
/** A vendor role (see the {@link VendorRole} schema). */
export type VendorRole = typeof VendorRole.Type
/** Every user role: partner, customer and vendor roles (SPEC §1). */
export const Role = Schema.Literals([
  ...PartnerUserRole.literals,
  ...CustomerRole.literals,
  ...VendorRole.literals
])
/** A role (see the {@link Role} schema). */
export type Role = typeof Role.Type

/** Whether a role is given for a whole partner organization (not per location). */
export const isOrganizationRole: (role: string) => role is OrganizationRole = Schema.is(OrganizationRole)
/** Incentives admin or user: a role given per location. */
export const isLocationRole: (role: string) => role is LocationRole = Schema.is(LocationRole)
/** Whether a role is a partner user's role. */
export const isPartnerUserRole: (role: string) => role is PartnerUserRole = Schema.is(PartnerUserRole)
/** Whether a role is a customer's role. */
export const isCustomerRole: (role: string) => role is CustomerRole = Schema.is(CustomerRole)
/** Whether a role is a vendor staff role. */
export const isVendorRole: (role: string) => role is VendorRole = Schema.is(VendorRole)

/** Whom a user belongs to: a partner organization, a customer tenant or the vendor. */
export const UserKind = Schema.Literals(["partner", "customer", "vendor"])
/** A user kind (see the {@link UserKind} schema). */
export type UserKind = typeof UserKind.Type

/** A partner organization. */
export class Organization extends Schema.Class<Organization>("@openpor/domain/identity/Organization")({
  id: OrganizationId,
  name: Schema.String
}) {}

/** A location of a partner organization, with its PartnerID; enrollments and claims belong to locations. */
export class Location extends Schema.Class<Location>("@openpor/domain/identity/Location")({
  id: LocationId,
  organizationId: OrganizationId,
  partnerId: PartnerId,
  name: Schema.String,
  city: Schema.String,
  country: Schema.String
}) {}

/** A user: its email, display name, kind, organization or tenant, and whether it is active. */
export class User extends Schema.Class<User>("@openpor/domain/identity/User")({
  id: UserId,
  email: Schema.String,
  displayName: Schema.String,
  kind: UserKind,
  organizationId: Schema.NullOr(OrganizationId),
  tenantId: Schema.NullOr(TenantId),
  active: Schema.Boolean
}) {}

/** A role given to a user, for one location or for the whole organization, tenant or vendor. */
export class RoleAssignment extends Schema.Class<RoleAssignment>("@openpor/domain/identity/RoleAssignment")({
  userId: UserId,
  role: Role,
  /** Set for location roles (Incentives admin/user); null for organization, customer and vendor roles. */
  locationId: Schema.NullOr(LocationId)
}) {}

/** Normalised email used for look-ups and uniqueness. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase()
