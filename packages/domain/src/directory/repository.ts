import { Context, Effect, Layer, type Option } from "effect"
import type { SubscriptionId, TenantId } from "../ids.ts"
import { makeDirectoryRepositoryMemory } from "../testing/memory/directory.ts"
import type { MemoryStore } from "../testing/memory/store.ts"
import type { Subscription, Tenant } from "./model.ts"

/** A tenant without its domains and workloads. */
export interface TenantName {
  readonly id: TenantId
  readonly name: string
}

/** Storage of tenants and subscriptions (a repository interface). */
export class DirectoryRepository extends Context.Service<
  DirectoryRepository,
  {
    /** Inserts or replaces the tenant; returns whether it was new. */
    readonly upsertTenant: (tenant: Tenant) => Effect.Effect<"created" | "updated">
    /** Inserts or replaces the subscription; returns the previous version when there was one. */
    readonly upsertSubscription: (subscription: Subscription) => Effect.Effect<Option.Option<Subscription>>
    /** The tenant of this id. */
    readonly findTenant: (id: TenantId) => Effect.Effect<Option.Option<Tenant>>
    /** The tenant's id and name only, in one read (for what shows neither domains nor workloads). */
    readonly findTenantName: (id: TenantId) => Effect.Effect<Option.Option<TenantName>>
    /** The tenant that owns an email domain. */
    readonly findTenantByDomain: (domain: string) => Effect.Effect<Option.Option<Tenant>>
    /** The subscription of this id. */
    readonly findSubscription: (id: SubscriptionId) => Effect.Effect<Option.Option<Subscription>>
    /** A tenant's subscriptions. */
    readonly subscriptionsOf: (tenantId: TenantId) => Effect.Effect<ReadonlyArray<Subscription>>
    /** A page of tenants in id order. */
    readonly listTenants: (options: {
      readonly limit: number
      readonly after?: string | undefined
    }) => Effect.Effect<ReadonlyArray<Tenant>>
  }
>()("@openpor/domain/directory/DirectoryRepository") {
  /** In memory, for workflow tests (see testing/layers.ts); its tables live in the MemoryStore. */
  static readonly layerTest: Layer.Layer<DirectoryRepository, never, MemoryStore> = Layer.effect(
    DirectoryRepository,
    // Deferred: the implementation module imports this one.
    Effect.suspend(() => makeDirectoryRepositoryMemory)
  )
}
