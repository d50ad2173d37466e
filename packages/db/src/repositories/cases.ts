import { ArbitrationCase, CaseRepository } from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { Selectable } from "kysely"
import type { ArbitrationCasesTable } from "../schema.ts"
import { makeQuery } from "./query.ts"

const toCase = (r: Selectable<ArbitrationCasesTable>) =>
  new ArbitrationCase({
    id: r.id,
    status: r.status as ArbitrationCase["status"],
    programId: r.program_id,
    createdAt: new Date(r.created_at),
    resolvedAt: r.resolved_at === null ? null : new Date(r.resolved_at),
    winnerClaimId: r.winner_claim_id,
    reasoning: r.reasoning,
    resolvedBy: r.resolved_by,
    version: Number(r.version)
  })

const row = (c: ArbitrationCase) => ({
  status: c.status,
  program_id: c.programId,
  created_at: c.createdAt.toISOString(),
  resolved_at: c.resolvedAt?.toISOString() ?? null,
  winner_claim_id: c.winnerClaimId,
  reasoning: c.reasoning,
  resolved_by: c.resolvedBy,
  version: c.version
})

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
