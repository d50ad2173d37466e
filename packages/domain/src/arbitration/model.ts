import { Schema } from "effect"
import { ArbitrationPolicy } from "../catalog/catalog.ts"

/**
 * An arbitration case (SPEC §6): the competing claims on one subscription or workload, open until a reviewer
 * resolves it with a winner and reasoning.
 */
export class ArbitrationCase extends Schema.Class<ArbitrationCase>(
  "@openpor/domain/arbitration/ArbitrationCase"
)({
  id: Schema.String,
  status: Schema.Literals(["open", "resolved"]),
  /** The program whose arbitration policy recommends (the program of the claim that opened the case). */
  programId: Schema.String,
  createdAt: Schema.Date,
  resolvedAt: Schema.NullOr(Schema.Date),
  winnerClaimId: Schema.NullOr(Schema.String),
  reasoning: Schema.NullOr(Schema.String),
  resolvedBy: Schema.NullOr(Schema.String),
  version: Schema.Number
}) {}

export { ArbitrationPolicy }

/** One party of a case, as the recommendation sees it. */
export interface Party {
  readonly claimId: string
  readonly partnerId: string
  /** The party holds an active association on the contested target(s). */
  readonly holder: boolean
  /** When it registered its claim (first submission) — for the holder, when its association started if earlier. */
  readonly registeredAt: Date | null
  /** Upload time of its most recent proof of execution; null without any. */
  readonly latestPoeAt: Date | null
}

/**
 * The recommendation `recommend` makes for a case under its program's arbitration policy: the claim it
 * favours (or none) and the facts that led to it.
 */
export interface Recommendation {
  readonly policy: ArbitrationPolicy
  readonly recommendedClaimId: string | null
  /** The facts that produced it, in order, for the reviewer. */
  readonly facts: ReadonlyArray<string>
}
