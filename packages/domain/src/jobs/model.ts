import { Schema } from "effect"
import { JobId } from "../ids.ts"

export const JobStatus = Schema.Literals(["pending", "running", "succeeded", "failed"])
export type JobStatus = typeof JobStatus.Type

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
  createdAt: Schema.Date
}) {}

export interface NewJob {
  readonly kind: string
  readonly payload: unknown
  readonly runAt?: Date | undefined
  readonly maxAttempts?: number | undefined
  readonly uniqueKey?: string | undefined
}

/** Retry delay after the n-th failed attempt: 5 s, 10 s, 20 s … capped at one hour. */
export const backoffMillis = (attempt: number): number =>
  Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 3_600_000)
