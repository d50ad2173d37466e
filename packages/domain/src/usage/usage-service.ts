import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import { Clock } from "../calendar/clock.ts"
import { ClaimRepository } from "../claims/repository.ts"
import type { Subscription, Tenant } from "../directory/model.ts"
import { DirectoryRepository } from "../directory/repository.ts"
import { isGuid, type SubscriptionId, type TenantId } from "../ids.ts"
import { type Forbidden, InvalidInput, NotFound } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { MAX_USAGE_ROWS, usageRowProblems } from "./import-usage.ts"
import {
  type ClaimUsage,
  type UsageImportResult,
  type UsageInputRow,
  UsageRecord,
  type UsageSeries,
  usageTargetKey
} from "./model.ts"
import { UsageRepository, usageKey } from "./repository.ts"

/**
 * Usage insights (SPEC §5, seeds 001 and 002): the operator imports monthly usage per tenant and
 * workload or subscription; the claiming organization sees the usage of exactly the targets of its
 * official associations while they are official (vendor staff too), and nobody sees it otherwise.
 */
export class UsageService extends Context.Service<
  UsageService,
  {
    /** Stores every row or none (400 `invalid_rows` naming each refused row's line, column and code). */
    readonly importRows: (
      actor: Actor,
      rows: ReadonlyArray<UsageInputRow>,
      source: "json" | "csv"
    ) => Effect.Effect<UsageImportResult, Forbidden | InvalidInput>
    /** The claim's usage by month; NotFound unless its association is official now and the actor may see it. */
    readonly claimUsage: (actor: Actor, claimId: string) => Effect.Effect<ClaimUsage, NotFound>
  }
