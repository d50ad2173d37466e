import { Schema } from "effect"

/**
 * Business failures shared by every capability. Each maps to one HTTP status and one stable
 * snake_case code of SPEC appendix A (see apps/api/src/http/errors.ts).
 */
export class NotFound extends Schema.TaggedError<NotFound>()("NotFound", {
  entity: Schema.String,
  id: Schema.String
}) {
  override get message() {
    return `${this.entity} ${this.id} was not found`
  }
}

/** The actor does not hold the policy action this needs (HTTP 403). */
export class Forbidden extends Schema.TaggedError<Forbidden>()("Forbidden", {
  action: Schema.String,
  reason: Schema.String
}) {
  override get message() {
    return this.reason
  }
}

/** No valid session (HTTP 401). */
export class Unauthenticated extends Schema.TaggedError<Unauthenticated>()("Unauthenticated", {
  reason: Schema.String
}) {
  override get message() {
    return this.reason
  }
}

/** Bad input that passed the wire schema but breaks a rule of the domain (400). */
export class InvalidInput extends Schema.TaggedError<InvalidInput>()("InvalidInput", {
  code: Schema.String,
  reason: Schema.String,
  details: Schema.optionalKey(Schema.Record(Schema.String, Schema.Unknown))
}) {
  override get message() {
    return this.reason
  }
}

/**
 * The aggregate's lifecycle has no row for this action in its current state (HTTP 409 `illegal_transition`).
 */
export class IllegalTransition extends Schema.TaggedError<IllegalTransition>()("IllegalTransition", {
  aggregate: Schema.String,
  id: Schema.String,
  from: Schema.String,
  action: Schema.String
}) {
  override get message() {
    return `${this.aggregate} ${this.id} is ${this.from}: "${this.action}" is not possible in that state`
  }
}

/** The client's version of the aggregate is not the stored one: someone changed it first (HTTP 409). */
export class VersionConflict extends Schema.TaggedError<VersionConflict>()("VersionConflict", {
  aggregate: Schema.String,
  id: Schema.String,
  expected: Schema.Number,
  actual: Schema.Number
}) {
  override get message() {
    return `${this.aggregate} ${this.id} was changed by someone else (you saw version ${this.expected}, it is now ${this.actual}); reload and try again`
  }
}

/**
 * A row changed under a running transaction (its optimistic write matched no row). Raised inside a
 * transaction only: the Transactor runs the whole transaction again, so a write whose client sent no
 * `version` does not fail because of a concurrent change. Its message names no entity, so it never
 * reveals another party's data when the retries run out.
 */
export class ConcurrentChange extends Schema.TaggedError<ConcurrentChange>()("ConcurrentChange", {
  aggregate: Schema.String
}) {
  override get message() {
    return `The ${this.aggregate} was changed by other requests at the same moment; try again`
  }
}

/**
 * Too many attempts in a short time (sign-in lockout, rate limits); try again after `retryAfterSeconds` (HTTP
 * 429).
 */
export class TooManyAttempts extends Schema.TaggedError<TooManyAttempts>()("TooManyAttempts", {
  retryAfterSeconds: Schema.Number
}) {
  override get message() {
    return `Too many failed sign-in attempts; try again in ${Math.ceil(this.retryAfterSeconds / 60)} minute(s)`
  }
}

/** One broken business rule; several may be reported together (e.g. every problem of a submission). */
export const Violation = Schema.Struct({
  code: Schema.String,
  message: Schema.String,
  field: Schema.optionalKey(Schema.String),
  details: Schema.optionalKey(Schema.Record(Schema.String, Schema.Unknown))
})
export type Violation = typeof Violation.Type

/** Business-rule violations (422). The first violation's code is the error code; all are in details. */
export class RuleViolations extends Schema.TaggedError<RuleViolations>()("RuleViolations", {
  violations: Schema.Array(Violation)
}) {
  override get message() {
    return this.violations.map((v) => v.message).join("; ")
  }
}
