import { Context, type Effect, type Option, Schema } from "effect"
import type { OrganizationId } from "../ids.ts"
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

export interface ClaimFilter {
  readonly organizationId?: OrganizationId | undefined
  readonly locationIds?: ReadonlyArray<string> | undefined
  readonly tenantId?: string | undefined
  readonly statuses?: ReadonlyArray<ClaimStatus> | undefined
  readonly limit: number
  /** Cursor: claims with an id less than this (newest first). */
  readonly before?: string | undefined
}

export interface TargetHolder {
  readonly targetKey: string
  readonly claimId: string
  readonly organizationId: OrganizationId
  readonly status: ClaimStatus | "association"
}

export class ClaimRepository extends Context.Service<
  ClaimRepository,
  {
    readonly insert: (claim: Claim) => Effect.Effect<void>
    /** Optimistic: writes only when the stored version is `expectedVersion`. Keeps claim_targets in step. */
    readonly update: (claim: Claim, expectedVersion: number) => Effect.Effect<boolean>
    readonly find: (id: string) => Effect.Effect<Option.Option<Claim>>
    readonly list: (filter: ClaimFilter) => Effect.Effect<ReadonlyArray<Claim>>
    /** Open claims (submitted … disputed) and active associations on any of these targets. */
    readonly holdersOf: (targetKeys: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<TargetHolder>>
    /** Claims (any status) that name this subscription. */
    readonly claimsWithSubscription: (subscriptionId: string) => Effect.Effect<ReadonlyArray<Claim>>

    /** Fails with AssociationExists when the target already has an active association (a database constraint). */
    readonly insertAssociation: (association: Association) => Effect.Effect<void, AssociationExists>
    readonly associationsOfClaim: (claimId: string) => Effect.Effect<ReadonlyArray<Association>>
    readonly endAssociations: (
      claimId: string,
      at: Date,
      reason: string,
      targetKeys?: ReadonlyArray<string>
    ) => Effect.Effect<number>
    readonly markOfficial: (claimId: string, at: Date) => Effect.Effect<void>

    readonly insertPoe: (poe: Poe) => Effect.Effect<void>
    readonly listPoe: (claimId: string) => Effect.Effect<ReadonlyArray<Poe>>
    readonly deletePoe: (claimId: string, poeId: string) => Effect.Effect<boolean>

    readonly insertComment: (comment: ClaimComment) => Effect.Effect<void>
    readonly listComments: (claimId: string) => Effect.Effect<ReadonlyArray<ClaimComment>>
  }
>()("@openpor/domain/claims/ClaimRepository") {}
