import { Context, Effect, Layer, type Option, Schema } from "effect"
import type { AuditEvent } from "../audit/audit.ts"
import type { Acknowledgement } from "../enrollment/model.ts"
import type { OrganizationId } from "../ids.ts"
import { makeClaimRepositoryMemory } from "../testing/memory/claims.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import type { Association, Claim, ClaimComment, ClaimStatus, Poe } from "./model.ts"

/** Another partner already holds this workload or subscription: the database said no. */
export class AssociationExists extends Schema.TaggedError<AssociationExists>()("AssociationExists", {
  targetKey: Schema.String
}) {
  override get message() {
    const [kind, ...rest] = this.targetKey.split(":")
    return `Another partner already holds ${kind === "workload" ? `workload ${rest.at(-1)}` : `subscription ${rest.join(":")}`}; only one association can be active at a time`
  }
}

/** An audit row of a claim as its history shows it: the action and the status it moved from and to. */
export interface ClaimHistoryEntry {
  readonly id: string
  readonly claimId: string
  readonly at: Date
  readonly action: string
  readonly actorType: string
  readonly from: string | null
  readonly to: string | null
  /** The statements confirmed by this change (a submission), when it recorded any. */
  readonly acknowledgements?: ReadonlyArray<Acknowledgement> | undefined
}

/** An audit event of a claim as its history shows it (the statuses its before and after documents name). */
export const historyEntryOf = (e: AuditEvent): ClaimHistoryEntry => {
  const status = (value: unknown) => {
    const found = (value as { status?: unknown } | null)?.status
    return typeof found === "string" ? found : null
  }
  return {
    id: e.id,
    claimId: e.entityId,
    at: e.at,
    action: e.action,
    actorType: e.actorType,
    from: status(e.before),
    to: status(e.after),
    ...acknowledgementsOf((e.after as { acknowledgements?: unknown } | null)?.acknowledgements)
  }
}

/** The statements an audit row of a submission recorded (its `after.acknowledgements`), if any. */
export const acknowledgementsOf = (value: unknown): { acknowledgements?: ReadonlyArray<Acknowledgement> } =>
  Array.isArray(value)
    ? {
        acknowledgements: value.map((a: { id?: unknown; text?: unknown }) => ({
          id: String(a.id),
          text: String(a.text)
        }))
      }
    : {}

/**
 * What a claim page shows besides the claim: its POE, newest comments and newest history (read in one
 * statement).
 */
export interface ClaimViewData {
  readonly poe: ReadonlyArray<Poe>
  readonly comments: ReadonlyArray<ClaimComment>
  readonly history: ReadonlyArray<ClaimHistoryEntry>
}

/** Filters of a claim list: organization and locations, tenant, statuses, a search text, and paging. */
export interface ClaimFilter {
  readonly organizationId?: OrganizationId | undefined
  readonly locationIds?: ReadonlyArray<string> | undefined
  readonly tenantId?: string | undefined
  readonly statuses?: ReadonlyArray<ClaimStatus> | undefined
  /** Claims whose name contains this text (any case) or whose tenant ID starts with it. */
  readonly search?: string | undefined
  readonly limit: number
  /**
   * Cursor `<createdAt>|<id>` of the last claim seen: the claims created before it (newest first, ties by id
   * descending). A bare id (older clients) pages by id alone.
   */
  readonly before?: string | undefined
}

/** The review queue's filters as the repository applies them. */
export interface QueueFilter {
  readonly statuses: ReadonlyArray<ClaimStatus>
  readonly programId?: string | undefined
  readonly solutionArea?: string | undefined
  readonly competing?: boolean | undefined
  readonly assignedReviewerId?: string | undefined
  /** Only claims whose reviewer-side deadline (submitted, disputed) is before this instant. */
  readonly overdueAt?: Date | undefined
  /** true: the partner answered the reviewer's last comment or notice; false: not (SPEC §6). */
  readonly answered?: boolean | undefined
  /** Keyset cursor: rows after (deadline, id). */
  readonly after?: { readonly deadline: string; readonly id: string } | undefined
  readonly limit: number
}

/** The claim that holds a target's active association, and its organization. */
export interface TargetHolder {
  readonly targetKey: string
  readonly claimId: string
  readonly organizationId: OrganizationId
  readonly status: ClaimStatus | "association"
}

/**
 * Storage of claims, their associations, POE, comments and history (a repository interface: SQL in
 * `packages/db`, in memory in `@openpor/domain/testing`). Writes check the claim's version.
 */
