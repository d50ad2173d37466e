import { Duration, Effect, Option, Redacted, Schema } from "effect"
import type { AuditLog } from "../audit/audit.ts"
import type { Clock } from "../calendar/clock.ts"
import type { IdentityRepository } from "../identity/repository.ts"
import type { OrganizationId } from "../ids.ts"
import { type Job, retryDelay } from "../jobs/model.ts"
import { localizedEmail, type Outbox } from "../outbox/outbox.ts"
import type { Transactor } from "../shared/transactor.ts"
import { webhookTexts } from "./email-texts.ts"
import {
  RESPONSE_EXCERPT_CHARS,
  type WebhookAttempt,
  WebhookConfig,
  type WebhookDelivery,
  type WebhookEndpoint
} from "./model.ts"
import type { WebhookRepository, WebhookSender } from "./repository.ts"

/** Attempts kept in a delivery's log (the newest). */
const ATTEMPT_LOG_LIMIT = 100

/** A receiver did not accept a delivery: the job fails and runs again after its backoff. */
export class WebhookNotAccepted extends Schema.TaggedError<WebhookNotAccepted>()("WebhookNotAccepted", {
  deliveryId: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `webhook delivery ${this.deliveryId} not accepted: ${this.reason}`
  }
}

interface Deps {
  readonly repo: WebhookRepository["Service"]
  readonly sender: WebhookSender["Service"]
  readonly identity: IdentityRepository["Service"]
  readonly tx: Transactor["Service"]
  readonly audit: AuditLog["Service"]
  readonly outbox: Outbox["Service"]
  readonly clock: Clock["Service"]
}

/**
 * Sending one delivery (the `webhooks.deliver` job): sign and POST it, record the attempt (status,
 * duration, response excerpt, error); a 2xx answer ends it, anything else fails the job so the worker
 * retries it with the job backoff until the attempts are used up. An endpoint that has failed for
 * `disableAfterMillis` since its first failure, with no success since, is disabled and its admins
 * (the organization's Global admins, or the vendor's operators) are emailed.
 */
export const makeDelivery = ({ repo, sender, identity, tx, audit, outbox, clock }: Deps) => {
  const adminsOf = (e: WebhookEndpoint) =>
    e.scope === "vendor" || e.organizationId === null
      ? repo.operators
      : identity.usersWithOrganizationRole(e.organizationId as OrganizationId, "global_admin")

  /** Disables a failing endpoint (once) and emails its admins, in the caller's transaction. */
  const disable = (endpointId: string, since: Date, now: Date) =>
    Effect.gen(function* () {
      const e = Option.getOrUndefined(yield* repo.findEndpoint(endpointId))
      if (e === undefined || !e.enabled) return false
      const next: WebhookEndpoint = {
        ...e,
        enabled: false,
        disabledReason: "failing",
        failingSince: since,
        updatedAt: now,
        version: e.version + 1
      }
      if (!(yield* repo.updateEndpoint(next, e.version))) return false
      yield* audit.append({
        actor: "system",
        action: "webhook_endpoint.disabled",
        entityType: "webhook_endpoint",
        entityId: e.id,
        before: { enabled: true, version: e.version },
        after: {
          enabled: false,
          disabledReason: "failing",
          failingSince: since.toISOString(),
          version: next.version
        }
      })
      const admins = yield* adminsOf(e)
      if (admins.length > 0) {
        const facts = {
          url: e.url,
          failingSince: `${since.toISOString().slice(0, 16).replace("T", " ")} UTC`,
          days: Math.floor((now.getTime() - since.getTime()) / 86_400_000)
        }
        yield* outbox.enqueueEmail(
          localizedEmail(
            admins.map((u) => u.email),
            "webhooks.endpoint_disabled",
            (language, link) =>
              webhookTexts[language].disabled(
                facts,
                link(e.scope === "vendor" ? "/review/operations/webhooks" : "/partner/settings/webhooks")
              )
          )
        )
      }
      return true
    })

  const deliver = (payload: { readonly deliveryId: string }, job: Job) =>
    Effect.gen(function* () {
      const found = Option.getOrUndefined(yield* repo.findDelivery(payload.deliveryId))
      // Deleted with its endpoint, or delivered already (a redelivery raced the retry): nothing to do.
      if (found === undefined || found.delivery.status === "succeeded") return
      const { delivery, endpoint } = found
      const at = yield* clock.now
      if (!endpoint.enabled) {
        yield* repo.updateDelivery({ ...delivery, status: "failed", nextAttemptAt: null })
        return
      }
      const outcome = yield* sender
        .send({
          url: endpoint.url,
          secret: Redacted.value(endpoint.secret),
          messageId: delivery.id,
          body: delivery.payload
        })
        .pipe(Effect.result)
      const attempt: WebhookAttempt =
        outcome._tag === "Success"
          ? {
              at,
              statusCode: outcome.success.statusCode,
              durationMs: Math.round(outcome.success.durationMs),
              error:
                outcome.success.statusCode >= 200 && outcome.success.statusCode < 300
                  ? null
                  : `HTTP ${outcome.success.statusCode}`,
              responseExcerpt: outcome.success.excerpt?.slice(0, RESPONSE_EXCERPT_CHARS) ?? null
            }
          : {
              at,
              statusCode: null,
              durationMs: Math.round(outcome.failure.durationMs),
              error: outcome.failure.reason.slice(0, RESPONSE_EXCERPT_CHARS),
              responseExcerpt: null
            }
      const recorded: WebhookDelivery = {
        ...delivery,
        attempts: delivery.attempts + 1,
        lastAttemptAt: at,
        lastStatusCode: attempt.statusCode,
        attemptLog: [...delivery.attemptLog, attempt].slice(-ATTEMPT_LOG_LIMIT)
      }
      if (attempt.error === null) {
        yield* tx.transaction(
          Effect.gen(function* () {
            yield* repo.updateDelivery({ ...recorded, status: "succeeded", nextAttemptAt: null })
            if (endpoint.failingSince !== null) yield* repo.clearFailing(endpoint.id)
          })
        )
        return
      }
      const delay = yield* retryDelay(job.attempts, job.maxAttempts)
      const retryAt = Option.map(delay, (d) => new Date(at.getTime() + Duration.toMillis(d)))
      const { disableAfterMillis } = yield* WebhookConfig
      const disabled = yield* tx.transaction(
        Effect.gen(function* () {
          const since = Option.getOrElse(yield* repo.markFailing(endpoint.id, at), () => at)
          const disabled =
            at.getTime() - since.getTime() >= disableAfterMillis
              ? yield* disable(endpoint.id, since, at)
              : false
          const last = disabled || Option.isNone(retryAt)
          yield* repo.updateDelivery({
            ...recorded,
            status: last ? "failed" : "pending",
            nextAttemptAt: last ? null : Option.getOrNull(retryAt)
          })
          return disabled
        })
      )
      // Failing the job schedules the next attempt (none once disabled or out of attempts).
      if (!disabled && Option.isSome(retryAt))
        return yield* new WebhookNotAccepted({ deliveryId: delivery.id, reason: attempt.error })
    })

  return { deliver }
}