>()("@openpor/domain/usage/UsageService") {
  static readonly layer = Layer.effect(
    UsageService,
    Effect.gen(function* () {
      const repo = yield* UsageRepository
      const claims = yield* ClaimRepository
      const directory = yield* DirectoryRepository
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const clock = yield* Clock

      /** The tenants the rows name and their subscriptions, each read once. */
      const directoryOf = (rows: ReadonlyArray<UsageInputRow>) =>
        Effect.gen(function* () {
          const tenants = new Map<string, Tenant>()
          const subscriptions = new Map<string, Subscription>()
          const ids = new Set(rows.map((r) => r.tenantId).filter(isGuid))
          for (const id of ids) {
            if (tenants.has(id.toLowerCase())) continue
            const tenant = yield* directory.findTenant(id as TenantId)
            if (Option.isNone(tenant)) continue
            tenants.set(id.toLowerCase(), tenant.value)
            for (const s of yield* directory.subscriptionsOf(tenant.value.id))
              subscriptions.set(s.id.toLowerCase(), s)
          }
          // A subscription of a tenant the file does not name: found, so the row can say whose it is.
          for (const id of new Set(
            rows.map((r) => r.subscriptionId).filter((s) => s !== null && isGuid(s))
          )) {
            if (subscriptions.has(id!.toLowerCase())) continue
            const found = yield* directory.findSubscription(id as SubscriptionId)
            if (Option.isSome(found)) subscriptions.set(id!.toLowerCase(), found.value)
          }
          return { tenants, subscriptions }
        })

      const importRows = Effect.fn("UsageService.importRows")(function* (
        actor: Actor,
        rows: ReadonlyArray<UsageInputRow>,
        source: "json" | "csv"
      ) {
        yield* authorize("manageDirectory", actor)
        if (rows.length === 0)
          return yield* new InvalidInput({ code: "empty_import", reason: "The import has no rows" })
        if (rows.length > MAX_USAGE_ROWS)
          return yield* new InvalidInput({
            code: "import_too_large",
            reason: `At most ${MAX_USAGE_ROWS} rows per import; send more in batches`
          })
        const found = yield* directoryOf(rows)
        const problems = usageRowProblems(rows, found)
        if (problems.length > 0) {
          const lines = [...new Set(problems.map((p) => p.line))]
          return yield* new InvalidInput({
            code: "invalid_rows",
            reason: `${lines.length} of ${rows.length} rows are refused (line ${lines.slice(0, 10).join(", ")}${lines.length > 10 ? ", …" : ""}); nothing was stored`,
            details: { total: rows.length, rows: problems }
          })
        }
        const now = yield* clock.now
        const records = rows.map((row) => {
          const tenant = found.tenants.get(row.tenantId.toLowerCase())!
          const subscription =
            row.subscriptionId === null
              ? undefined
              : found.subscriptions.get(row.subscriptionId.toLowerCase())!
          return new UsageRecord({
            targetKey:
              subscription === undefined
                ? usageTargetKey(tenant.id, { workload: row.workload! })
                : usageTargetKey(tenant.id, { subscriptionId: subscription.id }),
            tenantId: tenant.id,
            workload: subscription === undefined ? row.workload : null,
            subscriptionId: subscription?.id ?? null,
            month: row.month,
            activeUsers: row.activeUsers,
            licensedSeats: row.licensedSeats,
            importedAt: now
          })
        })
        const replaced = yield* tx.transaction(
          Effect.gen(function* () {
            const replaced = yield* repo.upsert(records)
            yield* audit.append({
              actor,
              action: "usage.imported",
              entityType: "usage",
              entityId: now.toISOString(),
              before: null,
              after: {
                source,
                rows: records.length,
                replaced: replaced.size,
                tenants: [...new Set(records.map((r) => r.tenantId))],
                months: [...new Set(records.map((r) => r.month))].sort()
              }
            })
            return replaced
          })
        )
        return {
          applied: records.length,
          created: records.length - replaced.size,
          replaced: replaced.size,
          rows: records.map((r, i) => ({
            line: rows[i]!.line,
            tenantId: r.tenantId,
            workload: r.workload,
            subscriptionId: r.subscriptionId,
            month: r.month,
            result: replaced.has(usageKey(r)) ? ("replaced" as const) : ("created" as const)
          }))
        }
      })

      const claimUsage = Effect.fn("UsageService.claimUsage")(function* (actor: Actor, claimId: string) {
        const notFound = new NotFound({ entity: "Usage of claim", id: claimId })
        const claim = Option.getOrUndefined(yield* claims.find(claimId))
        // Another organization, a customer: as if the claim did not exist (SPEC §1).
        if (claim === undefined || !policy.viewClaims(actor, claim)) return yield* notFound
        // Only while official: not before (approved, consent window open), not after it ended.
        if (claim.status !== "approved" || claim.officialAt === null || claim.endedAt !== null)
          return yield* notFound
        const official = (yield* claims.associationsOfClaim(claim.id)).filter(
          (a) => a.status === "active" && a.officialAt !== null && a.endedAt === null
        )
        if (official.length === 0) return yield* notFound
        const keys = official.map((a) => a.targetKey)
        const records = yield* repo.ofTargets(keys)
        const products = new Map(
          claim.solutionArea === "business_applications"
            ? (yield* directory.subscriptionsOf(claim.tenantId as TenantId)).map(
                (s) => [s.id.toLowerCase(), s.product] as const
              )
            : []
        )
        const series: Array<UsageSeries> = (
          claim.solutionArea === "modern_work_security"
            ? claim.workloads.map((w) => ({
                key: usageTargetKey(claim.tenantId, { workload: w }),
                workload: w,
                subscriptionId: null
              }))
            : claim.subscriptionIds.map((s) => ({
                key: usageTargetKey(claim.tenantId, { subscriptionId: s }),
                workload: null,
                subscriptionId: s
              }))
        )
          .filter((t) => keys.includes(t.key))
          .map((t) => ({
            workload: t.workload,
            subscriptionId: t.subscriptionId,
            product:
              t.subscriptionId === null ? null : (products.get(t.subscriptionId.toLowerCase()) ?? null),
            months: records
              .filter((r) => r.targetKey === t.key)
              .map((r) => ({ month: r.month, activeUsers: r.activeUsers, licensedSeats: r.licensedSeats }))
          }))
        return {
          claimId: claim.id,
          tenantId: claim.tenantId,
          officialSince: new Date(Math.min(...official.map((a) => a.officialAt!.getTime()))),
          series
        }
      })

      return UsageService.of({ importRows, claimUsage })
    })
  )

  /** On the in-memory usage table (the other repositories come from the test infrastructure). */
  static readonly layerTest = UsageService.layer.pipe(Layer.provide(UsageRepository.layerTest))
}