export class ClaimRepository extends Context.Service<
  ClaimRepository,
  {
    /** Stores a new claim. */
    readonly insert: (claim: Claim) => Effect.Effect<void>
    /**
     * Optimistic: writes only when the stored version is `expectedVersion`. Keeps claim_targets in step:
     * rewritten unless `previous` (the claim as read) has the same targets.
     */
    readonly update: (claim: Claim, expectedVersion: number, previous?: Claim) => Effect.Effect<boolean>
    /** The claim of this id. */
    readonly find: (id: string) => Effect.Effect<Option.Option<Claim>>
    /**
     * Like find, and holds the claim's row lock until the current transaction ends (PostgreSQL
     * `FOR UPDATE`; SQLite transactions are serial anyway): concurrent writers of one claim queue up
     * instead of failing each other's optimistic write.
     */
    readonly findForUpdate: (id: string) => Effect.Effect<Option.Option<Claim>>
    /** Claims matching the filter, newest first. */
    readonly list: (filter: ClaimFilter) => Effect.Effect<ReadonlyArray<Claim>>
    /** Open claims (submitted … disputed) and active associations on any of these targets. */
    readonly holdersOf: (targetKeys: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<TargetHolder>>
    /** Claims (any status) that name this subscription. */
    readonly claimsWithSubscription: (subscriptionId: string) => Effect.Effect<ReadonlyArray<Claim>>

    /** Fails with AssociationExists when an active association already exists on the target (a database constraint). */
    readonly insertAssociation: (association: Association) => Effect.Effect<void, AssociationExists>
    /** A claim's associations. */
    readonly associationsOfClaim: (claimId: string) => Effect.Effect<ReadonlyArray<Association>>
    /** Ends a claim's active associations at `at` with a reason. */
    readonly endAssociations: (
      claimId: string,
      at: Date,
      reason: string,
      targetKeys?: ReadonlyArray<string>
    ) => Effect.Effect<number>
    /** Marks a claim's active associations official at `at`. */
    readonly markOfficial: (claimId: string, at: Date) => Effect.Effect<void>

    /** Turns a winner's pending associations active (after the holder's ended in the same transaction). */
    readonly activateAssociations: (claimId: string, at: Date) => Effect.Effect<number>
    /** Active associations on these targets (the current holders). */
    readonly activeOn: (targetKeys: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<Association>>
    /** The claims of an arbitration case. */
    readonly listByCase: (caseId: string) => Effect.Effect<ReadonlyArray<Claim>>
    /** The review queue: open claims ordered by their next deadline, then id. */
    readonly queue: (filter: QueueFilter) => Effect.Effect<ReadonlyArray<Claim>>

    /** Stores a proof-of-execution record (the file is in the BlobStore). */
    readonly insertPoe: (poe: Poe) => Effect.Effect<void>
    /** A claim's proof-of-execution records. */
    readonly listPoe: (claimId: string) => Effect.Effect<ReadonlyArray<Poe>>
    /** Deletes a proof-of-execution record; false when there was none. */
    readonly deletePoe: (claimId: string, poeId: string) => Effect.Effect<boolean>

    /** Stores a comment. */
    readonly insertComment: (comment: ClaimComment) => Effect.Effect<void>
    /**
     * Who the comments wait for (SPEC §6): since when a reviewer's comment or notice awaits the partner,
     * and when the partner answered it. Not a change of the claim: its version stays.
     */
    readonly setConversation: (
      claimId: string,
      state: { readonly awaitingPartnerSince: Date | null; readonly partnerAnsweredAt: Date | null }
    ) => Effect.Effect<void>
    /** Every comment of a claim, oldest first. */
    readonly listComments: (claimId: string) => Effect.Effect<ReadonlyArray<ClaimComment>>
    /** A page of a claim's comments, newest first: those before the cursor (createdAt, then id). */
    readonly commentsPage: (
      claimId: string,
      before: { readonly at: Date; readonly id: string } | undefined,
      limit: number
    ) => Effect.Effect<ReadonlyArray<ClaimComment>>

    /**
     * What the views of these claims show beside the claims, in one statement whatever their number:
     * their POE (by upload), the newest `comments` comments and the newest `history` history entries of
     * each (0: none), both newest first.
     */
    readonly viewDataOf: (
      claimIds: ReadonlyArray<string>,
      limits: { readonly comments: number; readonly history: number }
    ) => Effect.Effect<ClaimViewData>
    /** The names of these partner organizations, in one read. */
    readonly organizationNames: (
      organizationIds: ReadonlyArray<string>
    ) => Effect.Effect<ReadonlyMap<string, string>>
  }
>()("@openpor/domain/claims/ClaimRepository") {
  /** In memory, for workflow tests (see testing/layers.ts); its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<ClaimRepository, never, MemoryStore> = Layer.effect(
    ClaimRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeClaimRepositoryMemory)
  )
}
