import { Context, Effect, Layer, Option, Schema } from "effect"
import { Clock } from "../calendar/clock.ts"
import { newId, OutboxId } from "../ids.ts"
import { JobKind, type JobPayload } from "../jobs/model.ts"
import { JobQueue } from "../jobs/repository.ts"
import { DEFAULT_LANGUAGE, type Language, withLanguage } from "../preferences/language.ts"
import { UserSettingsRepository } from "../preferences/repository.ts"
import { AppConfig } from "../shared/config.ts"

/**
 * An email in the outbox: written in the same transaction as the change it reports, delivered later by a job.
 */
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

/** What an email says in one language. */
export interface EmailText {
  readonly subject: string
  readonly text: string
}

/** Builds an address of the apps that opens them in the email's language (`/partner/` → `…/partner/?lang=de`). */
export type AppLink = (path: string) => string

/** An email written in every language: the Outbox picks each recipient's (SPEC §8). */
export interface LocalizedEmail {
  /** The email's subject and text in a language, with the link into the app. */
  readonly render: (language: Language, link: AppLink) => EmailText
  /**
   * The language of every recipient (a claim's customer contact: the language chosen on the claim);
   * absent: each recipient's own setting, English for recipients without one.
   */
  readonly language?: Language | undefined
}

/** An email to write to the outbox: recipients, subject and text (and its localized renderings). */
export interface NewEmail {
  readonly to: ReadonlyArray<string>
  /** The English subject and text (of a localized email: its English rendering). */
  readonly subject: string
  readonly text: string
  readonly html?: string | undefined
  readonly template: string
  /** When set, recipients of different languages get one message each, in their language. */
  readonly localized?: LocalizedEmail | undefined
}

/** An email in every language, with its English subject and text as the plain fields. */
export const localizedEmail = (
  to: ReadonlyArray<string>,
  template: string,
  render: LocalizedEmail["render"],
  language?: Language
): NewEmail => {
  const english = render(DEFAULT_LANGUAGE, (path) => path)
  return { to, template, subject: english.subject, text: english.text, localized: { render, language } }
}

/** Storage of outbox messages (a repository interface). */
export class OutboxRepository extends Context.Service<
  OutboxRepository,
  {
    /** Stores a new message (inside the caller's transaction). */
    readonly insert: (message: OutboxMessage) => Effect.Effect<void>
    /** The message of this id. */
    readonly find: (id: OutboxId) => Effect.Effect<Option.Option<OutboxMessage>>
    /** Marks delivered; false when it already was (a second delivery is skipped). */
    readonly markDelivered: (id: OutboxId, at: Date) => Effect.Effect<boolean>
    /** Counts one delivery attempt. */
    readonly recordAttempt: (id: OutboxId) => Effect.Effect<void>
    /** Messages, newest first (optionally only undelivered ones). */
    readonly list: (filter: {
      readonly undeliveredOnly?: boolean
      readonly limit: number
    }) => Effect.Effect<ReadonlyArray<OutboxMessage>>
  }
>()("@openpor/domain/outbox/OutboxRepository") {}

/** The mail server refused or could not take an email (the delivery job retries it). */
export class MailDeliveryError extends Schema.TaggedError<MailDeliveryError>()("MailDeliveryError", {
  reason: Schema.String
}) {}

/** Sends one message (SMTP via nodemailer, or the dev mailbox). */
export class Mailer extends Context.Service<
  Mailer,
  {
    /** Sends one email over SMTP (or wherever the platform sends it). */
    readonly send: (message: OutboxMessage) => Effect.Effect<void, MailDeliveryError>
  }
>()("@openpor/domain/outbox/Mailer") {}

/** The job kind that delivers one outbox email. */
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
    /**
     * Writes the email (a localized one: one message per language among its recipients, each in that
     * language with links that open the apps in it); answers the first message written.
     */
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
      const settings = yield* UserSettingsRepository

      /** The recipients grouped by language, in the order they first appear. */
      const byLanguage = (email: NewEmail, localized: LocalizedEmail) =>
        Effect.gen(function* () {
          if (localized.language !== undefined) return new Map([[localized.language, [...email.to]]])
          const chosen = yield* settings.languagesOf(email.to)
          const groups = new Map<Language, Array<string>>()
          for (const to of email.to) {
            const language = chosen.get(to.trim().toLowerCase()) ?? DEFAULT_LANGUAGE
            groups.set(language, [...(groups.get(language) ?? []), to])
          }
          return groups
        })

      const enqueueEmail = Effect.fn("Outbox.enqueueEmail")(function* (email: NewEmail) {
        const localized = email.localized
        if (localized === undefined) return yield* enqueueOne(email)
        const { publicUrl } = yield* AppConfig
        const written: Array<OutboxMessage> = []
        for (const [language, to] of yield* byLanguage(email, localized)) {
          const link: AppLink = (path) => withLanguage(`${publicUrl}${path}`, language)
          const { subject, text } = localized.render(language, link)
          written.push(yield* enqueueOne({ to, template: email.template, subject, text, html: email.html }))
        }
        // No recipient: the English rendering is written as it was given (as an unlocalized email is).
        return written[0] ?? (yield* enqueueOne({ ...email, localized: undefined }))
      })

      const enqueueOne = Effect.fn("Outbox.enqueueOne")(function* (email: NewEmail) {
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

/** An email as the development mailbox shows it. */
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
    /** Keeps a delivered email for the development mailbox. */
    readonly store: (message: OutboxMessage, at: Date) => Effect.Effect<void>
    /** The newest emails the development mailbox kept. */
    readonly list: (limit: number) => Effect.Effect<ReadonlyArray<DevMailboxEntry>>
  }
>()("@openpor/domain/outbox/DevMailbox") {}
