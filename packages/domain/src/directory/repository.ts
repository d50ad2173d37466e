import { Context, type Effect, type Option } from "effect"
import type { SubscriptionId, TenantId } from "../ids.ts"
import type { Subscription, Tenant } from "./model.ts"

export class DirectoryRepository extends Context.Service<
  DirectoryRepository,
  {
    /** Inserts or replaces the tenant; returns whether it was new. */
    readonly upsertTenant: (tenant: Tenant) => Effect.Effect<"created" | "updated">
    /** Inserts or replaces the subscription; returns the previous version when there was one. */
    readonly upsertSubscription: (subscription: Subscription) => Effect.Effect<Option.Option<Subscription>>
    readonly findTenant: (id: TenantId) => Effect.Effect<Option.Option<Tenant>>
    readonly findTenantByDomain: (domain: string) => Effect.Effect<Option.Option<Tenant>>
    readonly findSubscription: (id: SubscriptionId) => Effect.Effect<Option.Option<Subscription>>
    readonly subscriptionsOf: (tenantId: TenantId) => Effect.Effect<ReadonlyArray<Subscription>>
    readonly listTenants: (options: {
      readonly limit: number
      readonly after?: string | undefined
    }) => Effect.Effect<ReadonlyArray<Tenant>>
  }
>()("@openpor/domain/directory/DirectoryRepository") {}
