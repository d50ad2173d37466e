import { Clock, DevMailbox, MailDeliveryError, Mailer } from "@openpor/domain"
import { Effect, Layer, Redacted } from "effect"
import nodemailer from "nodemailer"

/**
 * SMTP delivery with nodemailer. The outbox id is the Message-ID, so receivers can drop duplicates.
 * The SMTP URL (it may carry the password) stays Redacted until the transport is made.
 */
export const SmtpMailerLive = (smtpUrl: Redacted.Redacted<string>, from: string) =>
  Layer.effect(
    Mailer,
    Effect.acquireRelease(
      Effect.sync(() => nodemailer.createTransport(Redacted.value(smtpUrl))),
      (transport) => Effect.sync(() => transport.close())
    ).pipe(
      Effect.map((transport) =>
        Mailer.of({
          send: (message) =>
            Effect.tryPromise({
              try: () =>
                transport.sendMail({
                  from,
                  to: [...message.to],
                  subject: message.subject,
                  text: message.text,
                  ...(message.html === null ? {} : { html: message.html }),
                  messageId: `<${message.id}@openpor>`,
                  headers: { "X-OpenPOR-Template": message.template }
                }),
              catch: (e) => new MailDeliveryError({ reason: e instanceof Error ? e.message : String(e) })
            }).pipe(Effect.asVoid)
        })
      )
    )
  )

/** Without SMTP_URL (non-production): messages land in the dev mailbox (GET /api/v1/dev/mailbox). */
export const DevMailerLive = Layer.effect(
  Mailer,
  Effect.gen(function* () {
    const mailbox = yield* DevMailbox
    const clock = yield* Clock
    return Mailer.of({
      send: (message) => Effect.flatMap(clock.now, (now) => mailbox.store(message, now))
    })
  })
)
