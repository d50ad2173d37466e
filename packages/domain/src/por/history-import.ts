import { Effect, Option, Schema } from "effect"
import { AttributionPolicy } from "../attribution/attribution-service.ts"
import { validateOsaForm } from "../attribution/engine.ts"
import { prepare, replay } from "../attribution/events.ts"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { IsoDate } from "../calendar/business-calendar.ts"
import { Clock } from "../calendar/clock.ts"
import { DirectoryRepository } from "../directory/repository.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { isPartnerId, newId, PARTNER_ID_MESSAGE, type SubscriptionId } from "../ids.ts"
import { Transactor } from "../shared/transactor.ts"
import { PorEventRowsRefused } from "./errors.ts"
import { type PorEventRecord, PorRepository, subscriptionSubject, toEngineEvent } from "./model.ts"

/** The event types of a history file (SPEC §4); `por_poe` is the DPOR's proof of execution. */
export const PorImportEventType = Schema.Literals(["dpor_added", "dpor_removed", "osa_form", "por_poe"])
export type PorImportEventType = typeof PorImportEventType.Type

/** The columns of a history file, in the order of the CSV template (JSON uses the same names). */
export const PorImportColumn = Schema.Literals(["externalId", "type", "subscriptionId", "partnerId", "on"])
export type PorImportColumn = typeof PorImportColumn.Type
/** The columns of a POR history file, in order. */
export const POR_IMPORT_COLUMNS: ReadonlyArray<PorImportColumn> = PorImportColumn.literals

/** Why a row of a history file is refused. */
export const PorImportProblemCode = Schema.Literals([
  "required",
  "invalid_external_id",
  "duplicate_external_id",
  "external_id_conflict",
  "invalid_type",
  "unknown_subscription",
  "invalid_partner_id",
  "unknown_partner_id",
  "invalid_date",
  "date_in_future",
  "osa_forms_not_accepted"
])
export type PorImportProblemCode = typeof PorImportProblemCode.Type

/** What happened to an accepted row: stored now, or stored by an earlier import (same externalId). */
export const PorImportOutcome = Schema.Literals(["imported", "unchanged"])
export type PorImportOutcome = typeof PorImportOutcome.Type

/** One row of a history file as read: its line (CSV line, or position in the JSON list) and its text. */
export interface PorImportRecord {
  readonly line: number
  readonly externalId?: string | undefined
  readonly type?: string | undefined
  readonly subscriptionId?: string | undefined
  readonly partnerId?: string | undefined
  readonly on?: string | undefined
}

/** A refused row of a POR history file: its line, external id, the column and the problem. */
export interface PorImportRefusedRow {
  readonly line: number
  readonly externalId: string
  readonly column: PorImportColumn
  readonly code: PorImportProblemCode
  readonly message: string
}

/** A row of a POR history file as read: its line, external id, event type and fields. */
export interface PorImportRow {
  readonly line: number
  readonly externalId: string
  readonly type: PorImportEventType
  readonly subscriptionId: string
  readonly outcome: PorImportOutcome
}

const EXTERNAL_ID = /^[\x21-\x7e]{1,200}$/
const stored: Record<PorImportEventType, PorEventRecord["type"]> = {
  dpor_added: "dpor_added",
  dpor_removed: "dpor_removed",
  osa_form: "osa_form",
  por_poe: "dpor_poe"
}
/** OSA forms are dated at the day's start (as the live intake does); the other events at its noon. */
const instantOf = (type: PorImportEventType, on: string) =>
  new Date(`${on}T${type === "osa_form" ? "00" : "12"}:00:00.000Z`)

const actorId = (actor: Actor): string => (actor.kind === "customer_contact" ? actor.email : actor.userId)

const sameEvent = (a: PorEventRecord, b: PorEventRecord) =>
  a.type === b.type &&
  a.subjectKey === b.subjectKey &&
  a.partnerId === b.partnerId &&
  a.at.getTime() === b.at.getTime()

