import {
  Association,
  AssociationExists,
  Claim,
  ClaimRepository,
  Consent,
  OPEN_STATUSES,
  type OrganizationId,
  type QueueFilter,
  targetKeys
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { type Kysely, type Selectable, sql } from "kysely"
import { Db, isUniqueViolation } from "../db.ts"
import type { AssociationsTable, ClaimsTable, Database } from "../schema.ts"
import { comments, makeViewDataOf, poes, toComment, toPoe } from "./claim-view-data.ts"
import { keyedTable } from "./keyed-table.ts"
import { makeQuery, makeTryQuery } from "./query.ts"
import { type FieldsOf, rowMapping } from "./row-mapping.ts"

/** Who a claim and its associations are between: the partner's organization, location and PartnerID, and the customer's tenant. */
const partiesColumns = {
  organizationId: "organization_id",
  locationId: "location_id",
  partnerId: "partner_id",
  tenantId: "tenant_id"
} as const

const claims = rowMapping<ClaimsTable, Omit<FieldsOf<typeof Claim>, "consent">>()({
  ...partiesColumns,
  name: "name",
  customerDomain: "customer_domain",
  solutionArea: "solution_area",
  partnerRole: "partner_role",
  programId: "program_id",
  workloads: ["workloads_json", "json"],
  subscriptionIds: ["subscription_ids_json", "json"],
  optOutOfIncentives: ["opt_out", "bool"],
  customerContact: ["customer_contact_json", "json?"],
  partnerContact: ["partner_contact_json", "json?"],
  revenue: ["revenue_json", "json?"],
  status: "status",
  version: ["version", "int"],
  rejectionReason: "rejection_reason",
  rejectionText: "rejection_text",
  competing: ["competing", "bool"],
  caseId: "case_id",
  acknowledgedAt: ["acknowledged_at", "date?"],
  submittedAt: ["submitted_at", "date?"],
  reviewStartedAt: ["review_started_at", "date?"],
  assignedReviewerId: "assigned_reviewer_id",
  partnerActionDueAt: ["partner_action_due_at", "date?"],
  decidedAt: ["decided_at", "date?"],
  rejectedAt: ["rejected_at", "date?"],
  disputeUsed: ["dispute_used", "bool"],
  disputedAt: ["disputed_at", "date?"],
  approvedAt: ["approved_at", "date?"],
  officialAt: ["official_at", "date?"],
  endedAt: ["ended_at", "date?"],
  createdBy: "created_by",
  createdAt: ["created_at", "date"],
  updatedAt: ["updated_at", "date"],
  queueDeadlineAt: ["queue_deadline_at", "date?"],
  acknowledgements: ["acknowledgements_json", "json"],
  awaitingPartnerSince: ["awaiting_partner_since", "date?"],
  partnerAnsweredAt: ["partner_answered_at", "date?"]
})
const consents = rowMapping<ClaimsTable, FieldsOf<typeof Consent>>()({
  status: "consent_status",
  notifiedAt: ["consent_notified_at", "date?"],
  windowEndsAt: ["consent_window_ends_at", "date?"],
  respondedAt: ["consent_responded_at", "date?"]
})
const toClaim = (r: Selectable<ClaimsTable>) =>
  new Claim({ id: r.id, ...claims.decode(r), consent: new Consent(consents.decode(r)) })
const claimRow = (c: Claim) => ({ ...claims.encode(c), ...consents.encode(c.consent) })

const associations = rowMapping<AssociationsTable, FieldsOf<typeof Association>>()({
  ...partiesColumns,
  claimId: "claim_id",
  targetKey: "target_key",
  status: "status",
  startedAt: ["started_at", "date"],
  officialAt: ["official_at", "date?"],
  endedAt: ["ended_at", "date?"],
  endReason: "end_reason"
})
const toAssociation = (r: Selectable<AssociationsTable>) =>
  new Association({ id: r.id, ...associations.decode(r) })

/**
 * Literally the WHERE of the partial queue indexes (SQLite uses a partial index only when the query
 * repeats it): only open claims carry a queue deadline.
 */
const OPEN_PREDICATE = sql<boolean>`queue_deadline_at IS NOT NULL`
const statusIn = (statuses: ReadonlyArray<string>) =>
  sql<boolean>`status IN (${sql.join(statuses.map((s) => sql.lit(s)))})`

/** The review queue query: open claims by next deadline, then id (keyset pagination). Used by the benchmark too. */
export const queueSelect = (db: Kysely<Database>, f: QueueFilter) => {
  const statuses = f.statuses.filter((s) => (OPEN_STATUSES as ReadonlyArray<string>).includes(s))
  let q = db
    .selectFrom("claims")
    .selectAll()
    .where(OPEN_PREDICATE)
    .orderBy("queue_deadline_at")
    .orderBy("id")
    .limit(f.limit)
  if (statuses.length < OPEN_STATUSES.length) {
    q =
      statuses.length === 1
        ? q.where(sql<boolean>`status = ${sql.lit(statuses[0]!)}`)
        : q.where(statusIn(statuses.length === 0 ? ["none"] : statuses))
  }
  if (f.programId !== undefined) q = q.where("program_id", "=", f.programId)
  if (f.solutionArea !== undefined) q = q.where("solution_area", "=", f.solutionArea)
  if (f.competing !== undefined) q = q.where("competing", "=", f.competing ? 1 : 0)
  if (f.assignedReviewerId !== undefined) q = q.where("assigned_reviewer_id", "=", f.assignedReviewerId)
  if (f.answered !== undefined) q = q.where("partner_answered_at", f.answered ? "is not" : "is", null)
  if (f.overdueAt !== undefined) {
    q = q
      .where("queue_deadline_at", "<", f.overdueAt.toISOString())
      .where(statusIn(["submitted", "disputed"]))
  }
  if (f.after !== undefined) {
    // A row-value comparison: both databases continue the index range scan from the cursor.
    q = q.where(sql<boolean>`(queue_deadline_at, id) > (${f.after.deadline}, ${f.after.id})`)
  }
  return q
}

/** Whether two versions of a claim have the same target keys (a status change keeps them). */
const sameTargets = (a: Claim, b: Claim) => {
  const x = [...new Set(targetKeys(a))].sort()
  const y = [...new Set(targetKeys(b))].sort()
  return x.length === y.length && x.every((key, i) => key === y[i])
}

export const ClaimRepositoryLive = Layer.effect(
  ClaimRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const tryQuery = yield* makeTryQuery
    const { dialect } = yield* Db
    const claimTable = keyedTable(query, "claims", { encode: claimRow, decode: toClaim })
    const associationTable = keyedTable(query, "associations", {
      encode: associations.encode,
      decode: toAssociation
    })
    const poeTable = keyedTable(query, "claim_poe", { encode: poes.encode, decode: toPoe })
    const commentTable = keyedTable(query, "claim_comments", { encode: comments.encode, decode: toComment })

    const replaceTargets = (claim: Claim, fresh = false) =>
      Effect.gen(function* () {
        // A new claim has no targets yet.
        if (!fresh)
          yield* query((db) => db.deleteFrom("claim_targets").where("claim_id", "=", claim.id).execute())
        const keys = [...new Set(targetKeys(claim))]
        if (keys.length > 0) {
          yield* query((db) =>
            db
              .insertInto("claim_targets")
              .values(keys.map((target_key) => ({ claim_id: claim.id, target_key })))
              .execute()
          )
        }
      })

    return ClaimRepository.of({
      insert: (claim) =>
        Effect.gen(function* () {
          yield* query((db) =>
            db
              .insertInto("claims")
              .values({ id: claim.id, ...claimRow(claim) })
              .execute()
          )
          yield* replaceTargets(claim, true)
        }),
      update: (claim, expectedVersion, previous) =>
        Effect.gen(function* () {
          const r = yield* query((db) =>
            db
              .updateTable("claims")
              .set(claimRow(claim))
              .where("id", "=", claim.id)
              .where("version", "=", expectedVersion)
              .executeTakeFirst()
          )
          if (Number(r.numUpdatedRows) !== 1) return false
          if (previous === undefined || !sameTargets(previous, claim)) yield* replaceTargets(claim)
          return true
        }),
      find: claimTable.find,
      findForUpdate: (id) =>
        query((db) => {
          const q = db.selectFrom("claims").selectAll().where("id", "=", id)
          return (dialect === "postgres" ? q.forUpdate() : q).executeTakeFirst()
        }).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toClaim)))),
      list: (f) =>
        query((db) => {
          let q = db
            .selectFrom("claims")
            .selectAll()
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .limit(f.limit)
          if (f.organizationId !== undefined) q = q.where("organization_id", "=", f.organizationId)
          if (f.locationIds !== undefined)
            q = q.where("location_id", "in", f.locationIds.length === 0 ? [""] : [...f.locationIds])
          if (f.tenantId !== undefined) q = q.where("tenant_id", "=", f.tenantId)
          if (f.statuses !== undefined)
            q = q.where("status", "in", f.statuses.length === 0 ? [""] : [...f.statuses])
          const separator = f.before?.lastIndexOf("|") ?? -1
          if (f.before !== undefined && separator > 0) {
            // Keyset: strictly after the last row seen in (created_at desc, id desc) order.
            const at = f.before.slice(0, separator)
            const id = f.before.slice(separator + 1)
            q = q.where((eb) =>
              eb.or([eb("created_at", "<", at), eb.and([eb("created_at", "=", at), eb("id", "<", id)])])
            )
          } else if (f.before !== undefined) q = q.where("id", "<", f.before)
          const search = f.search?.trim().toLowerCase()
          if (search !== undefined && search !== "") {
            // LIKE with the wildcards of the typed text escaped; lower() on both sides, so both databases ignore case.
            const escaped = search.replace(/[\\%_]/g, (c) => `\\${c}`)
            q = q.where((eb) =>
              eb.or([
                eb(sql`lower(name)`, "like", sql`${`%${escaped}%`} escape '\\'`),
                eb(sql`lower(tenant_id)`, "like", sql`${`${escaped}%`} escape '\\'`)
              ])
            )
          }
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map(toClaim))),
      // The open claims on these targets and their active associations, in one statement.
      holdersOf: (keys) =>
        keys.length === 0
          ? Effect.succeed([])
          : query((db) =>
              db
                .selectFrom("claim_targets")
                .innerJoin("claims", "claims.id", "claim_targets.claim_id")
                .select([
                  "claim_targets.target_key as target_key",
                  "claims.id as claim_id",
                  "claims.organization_id as organization_id",
                  "claims.status as status"
                ])
                .where("claim_targets.target_key", "in", [...keys])
                .where("claims.status", "in", [...OPEN_STATUSES])
                .unionAll((eb) =>
                  eb
                    .selectFrom("associations")
                    .select([
                      "target_key",
                      "claim_id",
                      "organization_id",
                      sql<string>`'association'`.as("status")
                    ])
                    .where("target_key", "in", [...keys])
                    .where("status", "=", "active")
                )
                .execute()
            ).pipe(
              Effect.map((rows) =>
                rows.map((r) => ({
                  targetKey: r.target_key,
                  claimId: r.claim_id,
                  organizationId: r.organization_id as OrganizationId,
                  status: r.status as Claim["status"] | "association"
                }))
              )
            ),
      claimsWithSubscription: (subscriptionId) =>
        query((db) =>
          db
            .selectFrom("claims")
            .innerJoin("claim_targets", "claim_targets.claim_id", "claims.id")
            .selectAll("claims")
            .where("claim_targets.target_key", "=", `subscription:${subscriptionId.toLowerCase()}`)
            .orderBy("claims.id")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toClaim))),
      insertAssociation: (a) =>
        tryQuery((db) =>
          db
            .insertInto("associations")
            .values({ id: a.id, ...associations.encode(a) })
            .execute()
        ).pipe(
          Effect.asVoid,
          Effect.catch((e) =>
            isUniqueViolation(e)
              ? Effect.fail(new AssociationExists({ targetKey: a.targetKey }))
              : Effect.die(e)
          )
        ),
      associationsOfClaim: (claimId) => associationTable.listWhere("claim_id", claimId, "started_at"),
      endAssociations: (claimId, at, reason, keys) =>
        query((db) => {
          let q = db
            .updateTable("associations")
            .set({ status: "ended", ended_at: at.toISOString(), end_reason: reason })
            .where("claim_id", "=", claimId)
            .where("status", "in", ["active", "pending"])
          if (keys !== undefined) q = q.where("target_key", "in", keys.length === 0 ? [""] : [...keys])
          return q.executeTakeFirst()
        }).pipe(Effect.map((r) => Number(r.numUpdatedRows))),
      markOfficial: (claimId, at) =>
        query((db) =>
          db
            .updateTable("associations")
            .set({ official_at: at.toISOString() })
            .where("claim_id", "=", claimId)
            .where("status", "=", "active")
            .where("official_at", "is", null)
            .execute()
        ).pipe(Effect.asVoid),
      activateAssociations: (claimId, at) =>
        query((db) =>
          db
            .updateTable("associations")
            .set({ status: "active", started_at: at.toISOString(), official_at: at.toISOString() })
            .where("claim_id", "=", claimId)
            .where("status", "=", "pending")
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows))),
      activeOn: (keys) =>
        keys.length === 0
          ? Effect.succeed([])
          : query((db) =>
              db
                .selectFrom("associations")
                .selectAll()
                .where("target_key", "in", [...keys])
                .where("status", "=", "active")
                .execute()
            ).pipe(Effect.map((rows) => rows.map(toAssociation))),
      listByCase: (caseId) => claimTable.listWhere("case_id", caseId, "submitted_at", "id"),
      queue: (f) => query((db) => queueSelect(db, f).execute()).pipe(Effect.map((rows) => rows.map(toClaim))),
      insertPoe: poeTable.insert,
      listPoe: (claimId) => poeTable.listWhere("claim_id", claimId, "uploaded_at", "id"),
      deletePoe: (claimId, poeId) =>
        query((db) =>
          db
            .deleteFrom("claim_poe")
            .where("claim_id", "=", claimId)
            .where("id", "=", poeId)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numDeletedRows) > 0)),
      insertComment: commentTable.insert,
      setConversation: (claimId, state) =>
        query((db) =>
          db
            .updateTable("claims")
            .set({
              awaiting_partner_since: state.awaitingPartnerSince?.toISOString() ?? null,
              partner_answered_at: state.partnerAnsweredAt?.toISOString() ?? null
            })
            .where("id", "=", claimId)
            .execute()
        ).pipe(Effect.asVoid),
      listComments: (claimId) => commentTable.listWhere("claim_id", claimId, "created_at", "id"),
      commentsPage: (claimId, before, limit) =>
        query((db) => {
          let q = db
            .selectFrom("claim_comments")
            .selectAll()
            .where("claim_id", "=", claimId)
            .orderBy("created_at", "desc")
            .orderBy("id", "desc")
            .limit(limit)
          if (before !== undefined) {
            const at = before.at.toISOString()
            q = q.where((eb) =>
              eb.or([
                eb("created_at", "<", at),
                eb.and([eb("created_at", "=", at), eb("id", "<", before.id)])
              ])
            )
          }
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map(toComment))),
      viewDataOf: makeViewDataOf(query, dialect),
      organizationNames: (ids) =>
        ids.length === 0
          ? Effect.succeed(new Map<string, string>())
          : query((db) =>
              db
                .selectFrom("organizations")
                .select(["id", "name"])
                .where("id", "in", [...new Set(ids)])
                .execute()
            ).pipe(Effect.map((rows) => new Map(rows.map((r) => [r.id, r.name]))))
    })
  })
)
