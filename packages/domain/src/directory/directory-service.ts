import { Context, Effect, Layer, Option } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import type { SubscriptionId, TenantId } from "../ids.ts"
import { JobQueue } from "../jobs/repository.ts"
import type { Forbidden } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import {
  DuplicateImportRow,
  EmptyImport,
  ImportTooLarge,
  TenantNotInDirectory,
  UnknownTenant
} from "./errors.ts"
import {
  type DirectoryImport,
  type ImportResult,
  SUBSCRIPTIONS_EXPIRED_JOB,
  type Subscription,
  type Tenant
} from "./model.ts"
import { DirectoryRepository } from "./repository.ts"

/** Upper bound of one import request; larger directories are imported in batches. */
export const MAX_IMPORT_ROWS = 50_000

/**
 * The vendor's customer directory: tenants and their subscriptions, imported by operators all or nothing, and
 * the subscriptions' expiry.
 */
export class DirectoryService extends Context.Service<
  DirectoryService,
  {
    /** Imports tenants and subscriptions, all or nothing (operators). */
    readonly import: (
      actor: Actor,
      data: DirectoryImport,
      source: "json" | "csv"
    ) => Effect.Effect<
      ImportResult,
      Forbidden | EmptyImport | ImportTooLarge | DuplicateImportRow | UnknownTenant
    >
    /** Tenants by ID (cursor: the last tenant ID of the previous page). */
    readonly listTenants: (
      actor: Actor,
      page: { readonly limit: number; readonly after?: string | undefined }
    ) => Effect.Effect<ReadonlyArray<Tenant>, Forbidden>
    /** A tenant with its subscriptions. */
    readonly getTenant: (
      actor: Actor,
      tenantId: TenantId
    ) => Effect.Effect<
      { readonly tenant: Tenant; readonly subscriptions: ReadonlyArray<Subscription> },
      Forbidden | TenantNotInDirectory
    >
  }
>()("@openpor/domain/directory/DirectoryService") {
  static readonly layer = Layer.effect(
    DirectoryService,
    Effect.gen(function* () {
      const repo = yield* DirectoryRepository
      const tx = yield* Transactor
      const audit = yield* AuditLog
      const jobs = yield* JobQueue

      const importDirectory = Effect.fn("DirectoryService.import")(function* (
        actor: Actor,
        data: DirectoryImport,
        source: "json" | "csv"
      ) {
        yield* authorize("manageDirectory", actor)
        const tenants = data.tenants ?? []
        const subscriptions = data.subscriptions ?? []
        if (tenants.length + subscriptions.length === 0) {
          return yield* new EmptyImport()
        }
        if (tenants.length + subscriptions.length > MAX_IMPORT_ROWS) {
          return yield* new ImportTooLarge({ maxRows: MAX_IMPORT_ROWS })
        }
        const duplicateTenant = firstDuplicate(tenants.map((t) => t.id))
        if (duplicateTenant !== undefined) {
          return yield* new DuplicateImportRow({ entity: "Tenant", id: duplicateTenant })
        }
        const duplicateSubscription = firstDuplicate(subscriptions.map((s) => s.id))
        if (duplicateSubscription !== undefined) {
          return yield* new DuplicateImportRow({ entity: "Subscription", id: duplicateSubscription })
        }

        return yield* tx.transaction(
          Effect.gen(function* () {
            const importedTenants = new Set<string>(tenants.map((t) => t.id))
            // Every subscription must belong to a tenant known before or imported now.
            for (const s of subscriptions) {
              if (importedTenants.has(s.tenantId)) continue
              const known = yield* repo.findTenant(s.tenantId)
              if (Option.isNone(known)) {
                return yield* new UnknownTenant({ subscriptionId: s.id, tenantId: s.tenantId })
              }
              importedTenants.add(s.tenantId)
            }
            let tenantsCreated = 0
            let tenantsUpdated = 0
            for (const t of tenants) {
              const outcome = yield* repo.upsertTenant(t)
              if (outcome === "created") tenantsCreated++
              else tenantsUpdated++
            }
            let subscriptionsCreated = 0
            let subscriptionsUpdated = 0
            const expiredSubscriptionIds: Array<SubscriptionId> = []
            for (const s of subscriptions) {
              const previous = yield* repo.upsertSubscription(s)
              if (Option.isNone(previous)) subscriptionsCreated++
              else {
                subscriptionsUpdated++
                if (previous.value.state !== "expired" && s.state === "expired")
                  expiredSubscriptionIds.push(s.id)
              }
            }
            const result: ImportResult = {
              tenantsCreated,
              tenantsUpdated,
              subscriptionsCreated,
              subscriptionsUpdated,
              expiredSubscriptionIds
            }
            // Business Applications associations end when their subscription expires.
            if (expiredSubscriptionIds.length > 0) {
              yield* jobs.enqueue({
                kind: SUBSCRIPTIONS_EXPIRED_JOB,
                payload: { subscriptionIds: expiredSubscriptionIds }
              })
            }
            yield* audit.append({
              actor,
              action: "directory.imported",
              entityType: "directory",
              entityId: source,
              before: null,
              after: { ...result, tenants: tenants.length, subscriptions: subscriptions.length }
            })
            return result
          })
        )
      })

      const listTenants = Effect.fn("DirectoryService.listTenants")(function* (
        actor: Actor,
        page: { readonly limit: number; readonly after?: string | undefined }
      ) {
        yield* authorize("readDirectory", actor)
        return yield* repo.listTenants(page)
      })

      const getTenant = Effect.fn("DirectoryService.getTenant")(function* (actor: Actor, tenantId: TenantId) {
        yield* authorize("readDirectory", actor)
        const tenant = yield* repo.findTenant(tenantId)
        if (Option.isNone(tenant)) return yield* new TenantNotInDirectory({ tenantId })
        return { tenant: tenant.value, subscriptions: yield* repo.subscriptionsOf(tenantId) }
      })

      return DirectoryService.of({ import: importDirectory, listTenants, getTenant })
    })
  )
}

const firstDuplicate = (ids: ReadonlyArray<string>): string | undefined => {
  const seen = new Set<string>()
  for (const id of ids) {
    if (seen.has(id)) return id
    seen.add(id)
  }
  return undefined
}
