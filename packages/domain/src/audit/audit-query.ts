import { Effect } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { type AuditFilter, AuditLog } from "./audit.ts"

/** The audit log, newest first, for those who may read it (auditors, operators, reviewers). */
export const listAudit = Effect.fn("Audit.list")(function* (actor: Actor, filter: AuditFilter) {
  yield* authorize("readAudit", actor)
  return yield* AuditLog.use((a) => a.list(filter))
})
