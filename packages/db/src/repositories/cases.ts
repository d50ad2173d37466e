import { ArbitrationCase, CaseRepository } from "@openpor/domain"
import { Effect, Layer } from "effect"
import type { Selectable } from "kysely"
import type { ArbitrationCasesTable } from "../schema.ts"
import { keyedTable } from "./keyed-table.ts"
import { makeQuery } from "./query.ts"
import { type FieldsOf, rowMapping } from "./row-mapping.ts"

const cases = rowMapping<ArbitrationCasesTable, FieldsOf<typeof ArbitrationCase>>()({
  status: "status",
  programId: "program_id",
  createdAt: ["created_at", "date"],
  resolvedAt: ["resolved_at", "date?"],
  winnerClaimId: "winner_claim_id",
  reasoning: "reasoning",
  resolvedBy: "resolved_by",
  version: ["version", "int"]
})
const toCase = (r: Selectable<ArbitrationCasesTable>) => new ArbitrationCase({ id: r.id, ...cases.decode(r) })
const row = cases.encode

export const CaseRepositoryLive = Layer.effect(
  CaseRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const table = keyedTable(query, "arbitration_cases", { encode: row, decode: toCase })
    return CaseRepository.of({
      insert: table.insert,
      find: table.find,
      findMany: (ids) =>
        ids.length === 0
          ? Effect.succeed([])
          : query((db) =>
              db
                .selectFrom("arbitration_cases")
                .selectAll()
                .where("id", "in", [...ids])
                .execute()
            ).pipe(Effect.map((rows) => rows.map(toCase))),
      update: table.update
    })
  })
)
