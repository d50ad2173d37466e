import { Effect, Option } from "effect"
import type { Secrets } from "../auth/auth.ts"
import type { Actor } from "../authorization/actor.ts"
import { policy } from "../authorization/policy.ts"
import type { Clock } from "../calendar/clock.ts"
import { type ClaimInput, newDraft, shapeProblem } from "../claims/drafting.ts"
import { type Claim, targetKeys } from "../claims/model.ts"
import type { ClaimRepository } from "../claims/repository.ts"
import { validateSubmission } from "../claims/validation.ts"
import type { Subscription, Tenant } from "../directory/model.ts"
import type { DirectoryRepository } from "../directory/repository.ts"
import type { Program } from "../enrollment/model.ts"
import type { EnrollmentRepository } from "../enrollment/repository.ts"
import type { IdentityRepository } from "../identity/repository.ts"
import type { SubscriptionId, TenantId } from "../ids.ts"
import type { BulkClaimProblemCode, BulkImport, BulkImportRow, BulkRowProblem } from "./model.ts"
import { columnOfField, normalizedRow, readRow } from "./rows.ts"

/** Submission codes a draft cannot meet yet: they are checked when the draft is submitted. */
const NOT_FOR_DRAFTS = new Set(["poe_required", "acknowledgements_required"])

export interface RowCheckDeps {
  readonly claims: ClaimRepository["Service"]
  readonly identity: IdentityRepository["Service"]
  readonly directory: DirectoryRepository["Service"]
  readonly enrollments: EnrollmentRepository["Service"]
  readonly clock: Clock["Service"]
  readonly secrets: Secrets["Service"]
}

/** A checked row: its problems, or the draft it makes and its hash (normalized content and organization). */
export type Checked =
  | { readonly row: BulkImportRow; readonly problems: ReadonlyArray<BulkRowProblem> }
  | { readonly row: BulkImportRow; readonly draft: Claim; readonly hash: string }

/** The tenants and subscriptions the rows of a run name (undefined: not in the directory). */
export interface Lookups {
  readonly tenants: Map<string, Tenant | undefined>
  readonly subscriptions: Map<string, Subscription | undefined>
  readonly load: (drafts: ReadonlyArray<Claim>) => Effect.Effect<void>
}

/**
 * The check of a chunk of rows, as submission checks a claim (validation.ts) and drafting refuses one
 * (a PartnerID of another organization, a location where the uploader may not draft, products that do
 * not fit the solution area). What the rows name is read per chunk in a fixed number of statements
 * (locations, enrollments, holders of the targets) plus one per distinct tenant and subscription of the
 * whole run.
 */
