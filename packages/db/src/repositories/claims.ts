import {
  Association,
  AssociationExists,
  Claim,
  ClaimComment,
  ClaimRepository,
  Consent,
  type LocationId,
  OPEN_STATUSES,
  type OrganizationId,
  type PartnerId,
  Poe,
  type ProgramId,
  type QueueFilter,
  type TenantId,
  targetKeys,
  type UserId
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { type Kysely, type Selectable, sql } from "kysely"
import { Db, isUniqueViolation } from "../db.ts"
import type { AssociationsTable, ClaimsTable, Database } from "../schema.ts"
import { makeQuery, makeTryQuery } from "./query.ts"

const date = (s: string | null): Date | null => (s === null ? null : new Date(s))
const iso = (d: Date | null): string | null => (d === null ? null : d.toISOString())

const toClaim = (r: Selectable<ClaimsTable>): Claim =>
  new Claim({
    id: r.id,
    name: r.name,
    organizationId: r.organization_id as OrganizationId,
    locationId: r.location_id as LocationId,
    partnerId: r.partner_id as PartnerId,
    tenantId: r.tenant_id,
    customerDomain: r.customer_domain,
    solutionArea: r.solution_area as Claim["solutionArea"],
    partnerRole: r.partner_role as Claim["partnerRole"],
    programId: r.program_id as ProgramId,
    workloads: JSON.parse(r.workloads_json) as Array<string>,
    subscriptionIds: JSON.parse(r.subscription_ids_json) as Array<string>,
    optOutOfIncentives: r.opt_out === 1,
    customerContact: r.customer_contact_json === null ? null : JSON.parse(r.customer_contact_json),
    partnerContact: r.partner_contact_json === null ? null : JSON.parse(r.partner_contact_json),
    revenue: r.revenue_json === null ? null : JSON.parse(r.revenue_json),
    status: r.status as Claim["status"],
    version: Number(r.version),
    rejectionReason: r.rejection_reason as Claim["rejectionReason"],
    rejectionText: r.rejection_text,
    competing: r.competing === 1,
    caseId: r.case_id,
    consent: new Consent({
      status: r.consent_status as Claim["consent"]["status"],
      notifiedAt: date(r.consent_notified_at),
      windowEndsAt: date(r.consent_window_ends_at),
      respondedAt: date(r.consent_responded_at)
    }),
    acknowledgedAt: date(r.acknowledged_at),
    submittedAt: date(r.submitted_at),
    reviewStartedAt: date(r.review_started_at),
    assignedReviewerId: r.assigned_reviewer_id as UserId | null,
    partnerActionDueAt: date(r.partner_action_due_at),
    decidedAt: date(r.decided_at),
    rejectedAt: date(r.rejected_at),
    disputeUsed: r.dispute_used === 1,
    disputedAt: date(r.disputed_at),
    approvedAt: date(r.approved_at),
    officialAt: date(r.official_at),
    endedAt: date(r.ended_at),
    createdBy: r.created_by as UserId,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
    queueDeadlineAt: date(r.queue_deadline_at)
  })

const claimRow = (c: Claim) => ({
  name: c.name,
  organization_id: c.organizationId,
  location_id: c.locationId,
  partner_id: c.partnerId,
  tenant_id: c.tenantId,
  customer_domain: c.customerDomain,
  solution_area: c.solutionArea,
  partner_role: c.partnerRole,
  program_id: c.programId,
  workloads_json: JSON.stringify(c.workloads),
  subscription_ids_json: JSON.stringify(c.subscriptionIds),
  opt_out: c.optOutOfIncentives ? 1 : 0,
  customer_contact_json: c.customerContact === null ? null : JSON.stringify(c.customerContact),
  partner_contact_json: c.partnerContact === null ? null : JSON.stringify(c.partnerContact),
  revenue_json: c.revenue === null ? null : JSON.stringify(c.revenue),
  status: c.status,
  version: c.version,
  rejection_reason: c.rejectionReason,
  rejection_text: c.rejectionText,
  competing: c.competing ? 1 : 0,
  case_id: c.caseId,
  consent_status: c.consent.status,
  consent_notified_at: iso(c.consent.notifiedAt),
  consent_window_ends_at: iso(c.consent.windowEndsAt),
  consent_responded_at: iso(c.consent.respondedAt),
  acknowledged_at: iso(c.acknowledgedAt),
  submitted_at: iso(c.submittedAt),
  review_started_at: iso(c.reviewStartedAt),
  assigned_reviewer_id: c.assignedReviewerId,
  partner_action_due_at: iso(c.partnerActionDueAt),
  decided_at: iso(c.decidedAt),
  rejected_at: iso(c.rejectedAt),
  dispute_used: c.disputeUsed ? 1 : 0,
  disputed_at: iso(c.disputedAt),
  approved_at: iso(c.approvedAt),
  official_at: iso(c.officialAt),
  ended_at: iso(c.endedAt),
  created_by: c.createdBy,
  created_at: c.createdAt.toISOString(),
  updated_at: c.updatedAt.toISOString(),
  queue_deadline_at: iso(c.queueDeadlineAt)
})

const toAssociation = (r: Selectable<AssociationsTable>): Association =>
  new Association({
    id: r.id,
    claimId: r.claim_id,
    targetKey: r.target_key,
    organizationId: r.organization_id as OrganizationId,
    locationId: r.location_id as LocationId,
    partnerId: r.partner_id as PartnerId,
    tenantId: r.tenant_id as TenantId,
    status: r.status as Association["status"],
    startedAt: new Date(r.started_at),
    officialAt: date(r.official_at),
    endedAt: date(r.ended_at),
    endReason: r.end_reason
  })

const OPEN = ["submitted", "under_review", "partner_action_required", "disputed"] as const
/**
 * Literally the WHERE of the partial queue indexes (SQLite uses a partial index only when the query
 * repeats it): only open claims carry a queue deadline.
 */
const OPEN_PREDICATE = sql<boolean>`queue_deadline_at IS NOT NULL`
const statusIn = (statuses: ReadonlyArray<string>) =>
  sql<boolean>`status IN (${sql.join(statuses.map((s) => sql.lit(s)))})`

/** The review queue query: open claims by next deadline, then id (keyset pagination). Used by the benchmark too. */
export const queueSelect = (db: Kysely<Database>, f: QueueFilter) => {
  const statuses = f.statuses.filter((s) => (OPEN as ReadonlyArray<string>).includes(s))
  let q = db
    .selectFrom("claims")
    .selectAll()
    .where(OPEN_PREDICATE)
    .orderBy("queue_deadline_at")
    .orderBy("id")
    .limit(f.limit)
  if (statuses.length < OPEN.length) {
    q =
      statuses.length === 1
        ? q.where(sql<boolean>`status = ${sql.lit(statuses[0]!)}`)
        : q.where(statusIn(statuses.length === 0 ? ["none"] : statuses))
  }
  if (f.programId !== undefined) q = q.where("program_id", "=", f.programId)
  if (f.solutionArea !== undefined) q = q.where("solution_area", "=", f.solutionArea)
  if (f.competing !== undefined) q = q.where("competing", "=", f.competing ? 1 : 0)
  if (f.assignedReviewerId !== undefined) q = q.where("assigned_reviewer_id", "=", f.assignedReviewerId)
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

export const ClaimRepositoryLive = Layer.effect(
  ClaimRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const tryQuery = yield* makeTryQuery
    const { dialect } = yield* Db

    const replaceTargets = (claim: Claim) =>
      Effect.gen(function* () {
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
          yield* replaceTargets(claim)
        }),
      update: (claim, expectedVersion) =>
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
          yield* replaceTargets(claim)
          return true
        }),
      find: (id) =>
        query((db) => db.selectFrom("claims").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
          Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toClaim)))
        ),
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
      holdersOf: (keys) =>
        Effect.gen(function* () {
          if (keys.length === 0) return []
          const open = yield* query((db) =>
            db
              .selectFrom("claim_targets")
              .innerJoin("claims", "claims.id", "claim_targets.claim_id")
              .select(["claim_targets.target_key", "claims.id", "claims.organization_id", "claims.status"])
              .where("claim_targets.target_key", "in", [...keys])
              .where("claims.status", "in", [...OPEN_STATUSES])
              .execute()
          )
          const held = yield* query((db) =>
            db
              .selectFrom("associations")
              .select(["target_key", "claim_id", "organization_id"])
              .where("target_key", "in", [...keys])
              .where("status", "=", "active")
              .execute()
          )
          return [
            ...open.map((r) => ({
              targetKey: r.target_key,
              claimId: r.id,
              organizationId: r.organization_id as OrganizationId,
              status: r.status as Claim["status"]
            })),
            ...held.map((r) => ({
              targetKey: r.target_key,
              claimId: r.claim_id,
              organizationId: r.organization_id as OrganizationId,
              status: "association" as const
            }))
          ]
        }),
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
            .values({
              id: a.id,
              claim_id: a.claimId,
              target_key: a.targetKey,
              organization_id: a.organizationId,
              location_id: a.locationId,
              partner_id: a.partnerId,
              tenant_id: a.tenantId,
              status: a.status,
              started_at: a.startedAt.toISOString(),
              official_at: iso(a.officialAt),
              ended_at: iso(a.endedAt),
              end_reason: a.endReason
            })
            .execute()
        ).pipe(
          Effect.asVoid,
          Effect.catch((e) =>
            isUniqueViolation(e)
              ? Effect.fail(new AssociationExists({ targetKey: a.targetKey }))
              : Effect.die(e)
          )
        ),
      associationsOfClaim: (claimId) =>
        query((db) =>
          db
            .selectFrom("associations")
            .selectAll()
            .where("claim_id", "=", claimId)
            .orderBy("started_at")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toAssociation))),
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
      listByCase: (caseId) =>
        query((db) =>
          db
            .selectFrom("claims")
            .selectAll()
            .where("case_id", "=", caseId)
            .orderBy("submitted_at")
            .orderBy("id")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toClaim))),
      queue: (f) => query((db) => queueSelect(db, f).execute()).pipe(Effect.map((rows) => rows.map(toClaim))),
      insertPoe: (p) =>
        query((db) =>
          db
            .insertInto("claim_poe")
            .values({
              id: p.id,
              claim_id: p.claimId,
              file_name: p.fileName,
              media_type: p.mediaType,
              size: p.size,
              sha256: p.sha256,
              blob_key: p.blobKey,
              uploaded_by: p.uploadedBy,
              uploaded_at: p.uploadedAt.toISOString()
            })
            .execute()
        ).pipe(Effect.asVoid),
      listPoe: (claimId) =>
        query((db) =>
          db
            .selectFrom("claim_poe")
            .selectAll()
            .where("claim_id", "=", claimId)
            .orderBy("uploaded_at")
            .orderBy("id")
            .execute()
        ).pipe(
          Effect.map((rows) =>
            rows.map(
              (r) =>
                new Poe({
                  id: r.id,
                  claimId: r.claim_id,
                  fileName: r.file_name,
                  mediaType: r.media_type,
                  size: Number(r.size),
                  sha256: r.sha256,
                  blobKey: r.blob_key,
                  uploadedBy: r.uploaded_by as UserId,
                  uploadedAt: new Date(r.uploaded_at)
                })
            )
          )
        ),
      deletePoe: (claimId, poeId) =>
        query((db) =>
          db
            .deleteFrom("claim_poe")
            .where("claim_id", "=", claimId)
            .where("id", "=", poeId)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numDeletedRows) > 0)),
      insertComment: (c) =>
        query((db) =>
          db
            .insertInto("claim_comments")
            .values({
              id: c.id,
              claim_id: c.claimId,
              author_type: c.authorType,
              author_id: c.authorId,
              author_name: c.authorName,
              body: c.body,
              created_at: c.createdAt.toISOString()
            })
            .execute()
        ).pipe(Effect.asVoid),
      listComments: (claimId) =>
        query((db) =>
          db
            .selectFrom("claim_comments")
            .selectAll()
            .where("claim_id", "=", claimId)
            .orderBy("created_at")
            .orderBy("id")
            .execute()
        ).pipe(
          Effect.map((rows) =>
            rows.map(
              (r) =>
                new ClaimComment({
                  id: r.id,
                  claimId: r.claim_id,
                  authorType: r.author_type as ClaimComment["authorType"],
                  authorId: r.author_id,
                  authorName: r.author_name,
                  body: r.body,
                  createdAt: new Date(r.created_at)
                })
            )
          )
        )
    })
  })
)
