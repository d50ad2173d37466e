import type { AttributionEvent, AttributionEventType } from "./model.ts"

/**
 * The events of one subject in their canonical order, and the replay of a prefix of them into the
 * state the rules of SPEC §4 read (engine.ts documents the rules and the decisions where the spec is
 * silent; rules.ts applies them).
 */

export type Dated = {
  readonly event: AttributionEvent
  readonly ms: number
  readonly day: string
}

/** Canonical rank of event types on the same instant. */
export const typeRank: Readonly<Record<AttributionEventType, number>> = {
  osa_form: 0,
  dpor_removed: 1,
  dpor_added: 2,
  dpor_poe: 3,
  cpor_ended: 4,
  cpor_official: 5
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/

export const assertDate = (value: string, what: string): void => {
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new RangeError(`${what} must be a date YYYY-MM-DD, got ${JSON.stringify(value)}`)
  }
}

const instantOf = (event: AttributionEvent): number => {
  const ms = INSTANT.test(event.at) ? Date.parse(event.at) : Number.NaN
  if (Number.isNaN(ms)) {
    throw new RangeError(`event ${event.id}: at must be an ISO-8601 instant with a zone, got ${event.at}`)
  }
  return ms
}

const dayOfMs = (ms: number): string => new Date(ms).toISOString().slice(0, 10)

/** `date` plus `days` calendar days (`YYYY-MM-DD`). */
export const addDaysToDate = (date: string, days: number): string =>
  dayOfMs(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)

const detailKey = (event: AttributionEvent): string => {
  switch (event.type) {
    case "osa_form":
      return `${event.at}\u0000${event.partnerId}\u0000${event.receivedOn}`
    case "dpor_added":
    case "dpor_poe":
      return `${event.at}\u0000${event.partnerId}`
    case "dpor_removed":
      return event.at
    case "cpor_official":
      return `${event.at}\u0000${event.partnerId}\u0000${event.claimId}\u0000${event.incentiveEligible}`
    case "cpor_ended":
      return `${event.at}\u0000${event.claimId}`
  }
}

export const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

export const compareDated = (a: Dated, b: Dated): number =>
  a.ms - b.ms ||
  typeRank[a.event.type] - typeRank[b.event.type] ||
  compareStrings(a.event.id, b.event.id) ||
  compareStrings(detailKey(a.event), detailKey(b.event))

/**
 * The canonical total order of events: by instant, then type (osa_form, dpor_removed, dpor_added,
 * dpor_poe, cpor_ended, cpor_official), then id, then the remaining fields.
 */
export const compareAttributionEvents = (a: AttributionEvent, b: AttributionEvent): number =>
  compareDated({ event: a, ms: instantOf(a), day: "" }, { event: b, ms: instantOf(b), day: "" })

export const prepare = (events: ReadonlyArray<AttributionEvent>): ReadonlyArray<Dated> =>
  events
    .map((event) => {
      const ms = instantOf(event)
      return { event, ms, day: dayOfMs(ms) }
    })
    .sort(compareDated)

export type Of<T extends AttributionEventType> = Dated & {
  readonly event: Extract<AttributionEvent, { type: T }>
}

export const is = <T extends AttributionEventType>(d: Dated, type: T): d is Of<T> => d.event.type === type

export type Attachment = {
  readonly partnerId: string
  readonly added: Of<"dpor_added">
  readonly replaced: Of<"dpor_added"> | undefined
  poe: Of<"dpor_poe"> | undefined
}

export type State = {
  readonly cporOpen: ReadonlyArray<Of<"cpor_official">>
  readonly cporEnded: ReadonlyArray<{
    readonly official: Of<"cpor_official">
    readonly ended: Of<"cpor_ended">
  }>
  readonly attached: Attachment | undefined
  readonly firstAdd: Of<"dpor_added"> | undefined
  readonly lastRemoval: { readonly attachment: Attachment; readonly removed: Of<"dpor_removed"> } | undefined
  readonly earlierPoe: Of<"dpor_poe"> | undefined
  readonly latestOsa: Of<"osa_form"> | undefined
}

/** Replays the events on or before `date` (a prefix of the canonically sorted list). */
export const replay = (sorted: ReadonlyArray<Dated>, date: string): State => {
  const claims = new Map<string, { latest: Dated; official: Of<"cpor_official"> | undefined }>()
  const lastPoeBy = new Map<string, Of<"dpor_poe">>()
  let attached: Attachment | undefined
  let firstAdd: Of<"dpor_added"> | undefined
  let lastRemoval: State["lastRemoval"]
  let latestOsa: Of<"osa_form"> | undefined
  for (const d of sorted) {
    if (d.day > date) break
    if (is(d, "osa_form")) {
      latestOsa = d
    } else if (is(d, "dpor_added")) {
      firstAdd ??= d
      if (attached?.partnerId !== d.event.partnerId) {
        attached = { partnerId: d.event.partnerId, added: d, replaced: attached?.added, poe: undefined }
      }
    } else if (is(d, "dpor_removed")) {
      if (attached !== undefined) lastRemoval = { attachment: attached, removed: d }
      attached = undefined
    } else if (is(d, "dpor_poe")) {
      if (attached !== undefined && attached.partnerId === d.event.partnerId) attached.poe ??= d
      lastPoeBy.set(d.event.partnerId, d)
    } else if (is(d, "cpor_official")) {
      claims.set(d.event.claimId, { latest: d, official: d })
    } else if (is(d, "cpor_ended")) {
      const claim = claims.get(d.event.claimId)
      claims.set(d.event.claimId, { latest: d, official: claim?.official })
    }
  }
  const cporOpen: Array<Of<"cpor_official">> = []
  const cporEnded: Array<{ official: Of<"cpor_official">; ended: Of<"cpor_ended"> }> = []
  for (const { latest, official } of claims.values()) {
    if (is(latest, "cpor_official")) cporOpen.push(latest)
    else if (is(latest, "cpor_ended") && official !== undefined) cporEnded.push({ official, ended: latest })
  }
  cporOpen.sort(compareDated)
  cporEnded.sort((a, b) => compareDated(a.ended, b.ended))
  const earlierPoe = attached === undefined ? undefined : lastPoeBy.get(attached.partnerId)
  return {
    cporOpen,
    cporEnded,
    attached,
    firstAdd,
    lastRemoval,
    earlierPoe: earlierPoe === attached?.poe ? undefined : earlierPoe,
    latestOsa
  }
}
