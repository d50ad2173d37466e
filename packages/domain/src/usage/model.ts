import { Schema } from "effect"
import { targetKeys } from "../claims/model.ts"

/** A calendar month `YYYY-MM` (01–12). */
export const UsageMonth = Schema.String.check(
  Schema.isPattern(/^\d{4}-(0[1-9]|1[0-2])$/, { message: "a month such as 2026-07 (YYYY-MM)" })
)
export type UsageMonth = typeof UsageMonth.Type
/** Whether a value is a month `YYYY-MM`. */
export const isUsageMonth: (value: unknown) => value is UsageMonth = Schema.is(UsageMonth)

/**
 * One month of usage of one tenant's workload (Modern Work and Security) or subscription (Business
 * Applications), as the vendor's commerce systems report it (SPEC §5 usage insights). One row per
 * target and month: importing the same month again replaces it.
 */
export class UsageRecord extends Schema.Class<UsageRecord>("@openpor/domain/usage/UsageRecord")({
  /** The association target it measures (`workload:<tenant>:<code>` or `subscription:<id>`). */
  targetKey: Schema.String,
  tenantId: Schema.String,
  workload: Schema.NullOr(Schema.String),
  subscriptionId: Schema.NullOr(Schema.String),
  month: UsageMonth,
  activeUsers: Schema.Number,
  licensedSeats: Schema.Number,
  importedAt: Schema.Date
}) {}

/** The association target a usage row measures: the same key the claims' associations use. */
export const usageTargetKey = (
  tenantId: string,
  target: { readonly workload: string } | { readonly subscriptionId: string }
): string =>
  "workload" in target
    ? targetKeys({
        tenantId,
        workloads: [target.workload],
        subscriptionIds: [],
        solutionArea: "modern_work_security"
      })[0]!
    : targetKeys({
        tenantId,
        workloads: [],
        subscriptionIds: [target.subscriptionId],
        solutionArea: "business_applications"
      })[0]!

/** One row of an import as the operator sent it (JSON `rows`, or a CSV line with the same columns). */
export const UsageImportRow = Schema.Struct({
  tenantId: Schema.String,
  workload: Schema.optionalKey(Schema.NullOr(Schema.String)),
  subscriptionId: Schema.optionalKey(Schema.NullOr(Schema.String)),
  month: Schema.String.annotate({ description: "YYYY-MM" }),
  activeUsers: Schema.Number,
  licensedSeats: Schema.Number
})
export type UsageImportRow = typeof UsageImportRow.Type

/** The JSON body of a usage import: its rows. */
export const UsageImport = Schema.Struct({ rows: Schema.Array(UsageImportRow) })
/** A usage import (see the {@link UsageImport} schema). */
export type UsageImport = typeof UsageImport.Type

/** The columns of a usage import, in the order a CSV file has them (the JSON rows' field names). */
export const USAGE_COLUMNS = [
  "tenantId",
  "workload",
  "subscriptionId",
  "month",
  "activeUsers",
  "licensedSeats"
] as const
/** A column of a usage import. */
export type UsageColumn = (typeof USAGE_COLUMNS)[number]

/** A row of an import as read, with its place in the file (CSV: the file's line; JSON: the row's position from 1). */
export interface UsageInputRow {
  readonly line: number
  readonly tenantId: string
  readonly workload: string | null
  readonly subscriptionId: string | null
  readonly month: string
  /** NaN when the file's value is not a number. */
  readonly activeUsers: number
  readonly licensedSeats: number
}

/** Why a row of an import is refused: its line, the column at fault, a stable code and what to do. */
export interface UsageRowProblem {
  readonly line: number
  readonly column: UsageColumn
  readonly code: string
  readonly message: string
}

/** What an import stored: per row, whether its month was new or replaced an earlier import. */
export interface UsageImportResult {
  readonly applied: number
  readonly created: number
  readonly replaced: number
  readonly rows: ReadonlyArray<{
    readonly line: number
    readonly tenantId: string
    readonly workload: string | null
    readonly subscriptionId: string | null
    readonly month: string
    readonly result: "created" | "replaced"
  }>
}

/** One measured target of a claim and its months, oldest first. */
export interface UsageSeries {
  readonly workload: string | null
  readonly subscriptionId: string | null
  /** The subscription's product (Business Applications), null for a workload. */
  readonly product: string | null
  readonly months: ReadonlyArray<{
    readonly month: string
    readonly activeUsers: number
    readonly licensedSeats: number
  }>
}

/** The usage a claim's official association shows (SPEC §5): per target, by month. */
export interface ClaimUsage {
  readonly claimId: string
  readonly tenantId: string
  readonly officialSince: Date
  readonly series: ReadonlyArray<UsageSeries>
}
