import { Schema } from "effect"
import { ArbitrationPolicy, PartnerRole, SolutionArea } from "../catalog/catalog.ts"
import { ClaimComment, ClaimStatus, ConsentStatus, RejectionReason, SystemNotice } from "../claims/model.ts"
import { Language } from "../preferences/language.ts"

/**
 * The claims capability's views, defined once: the domain builds them (timestamps as Dates), the API
 * uses the same schemas as its responses (encoding Dates as ISO strings), and the OpenAPI document and
 * the generated client come from them.
 */

const Timestamp = Schema.DateFromString
const NullableTimestamp = Schema.NullOr(Timestamp)
const Nullable = Schema.NullOr(Schema.String)
const DaysLeft = Schema.NullOr(Schema.Int)

/** The actions a claim view offers (the apps' buttons). */
export const ClaimViewAction = Schema.Literals([
  "edit",
  "attach_poe",
  "submit",
  "dispute",
  "disassociate",
  "approve",
  "reject",
  "request_info",
  "comment"
])
export type ClaimViewAction = typeof ClaimViewAction.Type

/** The customer contact, with the language their emails are written in (SPEC §8; English unless chosen). */
const ContactView = Schema.Struct({
  name: Schema.String,
  title: Schema.String,
  email: Schema.String,
  language: Language
})
const PartnerContactView = Schema.Struct({ name: Schema.String, email: Schema.String })

const PoeView = Schema.Struct({
  id: Schema.String,
  fileName: Schema.String,
  mediaType: Schema.String,
  size: Schema.Number,
  sha256: Schema.String,
  uploadedAt: Timestamp
})

/** A comment as the API shows it. */
export const CommentView = Schema.Struct({
  id: Schema.String,
  authorType: ClaimComment.fields.authorType,
  authorName: Schema.String,
  body: Schema.String,
  createdAt: Timestamp,
  notice: Schema.NullOr(SystemNotice).annotate({
    description:
      "A system notice (authorType system): arbitration — the claim joined an arbitration case (the other party is never named); null for any other comment"
  })
})
/** A comment as the API shows it (see the {@link CommentView} schema). */
export type CommentView = typeof CommentView.Type

/** A statement confirmed at submission (SPEC §5). */
export const AcknowledgementView = Schema.Struct({ id: Schema.String, text: Schema.String })
export type AcknowledgementView = typeof AcknowledgementView.Type

/** One entry of a claim's history (who did what, when) as the API shows it. */
export const HistoryEntryView = Schema.Struct({
  at: Timestamp,
  action: Schema.String,
  actorType: Schema.String,
  from: Nullable,
  to: Nullable,
  acknowledgements: Schema.optionalKey(Schema.Array(AcknowledgementView)).annotate({
    description: "The statements the partner confirmed with this change (a submission)"
  })
})
/** A history entry (see the {@link HistoryEntryView} schema). */
export type HistoryEntryView = typeof HistoryEntryView.Type

/** The fields of a claim in lists (the claim page adds its newest comments and history). */
const claimSummaryFields = {
  id: Schema.String,
  name: Schema.String,
  status: ClaimStatus,
  version: Schema.Number,
  partnerId: Schema.String,
  locationId: Schema.String,
  organizationId: Schema.String,
  tenantId: Schema.String,
  customerDomain: Schema.String,
  solutionArea: SolutionArea,
  partnerRole: PartnerRole,
  programId: Schema.String,
  workloads: Schema.Array(Schema.String),
  subscriptionIds: Schema.Array(Schema.String),
  optOutOfIncentives: Schema.Boolean,
  incentiveEligible: Schema.Boolean,
  customerContact: Schema.NullOr(ContactView),
  partnerContact: Schema.NullOr(PartnerContactView),
  revenue: Schema.NullOr(
    Schema.Struct({
      solutionSellerName: Schema.String,
      customerName: Schema.String,
      isvProductName: Schema.String
    })
  ),
  rejectionReason: Schema.NullOr(RejectionReason),
  rejectionText: Nullable,
  competing: Schema.Boolean,
  caseId: Nullable,
  arbitration: Schema.NullOr(
    Schema.Struct({
      stage: Schema.Literals(["under_review", "information_requested", "resolved"]),
      deadline: NullableTimestamp,
      explanation: Schema.String
    })
  ).annotate({
    description:
      "For a competing claim: that it is in arbitration, the stage and the deadline — never the other parties"
  }),
  consent: Schema.Struct({
    status: Schema.NullOr(ConsentStatus),
    notifiedAt: NullableTimestamp,
    windowEndsAt: NullableTimestamp,
    respondedAt: NullableTimestamp
  }),
  deadlines: Schema.Struct({
    reviewStartBy: NullableTimestamp,
    partnerResponseBy: NullableTimestamp,
    consentWindowEndsAt: NullableTimestamp,
    disputeBy: NullableTimestamp,
    disputeAnswerBy: NullableTimestamp
  }),
  businessDaysLeft: Schema.Struct({
    reviewStartBy: DaysLeft,
    partnerResponseBy: DaysLeft,
    consentWindowEndsAt: DaysLeft,
    disputeBy: DaysLeft,
    disputeAnswerBy: DaysLeft
  }),
  official: Schema.Boolean,
  officialAt: NullableTimestamp,
  submittedAt: NullableTimestamp,
  approvedAt: NullableTimestamp,
  createdAt: Timestamp,
  updatedAt: Timestamp,
  poe: Schema.Array(PoeView).annotate({
    description:
      "Proof-of-execution documents, listed only for those who may download them (the claiming organization, reviewers, auditors)"
  }),
  poeCount: Schema.Number.annotate({ description: "How many documents the claim holds" }),
  actions: Schema.Array(ClaimViewAction)
}

