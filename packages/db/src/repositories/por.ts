import {
  type AttributionBatch,
  AttributionBatchRepository,
  type AttributionEvent,
  type LocationId,
  type PorEventOfOrganization,
  type PorEventRecord,
  PorRepository
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { type Selectable, sql } from "kysely"
import { Db } from "../db.ts"
import type { AttributionBatchesTable } from "../schema.ts"
import { keyedTable } from "./keyed-table.ts"
import { makeQuery } from "./query.ts"
import { rowMapping } from "./row-mapping.ts"

/** IN lists are sent in slices (PostgreSQL and SQLite limit bound parameters). */
const SLICE = 5000
/** Rows per multi-row INSERT (each row binds several parameters). */
const INSERT_ROWS = 500
const slices = <A>(xs: ReadonlyArray<A>, size = SLICE): Array<Array<A>> => {
  const out: Array<Array<A>> = []
  for (let i = 0; i < xs.length; i += size) out.push(xs.slice(i, i + size))
  return out
}

export const PorRepositoryLive = Layer.effect(
  PorRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db
    const toAssignment = (r: {
      subscription_id: string
      partner_id: string
      location_id: string
      added_at: string
    }) => ({
      subscriptionId: r.subscription_id,
      partnerId: r.partner_id,
      locationId: r.location_id as LocationId,
      addedAt: new Date(r.added_at)
    })
    return PorRepository.of({
      currentDpor: (subscriptionId) =>
        query((db) =>
          db
            .selectFrom("subscription_dpor")
            .selectAll()
            .where("subscription_id", "=", subscriptionId)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toAssignment)))),
      setDpor: (a) =>
        query((db) =>
          db
            .insertInto("subscription_dpor")
            .values({
              subscription_id: a.subscriptionId,
              partner_id: a.partnerId,
              location_id: a.locationId,
              added_at: a.addedAt.toISOString()
            })
            .onConflict((oc) =>
              oc.column("subscription_id").doUpdateSet({
                partner_id: a.partnerId,
                location_id: a.locationId,
                added_at: a.addedAt.toISOString()
              })
            )
            .execute()
        ).pipe(Effect.asVoid),
      clearDpor: (subscriptionId) =>
        query((db) =>
          db.deleteFrom("subscription_dpor").where("subscription_id", "=", subscriptionId).execute()
        ).pipe(Effect.asVoid),
      dporOf: (partnerIds) =>
        partnerIds.length === 0
          ? Effect.succeed([])
          : query((db) =>
              db
                .selectFrom("subscription_dpor")
                .selectAll()
                .where("partner_id", "in", [...partnerIds])
                .orderBy("subscription_id")
                .execute()
            ).pipe(Effect.map((rows) => rows.map(toAssignment))),
      dporOn: (ids) =>
        ids.length === 0
          ? Effect.succeed([])
          : query((db) =>
              db
                .selectFrom("subscription_dpor")
                .selectAll()
                .where("subscription_id", "in", [...ids])
                .execute()
            ).pipe(Effect.map((rows) => rows.map(toAssignment))),
      appendEvent: (e) =>
        query((db) =>
          db
            .insertInto("attribution_events")
            .values({
              id: e.id,
              subject_key: e.subjectKey,
              type: e.type,
              partner_id: e.partnerId,
              received_on: e.receivedOn,
              at: e.at.toISOString(),
              created_at: new Date().toISOString(),
              created_by: e.createdBy
            })
            .execute()
        ).pipe(Effect.asVoid),
      appendEvents: (list) =>
        Effect.forEach(
          slices(list, INSERT_ROWS),
          (part) =>
            query((db) =>
              db
                .insertInto("attribution_events")
                .values(
                  part.map((e) => ({
                    id: e.id,
                    subject_key: e.subjectKey,
                    type: e.type,
                    partner_id: e.partnerId,
                    received_on: e.receivedOn,
                    at: e.at.toISOString(),
                    created_at: new Date().toISOString(),
                    created_by: e.createdBy,
                    external_id: e.externalId ?? null
                  }))
                )
                .execute()
            ),
          { discard: true }
        ),
      lockImports:
        // PostgreSQL: a transaction-scoped advisory lock. SQLite runs one write transaction at a time.
        dialect === "postgres"
          ? query((db) =>
              sql`SELECT pg_advisory_xact_lock(hashtextextended('por-events-import', 0))`.execute(db)
            ).pipe(Effect.asVoid)
          : Effect.void,
      eventsByExternalId: (ids) =>
        Effect.map(
          Effect.forEach(slices(ids), (slice) =>
            query((db) =>
              db.selectFrom("attribution_events").selectAll().where("external_id", "in", slice).execute()
            )
          ),
          (parts) =>
            parts.flat().map(
              (r): PorEventRecord => ({
                id: r.id,
                subjectKey: r.subject_key,
                type: r.type as PorEventRecord["type"],
                partnerId: r.partner_id,
                receivedOn: r.received_on,
                at: new Date(r.at),
                createdBy: r.created_by,
                externalId: r.external_id
              })
            )
        ),
      eventsFor: (keys) =>
        Effect.map(
          Effect.forEach(slices(keys), (slice) =>
            query((db) =>
              db
                .selectFrom("attribution_events")
                // PartnerIDs are unique: at most one location per event.
                .leftJoin("locations", "locations.partner_id", "attribution_events.partner_id")
                .selectAll("attribution_events")
                .select("locations.organization_id")
                .where("attribution_events.subject_key", "in", slice)
                .execute()
            )
          ),
          (parts) =>
            parts.flat().map(
              (r): PorEventOfOrganization => ({
                id: r.id,
                subjectKey: r.subject_key,
                type: r.type as PorEventOfOrganization["type"],
                partnerId: r.partner_id,
                receivedOn: r.received_on,
                at: new Date(r.at),
                createdBy: r.created_by,
                partnerOrganizationId: r.organization_id
              })
            )
        ),
      cporEventsFor: (keys) =>
        Effect.map(
          Effect.forEach(slices(keys), (slice) =>
            query((db) =>
              db
                .selectFrom("associations")
                .innerJoin("claims", "claims.id", "associations.claim_id")
                .leftJoin("programs", "programs.id", "claims.program_id")
                .select([
                  "associations.id",
                  "associations.target_key",
                  "associations.claim_id",
                  "associations.partner_id",
                  "associations.organization_id",
                  "associations.official_at",
                  "associations.ended_at",
                  "claims.opt_out",
                  "programs.incentivized"
                ])
                .where("associations.target_key", "in", slice)
                .where("associations.official_at", "is not", null)
                .execute()
            )
          ),
          (parts) =>
            parts.flat().flatMap((r) => {
              const official: AttributionEvent = {
                type: "cpor_official",
                id: `${r.id}:official`,
                at: r.official_at!,
                partnerId: r.partner_id,
                claimId: r.claim_id,
                // Not paid: non-incentivized programs (e.g. influenced revenue) and opted-out claims.
                incentiveEligible: r.incentivized === 1 && r.opt_out === 0
              }
              const events: Array<{ subjectKey: string; event: AttributionEvent; organizationId: string }> = [
                { subjectKey: r.target_key, event: official, organizationId: r.organization_id }
              ]
              if (r.ended_at !== null) {
                events.push({
                  subjectKey: r.target_key,
                  event: { type: "cpor_ended", id: `${r.id}:ended`, at: r.ended_at, claimId: r.claim_id },
                  organizationId: r.organization_id
                })
              }
              return events
            })
        )
    })
  })
)

