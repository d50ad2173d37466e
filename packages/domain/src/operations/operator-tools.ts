import { Effect } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { JobQueue } from "../jobs/repository.ts"
import { DevMailbox, Outbox } from "../outbox/outbox.ts"
import { Transactor } from "../shared/transactor.ts"

/** The operator's SMTP check: a test email through the outbox, audited; answers the message's id. */
export const sendTestEmail = Effect.fn("Operations.sendTestEmail")(function* (actor: Actor, to: string) {
  yield* authorize("operate", actor)
  const outbox = yield* Outbox
  const audit = yield* AuditLog
  return yield* Transactor.use((tx) =>
    tx.transaction(
      Effect.gen(function* () {
        const message = yield* outbox.enqueueEmail({
          to: [to],
          subject: "OpenPOR test email",
          text: "This is a test email from OpenPOR. If you can read it, outgoing email works.",
          template: "ops.test_email"
        })
        yield* audit.append({
          actor,
          action: "email.test_sent",
          entityType: "outbox",
          entityId: message.id,
          before: null,
          after: { to }
        })
        return message.id
      })
    )
  )
})

/** Durable jobs with their state, for operators and auditors. */
export const listJobs = Effect.fn("Operations.listJobs")(function* (
  actor: Actor,
  filter: { readonly status?: string | undefined; readonly kind?: string | undefined; readonly limit: number }
) {
  yield* authorize("readAudit", actor)
  return yield* JobQueue.use((q) => q.list(filter))
})

/**
 * The dev mailbox (non-production: where emails go without SMTP), newest first; only the messages to
 * one address when `to` is given (case-insensitive).
 */
export const devMailboxMessages = Effect.fn("Operations.devMailbox")(function* (
  limit: number,
  to: string | undefined
) {
  const entries = yield* DevMailbox.use((m) => m.list(limit))
  const address = to?.trim().toLowerCase()
  return address === undefined
    ? entries
    : entries.filter((e) => e.to.some((x) => x.toLowerCase() === address))
})
