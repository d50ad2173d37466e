import { Schema } from "effect"

/**
 * The failures of the enrollment capability that a caller must tell apart (each was a string-coded
 * Conflict/InvalidInput before; messages, statuses and codes are unchanged — see the HTTP error table).
 */

/** 409 program_discontinued: a discontinued program is neither changed nor offered again. */
export class ProgramDiscontinued extends Schema.TaggedError<ProgramDiscontinued>()("ProgramDiscontinued", {
  programId: Schema.String,
  attempt: Schema.Literals(["change", "invite"])
}) {
  override get message() {
    return this.attempt === "change"
      ? `Program ${this.programId} is discontinued and cannot be changed`
      : `Program ${this.programId} is discontinued`
  }
}

/** 400 duplicate_requirement. */
export class DuplicateRequirement extends Schema.TaggedError<DuplicateRequirement>()(
  "DuplicateRequirement",
  {}
) {
  override get message() {
    return "Each requirement id may appear once"
  }
}

/** 400 duplicate_acknowledgement: each statement of a program has its own id (SPEC §5). */
export class DuplicateAcknowledgement extends Schema.TaggedError<DuplicateAcknowledgement>()(
  "DuplicateAcknowledgement",
  {}
) {
  override get message() {
    return "Each acknowledgement id may appear once"
  }
}

/** 400 requirement_removed: requirements are renamed, never removed (met states refer to them). */
export class RequirementRemoved extends Schema.TaggedError<RequirementRemoved>()("RequirementRemoved", {
  requirementIds: Schema.Array(Schema.String)
}) {
  override get message() {
    return `Requirements cannot be removed, only renamed: ${this.requirementIds.join(", ")}`
  }
}

/** 400 unknown_partner_id: a row of an eligibility import names no location (details: the row). */
export class UnknownPartnerId extends Schema.TaggedError<UnknownPartnerId>()("UnknownPartnerId", {
  row: Schema.Number,
  partnerId: Schema.String
}) {
  override get message() {
    return `Row ${this.row}: PartnerID ${this.partnerId} is unknown`
  }
}

/** Every failure the enrollment capability raises. */
export type EnrollmentError =
  | ProgramDiscontinued
  | DuplicateRequirement
  | DuplicateAcknowledgement
  | RequirementRemoved
  | UnknownPartnerId
