import { Clock, UsageRecord, UsageRepository, usageTargetKey } from "@openpor/domain"
import { Effect } from "effect"

const NORTHWIND = "11111111-1111-4111-8111-111111111111"

/** Northwind's measured targets (SPEC appendix B): its workloads and its live subscriptions, with seats. */
const targets: ReadonlyArray<
  ({ readonly workload: string } | { readonly subscriptionId: string }) & { readonly seats: number }
> = [
  { workload: "exchange", seats: 420 },
  { workload: "sharepoint", seats: 420 },
  { workload: "teams", seats: 450 },
  { workload: "intune", seats: 300 },
  { subscriptionId: "aaaaaaaa-0000-4000-8000-000000000001", seats: 60 },
  { subscriptionId: "aaaaaaaa-0000-4000-8000-000000000002", seats: 40 },
  { subscriptionId: "aaaaaaaa-0000-4000-8000-000000000005", seats: 450 }
]

/** The twelve months before `now`'s month, oldest first (`YYYY-MM`). */
export const lastTwelveMonths = (now: Date): ReadonlyArray<string> =>
  Array.from({ length: 12 }, (_, i) => {
    const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 12 + i, 1))
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`
  })

/**
 * A year of monthly usage for Northwind (usage insights, SPEC §5): what a partner sees on the Usage tab
 * once its association with Northwind is official. Active users grow from about half of the licensed
 * seats to nearly all of them. Insert-if-missing: a database that has Northwind's usage keeps it.
 */
export const seedDemoUsage = (created: Array<string>) =>
  Effect.gen(function* () {
    const repo = yield* UsageRepository
    const now = yield* Clock.use((c) => c.now)
    const keys = targets.map((t) => usageTargetKey(NORTHWIND, t))
    if ((yield* repo.ofTargets(keys)).length > 0) return
    const months = lastTwelveMonths(now)
    const records = targets.flatMap((t, ti) =>
      months.map(
        (month, mi) =>
          new UsageRecord({
            targetKey: keys[ti]!,
            tenantId: NORTHWIND,
            workload: "workload" in t ? t.workload : null,
            subscriptionId: "subscriptionId" in t ? t.subscriptionId : null,
            month,
            // 50 % of the seats in the first month, about 92 % in the last, with a small wobble per target.
            activeUsers: Math.round(t.seats * (0.5 + (0.42 * mi) / 11 + (((mi + ti) % 3) - 1) * 0.02)),
            licensedSeats: t.seats + (mi >= 6 ? Math.round(t.seats * 0.05) : 0),
            importedAt: now
          })
      )
    )
    yield* repo.upsert(records)
    created.push(`usage_${NORTHWIND}`)
  })
