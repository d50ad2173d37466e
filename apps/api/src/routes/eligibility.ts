import { authorize, EnrollmentRepository, IdentityRepository } from "@openpor/domain"
import { Effect, Option, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { group, route } from "../http/route.ts"

const EligibilityView = Schema.Struct({
  location: Schema.Struct({
    id: Schema.String,
    partnerId: Schema.String,
    name: Schema.String,
    city: Schema.String,
    country: Schema.String
  }),
  agreementActive: Schema.Boolean,
  programs: Schema.Array(
    Schema.Struct({
      id: Schema.String,
      name: Schema.String,
      status: Schema.String,
      open: Schema.Boolean,
      requirements: Schema.Array(
        Schema.Struct({ id: Schema.String, name: Schema.String, met: Schema.Boolean })
      )
    })
  )
})

/** What the operator's eligibility screen reads of one location (the writes are in enrollmentOpsRoutes). */
export const eligibilityRoutes = group(
  "/api/v1/ops/eligibility",
  "Operations: programs, eligibility, validation",
  [
    route(
      {
        method: "get",
        path: "/{partnerId}",
        operationId: "getEligibility",
        summary:
          "One location's eligibility: every requirement of every program with met/unmet, and whether it has an active agreement (operator, auditor)",
        auth: "session",
        params: Schema.Struct({
          partnerId: Schema.String.check(
            Schema.isPattern(/^[0-9]{7}$/, { message: "a PartnerID has 7 digits" })
          )
        }),
        response: EligibilityView,
        status: 200,
        errors: [400, 401, 403, 404]
      },
      ({ auth, params }) =>
        Effect.gen(function* () {
          yield* authorize("readEligibility", auth!.actor)
          const location = yield* IdentityRepository.use((r) =>
            r.findLocationByPartnerId(params.partnerId as never)
          )
          if (Option.isNone(location))
            return yield* Effect.fail(
              new HttpError(404, "unknown_partner_id", `PartnerID ${params.partnerId} is unknown`, {
                field: "partnerId"
              })
            )
          const repo = yield* EnrollmentRepository
          const statuses = yield* repo.requirementStatuses(location.value.id)
          const met = new Set(statuses.filter((s) => s.met).map((s) => s.requirementId))
          const programs = yield* repo.listPrograms
          return {
            location: {
              id: location.value.id,
              partnerId: location.value.partnerId,
              name: location.value.name,
              city: location.value.city,
              country: location.value.country
            },
            agreementActive: yield* repo.isAgreementActive(location.value.id),
            programs: programs.map((p) => ({
              id: p.id,
              name: p.name,
              status: p.status,
              open: p.open,
              requirements: p.requirements.map((r) => ({ id: r.id, name: r.name, met: met.has(r.id) }))
            }))
          }
        })
    )
  ]
)
