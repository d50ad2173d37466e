import { defaultWorkloads } from "../catalog/catalog.ts"
import type { Subscription, Tenant } from "../directory/model.ts"
import { isGuid } from "../ids.ts"
import {
  isUsageMonth,
  type UsageColumn,
  type UsageInputRow,
  type UsageRowProblem,
  usageTargetKey
} from "./model.ts"

/** Upper bound of one import request; more rows are imported in batches. */
export const MAX_USAGE_ROWS = 50_000

const WORKLOADS = new Set<string>(defaultWorkloads.map((w) => w.code))

/** What the rows are checked against: the tenants they name and those tenants' subscriptions. */
export interface UsageDirectory {
  readonly tenants: ReadonlyMap<string, Tenant>
  readonly subscriptions: ReadonlyMap<string, Subscription>
}

/**
 * Every problem of every row (SPEC §9 usage import): a tenant of the directory; exactly one of a known
 * workload or a subscription of that tenant; a month YYYY-MM; whole numbers ≥ 0; each tenant, target
 * and month once per file. An empty answer means the file can be stored as a whole.
 */
export const usageRowProblems = (
  rows: ReadonlyArray<UsageInputRow>,
  directory: UsageDirectory
): ReadonlyArray<UsageRowProblem> => {
  const problems: Array<UsageRowProblem> = []
  const seen = new Map<string, number>()
  for (const row of rows) {
    const at = (column: UsageColumn, code: string, message: string) =>
      problems.push({ line: row.line, column, code, message })
    const tenant = isGuid(row.tenantId) ? directory.tenants.get(row.tenantId.toLowerCase()) : undefined
    if (!isGuid(row.tenantId)) at("tenantId", "invalid_tenant_id", "A tenant ID is a GUID")
    else if (tenant === undefined)
      at(
        "tenantId",
        "unknown_tenant",
        `Tenant ${row.tenantId} is not in the customer directory; import it first`
      )
    let target: { readonly workload: string } | { readonly subscriptionId: string } | undefined
    if (row.workload !== null && row.subscriptionId !== null)
      at("subscriptionId", "one_target_only", "Give a workload or a subscription ID, not both")
    else if (row.workload === null && row.subscriptionId === null)
      at(
        "workload",
        "target_required",
        "Give the workload (Modern Work) or the subscription ID (Business Applications)"
      )
    else if (row.workload !== null) {
      if (WORKLOADS.has(row.workload)) target = { workload: row.workload }
      else at("workload", "unknown_workload", `${row.workload} is not a workload of the catalog`)
    } else if (row.subscriptionId !== null) {
      const subscription = isGuid(row.subscriptionId)
        ? directory.subscriptions.get(row.subscriptionId.toLowerCase())
        : undefined
      if (!isGuid(row.subscriptionId))
        at("subscriptionId", "not_a_subscription_id", "A subscription ID is a GUID")
      else if (subscription === undefined)
        at(
          "subscriptionId",
          "unknown_subscription",
          `Subscription ${row.subscriptionId} is not in the customer directory`
        )
      else if (tenant !== undefined && subscription.tenantId.toLowerCase() !== tenant.id.toLowerCase())
        at(
          "subscriptionId",
          "product_not_in_tenant",
          `Subscription ${row.subscriptionId} belongs to another tenant`
        )
      else target = { subscriptionId: row.subscriptionId }
    }
    if (!isUsageMonth(row.month)) at("month", "invalid_month", "A month is written YYYY-MM, such as 2026-07")
    for (const column of ["activeUsers", "licensedSeats"] as const) {
      const n = row[column]
      if (!Number.isSafeInteger(n) || n < 0)
        at(column, "invalid_number", `${column} is a whole number, 0 or more`)
    }
    if (tenant !== undefined && target !== undefined && isUsageMonth(row.month)) {
      const key = `${usageTargetKey(tenant.id, target)}|${row.month}`
      const first = seen.get(key)
      if (first === undefined) seen.set(key, row.line)
      else at("month", "duplicate_row", `The same tenant, target and month is on line ${first} already`)
    }
  }
  return problems
}
