import { Context, type Effect, type Option } from "effect"
import type { AttributionEvent } from "../attribution/model.ts"
import type { LocationId } from "../ids.ts"

/** The Digital Partner of Record currently named on a subscription. */
export interface DporAssignment {
  readonly subscriptionId: string
  readonly partnerId: string
  readonly locationId: LocationId
  readonly addedAt: Date
}

/** A dated DPOR / OSA / POE event as stored (CPOR events come from the associations). */
export interface PorEventRecord {
  readonly id: string
  readonly subjectKey: string
  readonly type: "osa_form" | "dpor_added" | "dpor_removed" | "dpor_poe"
  readonly partnerId: string | null
  readonly receivedOn: string | null
  readonly at: Date
  readonly createdBy: string
  /** The vendor's id of an imported event (history import, SPEC §4); absent for live events. */
  readonly externalId?: string | null | undefined
}

/** A stored event with the organization whose location its partner is (null: no partner, or no location). */
export interface PorEventOfOrganization extends PorEventRecord {
  readonly partnerOrganizationId: string | null
}

export const subscriptionSubject = (subscriptionId: string) => `subscription:${subscriptionId.toLowerCase()}`
export const workloadSubject = (tenantId: string, workload: string) =>
  `workload:${tenantId.toLowerCase()}:${workload}`

export const toEngineEvent = (e: PorEventRecord): AttributionEvent => {
  const at = e.at.toISOString()
  switch (e.type) {
    case "osa_form":
      return {
        type: "osa_form",
        id: e.id,
        at,
        partnerId: e.partnerId ?? "",
        receivedOn: e.receivedOn ?? at.slice(0, 10)
      }
    case "dpor_added":
      return { type: "dpor_added", id: e.id, at, partnerId: e.partnerId ?? "" }
    case "dpor_removed":
      return { type: "dpor_removed", id: e.id, at }
    case "dpor_poe":
      return { type: "dpor_poe", id: e.id, at, partnerId: e.partnerId ?? "" }
  }
}

/**
 * Storage of POR events (DPOR assignments, OSA forms, POE, official and ended associations), the input of
 * attribution (a repository interface).
 */
export class PorRepository extends Context.Service<
  PorRepository,
  {
    /** A subscription's current Digital Partner of Record. */
    readonly currentDpor: (subscriptionId: string) => Effect.Effect<Option.Option<DporAssignment>>
    /** Names a subscription's Digital Partner of Record. */
    readonly setDpor: (assignment: DporAssignment) => Effect.Effect<void>
    /** Clears a subscription's Digital Partner of Record. */
    readonly clearDpor: (subscriptionId: string) => Effect.Effect<void>
    /** The subscriptions these partners are DPOR of. */
    readonly dporOf: (partnerIds: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<DporAssignment>>
    /** The DPOR assignments of these subscriptions. */
    readonly dporOn: (subscriptionIds: ReadonlyArray<string>) => Effect.Effect<ReadonlyArray<DporAssignment>>
    /** Appends one POR event (the attribution engine's input). */
    readonly appendEvent: (event: PorEventRecord) => Effect.Effect<void>
    /** Appends imported events (each with its externalId) in one go, inside the caller's transaction. */
    readonly appendEvents: (events: ReadonlyArray<PorEventRecord>) => Effect.Effect<void>
    /**
     * Serializes history imports until the caller's transaction ends (two imports of one file store its
     * events once: the second reads what the first stored).
     */
    readonly lockImports: Effect.Effect<void>
    /** The stored events that carry one of these externalIds (history import: what is there already). */
    readonly eventsByExternalId: (
      externalIds: ReadonlyArray<string>
    ) => Effect.Effect<ReadonlyArray<PorEventRecord>>
    /**
     * Events of these subjects, any order (the engine orders them canonically), each with the
     * organization of its partner's location (read with them: a partner's access check needs no
     * other read).
     */
    readonly eventsFor: (
      subjectKeys: ReadonlyArray<string>
    ) => Effect.Effect<ReadonlyArray<PorEventOfOrganization>>
    /** CPOR official/ended events of these subjects, from the associations. */
    readonly cporEventsFor: (subjectKeys: ReadonlyArray<string>) => Effect.Effect<
      ReadonlyArray<{
        readonly subjectKey: string
        readonly event: AttributionEvent
        readonly organizationId: string
      }>
    >
  }
>()("@openpor/domain/por/PorRepository") {}
