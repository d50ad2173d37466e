import { Schema } from "effect"
import { ArbitrationPolicy, Channel, PartnerRole, SolutionArea } from "../catalog/catalog.ts"
import {
  type BankProfile,
  EnrollmentViewState,
  MissingItem,
  maskIban,
  ProfileState,
  type Program,
  ProgramStatus,
  type TaxProfile
} from "../enrollment/model.ts"

/**
 * The enrollment capability's views, defined once: the domain builds them (timestamps as Dates), the
 * API uses the same schemas as its responses (encoding Dates as ISO strings), and the OpenAPI document
 * and the generated client come from them.
 */

const Timestamp = Schema.DateFromString

/** An incentive program as the API shows it: name, solution area, partner roles, status, requirements and statements. */
export const ProgramView = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  solutionArea: SolutionArea,
  partnerRoles: Schema.Array(PartnerRole),
  open: Schema.Boolean,
  incentivized: Schema.Boolean,
  status: ProgramStatus,
  arbitrationPolicy: ArbitrationPolicy,
  allowedChannels: Schema.Array(Channel),
  requirements: Schema.Array(Schema.Struct({ id: Schema.String, name: Schema.String })),
  /**
   * The program guide: the operator's (a vendor web page), else the partner portal's page about the
   * program; null only where no public address is known.
   */
  guideUrl: Schema.NullOr(Schema.String),
  /** The statements a partner confirms when submitting a claim in the program (SPEC §5). */
  acknowledgements: Schema.Array(Schema.Struct({ id: Schema.String, text: Schema.String }))
})
/** A program's view (see the {@link ProgramView} schema). */
export type ProgramView = typeof ProgramView.Type

/**
 * The page the partner portal serves about a program (its name, roles and requirements): the program's
 * guide until an operator sets one (SPEC §3).
 */
export const defaultGuideUrl = (publicUrl: string, programId: string): string =>
  `${publicUrl}/partner/programs/${encodeURIComponent(programId)}`

/** The program as the API answers it; with `publicUrl`, a program without a guide links its portal page. */
export const programView = (p: Program, publicUrl?: string): ProgramView => ({
  id: p.id,
  name: p.name,
  solutionArea: p.solutionArea,
  partnerRoles: [...p.partnerRoles],
  open: p.open,
  incentivized: p.incentivized,
  status: p.status,
  arbitrationPolicy: p.arbitrationPolicy,
  allowedChannels: [...p.allowedChannels],
  requirements: p.requirements.map((r) => ({ id: r.id, name: r.name })),
  guideUrl: p.guideUrl ?? (publicUrl === undefined ? null : defaultGuideUrl(publicUrl, p.id)),
  acknowledgements: p.acknowledgements.map((a) => ({ id: a.id, text: a.text }))
})

/** A bank or tax profile as an enrollment names it: its id, label and validation state. */
export const ProfileSummary = Schema.Struct({
  id: Schema.String,
  label: Schema.String,
  state: ProfileState,
  stateReason: Schema.NullOr(Schema.String)
})
/** A profile summary (see the {@link ProfileSummary} schema). */
export type ProfileSummary = typeof ProfileSummary.Type

/** What blocks an enrollment (SPEC §3, seed 003). */
export const EnrollmentBlockedReason = Schema.Literals(["no_incentives_admin"])
export type EnrollmentBlockedReason = typeof EnrollmentBlockedReason.Type

/**
 * A location's enrollment in a program as the API shows it: program, state, the profiles it uses, what is
 * missing and the actions the user is offered.
 */
export const EnrollmentView = Schema.Struct({
  id: Schema.String,
  program: Schema.Struct({
    id: Schema.String,
    name: Schema.String,
    open: Schema.Boolean,
    status: ProgramStatus
  }),
  location: Schema.Struct({ id: Schema.String, partnerId: Schema.String, name: Schema.String }),
  /** The state as this viewer sees it (`enrolling` for users who are not Incentives admin). */
  state: EnrollmentViewState.annotate({
    description:
      "invited, action_required, validating, enrolled, inactive, discontinued — or enrolling for users who are not Incentives admin"
  }),
  fiscalYear: Schema.String,
  /** Last day of the fiscal year (YYYY-MM-DD): the enrollment expires at its end unless renewed. */
  expiresOn: Schema.String,
  missing: Schema.Array(MissingItem),
  reason: Schema.NullOr(Schema.String),
  requirements: Schema.Array(Schema.Struct({ id: Schema.String, name: Schema.String, met: Schema.Boolean })),
  unmetRequirements: Schema.Array(Schema.Struct({ id: Schema.String, name: Schema.String })),
  bankProfile: Schema.NullOr(ProfileSummary),
  taxProfile: Schema.NullOr(ProfileSummary),
  validation: Schema.NullOr(
    Schema.Struct({ submittedAt: Timestamp, dueAt: Timestamp, overdue: Schema.Boolean })
  ),
  /** Why the enrollment cannot go on now (SPEC §3): the location has no Incentives admin to enroll it. */
  blockedReason: Schema.NullOr(EnrollmentBlockedReason).annotate({
    description:
      "no_incentives_admin: only an Incentives admin enrolls and the location has none — a Global or Account admin assigns one (who then receives the invitation); null when nothing blocks it"
  }),
  /** What the viewer can do now (derived from the enrollment lifecycle). */
  actions: Schema.Array(Schema.Literal("accept")),
  invitedAt: Timestamp,
  enrolledAt: Schema.NullOr(Timestamp),
  version: Schema.Number
})
/** An enrollment's view (see the {@link EnrollmentView} schema). */
export type EnrollmentView = typeof EnrollmentView.Type

/** What every bank and tax profile view ends with: its validation status and history. */
const profileStatusFields = {
  state: ProfileState,
  stateReason: Schema.NullOr(Schema.String),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: Schema.Number
}
/** A bank profile as the API shows it, the account number masked, with its validation status and history. */
export const BankProfileView = Schema.Struct({
  id: Schema.String,
  organizationId: Schema.String,
  label: Schema.String,
  accountHolder: Schema.String,
  /** The account number with all but its last four characters masked. */
  ibanMasked: Schema.String,
  bic: Schema.String,
  bankName: Schema.String,
  country: Schema.String,
  currency: Schema.String,
  ...profileStatusFields
})
/** A bank profile's view (see the {@link BankProfileView} schema). */
export type BankProfileView = typeof BankProfileView.Type

/** The profile as its view: every field but the account number, which is masked. */
export const bankProfileView = ({ iban, ...profile }: BankProfile): BankProfileView => ({
  ...profile,
  ibanMasked: maskIban(iban)
})

/** A tax profile as the API shows it, with its validation status and history. */
export const TaxProfileView = Schema.Struct({
  id: Schema.String,
  organizationId: Schema.String,
  legalName: Schema.String,
  country: Schema.String,
  taxId: Schema.String,
  address: Schema.String,
  ...profileStatusFields
})
/** A tax profile's view (see the {@link TaxProfileView} schema). */
export type TaxProfileView = typeof TaxProfileView.Type

/** A tax profile's view shows all of it. */
export const taxProfileView = (profile: TaxProfile): TaxProfileView => ({ ...profile })

/** The location's default bank profile per currency and its default tax profile. */
export const PayoutDefaultsView = Schema.Struct({
  bankProfiles: Schema.Array(Schema.Struct({ currency: Schema.String, bankProfileId: Schema.String })),
  taxProfileId: Schema.NullOr(Schema.String)
})
export type PayoutDefaultsView = typeof PayoutDefaultsView.Type
