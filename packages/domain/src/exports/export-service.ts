import { Context, Effect, Layer, Option, Stream } from "effect"
import { AttributionService } from "../attribution/attribution-service.ts"
import type { AttributionBasis } from "../attribution/model.ts"
import { type AuditEvent, type AuditFilter, AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import type { IncentiveKind } from "../catalog/catalog.ts"
import { claimListScope } from "../claims/list-scope.ts"
import type { Association, Claim, ClaimStatus } from "../claims/model.ts"
import { ClaimRepository } from "../claims/repository.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { Forbidden, type NotFound } from "../shared/errors.ts"
import { type AssociationStatus, ExportRepository } from "./repository.ts"

/**
 * Rows per statement of an export: a page is read only when the previous one has been written to the
 * client (the stream is pulled), so an export of any size holds one page in memory.
 */
export const EXPORT_PAGE_SIZE = 1000

/** At most this many subscriptions per attribution-timeline export (each is its own read). */
export const MAX_TIMELINE_SUBSCRIPTIONS = 500

/** A stream of pages (each non-empty, at most the page size), read on demand. */
export type Pages<A> = Stream.Stream<ReadonlyArray<A>>

/** Which claims a claim export contains. */
export interface ClaimExportFilter {
  readonly statuses?: ReadonlyArray<ClaimStatus> | undefined
  readonly search?: string | undefined
}

/**
 * One row of the attribution timeline export: a subscription's partner of record for an incentive over a date
 * range.
 */
export interface TimelineRow {
  readonly subscriptionId: string
  readonly incentive: IncentiveKind
  readonly from: string | null
  readonly to: string | null
  readonly partnerId: string | null
  readonly basis: AttributionBasis | null
  readonly incentiveEligible: boolean | null
  /** `not_found`: no such subscription, or none the caller may see (the two are not told apart). */
  readonly problem: "not_found" | null
}

/** Which audit events an audit export contains (the audit log's filters without paging). */
export type AuditExportFilter = Omit<AuditFilter, "limit" | "before" | "cursor">

/** Keyset pages: `next` reads the page after the cursor; the stream ends at a short page. */
const keysetPages = <A, C>(
  pageSize: number,
  read: (cursor: C | undefined, limit: number) => Effect.Effect<ReadonlyArray<A>>,
  cursorOf: (last: A) => C
): Pages<A> =>
  Stream.paginate(undefined as C | undefined, (cursor) =>
    Effect.map(read(cursor, pageSize), (rows) => {
      const last = rows.at(-1)
      const next =
        rows.length === pageSize && last !== undefined ? Option.some(cursorOf(last)) : Option.none()
      return [rows.length === 0 ? [] : [rows], next] as const
    })
  )

/**
 * Streamed exports (SPEC §12): the claims and associations of the caller's scope (the claims list's scope,
 * `claims/list-scope.ts`), attribution timelines of subscriptions (the attribution service, so its
 * visibility rules), and the audit log (those who may read it). Each method checks the caller first (a
 * refusal before any row) and answers a stream that reads one keyset page per pull.
 */
export class ExportService extends Context.Service<
  ExportService,
  {
    /** Streams the claims the actor may see as export rows, page by page. */
    readonly claims: (
      actor: Actor,
      filter: ClaimExportFilter,
      pageSize?: number
    ) => Effect.Effect<Pages<Claim>, Forbidden>
    /** Streams the associations (partner of record per target) as export rows. */
    readonly associations: (
      actor: Actor,
      filter: { readonly status?: AssociationStatus | undefined },
      pageSize?: number
    ) => Effect.Effect<Pages<Association>, Forbidden>
    /** Streams the attribution timelines of these subscriptions. */
    readonly timelines: (
      actor: Actor,
      subscriptionIds: ReadonlyArray<string>,
      kind: IncentiveKind,
      range: { readonly from?: string | undefined; readonly to?: string | undefined }
    ) => Effect.Effect<Pages<TimelineRow>, Forbidden>
    /** Streams the audit log's events matching the filter. */
    readonly audit: (
      actor: Actor,
      filter: AuditExportFilter,
      pageSize?: number
    ) => Effect.Effect<Pages<AuditEvent>, Forbidden>
  }
>()("@openpor/domain/exports/ExportService") {
  static readonly layer = Layer.effect(
    ExportService,
    Effect.gen(function* () {
      const claimsRepo = yield* ClaimRepository
      const identity = yield* IdentityRepository
      const exportsRepo = yield* ExportRepository
      const auditLog = yield* AuditLog
      const attribution = yield* AttributionService

      const claims = Effect.fn("ExportService.claims")(function* (
        actor: Actor,
        filter: ClaimExportFilter,
        pageSize: number = EXPORT_PAGE_SIZE
      ) {
        const scope = yield* claimListScope(actor, identity)
        if (scope._tag === "None") return Stream.empty as Pages<Claim>
        const where =
          scope._tag === "All" ? {} : { organizationId: scope.organizationId, locationIds: scope.locationIds }
        return keysetPages(
          pageSize,
          (before: string | undefined, limit) => claimsRepo.list({ ...filter, ...where, before, limit }),
          // The claims list's cursor: `<createdAt>|<id>` of the last claim (newest first).
          (last) => `${last.createdAt.toISOString()}|${last.id}`
        )
      })

      const associations = Effect.fn("ExportService.associations")(function* (
        actor: Actor,
        filter: { readonly status?: AssociationStatus | undefined },
        pageSize: number = EXPORT_PAGE_SIZE
      ) {
        const scope = yield* claimListScope(actor, identity)
        if (scope._tag === "None") return Stream.empty as Pages<Association>
        const where =
          scope._tag === "All" ? {} : { organizationId: scope.organizationId, locationIds: scope.locationIds }
        return keysetPages(
          pageSize,
          (after: { startedAt: Date; id: string } | undefined, limit) =>
            exportsRepo.associationsPage({ ...where, status: filter.status, after, limit }),
          (last) => ({ startedAt: last.startedAt, id: last.id })
        )
      })

      const timelines = Effect.fn("ExportService.timelines")(function* (
        actor: Actor,
        subscriptionIds: ReadonlyArray<string>,
        kind: IncentiveKind,
        range: { readonly from?: string | undefined; readonly to?: string | undefined }
      ) {
        // Who may read timelines at all (the attribution service checks each subscription again).
        if (actor.kind === "vendor") yield* authorize("readDirectory", actor)
        else if (actor.kind === "partner")
          yield* authorize("viewClaims", actor, { organizationId: actor.organizationId })
        else if (actor.kind !== "customer")
          return yield* new Forbidden({ action: "readAttribution", reason: "Sign in as a user to export" })
        const ids = [...new Set(subscriptionIds.map((s) => s.trim().toLowerCase()))].filter((s) => s !== "")
        return Stream.fromIterable(ids).pipe(
          Stream.mapEffect((subscriptionId) =>
            attribution.timeline(actor, { subscriptionId }, kind, range).pipe(
              Effect.map(
                (intervals): ReadonlyArray<TimelineRow> =>
                  intervals.map((i) => ({
                    subscriptionId,
                    incentive: kind,
                    from: i.from,
                    to: i.to,
                    partnerId: i.partnerId,
                    basis: i.basis,
                    incentiveEligible: i.incentiveEligible,
                    problem: null
                  }))
              ),
              Effect.catchTags({
                NotFound: (_: NotFound) => Effect.succeed([notFoundRow(subscriptionId, kind)]),
                Forbidden: (_: Forbidden) => Effect.succeed([notFoundRow(subscriptionId, kind)])
              })
            )
          ),
          Stream.filter((rows) => rows.length > 0)
        ) as Pages<TimelineRow>
      })

      const audit = Effect.fn("ExportService.audit")(function* (
        actor: Actor,
        filter: AuditExportFilter,
        pageSize: number = EXPORT_PAGE_SIZE
      ) {
        yield* authorize("readAudit", actor)
        return keysetPages(
          pageSize,
          (cursor: { at: string; id: string } | undefined, limit) =>
            auditLog.list({ ...filter, cursor, limit }),
          (last) => ({ at: last.at.toISOString(), id: last.id })
        )
      })

      return { claims, associations, timelines, audit }
    })
  )
}

const notFoundRow = (subscriptionId: string, kind: IncentiveKind): TimelineRow => ({
  subscriptionId,
  incentive: kind,
  from: null,
  to: null,
  partnerId: null,
  basis: null,
  incentiveEligible: null,
  problem: "not_found"
})
