import { Effect, Option } from "effect"
import { type Subscription, Tenant } from "../../directory/model.ts"
import { DirectoryRepository } from "../../directory/repository.ts"
import type { SubscriptionId, TenantId } from "../../ids.ts"
import { ascending } from "./order.ts"
import { MemoryStore } from "./store.ts"

/** The directory's subscriptions (attribution batches walk them in id order). */
export const SUBSCRIPTIONS_TABLE = "directory.subscriptions"

/** DirectoryRepository in memory: upserts report created/updated; a verified domain belongs to one tenant. */
export const makeDirectoryRepositoryMemory = Effect.gen(function* () {
  const store = yield* MemoryStore
  const tenants = store.table<TenantId, Tenant>("directory.tenants")
  const subscriptions = store.table<SubscriptionId, Subscription>(SUBSCRIPTIONS_TABLE)
  const byId = ascending<Tenant>((t) => t.id)

  return DirectoryRepository.of({
    upsertTenant: (tenant) =>
      Effect.sync(() => {
        const created = !tenants.has(tenant.id)
        const domains = [...new Set(tenant.domains)].sort()
        // An import moves a domain to the tenant that names it (as the database's unique domain does).
        for (const other of [...tenants.values()]) {
          if (other.id === tenant.id || !other.domains.some((d) => domains.includes(d))) continue
          tenants.set(
            other.id,
            new Tenant(
              { ...other, domains: other.domains.filter((d) => !domains.includes(d)) },
              { disableChecks: true }
            )
          )
        }
        tenants.set(
          tenant.id,
          new Tenant({ ...tenant, domains, workloads: [...new Set(tenant.workloads)].sort() })
        )
        return created ? ("created" as const) : ("updated" as const)
      }),
    upsertSubscription: (s) =>
      Effect.sync(() => {
        const previous = Option.fromUndefinedOr(subscriptions.get(s.id))
        subscriptions.set(s.id, s)
        return previous
      }),
    findTenant: (id) => Effect.sync(() => Option.fromUndefinedOr(tenants.get(id))),
    findTenantName: (id) =>
      Effect.sync(() =>
        Option.map(Option.fromUndefinedOr(tenants.get(id)), (t) => ({ id: t.id, name: t.name }))
      ),
    findTenantByDomain: (domain) =>
      Effect.sync(() => {
        const wanted = domain.trim().toLowerCase()
        return Option.fromUndefinedOr([...tenants.values()].find((t) => t.domains.includes(wanted)))
      }),
    findSubscription: (id) => Effect.sync(() => Option.fromUndefinedOr(subscriptions.get(id))),
    subscriptionsOf: (tenantId) =>
      Effect.sync(() =>
        [...subscriptions.values()]
          .filter((s) => s.tenantId === tenantId)
          .sort(ascending<Subscription>((s) => s.id))
      ),
    listTenants: ({ limit, after }) =>
      Effect.sync(() =>
        [...tenants.values()]
          .filter((t) => after === undefined || t.id > after)
          .sort(byId)
          .slice(0, limit)
      )
  })
})
