import { Schema } from "effect"

/** Branded identifiers. Every ID is a string on the wire; the brand keeps them apart in code. */
const guid = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/

const IdString = Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(100))

/** The id of a partner organization (a branded string). */
export const OrganizationId = IdString.pipe(Schema.brand("OrganizationId"))
/** A partner organization's id (see the {@link OrganizationId} schema). */
export type OrganizationId = typeof OrganizationId.Type
/** The id of a partner organization's location (a branded string). */
export const LocationId = IdString.pipe(Schema.brand("LocationId"))
/** A location's id (see the {@link LocationId} schema). */
export type LocationId = typeof LocationId.Type
/** The id of a user (a branded string). */
export const UserId = IdString.pipe(Schema.brand("UserId"))
/** A user's id (see the {@link UserId} schema). */
export type UserId = typeof UserId.Type
/** The id of a session (a branded string). */
export const SessionId = IdString.pipe(Schema.brand("SessionId"))
/** A session's id (see the {@link SessionId} schema). */
export type SessionId = typeof SessionId.Type
/** The id of a background job (a branded string). */
export const JobId = IdString.pipe(Schema.brand("JobId"))
/** A job's id (see the {@link JobId} schema). */
export type JobId = typeof JobId.Type
/** The id of an outbox message (a branded string). */
export const OutboxId = IdString.pipe(Schema.brand("OutboxId"))
/** An outbox message's id (see the {@link OutboxId} schema). */
export type OutboxId = typeof OutboxId.Type
/** The id of an audit event (a branded string). */
export const AuditId = IdString.pipe(Schema.brand("AuditId"))
/** An audit event's id (see the {@link AuditId} schema). */
export type AuditId = typeof AuditId.Type
/** The id of an incentive program (a branded string). */
export const ProgramId = IdString.pipe(Schema.brand("ProgramId"))
/** A program's id (see the {@link ProgramId} schema). */
export type ProgramId = typeof ProgramId.Type
/** The id of a single sign-on identity provider (a branded string). */
export const IdentityProviderId = IdString.pipe(Schema.brand("IdentityProviderId"))
/** An identity provider's id (see the {@link IdentityProviderId} schema). */
export type IdentityProviderId = typeof IdentityProviderId.Type

/**
 * The PartnerID's form (7 digits in the default catalog), for checks outside a schema (e.g. CSV rows).
 * The `u` flag lets the OpenAPI document carry it as the fields' `pattern`.
 */
export const PARTNER_ID_PATTERN = /^[0-9]{7}$/u
/** The message of a malformed PartnerID. */
export const PARTNER_ID_MESSAGE = "a PartnerID has 7 digits"
/** PartnerID (MPN ID) of a location. The only definition: the API's fields and the apps derive from it. */
export const PartnerId = Schema.String.check(
  Schema.isPattern(PARTNER_ID_PATTERN, { message: PARTNER_ID_MESSAGE })
).pipe(Schema.brand("PartnerId"))
/** Whether a value is a well-formed PartnerID. */
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

/** Whether a string is a GUID (tenant and subscription ids). */
export const isGuid = (s: string): boolean => guid.test(s)

/** A new random identifier with a readable prefix, e.g. `job_3f2a…`. */
export const newId = <B>(prefix: string): B =>
  `${prefix}_${globalThis.crypto.randomUUID().replaceAll("-", "")}` as B
