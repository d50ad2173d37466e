import { UsageRecord, UsageRepository, usageKey } from "@openpor/domain"
import { Effect, Layer } from "effect"
import type { Selectable } from "kysely"
import type { UsageMonthsTable } from "../schema.ts"
import { makeQuery } from "./query.ts"

/** Rows per INSERT statement (8 parameters each: within SQLite's and PostgreSQL's limits). */
const BATCH = 500

const toRecord = (r: Selectable<UsageMonthsTable>) =>
  new UsageRecord({
    targetKey: r.target_key,
    tenantId: r.tenant_id,
    workload: r.workload,
    subscriptionId: r.subscription_id,
    month: r.month,
    activeUsers: Number(r.active_users),
    licensedSeats: Number(r.licensed_seats),
    importedAt: new Date(r.imported_at)
  })

/** UsageRepository on `usage_months` (migration 2026-11-30-0009-usage). */
export const UsageRepositoryLive = Layer.effect(
  UsageRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return UsageRepository.of({
      upsert: (records) =>
        Effect.gen(function* () {
          const replaced = new Set<string>()
          for (let i = 0; i < records.length; i += BATCH) {
            const batch = records.slice(i, i + BATCH)
            const targets = [...new Set(batch.map((r) => r.targetKey))]
            const stored = yield* query((db) =>
              db
                .selectFrom("usage_months")
                .select(["target_key", "month"])
                .where("target_key", "in", targets)
                .where("month", "in", [...new Set(batch.map((r) => r.month))])
                .execute()
            )
            const wanted = new Set(batch.map(usageKey))
            for (const s of stored) {
              const key = usageKey({ targetKey: s.target_key, month: s.month })
              if (wanted.has(key)) replaced.add(key)
            }
            yield* query((db) =>
              db
                .insertInto("usage_months")
                .values(
                  batch.map((r) => ({
                    target_key: r.targetKey,
                    month: r.month,
                    tenant_id: r.tenantId,
                    workload: r.workload,
                    subscription_id: r.subscriptionId,
                    active_users: r.activeUsers,
                    licensed_seats: r.licensedSeats,
                    imported_at: r.importedAt.toISOString()
                  }))
                )
                .onConflict((oc) =>
                  oc.columns(["target_key", "month"]).doUpdateSet((eb) => ({
                    tenant_id: eb.ref("excluded.tenant_id"),
                    workload: eb.ref("excluded.workload"),
                    subscription_id: eb.ref("excluded.subscription_id"),
                    active_users: eb.ref("excluded.active_users"),
                    licensed_seats: eb.ref("excluded.licensed_seats"),
                    imported_at: eb.ref("excluded.imported_at")
                  }))
                )
                .execute()
            )
          }
          return replaced as ReadonlySet<string>
        }),
      ofTargets: (keys) =>
        keys.length === 0
          ? Effect.succeed([])
          : query((db) =>
              db
                .selectFrom("usage_months")
                .selectAll()
                .where("target_key", "in", [...keys])
                .orderBy("target_key")
                .orderBy("month")
                .execute()
            ).pipe(Effect.map((rows) => rows.map(toRecord)))
    })
  })
)