const batches = rowMapping<AttributionBatchesTable, Omit<AttributionBatch, "id">>()({
  asOf: "as_of",
  incentive: "incentive",
  status: "status",
  cursor: "cursor",
  processed: ["processed", "int"],
  total: ["total", "int"],
  createdAt: ["created_at", "date"],
  completedAt: ["completed_at", "date?"],
  createdBy: "created_by"
})
const toBatch = (r: Selectable<AttributionBatchesTable>): AttributionBatch => ({
  id: r.id,
  ...batches.decode(r)
})
const batchRow = batches.encode

export const AttributionBatchRepositoryLive = Layer.effect(
  AttributionBatchRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const batchTable = keyedTable(query, "attribution_batches", { encode: batchRow, decode: toBatch })
    return AttributionBatchRepository.of({
      insert: batchTable.insert,
      find: batchTable.find,
      update: (b) =>
        query((db) =>
          db.updateTable("attribution_batches").set(batchRow(b)).where("id", "=", b.id).execute()
        ).pipe(Effect.asVoid),
      countSubscriptions: query((db) =>
        db
          .selectFrom("subscriptions")
          .select((eb) => eb.fn.countAll<number | string>().as("n"))
          .executeTakeFirstOrThrow()
      ).pipe(Effect.map((r) => Number(r.n))),
      subscriptionIdsAfter: (cursor, limit) =>
        query((db) => {
          let q = db.selectFrom("subscriptions").select("id").orderBy("id").limit(limit)
          if (cursor !== null) q = q.where("id", ">", cursor)
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map((r) => r.id))),
      upsertResults: (batchId, rows) =>
        Effect.forEach(
          slices(rows, INSERT_ROWS),
          (part) =>
            query((db) =>
              db
                .insertInto("attribution_results")
                .values(
                  part.map((r) => ({
                    batch_id: batchId,
                    subscription_id: r.subscriptionId,
                    partner_id: r.partnerId,
                    basis: r.basis,
                    incentive_eligible: r.incentiveEligible ? 1 : 0,
                    rule: r.rule
                  }))
                )
                .onConflict((oc) =>
                  oc.columns(["batch_id", "subscription_id"]).doUpdateSet((eb) => ({
                    partner_id: eb.ref("excluded.partner_id"),
                    basis: eb.ref("excluded.basis"),
                    incentive_eligible: eb.ref("excluded.incentive_eligible"),
                    rule: eb.ref("excluded.rule")
                  }))
                )
                .execute()
            ),
          { discard: true }
        ),
      results: (batchId, after, limit) =>
        query((db) => {
          let q = db
            .selectFrom("attribution_results")
            .selectAll()
            .where("batch_id", "=", batchId)
            .orderBy("subscription_id")
            .limit(limit)
          if (after !== undefined) q = q.where("subscription_id", ">", after)
          return q.execute()
        }).pipe(
          Effect.map((rows) =>
            rows.map((r) => ({
              subscriptionId: r.subscription_id,
              partnerId: r.partner_id,
              basis: r.basis,
              incentiveEligible: r.incentive_eligible === 1,
              rule: r.rule
            }))
          )
        )
    })
  })
)
