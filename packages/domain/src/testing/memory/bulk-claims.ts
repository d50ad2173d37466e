import { Effect, Option } from "effect"
import {
  BulkClaimsRepository,
  type BulkImport,
  type BulkImportRow,
  type BulkRowHash
} from "../../bulk-claims/model.ts"
import { MemoryStore } from "./store.ts"

/** BulkClaimsRepository in memory: imports, rows by (import, line), hashes unique per organization. */
export const makeBulkClaimsRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const imports = store.table<string, BulkImport>("bulk.imports")
  const rows = store.table<string, BulkImportRow>("bulk.rows")
  const hashes = store.table<string, BulkRowHash>("bulk.hashes")
  const rowKey = (importId: string, line: number) => `${importId}|${String(line).padStart(9, "0")}`
  const rowsOf = (importId: string) =>
    [...rows.values()].filter((r) => r.importId === importId).sort((a, b) => a.line - b.line)
  return BulkClaimsRepository.of({
    insertImport: (b) =>
      Effect.suspend(() =>
        imports.has(b.id)
          ? Effect.die(new Error(`import ${b.id} exists already`))
          : Effect.sync(() => void imports.set(b.id, b))
      ),
    updateImport: (b) => Effect.sync(() => void imports.set(b.id, b)),
    findImport: (id) => Effect.sync(() => Option.fromUndefinedOr(imports.get(id))),
    importsOf: (userId, limit) =>
      Effect.sync(() =>
        [...imports.values()]
          .filter((b) => userId === null || b.createdBy === userId)
          .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1))
          .slice(0, limit)
      ),
    insertRows: (list) =>
      Effect.sync(() => {
        for (const r of list) rows.set(rowKey(r.importId, r.line), r)
      }),
    rowsAfter: (importId, after, limit) =>
      Effect.sync(() =>
        rowsOf(importId)
          .filter((r) => r.line > after)
          .slice(0, limit)
      ),
    recordOutcomes: (list) =>
      Effect.sync(() => {
        for (const r of list) rows.set(rowKey(r.importId, r.line), r)
      }),
    report: (importId, outcome, after, limit) =>
      Effect.sync(() =>
        rowsOf(importId)
          .filter(
            (r) => r.outcome !== null && (outcome === undefined || r.outcome === outcome) && r.line > after
          )
          .slice(0, limit)
      ),
    hashesOf: (organizationId, list) =>
      Effect.sync(() =>
        list.flatMap((h) => {
          const found = hashes.get(`${organizationId}|${h}`)
          return found === undefined ? [] : [found]
        })
      ),
    insertHashes: (list) =>
      Effect.sync(() => {
        const stored = new Set<string>()
        for (const h of list) {
          const key = `${h.organizationId}|${h.rowHash}`
          if (hashes.has(key)) continue
          hashes.set(key, h)
          stored.add(h.rowHash)
        }
        return stored
      })
  })
})
