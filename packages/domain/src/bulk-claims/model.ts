import { Context, Effect, Layer, type Option, Schema } from "effect"
import type { OrganizationId, UserId } from "../ids.ts"
import { makeBulkClaimsRepositoryMemory } from "../testing/memory/bulk-claims.ts"
import type { MemoryStore } from "../testing/memory/store.ts"

/**
 * The columns of a bulk claims file (SPEC §12), in the order of the template: the create-claim body of
 * SPEC appendix A flattened (contacts and revenue fields one column each; workloads and subscription IDs
 * separated by `;`).
 */
export const BulkClaimColumn = Schema.Literals([
  "name",
  "partnerId",
  "tenantId",
  "customerDomain",
  "solutionArea",
  "partnerRole",
  "workloads",
  "subscriptionIds",
  "optOutOfIncentives",
  "customerContactName",
  "customerContactTitle",
  "customerContactEmail",
  "customerContactLanguage",
  "partnerContactName",
  "partnerContactEmail",
  "solutionSellerName",
  "customerName",
  "isvProductName"
])
export type BulkClaimColumn = typeof BulkClaimColumn.Type
/** The columns of a bulk claims CSV file, in order. */
export const BULK_CLAIM_COLUMNS: ReadonlyArray<BulkClaimColumn> = BulkClaimColumn.literals

/**
 * Why a row of a bulk claims file is refused: every code submission reports (SPEC §5, appendix A) but
 * `poe_required` and `acknowledgements_required` (a draft has neither yet), the refusal of drafting
 * (`forbidden`: the uploader may not draft at that PartnerID), and the file's own (`invalid_value`: a
 * cell that is not one of its values, e.g. an unknown solution area or a malformed email).
 */
export const BulkClaimProblemCode = Schema.Literals([
  "missing_field",
  "invalid_value",
  "forbidden",
  "location_not_enrolled",
  "role_not_valid_for_solution_area",
  "domain_tenant_mismatch",
  "unknown_workload",
  "product_not_in_tenant",
  "subscription_already_claimed",
  "not_a_subscription_id",
  "subscription_not_business_applications",
  "subscription_is_csp",
  "subscription_not_provisioned",
  "subscription_expired"
])
export type BulkClaimProblemCode = typeof BulkClaimProblemCode.Type

/** Where an import is: waiting for the worker, between chunks, done, or given up after its retries. */
export const BulkImportStatus = Schema.Literals(["queued", "running", "completed", "failed"])
export type BulkImportStatus = typeof BulkImportStatus.Type

/** What became of a row: a new draft; the same row (same organization) made one before; refused. */
export const BulkRowOutcome = Schema.Literals(["created", "already_imported", "refused"])
export type BulkRowOutcome = typeof BulkRowOutcome.Type

/** Why one column of a bulk claims row is refused: the column, the problem's code and a message. */
export interface BulkRowProblem {
  readonly column: BulkClaimColumn
  readonly code: BulkClaimProblemCode
  readonly message: string
  /** The workload or subscription ID the problem is about, when it is about one of a list. */
  readonly item?: string | undefined
}

/** One upload: its progress (rows processed up to `cursor`, the last line done) and its counts. */
export interface BulkImport {
  readonly id: string
  readonly organizationId: OrganizationId
  readonly createdBy: UserId
  readonly fileName: string | null
  readonly status: BulkImportStatus
  readonly rowsTotal: number
  readonly rowsProcessed: number
  readonly created: number
  readonly alreadyImported: number
  readonly refused: number
  readonly problems: number
  /** The line of the last row processed (0: none yet); the job resumes after it. */
  readonly cursor: number
  readonly createdAt: Date
  readonly completedAt: Date | null
}

/** A row as uploaded (its cells by column) and, once processed, its outcome. */
export interface BulkImportRow {
  readonly importId: string
  readonly line: number
  readonly cells: Readonly<Record<string, string>>
  readonly outcome: BulkRowOutcome | null
  readonly claimId: string | null
  readonly problems: ReadonlyArray<BulkRowProblem>
}

/** A row hash an organization has made a draft from (unique per organization in the database). */
export interface BulkRowHash {
  readonly organizationId: OrganizationId
  readonly rowHash: string
  readonly claimId: string
  readonly importId: string
  readonly line: number
}

/** Imports, their rows and the row hashes. Implemented by packages/db (and in memory for tests). */
export class BulkClaimsRepository extends Context.Service<
  BulkClaimsRepository,
  {
    /** Stores a new import. */
    readonly insertImport: (bulkImport: BulkImport) => Effect.Effect<void>
    /** Writes an import's progress and status. */
    readonly updateImport: (bulkImport: BulkImport) => Effect.Effect<void>
    /** The import of this id. */
    readonly findImport: (id: string) => Effect.Effect<Option.Option<BulkImport>>
    /** The user's imports (null: everybody's), newest first. */
    readonly importsOf: (userId: UserId | null, limit: number) => Effect.Effect<ReadonlyArray<BulkImport>>
    /** Stores the uploaded rows (outcome null), in as few statements as the database allows. */
    readonly insertRows: (rows: ReadonlyArray<BulkImportRow>) => Effect.Effect<void>
    /** The next rows after line `after`, by line. */
    readonly rowsAfter: (
      importId: string,
      after: number,
      limit: number
    ) => Effect.Effect<ReadonlyArray<BulkImportRow>>
    /** Writes the outcomes (claim, problems) of processed rows. */
    readonly recordOutcomes: (rows: ReadonlyArray<BulkImportRow>) => Effect.Effect<void>
    /** Processed rows of one outcome (all when undefined) after line `after`, by line. */
    readonly report: (
      importId: string,
      outcome: BulkRowOutcome | undefined,
      after: number,
      limit: number
    ) => Effect.Effect<ReadonlyArray<BulkImportRow>>
    /** The stored hashes among these of the organization. */
    readonly hashesOf: (
      organizationId: OrganizationId,
      hashes: ReadonlyArray<string>
    ) => Effect.Effect<ReadonlyArray<BulkRowHash>>
    /**
     * Stores the hashes not stored yet (the unique constraint decides, also against a concurrent
     * import); answers the hashes this call stored.
     */
    readonly insertHashes: (hashes: ReadonlyArray<BulkRowHash>) => Effect.Effect<ReadonlySet<string>>
  }
>()("@openpor/domain/bulk-claims/BulkClaimsRepository") {
  /** In memory, for workflow tests; its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<BulkClaimsRepository, never, MemoryStore> = Layer.effect(
    BulkClaimsRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeBulkClaimsRepositoryMemory)
  )
}