export const makeRowCheck = (deps: RowCheckDeps) => {
  /** The directory entries the rows name, read once per distinct id for the whole run. */
  const lookups = (): Lookups => {
    const tenants = new Map<string, Tenant | undefined>()
    const subscriptions = new Map<string, Subscription | undefined>()
    const load = (drafts: ReadonlyArray<Claim>) =>
      Effect.gen(function* () {
        const tenantIds = [...new Set(drafts.map((c) => c.tenantId))].filter((t) => !tenants.has(t))
        const subIds = [...new Set(drafts.flatMap((c) => c.subscriptionIds))].filter(
          (s) => !subscriptions.has(s)
        )
        yield* Effect.forEach(tenantIds, (t) =>
          Effect.map(deps.directory.findTenant(t as TenantId), (o) =>
            tenants.set(t, Option.getOrUndefined(o))
          )
        )
        yield* Effect.forEach(subIds, (s) =>
          Effect.map(deps.directory.findSubscription(s as SubscriptionId), (o) =>
            subscriptions.set(s, Option.getOrUndefined(o))
          )
        )
      })
    return { tenants, subscriptions, load }
  }

  const refusedAll = (rows: ReadonlyArray<BulkImportRow>, code: BulkClaimProblemCode, message: string) =>
    rows.map((row): Checked => ({ row, problems: [{ column: "partnerId", code, message }] }))

  /** Every row of a chunk checked as submission would check it; the drafts of the good ones. */
  const chunk = (
    actor: Actor | undefined,
    bulkImport: BulkImport,
    rows: ReadonlyArray<BulkImportRow>,
    lookups: Lookups,
    programs: ReadonlyMap<string, Program>
  ) =>
    Effect.gen(function* () {
      if (
        actor === undefined ||
        actor.kind !== "partner" ||
        actor.organizationId !== bulkImport.organizationId
      )
        return refusedAll(rows, "forbidden", "The uploader may no longer draft claims")
      const now = yield* deps.clock.now
      const locations = new Map(
        (yield* deps.identity.locationsOf(actor.organizationId)).map((l) => [l.partnerId as string, l])
      )
      const enrolled = new Set(
        (yield* deps.enrollments.listEnrollments({
          locationIds: [...locations.values()].map((l) => l.id),
          states: ["enrolled"],
          limit: 100_000
        })).map((e) => `${e.locationId}|${e.programId}`)
      )
      const stage: Array<{
        row: BulkImportRow
        problems?: ReadonlyArray<BulkRowProblem>
        input?: ClaimInput
        draft?: Claim
      }> = []
      for (const row of rows) {
        const read = readRow(row.cells)
        if (read._tag === "problems") {
          stage.push({ row, problems: read.problems })
          continue
        }
        const input = read.input
        const location = locations.get(input.partnerId)
        if (location === undefined) {
          stage.push({
            row,
            problems: [
              {
                column: "partnerId",
                code: "location_not_enrolled",
                message: `PartnerID ${input.partnerId} is not a location of your organization; choose one of your PartnerIDs`
              }
            ]
          })
          continue
        }
        if (!policy.draftClaim(actor, { organizationId: location.organizationId, locationId: location.id })) {
          stage.push({
            row,
            problems: [
              {
                column: "partnerId",
                code: "forbidden",
                message: `You may not draft claims for PartnerID ${input.partnerId}; ask its Incentives admin`
              }
            ]
          })
          continue
        }
        const shape = shapeProblem({
          solutionArea: input.solutionArea,
          workloads: input.workloads ?? [],
          subscriptionIds: input.subscriptionIds ?? [],
          optOut: input.optOutOfIncentives ?? false
        })
        if (shape !== undefined) {
          stage.push({
            row,
            problems: [{ column: shape.field, code: "invalid_value", message: shape.reason }]
          })
          continue
        }
        stage.push({ row, input, draft: newDraft(actor, location, input, now) })
      }
      const drafts = stage.flatMap((s) => (s.draft === undefined ? [] : [s.draft]))
      yield* lookups.load(drafts)
      const holders = yield* deps.claims.holdersOf([...new Set(drafts.flatMap(targetKeys))])
      const ownTargets = new Set(
        holders.filter((h) => h.organizationId === actor.organizationId).map((h) => h.targetKey)
      )
      return stage.map((s): Checked => {
        if (s.draft === undefined) return { row: s.row, problems: s.problems ?? [] }
        const draft = s.draft
        const program = programs.get(draft.programId)
        const violations = validateSubmission(draft, {
          tenant: lookups.tenants.get(draft.tenantId),
          subscriptions: new Map(
            draft.subscriptionIds.flatMap((id) => {
              const found = lookups.subscriptions.get(id)
              return found === undefined ? [] : [[id, found] as const]
            })
          ),
          program,
          locationEnrolled: enrolled.has(`${draft.locationId}|${draft.programId}`),
          poeCount: 1,
          ownHeldOrOpenTargets: ownTargets,
          acknowledged: (program?.acknowledgements ?? []).map((a) => a.id)
        }).filter((v) => !NOT_FOR_DRAFTS.has(v.code))
        if (violations.length > 0)
          return {
            row: s.row,
            problems: violations.map((v) => {
              const item = v.details?.workload ?? v.details?.subscriptionId
              return {
                column: columnOfField(v.field),
                code: v.code as BulkClaimProblemCode,
                message: v.message,
                ...(typeof item === "string" ? { item } : {})
              }
            })
          }
        return {
          row: s.row,
          draft,
          hash: deps.secrets.sha256(`${bulkImport.organizationId}\n${normalizedRow(s.input!)}`)
        }
      })
    })

  return { lookups, chunk }
}
