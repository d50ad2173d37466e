import { Context, type Effect, Schema } from "effect"
import type { Association } from "../claims/model.ts"
import type { OrganizationId } from "../ids.ts"

/** The states of an association, as the associations export filters them. */
export const AssociationStatus = Schema.Literals(["pending", "active", "ended"])
export type AssociationStatus = typeof AssociationStatus.Type

/** Which associations a page of the associations export holds; all given conditions apply. */
export interface AssociationPageFilter {
  readonly organizationId?: OrganizationId | undefined
  readonly locationIds?: ReadonlyArray<string> | undefined
  readonly status?: AssociationStatus | undefined
  /** Keyset cursor: the associations after this one, newest first (started_at desc, id desc). */
  readonly after?: { readonly startedAt: Date; readonly id: string } | undefined
  readonly limit: number
}

/** The reads of the streamed exports that no other repository has (SPEC §12). */
export class ExportRepository extends Context.Service<
  ExportRepository,
  {
    /** One page of associations, newest first (started_at desc, id desc), in one statement. */
    readonly associationsPage: (filter: AssociationPageFilter) => Effect.Effect<ReadonlyArray<Association>>
  }
>()("@openpor/domain/exports/ExportRepository") {}
