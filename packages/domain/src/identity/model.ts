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
export const CustomerRole = Schema.Literals(["tenant_admin"])
export type CustomerRole = typeof CustomerRole.Type
export const VendorRole = Schema.Literals(["reviewer", "operator", "auditor"])
export type VendorRole = typeof VendorRole.Type
export const Role = Schema.Literals([
  ...PartnerUserRole.literals,
  ...CustomerRole.literals,
  ...VendorRole.literals
])
export type Role = typeof Role.Type

export const isOrganizationRole: (role: string) => role is OrganizationRole = Schema.is(OrganizationRole)
/** Incentives admin or user: a role given per location. */
export const isLocationRole: (role: string) => role is LocationRole = Schema.is(LocationRole)
export const isPartnerUserRole: (role: string) => role is PartnerUserRole = Schema.is(PartnerUserRole)
export const isCustomerRole: (role: string) => role is CustomerRole = Schema.is(CustomerRole)
export const isVendorRole: (role: string) => role is VendorRole = Schema.is(VendorRole)

export const UserKind = Schema.Literals(["partner", "customer", "vendor"])
export type UserKind = typeof UserKind.Type

export class Organization extends Schema.Class<Organization>("@openpor/domain/identity/Organization")({
  id: OrganizationId,
  name: Schema.String
}) {}

export class Location extends Schema.Class<Location>("@openpor/domain/identity/Location")({
  id: LocationId,
  organizationId: OrganizationId,
  partnerId: PartnerId,
  name: Schema.String,
  city: Schema.String,
  country: Schema.String
}) {}

export class User extends Schema.Class<User>("@openpor/domain/identity/User")({
  id: UserId,
  email: Schema.String,
  displayName: Schema.String,
  kind: UserKind,
  organizationId: Schema.NullOr(OrganizationId),
  tenantId: Schema.NullOr(TenantId),
  active: Schema.Boolean
}) {}

export class RoleAssignment extends Schema.Class<RoleAssignment>("@openpor/domain/identity/RoleAssignment")({
  userId: UserId,
  role: Role,
  /** Set for location roles (Incentives admin/user); null for organization, customer and vendor roles. */
  locationId: Schema.NullOr(LocationId)
}) {}

/** Normalised email used for look-ups and uniqueness. */
export const normaliseEmail = (email: string): string => email.trim().toLowerCase()
