import { Context, Effect, Layer, Option, Schema } from "effect"
import { Clock } from "../calendar/clock.ts"
import { newId, OutboxId } from "../ids.ts"
import { JobKind, type JobPayload } from "../jobs/model.ts"
import { JobQueue } from "../jobs/repository.ts"

export class OutboxMessage extends Schema.Class<OutboxMessage>("@openpor/domain/outbox/OutboxMessage")({
  id: OutboxId,
  kind: Schema.Literal("email"),
  to: Schema.Array(Schema.String),
  subject: Schema.String,
  text: Schema.String,
  html: Schema.NullOr(Schema.String),
  /** Why it was sent, e.g. "enrollment.invitation", for filtering and support. */
  template: Schema.String,
  createdAt: Schema.Date,
  deliveredAt: Schema.NullOr(Schema.Date),
  attempts: Schema.Number
}) {}

export interface NewEmail {
  readonly to: ReadonlyArray<string>
  readonly subject: string
  readonly text: string
  readonly html?: string | undefined
  readonly template: string
}

export class OutboxRepository extends Context.Service<
  OutboxRepository,
  {
    readonly insert: (message: OutboxMessage) => Effect.Effect<void>
    readonly find: (id: OutboxId) => Effect.Effect<Option.Option<OutboxMessage>>
    /** Marks delivered; false when it already was (a second delivery is skipped). */
    readonly markDelivered: (id: OutboxId, at: Date) => Effect.Effect<boolean>
    readonly recordAttempt: (id: OutboxId) => Effect.Effect<void>
    readonly list: (filter: {
      readonly undeliveredOnly?: boolean
      readonly limit: number
    }) => Effect.Effect<ReadonlyArray<OutboxMessage>>
  }
>()("@openpor/domain/outbox/OutboxRepository") {}

export class MailDeliveryError extends Schema.TaggedError<MailDeliveryError>()("MailDeliveryError", {
  reason: Schema.String
}) {}

/** Sends one message (SMTP via nodemailer, or the dev mailbox). */
export class Mailer extends Context.Service<
  Mailer,
  {
    readonly send: (message: OutboxMessage) => Effect.Effect<void, MailDeliveryError>
  }
>()("@openpor/domain/outbox/Mailer") {}

export const DELIVER_EMAIL_JOB = JobKind.deliverEmail

/** Attempts of one email's delivery before it counts as failed (retried with the job backoff). */
export const EMAIL_DELIVERY_ATTEMPTS = 12

/**
 * Transactional outbox: `enqueueEmail` writes the message and its delivery job in the caller's
 * transaction, so no state change commits without its email and no email leaves without its change.
 */
export class Outbox extends Context.Service<
  Outbox,
  {
    readonly enqueueEmail: (email: NewEmail) => Effect.Effect<OutboxMessage>
    /** The job handler that delivers one message; skips messages already delivered. */
    readonly deliver: (
      payload: JobPayload<typeof DELIVER_EMAIL_JOB>
    ) => Effect.Effect<void, MailDeliveryError>
  }
>()("@openpor/domain/outbox/Outbox") {
  static readonly layer = Layer.effect(
    Outbox,
    Effect.gen(function* () {
      const repo = yield* OutboxRepository
      const jobs = yield* JobQueue
      const clock = yield* Clock
      const mailer = yield* Mailer

      const enqueueEmail = Effect.fn("Outbox.enqueueEmail")(function* (email: NewEmail) {
        const now = yield* clock.now
        const message = new OutboxMessage({
          id: newId<OutboxId>("msg"),
          kind: "email",
          to: [...email.to],
          subject: email.subject,
          text: email.text,
          html: email.html ?? null,
          template: email.template,
          createdAt: now,
          deliveredAt: null,
          attempts: 0
        })
        yield* repo.insert(message)
        yield* jobs.enqueue({
          kind: DELIVER_EMAIL_JOB,
          payload: { outboxId: message.id },
          runAt: now,
          maxAttempts: EMAIL_DELIVERY_ATTEMPTS
        })
        return message
      })

      const deliver = Effect.fn("Outbox.deliver")(function* ({
        outboxId
      }: JobPayload<typeof DELIVER_EMAIL_JOB>) {
        const found = yield* repo.find(outboxId)
        if (Option.isNone(found) || found.value.deliveredAt !== null) return
        yield* repo.recordAttempt(found.value.id)
        yield* mailer.send(found.value)
        yield* repo.markDelivered(found.value.id, yield* clock.now)
      })

      return Outbox.of({ enqueueEmail, deliver })
    })
  )
}

export interface DevMailboxEntry {
  readonly id: string
  readonly to: ReadonlyArray<string>
  readonly subject: string
  readonly text: string
  readonly html: string | null
  readonly template: string
  readonly createdAt: Date
}

/** Where emails go when no SMTP server is configured (non-production); one entry per outbox message. */
export class DevMailbox extends Context.Service<
  DevMailbox,
  {
    readonly store: (message: OutboxMessage, at: Date) => Effect.Effect<void>
    readonly list: (limit: number) => Effect.Effect<ReadonlyArray<DevMailboxEntry>>
  }
>()("@openpor/domain/outbox/DevMailbox") {}
