import {
  acknowledgementsOf,
  ClaimComment,
  type ClaimHistoryEntry,
  type ClaimViewData,
  Poe
} from "@openpor/domain"
import { Effect } from "effect"
import { type RawBuilder, type Selectable, sql } from "kysely"
import type { Dialect } from "../migrations/dialect.ts"
import type { ClaimCommentsTable, ClaimPoeTable } from "../schema.ts"
import type { Query } from "./query.ts"
import { type FieldsOf, rowMapping } from "./row-mapping.ts"

export const poes = rowMapping<ClaimPoeTable, FieldsOf<typeof Poe>>()({
  claimId: "claim_id",
  fileName: "file_name",
  mediaType: "media_type",
  size: ["size", "int"],
  sha256: "sha256",
  blobKey: "blob_key",
  uploadedBy: "uploaded_by",
  uploadedAt: ["uploaded_at", "date"]
})
export const toPoe = (r: Selectable<ClaimPoeTable>) => new Poe({ id: r.id, ...poes.decode(r) })

export const comments = rowMapping<ClaimCommentsTable, FieldsOf<typeof ClaimComment>>()({
  claimId: "claim_id",
  authorType: "author_type",
  authorId: "author_id",
  authorName: "author_name",
  body: "body",
  createdAt: ["created_at", "date"]
})
export const toComment = (r: Selectable<ClaimCommentsTable>) =>
  new ClaimComment({ id: r.id, ...comments.decode(r) })

const POE_COLUMNS = [
  "id",
  "claim_id",
  "file_name",
  "media_type",
  "size",
  "sha256",
  "blob_key",
  "uploaded_by",
  "uploaded_at"
] as const
const COMMENT_COLUMNS = [
  "id",
  "claim_id",
  "author_type",
  "author_id",
  "author_name",
  "body",
  "created_at"
] as const

interface HistoryRow {
  readonly id: string
  readonly claim_id: string
  readonly at: string
  readonly action: string
  readonly actor_type: string
  readonly from: string | null
  readonly to: string | null
  readonly acknowledgements?: unknown
}

/**
 * The POE, newest comments and newest history entries of claims in ONE statement on either dialect: a
 * UNION ALL of the three, each row one JSON object (`json_object` on SQLite, `json_build_object` on
 * PostgreSQL) keyed by column name, decoded by the same row mappings as the tables' own reads. The
 * history carries only what the claim page shows: the action and the statuses before and after,
 * extracted from the audit row's JSON by the database (not the whole before/after documents).
 */
export const makeViewDataOf =
  (query: Query, dialect: Dialect) =>
  (
    claimIds: ReadonlyArray<string>,
    limits: { readonly comments: number; readonly history: number }
  ): Effect.Effect<ClaimViewData> => {
    if (claimIds.length === 0) return Effect.succeed({ poe: [], comments: [], history: [] })
    const ids = sql.join(claimIds.map((id) => sql`${id}`))
    const object = (pairs: ReadonlyArray<readonly [string, RawBuilder<unknown>]>) => {
      const args = sql.join(pairs.map(([key, value]) => sql`${sql.lit(key)}, ${value}`))
      return dialect === "postgres" ? sql`json_build_object(${args})::text` : sql`json_object(${args})`
    }
    const columns = (names: ReadonlyArray<string>) => names.map((n) => [n, sql.ref(n)] as const)
    const status = (column: string) =>
      dialect === "postgres"
        ? sql`(${sql.ref(column)}::jsonb ->> 'status')`
        : sql`json_extract(${sql.ref(column)}, '$.status')`
    // The statements a submission confirmed (an array, or null for every other change).
    const acknowledgements =
      dialect === "postgres"
        ? sql`(after_json::jsonb -> 'acknowledgements')`
        : sql`json_extract(after_json, '$.acknowledgements')`
    const parts: Array<RawBuilder<unknown>> = [
      sql`select 'p' as part, ${object(columns(POE_COLUMNS))} as data from claim_poe where claim_id in (${ids})`
    ]
    if (limits.comments > 0)
      parts.push(sql`select 'c' as part, ${object(columns(COMMENT_COLUMNS))} as data from (
        select *, row_number() over (partition by claim_id order by created_at desc, id desc) as rn
        from claim_comments where claim_id in (${ids})
      ) as newest_comments where rn <= ${limits.comments}`)
    if (limits.history > 0)
      parts.push(sql`select 'h' as part, ${object([
        ["id", sql.ref("id")],
        ["claim_id", sql.ref("entity_id")],
        ["at", sql.ref("at")],
        ["action", sql.ref("action")],
        ["actor_type", sql.ref("actor_type")],
        ["from", status("before_json")],
        ["to", status("after_json")],
        ["acknowledgements", acknowledgements]
      ])} as data from (
        select *, row_number() over (partition by entity_id order by at desc, id desc) as rn
        from audit_log where entity_type = 'claim' and entity_id in (${ids})
      ) as newest_history where rn <= ${limits.history}`)
    return query((db) =>
      sql<{ part: string; data: string }>`${sql.join(parts, sql` union all `)}`.execute(db)
    ).pipe(
      Effect.map(({ rows }) => {
        const poe: Array<Poe> = []
        const found: Array<ClaimComment> = []
        const history: Array<ClaimHistoryEntry> = []
        for (const { part, data } of rows) {
          const row = JSON.parse(data)
          if (part === "p") poe.push(toPoe(row))
          else if (part === "c") found.push(toComment(row))
          else {
            const h = row as HistoryRow
            history.push({
              id: h.id,
              claimId: h.claim_id,
              at: new Date(h.at),
              action: h.action,
              actorType: h.actor_type,
              from: h.from ?? null,
              to: h.to ?? null,
              ...acknowledgementsOf(h.acknowledgements)
            })
          }
        }
        // The order the views expect: POE by upload; comments and history newest first (ties by id).
        const ascending = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
        poe.sort((a, b) => a.uploadedAt.getTime() - b.uploadedAt.getTime() || ascending(a.id, b.id))
        found.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || ascending(b.id, a.id))
        history.sort((a, b) => b.at.getTime() - a.at.getTime() || ascending(b.id, a.id))
        return { poe, comments: found, history }
      })
    )
  }
