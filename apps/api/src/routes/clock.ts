import {
  AuditLog,
  addBusinessDays,
  authorize,
  Calendar,
  Clock,
  TestClockControl,
  Transactor
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
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

const view = (jobsRun: number) =>
  Effect.gen(function* () {
    const now = yield* Clock.use((c) => c.now)
    const offsetMillis = yield* TestClockControl.use((c) => c.offset)
    return { now: now.toISOString(), offsetMillis, jobsRun }
  })

const audited = (actor: Parameters<typeof authorize>[1], action: string, before: string, after: string) =>
  Transactor.use((tx) =>
    tx.transaction(
      AuditLog.use((a) =>
        a.append({
          actor,
          action,
          entityType: "test_clock",
          entityId: "clock",
          before: { now: before },
          after: { now: after }
        })
      )
    )
  )

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
    ({ auth }) => Effect.andThen(authorize("readClock", auth!.actor), view(0))
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
    ({ auth, body }) =>
      Effect.gen(function* () {
        yield* authorize("controlClock", auth!.actor)
        const { days = 0, businessDays = 0, hours = 0, minutes = 0 } = body
        if (days + businessDays + hours + minutes === 0) {
          return yield* Effect.fail(
            new HttpError(
              400,
              "invalid_request",
              "Give at least one of days, businessDays, hours, minutes greater than 0"
            )
          )
        }
        const before = yield* Clock.use((c) => c.now)
        const calendar = yield* Calendar.use((c) => c.current)
        let target = new Date(before.getTime() + days * 86_400_000 + hours * 3_600_000 + minutes * 60_000)
        if (businessDays > 0) target = addBusinessDays(calendar, target, businessDays)
        const after = yield* TestClockControl.use((c) => c.advance(target.getTime() - before.getTime()))
        yield* audited(auth!.actor, "test_clock.advanced", before.toISOString(), after.toISOString())
        const jobsRun = yield* DrainJobs.use((d) => d.drain)
        return yield* view(jobsRun)
      })
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
    ({ auth, body }) =>
      Effect.gen(function* () {
        yield* authorize("controlClock", auth!.actor)
        const target = new Date(body.now)
        if (Number.isNaN(target.getTime()))
          return yield* Effect.fail(
            new HttpError(400, "invalid_request", `now is not a valid instant: ${body.now}`)
          )
        const before = yield* Clock.use((c) => c.now)
        if (target.getTime() < before.getTime()) {
          return yield* Effect.fail(
            new HttpError(
              409,
              "clock_cannot_go_back",
              `The test clock is at ${before.toISOString()}; it only moves forward`,
              {
                now: before.toISOString()
              }
            )
          )
        }
        const after = yield* TestClockControl.use((c) => c.set(target))
        yield* audited(auth!.actor, "test_clock.set", before.toISOString(), after.toISOString())
        const jobsRun = yield* DrainJobs.use((d) => d.drain)
        return yield* view(jobsRun)
      })
  )
])
