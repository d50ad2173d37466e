import { Schema } from "effect"

/**
 * The claims capability's own failures, each a class a caller can catch by tag (they were
 * string-coded Conflicts/InvalidInputs). Status and code of each: apps/api/src/http/error-table.ts.
 */

/** 409 too_many_poe: the claim holds the most proof-of-execution documents it may. */
export class TooManyPoe extends Schema.TaggedError<TooManyPoe>()("TooManyPoe", { max: Schema.Number }) {
  override get message() {
    return `A claim holds at most ${this.max} proof-of-execution documents`
  }
}

/** 409 field_not_editable: after submission only some fields may change (SPEC §5). */
export class FieldNotEditable extends Schema.TaggedError<FieldNotEditable>()("FieldNotEditable", {
  fields: Schema.Array(Schema.String)
}) {
  override get message() {
    return `After submission only the PartnerID, products, contacts and proof of execution can change; not ${this.fields.join(", ")}`
  }
}

/** 409 association_exists: another partner already holds the target; only arbitration can change that. */
export class AssociationTaken extends Schema.TaggedError<AssociationTaken>()("AssociationTaken", {
  reason: Schema.String
}) {
  override get message() {
    return `${this.reason}; resolve it through arbitration`
  }
}

/** 409 arbitration_required: a competing claim is decided by resolving its case, not approved alone. */
export class ArbitrationRequired extends Schema.TaggedError<ArbitrationRequired>()("ArbitrationRequired", {
  caseId: Schema.String
}) {
  override get message() {
    return `This claim competes with others in case ${this.caseId}; resolve the case with a winner and a reasoning`
  }
}

/** 400 invalid_request: the claim's products do not fit its solution area (or repeat). */
export class ClaimShapeInvalid extends Schema.TaggedError<ClaimShapeInvalid>()("ClaimShapeInvalid", {
  reason: Schema.String
}) {
  override get message() {
    return this.reason
  }
}

/** Every failure the claims capability raises. */
export type ClaimsError =
  | TooManyPoe
  | FieldNotEditable
  | AssociationTaken
  | ArbitrationRequired
  | ClaimShapeInvalid
