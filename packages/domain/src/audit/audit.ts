import { Context, type Effect, Schema } from "effect"
import type { Actor } from "../authorization/actor.ts"

/** Who did it, as stored in the audit log. */
export const actorRef = (actor: Actor | "system"): { readonly type: string; readonly id: string } => {
  if (actor === "system") return { type: "system", id: "system" }
  switch (actor.kind) {
    case "customer_contact":
      return { type: "customer_contact", id: actor.email }
    default:
      return { type: actor.kind, id: actor.userId }
  }
}

/**
 * One row of the append-only audit log: who did what to which entity, when, with the before/after details and
 * the request it came from.
 */
export class AuditEvent extends Schema.Class<AuditEvent>("@openpor/domain/audit/AuditEvent")({
  id: Schema.String,
  at: Schema.Date,
  actorType: Schema.String,
  actorId: Schema.String,
  action: Schema.String,
  entityType: Schema.String,
  entityId: Schema.String,
  before: Schema.NullOr(Schema.Unknown),
  after: Schema.NullOr(Schema.Unknown),
  requestId: Schema.NullOr(Schema.String),
  /** The acting user's email when the actor is a user (filled in by `list`, not stored with the event). */
  actorEmail: Schema.optionalKey(Schema.NullOr(Schema.String))
}) {}

/** Which audit events `list` returns; all given conditions apply. */
export interface AuditFilter {
  readonly entityType?: string | undefined
  readonly entityId?: string | undefined
  /** The actor's id (e.g. a user id) or, for users, their email address (case-insensitive). */
  readonly actor?: string | undefined
  readonly action?: string | undefined
  /** ISO instants: from (inclusive) … to (exclusive). */
  readonly from?: string | undefined
  readonly to?: string | undefined
  readonly limit: number
  /** Only events before this instant (older API; prefer `cursor`). */
  readonly before?: string | undefined
  /** Keyset cursor: only events after this one in newest-first order. */
  readonly cursor?: { readonly at: string; readonly id: string } | undefined
}

/** What a use case writes to the audit log; the log adds the id, the time and the request id. */
export interface AuditInput {
  readonly actor: Actor | "system"
  readonly action: string
  readonly entityType: string
  readonly entityId: string
  readonly before: unknown
  readonly after: unknown
}

/** The request id of the current HTTP request, recorded with each audit row. */
export const CurrentRequestId = Context.Reference<string | null>("@openpor/domain/audit/CurrentRequestId", {
  defaultValue: () => null
})

/**
 * Append-only audit log (who, when, what, before/after). The database refuses UPDATE and DELETE on it.
 * `append` joins the caller's transaction.
 */
export class AuditLog extends Context.Service<
  AuditLog,
  {
    /** Appends one event (inside the caller's transaction) and answers it. */
    readonly append: (input: AuditInput) => Effect.Effect<AuditEvent>
    /** Newest first (by time, then id), each with the acting user's email where there is one. */
    readonly list: (filter: AuditFilter) => Effect.Effect<ReadonlyArray<AuditEvent>>
  }
>()("@openpor/domain/audit/AuditLog") {}
