import { Effect, Layer, Option } from "effect"
import type { AttributionEvent } from "../../attribution/model.ts"
import type { Association, Claim } from "../../claims/model.ts"
import type { Program } from "../../enrollment/model.ts"
import type { Location } from "../../identity/model.ts"
import type { LocationId, ProgramId } from "../../ids.ts"
import { type DporAssignment, type PorEventRecord, PorRepository } from "../../por/model.ts"
import { ASSOCIATIONS_TABLE, CLAIMS_TABLE } from "./claims.ts"
import { PROGRAMS_TABLE } from "./enrollment.ts"
import { LOCATIONS_TABLE } from "./identity.ts"
import { MemoryStore } from "./store.ts"

/**
 * PorRepository in memory: one DPOR per subscription, the dated POR events, and the CPOR events derived
 * from the claims' associations that became official (and ended), as the database derives them.
 */
export const porRepositoryMemory: Layer.Layer<PorRepository, never, MemoryStore> = Layer.effect(
  PorRepository,
  Effect.gen(function* () {
    const store = yield* MemoryStore
    const dpor = store.table<string, DporAssignment>("por.subscription_dpor")
    const events = store.table<string, PorEventRecord>("por.attribution_events")
    const associations = store.table<string, Association>(ASSOCIATIONS_TABLE)
    const claims = store.table<string, Claim>(CLAIMS_TABLE)
    const programs = store.table<ProgramId, Program>(PROGRAMS_TABLE)
    const locations = store.table<LocationId, Location>(LOCATIONS_TABLE)
    /** The organization whose location has this PartnerID (PartnerIDs are unique), as the database joins it. */
    const organizationOfPartner = (partnerId: string | null) =>
      partnerId === null
        ? null
        : ([...locations.values()].find((l) => l.partnerId === partnerId)?.organizationId ?? null)
    const bySubscription = (a: DporAssignment, b: DporAssignment) =>
      a.subscriptionId < b.subscriptionId ? -1 : a.subscriptionId > b.subscriptionId ? 1 : 0

    return PorRepository.of({
      currentDpor: (subscriptionId) => Effect.sync(() => Option.fromUndefinedOr(dpor.get(subscriptionId))),
      setDpor: (a) => Effect.sync(() => void dpor.set(a.subscriptionId, a)),
      clearDpor: (subscriptionId) => Effect.sync(() => void dpor.delete(subscriptionId)),
      dporOf: (partnerIds) =>
        Effect.sync(() =>
          [...dpor.values()].filter((a) => partnerIds.includes(a.partnerId)).sort(bySubscription)
        ),
      dporOn: (ids) => Effect.sync(() => [...dpor.values()].filter((a) => ids.includes(a.subscriptionId))),
      appendEvent: (e) =>
        Effect.suspend(() =>
          events.has(e.id)
            ? Effect.die(new Error(`attribution event ${e.id} exists already`))
            : Effect.sync(() => void events.set(e.id, e))
        ),
      appendEvents: (list) =>
        Effect.suspend(() => {
          const taken = new Set([...events.values()].map((e) => e.externalId).filter((x) => x != null))
          const clash = list.find(
            (e) => events.has(e.id) || (e.externalId != null && taken.has(e.externalId))
          )
          if (clash !== undefined)
            return Effect.die(new Error(`attribution event ${clash.id} exists already`))
          return Effect.sync(() => {
            for (const e of list) events.set(e.id, e)
          })
        }),
      lockImports: Effect.void,
      eventsByExternalId: (ids) =>
        Effect.sync(() =>
          [...events.values()].filter((e) => e.externalId != null && ids.includes(e.externalId))
        ),
      eventsFor: (keys) =>
        Effect.sync(() =>
          [...events.values()]
            .filter((e) => keys.includes(e.subjectKey))
            .map((e) => ({ ...e, partnerOrganizationId: organizationOfPartner(e.partnerId) }))
        ),
      cporEventsFor: (keys) =>
        Effect.sync(() =>
          [...associations.values()]
            .filter((a) => keys.includes(a.targetKey) && a.officialAt !== null)
            .flatMap((a) => {
              const claim = claims.get(a.claimId)
              const incentivized =
                claim === undefined ? false : programs.get(claim.programId)?.incentivized === true
              const official: AttributionEvent = {
                type: "cpor_official",
                id: `${a.id}:official`,
                at: a.officialAt!.toISOString(),
                partnerId: a.partnerId,
                claimId: a.claimId,
                // Not paid: non-incentivized programs (e.g. influenced revenue) and opted-out claims.
                incentiveEligible: incentivized && claim?.optOutOfIncentives === false
              }
              const ended: ReadonlyArray<AttributionEvent> =
                a.endedAt === null
                  ? []
                  : [
                      {
                        type: "cpor_ended",
                        id: `${a.id}:ended`,
                        at: a.endedAt.toISOString(),
                        claimId: a.claimId
                      }
                    ]
              return [official, ...ended].map((event) => ({
                subjectKey: a.targetKey,
                event,
                organizationId: a.organizationId
              }))
            })
        )
    })
  })
)
