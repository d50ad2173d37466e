import { Schema } from "effect"

/** A PartnerID no location has, looked up by the operator (404 unknown_partner_id, details: the field). */
export class PartnerIdNotFound extends Schema.TaggedError<PartnerIdNotFound>()("PartnerIdNotFound", {
  partnerId: Schema.String
}) {
  override get message() {
    return `PartnerID ${this.partnerId} is unknown`
  }
}

/** An eligibility file with refused rows: nothing was applied (400 invalid_rows; details: each refused row). */
export class EligibilityRowsRefused extends Schema.TaggedError<EligibilityRowsRefused>()(
  "EligibilityRowsRefused",
  {
    total: Schema.Number,
    rows: Schema.Array(Schema.Unknown)
  }
) {
  override get message() {
    return `${this.rows.length} of ${this.total} rows are refused; nothing was applied`
  }
}

/** An enrollment the operator asked the payout data of does not exist (404 not_found). */
export class EnrollmentNotFound extends Schema.TaggedError<EnrollmentNotFound>()("EnrollmentNotFound", {
  id: Schema.String
}) {
  override get message() {
    return `Enrollment ${this.id} was not found`
  }
}

/** Every failure of the operators' tools. */
export type OperationsError = PartnerIdNotFound | EligibilityRowsRefused | EnrollmentNotFound
