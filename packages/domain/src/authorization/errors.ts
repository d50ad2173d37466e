import { Schema } from "effect"

/**
 * The caller is of the wrong kind for the request (400): e.g. a vendor asking for "my partner-of-record
 * subscriptions". Distinct from Forbidden (a right kind of caller without the role). `reason` is the
 * message, worded by the use case.
 */
export class NotAPartner extends Schema.TaggedError<NotAPartner>()("NotAPartner", {
  reason: Schema.String
}) {
  override get message() {
    return this.reason
  }
}

/**
 * The user is not a customer tenant user, so it cannot do what only customers do (e.g. decline a claim for
 * its tenant).
 */
export class NotACustomer extends Schema.TaggedError<NotACustomer>()("NotACustomer", {
  reason: Schema.String
}) {
  override get message() {
    return this.reason
  }
}

/** The authorization failures that are not `Forbidden`. */
export type AuthorizationError = NotAPartner | NotACustomer