/**
 * History import (SPEC §4): dated DPOR / OSA / POE events from a vendor's earlier system, all rows or
 * none. Every row is checked first; any refused row refuses the file (PorEventRowsRefused lists each with
 * its line, column and reason). A row whose externalId is stored already with the same content changes
 * nothing (`unchanged`); with other content it is refused (`external_id_conflict`). The stored events
 * are the engine's like live ones; the current DPOR of each subscription follows its latest add or
 * removal. One audit entry per import, with its counts.
 */
export const importPorEvents = Effect.fn("Por.importPorEvents")(function* (
  actor: Actor,
  records: ReadonlyArray<PorImportRecord>,
  source: "json" | "csv"
) {
  yield* authorize("operate", actor)
  const [repo, directory, identity, clock, policy] = yield* Effect.all([
    PorRepository,
    DirectoryRepository,
    IdentityRepository,
    Clock,
    AttributionPolicy
  ])
  const today = (yield* clock.now).toISOString().slice(0, 10)
  const locations = new Map((yield* identity.allLocations).map((l) => [l.partnerId as string, l]))
  const subscriptionIds = [
    ...new Set(records.map((r) => (r.subscriptionId ?? "").trim().toLowerCase()).filter((s) => s !== ""))
  ]
  const known = new Set<string>()
  yield* Effect.forEach(
    subscriptionIds,
    (id) =>
      Effect.map(directory.findSubscription(id as SubscriptionId), (sub) => {
        if (Option.isSome(sub)) known.add(sub.value.id)
      }),
    { concurrency: 8, discard: true }
  )
  const externalIds = records.map((r) => (r.externalId ?? "").trim()).filter((x) => x !== "")
  const existing = new Map((yield* repo.eventsByExternalId(externalIds)).map((e) => [e.externalId!, e]))

  const refused: Array<PorImportRefusedRow> = []
  const accepted: Array<{ row: PorImportRow; event: PorEventRecord }> = []
  const seen = new Map<string, number>()
  for (const record of records) {
    const externalId = (record.externalId ?? "").trim()
    const type = (record.type ?? "").trim()
    const subscriptionId = (record.subscriptionId ?? "").trim().toLowerCase()
    const partnerId = (record.partnerId ?? "").trim()
    const on = (record.on ?? "").trim()
    const refuse = (column: PorImportColumn, code: PorImportProblemCode, message: string) => {
      refused.push({ line: record.line, externalId, column, code, message })
    }
    const firstLine = seen.get(externalId)
    if (externalId === "") refuse("externalId", "required", "externalId is required")
    else if (!EXTERNAL_ID.test(externalId))
      refuse(
        "externalId",
        "invalid_external_id",
        "externalId is 1 to 200 printable characters without spaces"
      )
    else if (firstLine !== undefined)
      refuse("externalId", "duplicate_external_id", `externalId ${externalId} is on line ${firstLine} too`)
    else if (type === "") refuse("type", "required", "type is required")
    else if (!Schema.is(PorImportEventType)(type))
      refuse("type", "invalid_type", `type is one of ${PorImportEventType.literals.join(", ")}`)
    else if (subscriptionId === "") refuse("subscriptionId", "required", "subscriptionId is required")
    else if (!known.has(subscriptionId))
      refuse("subscriptionId", "unknown_subscription", `There is no subscription ${subscriptionId}`)
    else if (partnerId === "" && type !== "dpor_removed")
      refuse("partnerId", "required", `partnerId is required for ${type}`)
    else if (partnerId !== "" && !isPartnerId(partnerId))
      refuse("partnerId", "invalid_partner_id", PARTNER_ID_MESSAGE)
    else if (partnerId !== "" && !locations.has(partnerId))
      refuse("partnerId", "unknown_partner_id", `There is no partner with PartnerID ${partnerId}`)
    else if (on === "") refuse("on", "required", "on is required")
    else if (!Schema.is(IsoDate)(on)) refuse("on", "invalid_date", "on is a date YYYY-MM-DD")
    else if (on > today) refuse("on", "date_in_future", `on is after today (${today}); history is dated`)
    else {
      const check = type === "osa_form" ? validateOsaForm(on, "deploy", policy) : { accepted: true as const }
      if (!check.accepted) refuse("on", check.code, check.message)
      else {
        const event: PorEventRecord = {
          id: newId(type === "osa_form" ? "osa" : type === "por_poe" ? "poe" : "por"),
          subjectKey: subscriptionSubject(subscriptionId),
          type: stored[type],
          partnerId: type === "dpor_removed" ? null : partnerId,
          receivedOn: type === "osa_form" ? on : null,
          at: instantOf(type, on),
          createdBy: actorId(actor),
          externalId
        }
        const before = existing.get(externalId)
        if (before !== undefined && !sameEvent(before, event))
          refuse(
            "externalId",
            "external_id_conflict",
            `externalId ${externalId} was imported before with other values (${before.type} on ${before.at.toISOString().slice(0, 10)}); nothing changes it`
          )
        else {
          const outcome: PorImportOutcome = before === undefined ? "imported" : "unchanged"
          accepted.push({ row: { line: record.line, externalId, type, subscriptionId, outcome }, event })
        }
      }
    }
    if (externalId !== "" && firstLine === undefined) seen.set(externalId, record.line)
  }
  if (refused.length > 0) return yield* new PorEventRowsRefused({ total: records.length, rows: refused })

  const [tx, audit] = yield* Effect.all([Transactor, AuditLog])
  const importId = newId<string>("porimport")
  return yield* tx.transaction(
    Effect.gen(function* () {
      // Another import may have stored some of these ids since they were read: read them again under
      // the lock, so one file imported twice at once stores its events once.
      yield* repo.lockImports
      const raced = new Map(
        (yield* repo.eventsByExternalId(
          accepted.filter((a) => a.row.outcome === "imported").map((a) => a.row.externalId)
        )).map((e) => [e.externalId!, e])
      )
      const conflicts: Array<PorImportRefusedRow> = []
      const settled = accepted.map((a) => {
        const stored = raced.get(a.row.externalId)
        if (stored === undefined || a.row.outcome === "unchanged") return a
        if (!sameEvent(stored, a.event))
          conflicts.push({
            line: a.row.line,
            externalId: a.row.externalId,
            column: "externalId",
            code: "external_id_conflict",
            message: `externalId ${a.row.externalId} was imported meanwhile with other values; nothing changes it`
          })
        return { ...a, row: { ...a.row, outcome: "unchanged" as const } }
      })
      if (conflicts.length > 0)
        return yield* new PorEventRowsRefused({ total: records.length, rows: conflicts })

      const fresh = settled.filter((a) => a.row.outcome === "imported").map((a) => a.event)
      yield* repo.appendEvents(fresh)
      // Subscriptions whose current DPOR may change: an add or a removal was imported.
      const dporChanged = new Set(
        fresh.filter((e) => e.type === "dpor_added" || e.type === "dpor_removed").map((e) => e.subjectKey)
      )
      for (const subjectKey of dporChanged) {
        const subscriptionId = subjectKey.slice("subscription:".length)
        const events = (yield* repo.eventsFor([subjectKey])).map(toEngineEvent)
        const attached = replay(prepare(events), "9999-12-31").attached
        const current = Option.getOrUndefined(yield* repo.currentDpor(subscriptionId))
        if (attached === undefined) {
          if (current !== undefined) yield* repo.clearDpor(subscriptionId)
        } else if (current?.partnerId !== attached.partnerId) {
          const location = locations.get(attached.partnerId)
          if (location !== undefined)
            yield* repo.setDpor({
              subscriptionId,
              partnerId: attached.partnerId,
              locationId: location.id,
              addedAt: new Date(attached.added.event.at)
            })
        }
      }
      const counts = {
        total: records.length,
        imported: fresh.length,
        unchanged: settled.length - fresh.length
      }
      yield* audit.append({
        actor,
        action: "por_events.imported",
        entityType: "por_event_import",
        entityId: importId,
        before: null,
        after: { source, ...counts, subscriptions: new Set(fresh.map((e) => e.subjectKey)).size }
      })
      return { importId, ...counts, rows: settled.map((a) => a.row) }
    })
  )
})
