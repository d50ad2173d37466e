import { Schema } from "effect"

/**
 * A history import with refused rows (SPEC §4): nothing was stored (400 invalid_rows; details: every
 * refused row with its line, column, code and message).
 */
export class PorEventRowsRefused extends Schema.TaggedError<PorEventRowsRefused>()("PorEventRowsRefused", {
  total: Schema.Number,
  rows: Schema.Array(Schema.Unknown)
}) {
  override get message() {
    return `${this.rows.length} of ${this.total} rows are refused; nothing was imported`
  }
}

/** Every failure of the POR use cases. */
export type PorError = PorEventRowsRefused
