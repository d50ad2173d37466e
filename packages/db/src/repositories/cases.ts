import { ArbitrationCase, CaseRepository } from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { Selectable } from "kysely"
import type { ArbitrationCasesTable } from "../schema.ts"
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
    return CaseRepository.of({
      insert: (c) =>
        query((db) =>
          db
            .insertInto("arbitration_cases")
            .values({ id: c.id, ...row(c) })
            .execute()
        ).pipe(Effect.asVoid),
      find: (id) =>
        query((db) =>
          db.selectFrom("arbitration_cases").selectAll().where("id", "=", id).executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toCase)))),
      update: (c, expectedVersion) =>
        query((db) =>
          db
            .updateTable("arbitration_cases")
            .set(row(c))
            .where("id", "=", c.id)
            .where("version", "=", expectedVersion)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows) === 1))
    })
  })
)
