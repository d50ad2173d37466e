import { Schema } from "effect"
import { PartnerRole, SolutionArea } from "../catalog/catalog.ts"
import { Acknowledgement } from "../enrollment/model.ts"
import { LocationId, OrganizationId, PartnerId, ProgramId, TenantId, UserId } from "../ids.ts"
import { Language } from "../preferences/language.ts"

/** SPEC appendix A: claim statuses, consent states, rejection reasons. */
export const ClaimStatus = Schema.Literals([
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
export type ClaimStatus = typeof ClaimStatus.Type

/**
 * The customer's consent to a submitted claim: awaiting a response, accepted, declined, or lapsed (the window
 * ended without an answer).
 */
export const ConsentStatus = Schema.Literals(["awaiting_response", "accepted", "declined", "lapsed"])
/** A consent status (see the {@link ConsentStatus} schema). */
export type ConsentStatus = typeof ConsentStatus.Type

/** Why a claim was rejected (appendix A); reviewers pick from `ReviewerRejectionReason`. */
export const RejectionReason = Schema.Literals([
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
/** A rejection reason (see the {@link RejectionReason} schema). */
export type RejectionReason = typeof RejectionReason.Type

/** Reasons a reviewer may pick (the others are set by the system or the customer). */
export const ReviewerRejectionReason = RejectionReason.pick([
  "insufficient_poe",
  "missing_customer_consent_on_poe",
  "missing_products",
  "poe_unavailable",
  "other"
])
export type ReviewerRejectionReason = typeof ReviewerRejectionReason.Type

/** An email address (at most 320 characters, `name@domain.tld`). */
export const Email = Schema.String.check(
  Schema.isMaxLength(320),
  Schema.isPattern(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { message: "an email address such as name@example.com" })
)

/** The customer's contact on a claim: name, title and email (the consent request goes there). */
export const CustomerContact = Schema.Struct({
  name: Schema.String.check(Schema.isMaxLength(200)),
  title: Schema.String.check(Schema.isMaxLength(200)),
  email: Email,
  /** The language of the emails to the contact and of the page their link opens (SPEC §8); absent: English. */
  language: Schema.optionalKey(Language)
})
/** The partner's contact on a claim: name and email. */
export const PartnerContact = Schema.Struct({
  name: Schema.String.check(Schema.isMaxLength(200)),
  email: Email
})
/** What an influenced-revenue claim names: the solution seller, the customer and the ISV product. */
export const RevenueDetails = Schema.Struct({
  solutionSellerName: Schema.String.check(Schema.isMaxLength(200)),
  customerName: Schema.String.check(Schema.isMaxLength(200)),
  isvProductName: Schema.String.check(Schema.isMaxLength(200))
})

/** A claim's customer consent: its status, when the customer was notified, when the window ends and when they answered. */
export class Consent extends Schema.Class<Consent>("@openpor/domain/claims/Consent")({
  status: Schema.NullOr(ConsentStatus),
  notifiedAt: Schema.NullOr(Schema.Date),
  windowEndsAt: Schema.NullOr(Schema.Date),
  respondedAt: Schema.NullOr(Schema.Date)
}) {}

/**
 * A Claiming Partner of Record claim as stored: partner, customer, targets, status and its deadlines,
 * consent, decision and version (optimistic concurrency).
 */
export class Claim extends Schema.Class<Claim>("@openpor/domain/claims/Claim")({
  id: Schema.String,
  name: Schema.String,
  organizationId: OrganizationId,
  locationId: LocationId,
  partnerId: PartnerId,
  tenantId: Schema.String,
  customerDomain: Schema.String,
  solutionArea: SolutionArea,
  partnerRole: PartnerRole,
  programId: ProgramId,
  /** Modern Work and Security: workloads of the tenant. */
  workloads: Schema.Array(Schema.String),
  /** Business Applications: subscription IDs. */
  subscriptionIds: Schema.Array(Schema.String),
  optOutOfIncentives: Schema.Boolean,
  customerContact: Schema.NullOr(CustomerContact),
  partnerContact: Schema.NullOr(PartnerContact),
  revenue: Schema.NullOr(RevenueDetails),
  status: ClaimStatus,
  version: Schema.Number,
  rejectionReason: Schema.NullOr(RejectionReason),
  rejectionText: Schema.NullOr(Schema.String),
  competing: Schema.Boolean,
  caseId: Schema.NullOr(Schema.String),
  consent: Consent,
  acknowledgedAt: Schema.NullOr(Schema.Date),
  submittedAt: Schema.NullOr(Schema.Date),
  reviewStartedAt: Schema.NullOr(Schema.Date),
  assignedReviewerId: Schema.NullOr(UserId),
  partnerActionDueAt: Schema.NullOr(Schema.Date),
  decidedAt: Schema.NullOr(Schema.Date),
  rejectedAt: Schema.NullOr(Schema.Date),
  disputeUsed: Schema.Boolean,
  disputedAt: Schema.NullOr(Schema.Date),
  approvedAt: Schema.NullOr(Schema.Date),
  /** When the association became official (approved and the consent window passed undeclined). */
  officialAt: Schema.NullOr(Schema.Date),
  endedAt: Schema.NullOr(Schema.Date),
  createdBy: UserId,
  createdAt: Schema.Date,
  updatedAt: Schema.Date,
  /** The next SLA deadline while the claim is open (review start, partner response, dispute answer). */
  queueDeadlineAt: Schema.NullOr(Schema.Date),
  /** The statements (ids and texts) the partner confirmed at its latest submission (SPEC §5). */
  acknowledgements: Schema.Array(Acknowledgement),
  /** Since when a reviewer's comment or a system notice waits for the partner's answer (SPEC §6). */
  awaitingPartnerSince: Schema.NullOr(Schema.Date),
  /** When the partner answered it in the comments: the review queue shows the claim as answered. */
  partnerAnsweredAt: Schema.NullOr(Schema.Date)
}) {}

/** One thing a claim associates: a tenant's workload (Modern Work) or a subscription (Business Applications). */
export const targetKeys = (
  claim: Pick<Claim, "tenantId" | "workloads" | "subscriptionIds" | "solutionArea">
) =>
  claim.solutionArea === "modern_work_security"
    ? claim.workloads.map((w) => `workload:${claim.tenantId.toLowerCase()}:${w}`)
    : claim.subscriptionIds.map((s) => `subscription:${s.toLowerCase()}`)

/**
 * The association between a claim and one target (a subscription or a customer's workload); at most one is
 * active per target, and it becomes official when the consent window passes.
 */
export class Association extends Schema.Class<Association>("@openpor/domain/claims/Association")({
  id: Schema.String,
  claimId: Schema.String,
  targetKey: Schema.String,
  organizationId: OrganizationId,
  locationId: LocationId,
  partnerId: PartnerId,
  tenantId: TenantId,
  /** pending: approved in arbitration, waiting to take over from the current holder when official. */
  status: Schema.Literals(["pending", "active", "ended"]),
  startedAt: Schema.Date,
  officialAt: Schema.NullOr(Schema.Date),
  endedAt: Schema.NullOr(Schema.Date),
  endReason: Schema.NullOr(Schema.String)
}) {}

/** A proof-of-execution document attached to a claim (the file itself is in the {@link BlobStore}). */
export class Poe extends Schema.Class<Poe>("@openpor/domain/claims/Poe")({
  id: Schema.String,
  claimId: Schema.String,
  fileName: Schema.String,
  mediaType: Schema.String,
  size: Schema.Number,
  sha256: Schema.String,
  blobKey: Schema.String,
  uploadedBy: UserId,
  uploadedAt: Schema.Date
}) {}

/** A comment on a claim by the partner, the vendor, the customer or the system. */
export class ClaimComment extends Schema.Class<ClaimComment>("@openpor/domain/claims/ClaimComment")({
  id: Schema.String,
  claimId: Schema.String,
  authorType: Schema.Literals(["partner", "vendor", "customer", "system"]),
  authorId: Schema.String,
  authorName: Schema.String,
  body: Schema.String,
  createdAt: Schema.Date
}) {}

/** The notices the system posts in a claim's comments (authorType "system", authorId the notice). */
export const SystemNotice = Schema.Literals(["arbitration"])
export type SystemNotice = typeof SystemNotice.Type

/** The notice a system comment carries (null for any other comment). */
export const noticeOf = (c: Pick<ClaimComment, "authorType" | "authorId">): SystemNotice | null =>
  c.authorType === "system" && (SystemNotice.literals as ReadonlyArray<string>).includes(c.authorId)
    ? (c.authorId as SystemNotice)
    : null

/** Open claims compete for their targets (SPEC §6), are in the review queue, and lose an arbitration. */
export const OpenClaimStatus = ClaimStatus.pick([
  "submitted",
  "under_review",
  "partner_action_required",
  "disputed"
])
export type OpenClaimStatus = typeof OpenClaimStatus.Type
/** The statuses in which a claim is still open (not final, not ended). */
export const OPEN_STATUSES: ReadonlyArray<ClaimStatus> = OpenClaimStatus.literals
/** Whether a claim status is open (one of {@link OPEN_STATUSES}). */
export const isOpenClaimStatus = (status: ClaimStatus): status is OpenClaimStatus =>
  OPEN_STATUSES.includes(status)

/** Deadlines in business days / days (configurable; SPEC §5). */
export interface ClaimSettings {
  readonly consentWindowBusinessDays: number
  readonly reviewStartBusinessDays: number
  readonly partnerResponseBusinessDays: number
  readonly disputeWindowDays: number
  readonly disputeAnswerBusinessDays: number
}
/**
 * The product's default deadlines (SPEC §5): a 5-business-day consent window, 5 business days to start
 * a review, 14 for the partner's response, 30 days to dispute and 5 business days to answer a dispute.
 */
export const defaultClaimSettings: ClaimSettings = {
  consentWindowBusinessDays: 5,
  reviewStartBusinessDays: 5,
  partnerResponseBusinessDays: 14,
  disputeWindowDays: 30,
  disputeAnswerBusinessDays: 5
}