/** A claim in a list: everything of the claim page but its comments, history and acknowledgements. */
export const ClaimSummary = Schema.Struct(claimSummaryFields)
export type ClaimSummary = typeof ClaimSummary.Type

/** How many comments and history entries the claim page embeds, newest first (older ones are paged). */
export const EMBEDDED_COMMENTS = 50
/** How many of the newest history entries a claim view carries (older ones are paged). */
export const EMBEDDED_HISTORY = 50

/**
 * A claim as the API shows it: its fields, status, deadlines, consent, the actions the user is offered, POE,
 * newest comments and history.
 */
export const ClaimView = Schema.Struct({
  ...claimSummaryFields,
  requiredAcknowledgements: Schema.Array(AcknowledgementView).annotate({
    description:
      "The statements of the claim's program that submitting confirms: POST /claims/{id}/submit with `acknowledgements` naming every id (SPEC §5)"
  }),
  acknowledgements: Schema.Array(AcknowledgementView).annotate({
    description:
      "The statements (ids and texts as they read then) the partner confirmed at the latest submission"
  }),
  comments: Schema.Array(CommentView).annotate({
    description: `The newest ${EMBEDDED_COMMENTS} comments, oldest first; GET /claims/{id}/comments pages through all of them`
  }),
  hasOlderComments: Schema.Boolean.annotate({
    description: "Whether the claim has comments older than those in `comments`"
  }),
  history: Schema.Array(HistoryEntryView).annotate({
    description: `The newest ${EMBEDDED_HISTORY} history entries, oldest first; GET /claims/{id}/history pages through all of them`
  }),
  hasOlderHistory: Schema.Boolean.annotate({
    description: "Whether the claim has history entries older than those in `history`"
  })
})
/** A claim's view (see the {@link ClaimView} schema); `ClaimsService` methods answer it with `Date`s. */
export type ClaimView = typeof ClaimView.Type

/** A page of claim summaries; `nextCursor` continues the list. */
export const ClaimsPage = Schema.Struct({ claims: Schema.Array(ClaimSummary), nextCursor: Nullable })
/** A page of claims (see the {@link ClaimsPage} schema). */
export type ClaimsPage = typeof ClaimsPage.Type

/** A page of a claim's comments, newest first; `nextCursor` continues with older ones. */
export const ClaimCommentsPage = Schema.Struct({ comments: Schema.Array(CommentView), nextCursor: Nullable })
export type ClaimCommentsPage = typeof ClaimCommentsPage.Type

/** A page of a claim's history, newest first; `nextCursor` continues with older entries. */
export const ClaimHistoryPage = Schema.Struct({
  history: Schema.Array(HistoryEntryView),
  nextCursor: Nullable
})
export type ClaimHistoryPage = typeof ClaimHistoryPage.Type

