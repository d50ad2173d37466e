import { type Duration, Effect, Exit, Option, Schedule, Schema } from "effect"
import { JobId, OutboxId } from "../ids.ts"

/** A job's status: pending, running, succeeded or failed. */
export const JobStatus = Schema.Literals(["pending", "running", "succeeded", "failed"])
/** A job status (see the {@link JobStatus} schema). */
export type JobStatus = typeof JobStatus.Type

/** A stored job. `kind` and `payload` are as stored; the worker decodes them with {@link JobRequest}. */
export class Job extends Schema.Class<Job>("@openpor/domain/jobs/Job")({
  id: JobId,
  kind: Schema.String,
  payload: Schema.Unknown,
  status: JobStatus,
  runAt: Schema.Date,
  attempts: Schema.Number,
  maxAttempts: Schema.Number,
  leasedBy: Schema.NullOr(Schema.String),
  leaseUntil: Schema.NullOr(Schema.Date),
  lastError: Schema.NullOr(Schema.String),
  /** At most one pending/running job per unique key (e.g. one timer per claim and deadline). */
  uniqueKey: Schema.NullOr(Schema.String),
  createdAt: Schema.Date,
  /** The W3C traceparent of the span that enqueued it (telemetry on, decision 028): the job's span links to it. */
  traceContext: Schema.optional(Schema.NullOr(Schema.String))
}) {}

/**
 * Every job kind, as stored in the `kind` column. The capabilities' names for them
 * (`CONSENT_WINDOW_JOB`, `DELIVER_EMAIL_JOB` …) are these values.
 */
export const JobKind = {
  consentWindow: "claims.consent_window",
  partnerResponse: "claims.partner_response",
  subscriptionsExpired: "claims.subscriptions_expired",
  deliverEmail: "outbox.deliver_email",
  fiscalYearRollover: "enrollment.fiscal_year_rollover",
  attributionBatch: "attribution.batch",
  bulkClaims: "claims.bulk_import",
  deliverWebhook: "webhooks.deliver"
} as const

const Reference = Schema.String.check(Schema.isMinLength(1))

/**
 * One kind and its payload. The queue stores the payload as given, as JSON in this shape (no kind
 * inside), so payload fields are plain JSON values whose schemas do not transform them.
 */
const request = <const K extends string, P extends Schema.Struct.Fields>(kind: K, payload: P) =>
  Schema.Struct({ kind: Schema.Literal(kind), payload: Schema.Struct(payload) })

/** The customer's consent window of an approved claim ends (SPEC §5). */
export const ConsentWindowJob = request(JobKind.consentWindow, { claimId: Reference })
/** The partner did not answer a request for information in time. */
export const PartnerResponseJob = request(JobKind.partnerResponse, { claimId: Reference })
/** A directory import found subscriptions that expired: their associations end. */
export const SubscriptionsExpiredJob = request(JobKind.subscriptionsExpired, {
  subscriptionIds: Schema.Array(Schema.String)
})
/** One outbox message to send. */
export const DeliverEmailJob = request(JobKind.deliverEmail, { outboxId: OutboxId })
/** The fiscal year ends: enrollments of the next one begin. */
export const FiscalYearRolloverJob = request(JobKind.fiscalYearRollover, { fiscalYear: Reference })
/** An attribution batch runs chunk by chunk. */
export const AttributionBatchJob = request(JobKind.attributionBatch, { batchId: Reference })
/** One webhook delivery to send (SPEC §12). */
export const DeliverWebhookJob = request(JobKind.deliverWebhook, { deliveryId: Reference })

/** A bulk claims import runs chunk by chunk (SPEC §12). */
export const BulkClaimsJob = request(JobKind.bulkClaims, { importId: Reference })

/** What a job does: its kind and that kind's payload, keyed by the kind. */
export const JobRequest = Schema.Union([
  ConsentWindowJob,
  PartnerResponseJob,
  SubscriptionsExpiredJob,
  DeliverEmailJob,
  FiscalYearRolloverJob,
  AttributionBatchJob,
  BulkClaimsJob,
  DeliverWebhookJob
])
export type JobRequest = typeof JobRequest.Type
export type JobKind = JobRequest["kind"]
/** The payload of a job kind, as its schema decodes it. */
export type JobPayload<K extends JobKind> = Extract<JobRequest, { readonly kind: K }>["payload"]

const jobKinds: ReadonlySet<string> = new Set(Object.values(JobKind))
/** Whether a string names a job kind. */
export const isJobKind = (kind: string): kind is JobKind => jobKinds.has(kind)

/** When and how often a new job runs. */
export interface JobOptions {
  readonly runAt?: Date | undefined
  readonly maxAttempts?: number | undefined
  readonly uniqueKey?: string | undefined
}

/** A job to enqueue: `kind` and a payload of that kind (a payload of another kind does not compile). */
export type NewJob = JobRequest & JobOptions

/** A stored job's payload does not match its kind's schema: retrying cannot help, the job fails for good. */
export class InvalidJobPayload extends Schema.TaggedError<InvalidJobPayload>()("InvalidJobPayload", {
  jobId: Schema.String,
  kind: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return `job ${this.jobId} (${this.kind}) has an invalid payload: ${this.reason}`
  }
}

const decodeRequest = Schema.decodeUnknownEffect(JobRequest)

/** Decodes a stored job's kind and payload (the kind is known: see {@link isJobKind}). */
export const decodeJob = (job: Job): Effect.Effect<JobRequest, InvalidJobPayload> =>
  decodeRequest({ kind: job.kind, payload: job.payload }).pipe(
    Effect.mapError((e) => new InvalidJobPayload({ jobId: job.id, kind: job.kind, reason: e.message }))
  )

/** How a failed job is retried: 5 s after the first failure, then 10 s, 20 s … never more than an hour. */
export const jobBackoff = Schedule.min([Schedule.exponential("5 seconds"), Schedule.spaced("1 hour")])

/**
 * The delay before a job that has now failed `attempts` times runs again, from {@link jobBackoff};
 * none once its `maxAttempts` are used up (the job has failed for good).
 */
export const retryDelay = (
  attempts: number,
  maxAttempts: number
): Effect.Effect<Option.Option<Duration.Duration>> =>
  Effect.gen(function* () {
    const step = yield* Schedule.toStep(
      Schedule.max([jobBackoff, Schedule.recurs(Math.max(0, maxAttempts - 1))])
    )
    let delay = Option.none<Duration.Duration>()
    for (let n = 0; n < attempts; n++) {
      const next = yield* Effect.exit(step(0, undefined))
      if (Exit.isFailure(next)) return Option.none()
      delay = Option.some(next.value[1])
    }
    return delay
  })
