import { defaultPartnerRoles, defaultWorkloads, PartnerRole, SolutionArea, Workload } from "@openpor/domain"
import { Effect, Schema } from "effect"
import { group, route } from "../http/route.ts"

const CatalogView = Schema.Struct({
  solutionAreas: Schema.Array(SolutionArea),
  partnerRoles: Schema.Array(
    Schema.Struct({
      role: PartnerRole,
      name: Schema.String,
      solutionArea: SolutionArea,
      programId: Schema.String
    })
  ),
  workloads: Schema.Array(Schema.Struct({ code: Workload, name: Schema.String }))
})

/** The claim vocabulary of the catalog (SPEC appendix A): solution areas, partner roles with their program, workloads. */
export const catalogRoutes = group("/api/v1", "Programs and enrollment", [
  route(
    {
      method: "get",
      path: "/catalog",
      operationId: "getCatalog",
      summary: "Solution areas, partner roles (with the program each maps to) and workloads a claim may name",
      auth: "session",
      response: CatalogView,
      status: 200,
      errors: [401]
    },
    () =>
      Effect.succeed({
        solutionAreas: [...SolutionArea.literals],
        partnerRoles: defaultPartnerRoles.map((r) => ({
          role: r.role,
          name: r.name,
          solutionArea: r.solutionArea,
          programId: r.programId
        })),
        workloads: defaultWorkloads.map((w) => ({ code: w.code, name: w.name }))
      })
  )
])