/** One claim in the reviewers' queue, with its deadline. */
export const QueueRow = Schema.Struct({
  claimId: Schema.String,
  name: Schema.String,
  status: ClaimStatus,
  version: Schema.Number,
  programId: Schema.String,
  solutionArea: SolutionArea,
  partnerId: Schema.String,
  partnerName: Schema.String,
  tenantId: Schema.String,
  targets: Schema.Array(Schema.String),
  competing: Schema.Boolean,
  caseId: Nullable,
  assignedReviewerId: Nullable,
  assignedReviewerName: Nullable,
  submittedAt: NullableTimestamp,
  nextDeadline: NullableTimestamp,
  businessDaysLeft: DaysLeft,
  overdue: Schema.Boolean,
  deadlines: Schema.Struct({
    reviewStartBy: NullableTimestamp,
    partnerResponseBy: NullableTimestamp,
    disputeAnswerBy: NullableTimestamp
  }),
  awaitingPartner: Schema.Boolean.annotate({
    description:
      "A reviewer's comment, request for information or arbitration notice waits for the partner's answer"
  }),
  answered: Schema.Boolean.annotate({
    description: "The partner answered the reviewer's last comment or notice in the comments"
  }),
  partnerAnsweredAt: NullableTimestamp
})
/** A queue row (see the {@link QueueRow} schema). */
export type QueueRow = typeof QueueRow.Type

/** A page of the reviewers' queue; `nextCursor` continues it. */
export const QueuePage = Schema.Struct({ items: Schema.Array(QueueRow), nextCursor: Nullable })
/** A page of the queue (see the {@link QueuePage} schema). */
export type QueuePage = typeof QueuePage.Type

/** An arbitration case as the API shows it: its parties, the recommendation and the resolution. */
export const CaseView = Schema.Struct({
  id: Schema.String,
  status: Schema.Literals(["open", "resolved"]),
  version: Schema.Number,
  programId: Schema.String,
  createdAt: Timestamp,
  resolvedAt: NullableTimestamp,
  winnerClaimId: Nullable,
  reasoning: Nullable,
  nextDeadline: NullableTimestamp,
  parties: Schema.Array(
    Schema.Struct({
      claimId: Schema.String,
      partner: Schema.Struct({
        organizationId: Schema.String,
        name: Schema.String,
        partnerId: Schema.String
      }),
      name: Schema.String,
      status: ClaimStatus,
      version: Schema.Number,
      partnerRole: PartnerRole,
      holder: Schema.Boolean,
      registeredAt: NullableTimestamp,
      submittedAt: NullableTimestamp,
      consentStatus: Schema.NullOr(ConsentStatus),
      targets: Schema.Array(Schema.String),
      partnerContact: Schema.NullOr(PartnerContactView),
      poeCount: Schema.Number,
      poe: Schema.Array(Schema.Struct({ ...PoeView.fields, downloadUrl: Schema.String }))
    })
  ),
  recommendation: Schema.Struct({
    policy: ArbitrationPolicy,
    recommendedClaimId: Nullable,
    facts: Schema.Array(Schema.String)
  })
})
/** An arbitration case's view (see the {@link CaseView} schema). */
export type CaseView = typeof CaseView.Type

/**
 * A claim against the customer's tenant as the customer sees it: the partner, what it claims and the consent
 * it can still give or refuse.
 */
export const CustomerRequestView = Schema.Struct({
  claimId: Schema.String,
  partner: Schema.Struct({ name: Schema.String, partnerId: Schema.String }),
  solutionArea: SolutionArea,
  workloads: Schema.Array(Schema.String),
  subscriptionIds: Schema.Array(Schema.String),
  subscriptions: Schema.Array(Schema.Struct({ id: Schema.String, product: Nullable })).annotate({
    description:
      "The claimed subscriptions with their product names (null when the directory does not know one)"
  }),
  status: ClaimStatus,
  rejectionReason: Schema.NullOr(RejectionReason),
  consent: Schema.Struct({
    status: Schema.NullOr(ConsentStatus),
    windowEndsAt: NullableTimestamp,
    respondedAt: NullableTimestamp
  }),
  businessDaysLeftToDecline: DaysLeft,
  submittedAt: NullableTimestamp,
  rejectedAt: NullableTimestamp,
  officialAt: NullableTimestamp,
  endedAt: NullableTimestamp,
  canDecline: Schema.Boolean,
  canAccept: Schema.Boolean
})
/** A customer's view of a claim (see the {@link CustomerRequestView} schema). */
export type CustomerRequestView = typeof CustomerRequestView.Type

/** A page of the claims against a customer's tenant. */
export const CustomerRequestsPage = Schema.Struct({
  requests: Schema.Array(CustomerRequestView),
  nextCursor: Nullable
})
/** A page of customer requests (see the {@link CustomerRequestsPage} schema). */
export type CustomerRequestsPage = typeof CustomerRequestsPage.Type
