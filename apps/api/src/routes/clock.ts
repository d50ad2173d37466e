import { advanceTestClock, setTestClock, testClockNow, testClockState } from "@openpor/domain"
import { Effect, Schema } from "effect"
import { group, route } from "../http/route.ts"
import { DrainJobs } from "../jobs.ts"

const ClockView = Schema.Struct({
  now: Schema.String,
  offsetMillis: Schema.Number,
  jobsRun: Schema.Number
})

const AdvanceBody = Schema.Struct({
  days: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3650 }))),
  businessDays: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 3650 }))),
  hours: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 87600 }))),
  minutes: Schema.optionalKey(Schema.Int.check(Schema.isBetween({ minimum: 0, maximum: 525600 })))
})

/** The clock as answered, with how many jobs that became due ran. */
const clockView =
  (jobsRun: number) =>
  ({ now, offsetMillis }: { readonly now: Date; readonly offsetMillis: number }) => ({
    now: now.toISOString(),
    offsetMillis,
    jobsRun
  })
const afterJobs = Effect.gen(function* () {
  const jobsRun = yield* DrainJobs.use((d) => d.drain)
  return clockView(jobsRun)(yield* testClockState)
})

/** The operator's test clock; mounted only when the server runs with OPENPOR_CLOCK=test. */
export const testClockRoutes = group("/api/v1/ops/clock", "Operations: test clock", [
  route(
    {
      method: "get",
      path: "",
      operationId: "getTestClock",
      summary: "Current time of the test clock",
      auth: "session",
      response: ClockView,
      status: 200,
      errors: [401, 403]
    },
    ({ auth }) => Effect.map(testClockNow(auth!.actor), clockView(0))
  ),
  route(
    {
      method: "post",
      path: "/advance",
      operationId: "advanceTestClock",
      summary: "Move the test clock forward, then run every job that became due",
      description: "Give days, businessDays (vendor calendar), hours and/or minutes; they add up.",
      auth: "session",
      body: AdvanceBody,
      response: ClockView,
      status: 200,
      errors: [400, 401, 403, 415]
    },
    ({ auth, body }) => Effect.andThen(advanceTestClock(auth!.actor, body), afterJobs)
  ),
  route(
    {
      method: "post",
      path: "/set",
      operationId: "setTestClock",
      summary: "Set the test clock to an instant (never backwards), then run every job that became due",
      auth: "session",
      body: Schema.Struct({
        now: Schema.String.check(
          Schema.isPattern(/^\d{4}-\d{2}-\d{2}(T.*)?$/, { message: "now is an ISO-8601 date or instant" })
        )
      }),
      response: ClockView,
      status: 200,
      errors: [400, 401, 403, 409, 415]
    },
    ({ auth, body }) => Effect.andThen(setTestClock(auth!.actor, body.now), afterJobs)
  )
])
