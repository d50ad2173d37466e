import {
  Claim,
  type ClaimContext,
  Consent,
  defaultClaimSettings,
  type LocationId,
  makeCalendar,
  type OrganizationId,
  type PartnerId,
  type ProgramId,
  type UserId
} from "../src/index.ts"

const created = new Date("2026-03-02T09:00:00Z")

/** A rejected claim of organization org_a (location loc_a), changed by `overrides`. */
export const claimWith = (overrides: Partial<ConstructorParameters<typeof Claim>[0]> = {}) =>
  new Claim({
    id: "clm_1",
    name: "Northwind Teams",
    organizationId: "org_a" as OrganizationId,
    locationId: "loc_a" as LocationId,
    partnerId: "1000001" as PartnerId,
    tenantId: "tenant-a",
    customerDomain: "northwind.example",
    solutionArea: "modern_work_security",
    partnerRole: "use_or_consume",
    programId: "prg_mws_usage" as ProgramId,
    workloads: ["teams"],
    subscriptionIds: [],
    optOutOfIncentives: false,
    customerContact: null,
    partnerContact: null,
    revenue: null,
    status: "rejected",
    version: 3,
    rejectionReason: "insufficient_poe",
    rejectionText: null,
    competing: false,
    caseId: null,
    consent: new Consent({
      status: "awaiting_response",
      notifiedAt: created,
      windowEndsAt: null,
      respondedAt: null
    }),
    acknowledgedAt: created,
    submittedAt: created,
    reviewStartedAt: created,
    assignedReviewerId: null,
    partnerActionDueAt: null,
    decidedAt: created,
    rejectedAt: created,
    disputeUsed: false,
    disputedAt: null,
    approvedAt: null,
    officialAt: null,
    endedAt: null,
    createdBy: "usr_1" as UserId,
    createdAt: created,
    updatedAt: created,
    queueDeadlineAt: null,
    acknowledgements: [],
    awaitingPartnerSince: null,
    partnerAnsweredAt: null,
    ...overrides
  })

/** The guards' context for such a claim at `now`, on a calendar without holidays and the default settings. */
export const contextOf = (
  overrides: Partial<ConstructorParameters<typeof Claim>[0]>,
  now: string,
  settings = defaultClaimSettings
): ClaimContext => ({
  claim: claimWith(overrides),
  now: new Date(now),
  calendar: makeCalendar({}),
  settings
})
