import {
  type BulkClaimColumn,
  BulkClaimsRepository,
  type BulkImport,
  type BulkImportRow,
  type BulkRowProblem,
  type OrganizationId,
  type UserId
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { Kysely } from "kysely"
import { makeQuery } from "./query.ts"

/** The tables of migration 0015 (bulk claims), typed here: only this repository uses them. */
interface ClaimImportsTable {
  id: string
  organization_id: string
  created_by: string
  file_name: string | null
  status: string
  rows_total: number
  rows_processed: number
  created: number
  already_imported: number
  refused: number
  problems: number
  cursor: number
  created_at: string
  completed_at: string | null
}
interface ClaimImportRowsTable {
  import_id: string
  line: number
  cells_json: string
  outcome: string | null
  claim_id: string | null
  problems_json: string
}
interface ClaimRowHashesTable {
  organization_id: string
  row_hash: string
  claim_id: string
  import_id: string
  line: number
}
interface BulkTables {
  claim_imports: ClaimImportsTable
  claim_import_rows: ClaimImportRowsTable
  claim_row_hashes: ClaimRowHashesTable
}

/** Multi-row statements in slices (both databases limit bound parameters). */
const SLICE = 500
const slices = <A>(xs: ReadonlyArray<A>): Array<ReadonlyArray<A>> => {
  const out: Array<ReadonlyArray<A>> = []
  for (let i = 0; i < xs.length; i += SLICE) out.push(xs.slice(i, i + SLICE))
  return out
}

const importRow = (b: BulkImport): ClaimImportsTable => ({
  id: b.id,
  organization_id: b.organizationId,
  created_by: b.createdBy,
  file_name: b.fileName,
  status: b.status,
  rows_total: b.rowsTotal,
  rows_processed: b.rowsProcessed,
  created: b.created,
  already_imported: b.alreadyImported,
  refused: b.refused,
  problems: b.problems,
  cursor: b.cursor,
  created_at: b.createdAt.toISOString(),
  completed_at: b.completedAt === null ? null : b.completedAt.toISOString()
})

const toImport = (r: ClaimImportsTable): BulkImport => ({
  id: r.id,
  organizationId: r.organization_id as OrganizationId,
  createdBy: r.created_by as UserId,
  fileName: r.file_name,
  status: r.status as BulkImport["status"],
  rowsTotal: Number(r.rows_total),
  rowsProcessed: Number(r.rows_processed),
  created: Number(r.created),
  alreadyImported: Number(r.already_imported),
  refused: Number(r.refused),
  problems: Number(r.problems),
  cursor: Number(r.cursor),
  createdAt: new Date(r.created_at),
  completedAt: r.completed_at === null ? null : new Date(r.completed_at)
})

const rowRow = (r: BulkImportRow): ClaimImportRowsTable => ({
  import_id: r.importId,
  line: r.line,
  cells_json: JSON.stringify(r.cells),
  outcome: r.outcome,
  claim_id: r.claimId,
  problems_json: JSON.stringify(r.problems)
})

const toRow = (r: ClaimImportRowsTable): BulkImportRow => ({
  importId: r.import_id,
  line: Number(r.line),
  cells: JSON.parse(r.cells_json) as Record<string, string>,
  outcome: r.outcome as BulkImportRow["outcome"],
  claimId: r.claim_id,
  problems: (JSON.parse(r.problems_json) as Array<BulkRowProblem>).map((p) => ({
    column: p.column as BulkClaimColumn,
    code: p.code,
    message: p.message,
    ...(typeof p.item === "string" ? { item: p.item } : {})
  }))
})

/** Bulk claims imports on either database; every list is one statement (multi-row writes in slices of 500). */
export const BulkClaimsRepositoryLive = Layer.effect(
  BulkClaimsRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const bulk = <A>(f: (db: Kysely<BulkTables>) => Promise<A>) =>
      query((db) => f(db as unknown as Kysely<BulkTables>))
    return BulkClaimsRepository.of({
      insertImport: (b) =>
        bulk((db) => db.insertInto("claim_imports").values(importRow(b)).execute()).pipe(Effect.asVoid),
      updateImport: (b) =>
        bulk((db) => {
          const { id: _, ...values } = importRow(b)
          return db.updateTable("claim_imports").set(values).where("id", "=", b.id).execute()
        }).pipe(Effect.asVoid),
      findImport: (id) =>
        bulk((db) => db.selectFrom("claim_imports").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
          Effect.map((r) => Option.fromUndefinedOr(r).pipe(Option.map(toImport)))
        ),
      importsOf: (userId, limit) =>
        bulk((db) =>
          db
            .selectFrom("claim_imports")
            .selectAll()
            .$if(userId !== null, (q) => q.where("created_by", "=", userId as UserId))
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .limit(limit)
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toImport))),
      insertRows: (rows) =>
        Effect.forEach(
          slices(rows),
          (part) => bulk((db) => db.insertInto("claim_import_rows").values(part.map(rowRow)).execute()),
          { discard: true }
        ),
      rowsAfter: (importId, after, limit) =>
        bulk((db) =>
          db
            .selectFrom("claim_import_rows")
            .selectAll()
            .where("import_id", "=", importId)
            .where("line", ">", after)
            .orderBy("line")
            .limit(limit)
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toRow))),
      recordOutcomes: (rows) =>
        Effect.forEach(
          slices(rows),
          (part) =>
            bulk((db) =>
              db
                .insertInto("claim_import_rows")
                .values(part.map(rowRow))
                .onConflict((oc) =>
                  oc.columns(["import_id", "line"]).doUpdateSet((eb) => ({
                    outcome: eb.ref("excluded.outcome"),
                    claim_id: eb.ref("excluded.claim_id"),
                    problems_json: eb.ref("excluded.problems_json")
                  }))
                )
                .execute()
            ),
          { discard: true }
        ),
      report: (importId, outcome, after, limit) =>
        bulk((db) => {
          let q = db
            .selectFrom("claim_import_rows")
            .selectAll()
            .where("import_id", "=", importId)
            .where("line", ">", after)
            .where("outcome", "is not", null)
            .orderBy("line")
            .limit(limit)
          if (outcome !== undefined) q = q.where("outcome", "=", outcome)
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map(toRow))),
      hashesOf: (organizationId, hashes) =>
        Effect.map(
          Effect.forEach(slices(hashes), (part) =>
            bulk((db) =>
              db
                .selectFrom("claim_row_hashes")
                .selectAll()
                .where("organization_id", "=", organizationId)
                .where("row_hash", "in", part)
                .execute()
            )
          ),
          (parts) =>
            parts.flat().map((r) => ({
              organizationId: r.organization_id as OrganizationId,
              rowHash: r.row_hash,
              claimId: r.claim_id,
              importId: r.import_id,
              line: Number(r.line)
            }))
        ),
      insertHashes: (hashes) =>
        Effect.map(
          Effect.forEach(slices(hashes), (part) =>
            bulk((db) =>
              db
                .insertInto("claim_row_hashes")
                .values(
                  part.map((h) => ({
                    organization_id: h.organizationId,
                    row_hash: h.rowHash,
                    claim_id: h.claimId,
                    import_id: h.importId,
                    line: h.line
                  }))
                )
                .onConflict((oc) => oc.columns(["organization_id", "row_hash"]).doNothing())
                .returning("row_hash")
                .execute()
            )
          ),
          (parts) => new Set(parts.flat().map((r) => r.row_hash))
        )
    })
  })
)
