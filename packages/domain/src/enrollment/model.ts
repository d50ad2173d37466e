import { Schema } from "effect"
import { ArbitrationPolicy, Channel, PartnerRole, SolutionArea } from "../catalog/catalog.ts"
import { LocationId, OrganizationId, ProgramId } from "../ids.ts"

/** A program's status: `active` or `discontinued`. */
export const ProgramStatus = Schema.Literals(["active", "discontinued"])
/** A program status (see the {@link ProgramStatus} schema). */
export type ProgramStatus = typeof ProgramStatus.Type

/** A requirement of a program that an enrolling location must meet. */
export class Requirement extends Schema.Class<Requirement>("@openpor/domain/enrollment/Requirement")({
  id: Schema.String,
  programId: ProgramId,
  name: Schema.String
}) {}

/** A statement a partner confirms when submitting a claim in the program (SPEC §5). */
export const Acknowledgement = Schema.Struct({ id: Schema.String, text: Schema.String })
export type Acknowledgement = typeof Acknowledgement.Type

/**
 * An incentive program: its solution area, partner roles, status, arbitration policy, allowed channels,
 * requirements and the statements partners acknowledge.
 */
export class Program extends Schema.Class<Program>("@openpor/domain/enrollment/Program")({
  id: ProgramId,
  name: Schema.String,
  solutionArea: SolutionArea,
  partnerRoles: Schema.Array(PartnerRole),
  /** Open programs have no eligibility criteria: every location is invited, without an email. */
  open: Schema.Boolean,
  incentivized: Schema.Boolean,
  status: ProgramStatus,
  arbitrationPolicy: ArbitrationPolicy,
  allowedChannels: Schema.Array(Channel),
  requirements: Schema.Array(Requirement),
  /** The program guide (a vendor web page), shown to partners in the overview's Resources column. */
  guideUrl: Schema.NullOr(Schema.String),
  /** The statements a partner confirms at submission (SPEC §5), in the order they are shown. */
  acknowledgements: Schema.Array(Acknowledgement)
}) {}

/** SPEC §3 enrollment states; `enrolling` is a view for users who are not Incentives admin. */
export const EnrollmentState = Schema.Literals([
  "invited",
  "action_required",
  "validating",
  "enrolled",
  "inactive",
  "discontinued"
])
export type EnrollmentState = typeof EnrollmentState.Type
/** The state of an enrollment as the apps show it. */
export const EnrollmentViewState = Schema.Literals([
  "invited",
  "action_required",
  "validating",
  "enrolled",
  "inactive",
  "discontinued",
  "enrolling"
])
/** An enrollment's shown state (see the {@link EnrollmentViewState} schema). */
export type EnrollmentViewState = typeof EnrollmentViewState.Type

/** What keeps an enrollment from validation, shown to the Incentives admin. */
export const MissingItem = Schema.Literals([
  "bank_profile",
  "bank_profile_choice",
  "bank_profile_returned",
  "tax_profile",
  "tax_profile_choice",
  "tax_profile_returned"
])
export type MissingItem = typeof MissingItem.Type

/**
 * A location's enrollment in a program for one fiscal year: its state, chosen bank and tax profiles, what is
 * missing, its dates and version.
 */
export class Enrollment extends Schema.Class<Enrollment>("@openpor/domain/enrollment/Enrollment")({
  id: Schema.String,
  locationId: LocationId,
  programId: ProgramId,
  state: EnrollmentState,
  /** Fiscal year the enrollment is for, e.g. FY27; it expires at that year's end. */
  fiscalYear: Schema.String,
  bankProfileId: Schema.NullOr(Schema.String),
  taxProfileId: Schema.NullOr(Schema.String),
  missing: Schema.Array(MissingItem),
  /** Reason given by the operator when validation returned it, or by the system (e.g. not renewed). */
  reason: Schema.NullOr(Schema.String),
  invitedAt: Schema.Date,
  submittedAt: Schema.NullOr(Schema.Date),
  enrolledAt: Schema.NullOr(Schema.Date),
  updatedAt: Schema.Date,
  version: Schema.Number
}) {}

/** A bank or tax profile's validation state. */
export const ProfileState = Schema.Literals(["pending_validation", "approved", "action_required"])
/** A profile state (see the {@link ProfileState} schema). */
export type ProfileState = typeof ProfileState.Type

/** An ISO 4217 currency code such as `EUR`. */
export const Currency = Schema.String.check(
  Schema.isPattern(/^[A-Z]{3}$/, { message: "a currency is an ISO 4217 code such as EUR" })
)
/** An ISO 3166-1 alpha-2 country code such as `DE`. */
export const CountryCode = Schema.String.check(
  Schema.isPattern(/^[A-Z]{2}$/, { message: "a country is an ISO 3166-1 alpha-2 code such as DE" })
)

/** Bank profile of a partner organization (company level). Never deleted. */
export class BankProfile extends Schema.Class<BankProfile>("@openpor/domain/enrollment/BankProfile")({
  id: Schema.String,
  organizationId: OrganizationId,
  label: Schema.String,
  accountHolder: Schema.String,
  iban: Schema.String,
  bic: Schema.String,
  bankName: Schema.String,
  country: CountryCode,
  currency: Currency,
  state: ProfileState,
  stateReason: Schema.NullOr(Schema.String),
  createdAt: Schema.Date,
  updatedAt: Schema.Date,
  version: Schema.Number
}) {}

/** Tax profile of a partner organization. Never deleted. */
export class TaxProfile extends Schema.Class<TaxProfile>("@openpor/domain/enrollment/TaxProfile")({
  id: Schema.String,
  organizationId: OrganizationId,
  legalName: Schema.String,
  country: CountryCode,
  taxId: Schema.String,
  address: Schema.String,
  state: ProfileState,
  stateReason: Schema.NullOr(Schema.String),
  createdAt: Schema.Date,
  updatedAt: Schema.Date,
  version: Schema.Number
}) {}

/** A requirement's met/unmet state for one location. */
export class RequirementStatus extends Schema.Class<RequirementStatus>(
  "@openpor/domain/enrollment/RequirementStatus"
)({
  locationId: LocationId,
  requirementId: Schema.String,
  met: Schema.Boolean,
  updatedAt: Schema.Date
}) {}

/** Masks all but the last four characters of an account number. */
export const maskIban = (iban: string): string => {
  const compact = iban.replace(/\s+/g, "")
  return compact.length <= 4 ? compact : `${"•".repeat(Math.min(8, compact.length - 4))}${compact.slice(-4)}`
}

/** The target for validation: 48 hours after submission (SPEC §3). */
export const VALIDATION_TARGET_MILLIS = 48 * 3_600_000
