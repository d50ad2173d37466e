import { Schema } from "effect"

/** Branded identifiers. Every ID is a string on the wire; the brand keeps them apart in code. */
const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

const IdString = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100))

export const OrganizationId = IdString.pipe(Schema.brand("OrganizationId"))
export type OrganizationId = typeof OrganizationId.Type
export const LocationId = IdString.pipe(Schema.brand("LocationId"))
export type LocationId = typeof LocationId.Type
export const UserId = IdString.pipe(Schema.brand("UserId"))
export type UserId = typeof UserId.Type
export const SessionId = IdString.pipe(Schema.brand("SessionId"))
export type SessionId = typeof SessionId.Type
export const JobId = IdString.pipe(Schema.brand("JobId"))
export type JobId = typeof JobId.Type
export const OutboxId = IdString.pipe(Schema.brand("OutboxId"))
export type OutboxId = typeof OutboxId.Type
export const AuditId = IdString.pipe(Schema.brand("AuditId"))
export type AuditId = typeof AuditId.Type
export const ProgramId = IdString.pipe(Schema.brand("ProgramId"))
export type ProgramId = typeof ProgramId.Type
export const IdentityProviderId = IdString.pipe(Schema.brand("IdentityProviderId"))
export type IdentityProviderId = typeof IdentityProviderId.Type

/**
 * The PartnerID's form (7 digits in the default catalog), for checks outside a schema (e.g. CSV rows).
 * The `u` flag lets the OpenAPI document carry it as the fields' `pattern`.
 */
export const PARTNER_ID_PATTERN = /^[0-9]{7}$/u
export const PARTNER_ID_MESSAGE = "a PartnerID has 7 digits"
/** PartnerID (MPN ID) of a location. The only definition: the API's fields and the apps derive from it. */
export const PartnerId = Schema.String.check(
  Schema.isPattern(PARTNER_ID_PATTERN, { message: PARTNER_ID_MESSAGE })
).pipe(Schema.brand("PartnerId"))
export const isPartnerId: (value: unknown) => value is PartnerId = Schema.is(PartnerId)
export type PartnerId = typeof PartnerId.Type

/** Customer tenant ID (GUID). */
export const TenantId = Schema.String.check(
  Schema.isPattern(guid, { message: "a tenant ID is a GUID" })
).pipe(Schema.brand("TenantId"))
export type TenantId = typeof TenantId.Type

/** Subscription ID (GUID). */
export const SubscriptionId = Schema.String.check(
  Schema.isPattern(guid, { message: "a subscription ID is a GUID" })
).pipe(Schema.brand("SubscriptionId"))
export type SubscriptionId = typeof SubscriptionId.Type

export const isGuid = (s: string): boolean => guid.test(s)

/** A new random identifier with a readable prefix, e.g. `job_3f2a…`. */
export const newId = <B>(prefix: string): B =>
  `${prefix}_${globalThis.crypto.randomUUID().replaceAll("-", "")}` as B
