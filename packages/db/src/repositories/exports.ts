import {
  Association,
  ExportRepository,
  type LocationId,
  type OrganizationId,
  type PartnerId,
  type TenantId
} from "@openpor/domain"
import { Effect, Layer } from "effect"
import type { Selectable } from "kysely"
import type { AssociationsTable } from "../schema.ts"
import { makeQuery } from "./query.ts"

const toAssociation = (r: Selectable<AssociationsTable>) =>
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
    officialAt: r.official_at === null ? null : new Date(r.official_at),
    endedAt: r.ended_at === null ? null : new Date(r.ended_at),
    endReason: r.end_reason
  })

/** The exports' own reads: keyset pages in one statement each (indexes of migration 0016). */
export const ExportRepositoryLive = Layer.effect(
  ExportRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return ExportRepository.of({
      associationsPage: (f) =>
        query((db) => {
          let q = db
            .selectFrom("associations")
            .selectAll()
            .orderBy("started_at", "desc")
            .orderBy("id", "desc")
            .limit(f.limit)
          if (f.organizationId !== undefined) q = q.where("organization_id", "=", f.organizationId)
          if (f.locationIds !== undefined)
            q = q.where("location_id", "in", f.locationIds.length === 0 ? [""] : [...f.locationIds])
          if (f.status !== undefined) q = q.where("status", "=", f.status)
          if (f.after !== undefined) {
            const at = f.after.startedAt.toISOString()
            const id = f.after.id
            q = q.where((eb) =>
              eb.or([eb("started_at", "<", at), eb.and([eb("started_at", "=", at), eb("id", "<", id)])])
            )
          }
          return q.execute()
        }).pipe(Effect.map((rows) => rows.map(toAssociation)))
    })
  })
)
