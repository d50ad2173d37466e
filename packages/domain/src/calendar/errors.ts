import { Schema } from "effect"

/** Removing a date that is not (or no longer) a holiday (404 not_found). */
export class NotAHoliday extends Schema.TaggedError<NotAHoliday>()("NotAHoliday", {
  date: Schema.String
}) {
  override get message() {
    return `${this.date} is not a holiday`
  }
}

/** Advancing the test clock by nothing (400 invalid_request). */
export class NothingToAdvance extends Schema.TaggedError<NothingToAdvance>()("NothingToAdvance", {}) {
  override get message() {
    return "Give at least one of days, businessDays, hours, minutes greater than 0"
  }
}

/** Setting the test clock before its current time (409 clock_cannot_go_back; details: its time). */
export class ClockCannotGoBack extends Schema.TaggedError<ClockCannotGoBack>()("ClockCannotGoBack", {
  now: Schema.Date
}) {
  override get message() {
    return `The test clock is at ${this.now.toISOString()}; it only moves forward`
  }
}

/** The failures of the calendar's use cases (holidays and the operator's test clock). */
export type CalendarError = NotAHoliday | NothingToAdvance | ClockCannotGoBack
