import { Schema } from "effect"
import {
  BulkClaimColumn,
  BulkClaimProblemCode,
  type BulkImport,
  type BulkImportRow,
  BulkImportStatus,
  BulkRowOutcome
} from "./model.ts"

/** A bulk import as the API shows it (SPEC §12): where it is and what it made so far. */
export const BulkImportView = Schema.Struct({
  id: Schema.String,
  fileName: Schema.NullOr(Schema.String),
  status: BulkImportStatus,
  rowsTotal: Schema.Int,
  rowsProcessed: Schema.Int,
  created: Schema.Int.annotate({ description: "Drafts created from rows of this file" }),
  alreadyImported: Schema.Int.annotate({
    description: "Rows that made a draft before (the same row of the same organization): nothing created"
  }),
  refused: Schema.Int.annotate({ description: "Rows refused, each with its problems in the report" }),
  problems: Schema.Int.annotate({ description: "Problems of the refused rows (a row may have several)" }),
  createdAt: Schema.DateFromString,
  completedAt: Schema.NullOr(Schema.DateFromString)
})
export type BulkImportView = typeof BulkImportView.Type

/** The schema of a {@link BulkRowProblem} as the API shows it. */
export const BulkRowProblemView = Schema.Struct({
  column: BulkClaimColumn,
  code: BulkClaimProblemCode,
  message: Schema.String,
  item: Schema.NullOr(Schema.String).annotate({
    description: "The workload or subscription ID the problem is about (null: the cell as a whole)"
  })
})

/** A processed row: its line in the file (the header is line 1), outcome, draft and problems. */
export const BulkRowView = Schema.Struct({
  line: Schema.Int,
  outcome: BulkRowOutcome,
  claimId: Schema.NullOr(Schema.String),
  problems: Schema.Array(BulkRowProblemView)
})
export type BulkRowView = typeof BulkRowView.Type

/** The API's view of a bulk import (file, status, counts). */
export const bulkImportView = (b: BulkImport): BulkImportView => ({
  id: b.id,
  fileName: b.fileName,
  status: b.status,
  rowsTotal: b.rowsTotal,
  rowsProcessed: b.rowsProcessed,
  created: b.created,
  alreadyImported: b.alreadyImported,
  refused: b.refused,
  problems: b.problems,
  createdAt: b.createdAt,
  completedAt: b.completedAt
})

/** The API's view of one row of a bulk import: its line, outcome, claim and problems. */
export const bulkRowView = (r: BulkImportRow): BulkRowView => ({
  line: r.line,
  outcome: r.outcome ?? "refused",
  claimId: r.claimId,
  problems: r.problems.map((p) => ({
    column: p.column,
    code: p.code,
    message: p.message,
    item: p.item ?? null
  }))
})
