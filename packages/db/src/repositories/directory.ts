import {
  DirectoryRepository,
  Subscription,
  type SubscriptionId,
  Tenant,
  type TenantId
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import { type Selectable, sql } from "kysely"
import { Db } from "../db.ts"
import type { SubscriptionsTable } from "../schema.ts"
import { makeQuery } from "./query.ts"

const toSubscription = (r: Selectable<SubscriptionsTable>): Subscription =>
  new Subscription({
    id: r.id as SubscriptionId,
    tenantId: r.tenant_id as TenantId,
    product: r.product,
    solutionArea: r.solution_area as Subscription["solutionArea"],
    channel: r.channel as Subscription["channel"],
    state: r.state as Subscription["state"],
    provisionedAt: r.provisioned_at,
    expiresAt: r.expires_at
  })

export const DirectoryRepositoryLive = Layer.effect(
  DirectoryRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const { dialect } = yield* Db

    /** A JSON array of one column of a tenant's rows in `table`, ordered (SQLite: text; PostgreSQL: parsed). */
    const listOf = (table: "tenant_domains" | "tenant_workloads", column: "domain" | "workload") =>
      dialect === "postgres"
        ? sql<unknown>`(select coalesce(json_agg(x.${sql.ref(column)} order by x.${sql.ref(column)}), '[]'::json) from ${sql.table(table)} x where x.tenant_id = tenants.id)`
        : sql<unknown>`(select json_group_array(x.${sql.ref(column)} order by x.${sql.ref(column)}) from ${sql.table(table)} x where x.tenant_id = tenants.id)`
    const parsed = (value: unknown) =>
      (typeof value === "string" ? JSON.parse(value) : value) as ReadonlyArray<string>

    /** Tenants with their domains and workloads, in one statement. */
    const loadTenants = (ids: ReadonlyArray<string>) =>
      Effect.gen(function* () {
        if (ids.length === 0) return [] as Array<Tenant>
        const rows = yield* query((db) =>
          db
            .selectFrom("tenants")
            .selectAll()
            .select([
              listOf("tenant_domains", "domain").as("domains"),
              listOf("tenant_workloads", "workload").as("workloads")
            ])
            .where("id", "in", ids)
            .orderBy("id")
            .execute()
        )
        return rows.map(
          (t) =>
            new Tenant({
              id: t.id as TenantId,
              name: t.name,
              domains: [...parsed(t.domains)],
              workloads: parsed(t.workloads) as Tenant["workloads"]
            })
        )
      })

    return DirectoryRepository.of({
      // Race-safe upserts: concurrent imports of the same tenant, domain or subscription never hit a
      // unique violation (ON CONFLICT everywhere), and exactly one of them reports "created". On
      // PostgreSQL an INSERT … ON CONFLICT DO NOTHING waits for a concurrent insert of the same key to
      // commit, so the loser then updates the committed row (locked with FOR UPDATE to read "previous").
      upsertTenant: (tenant) =>
        Effect.gen(function* () {
          const now = new Date().toISOString()
          const inserted = yield* query((db) =>
            db
              .insertInto("tenants")
              .values({ id: tenant.id, name: tenant.name, updated_at: now })
              .onConflict((oc) => oc.column("id").doNothing())
              .executeTakeFirst()
          )
          const created = Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1
          if (!created) {
            yield* query((db) =>
              db
                .updateTable("tenants")
                .set({ name: tenant.name, updated_at: now })
                .where("id", "=", tenant.id)
                .execute()
            )
          }
          // A verified domain belongs to one tenant: an import moves it.
          const domains = [...new Set(tenant.domains)]
          yield* query((db) => {
            let q = db.deleteFrom("tenant_domains").where("tenant_id", "=", tenant.id)
            if (domains.length > 0) q = q.where("domain", "not in", domains)
            return q.execute()
          })
          if (domains.length > 0) {
            yield* query((db) =>
              db
                .insertInto("tenant_domains")
                .values(domains.map((domain) => ({ domain, tenant_id: tenant.id })))
                .onConflict((oc) => oc.column("domain").doUpdateSet({ tenant_id: tenant.id }))
                .execute()
            )
          }
          const workloads = [...new Set(tenant.workloads)]
          yield* query((db) => {
            let q = db.deleteFrom("tenant_workloads").where("tenant_id", "=", tenant.id)
            if (workloads.length > 0) q = q.where("workload", "not in", workloads)
            return q.execute()
          })
          if (workloads.length > 0) {
            yield* query((db) =>
              db
                .insertInto("tenant_workloads")
                .values(workloads.map((workload) => ({ tenant_id: tenant.id, workload })))
                .onConflict((oc) => oc.columns(["tenant_id", "workload"]).doNothing())
                .execute()
            )
          }
          return created ? ("created" as const) : ("updated" as const)
        }),
      upsertSubscription: (s) =>
        Effect.gen(function* () {
          const values = {
            tenant_id: s.tenantId,
            product: s.product,
            solution_area: s.solutionArea,
            channel: s.channel,
            state: s.state,
            provisioned_at: s.provisionedAt,
            expires_at: s.expiresAt,
            updated_at: new Date().toISOString()
          }
          const inserted = yield* query((db) =>
            db
              .insertInto("subscriptions")
              .values({ id: s.id, ...values })
              .onConflict((oc) => oc.column("id").doNothing())
              .executeTakeFirst()
          )
          if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return Option.none<Subscription>()
          const previous = yield* query((db) => {
            const q = db.selectFrom("subscriptions").selectAll().where("id", "=", s.id)
            return (dialect === "postgres" ? q.forUpdate() : q).executeTakeFirstOrThrow()
          })
          yield* query((db) => db.updateTable("subscriptions").set(values).where("id", "=", s.id).execute())
          return Option.some(toSubscription(previous))
        }),
      findTenant: (id) => loadTenants([id]).pipe(Effect.map((ts) => Option.fromNullishOr(ts[0]))),
      findTenantName: (id) =>
        query((db) =>
          db.selectFrom("tenants").select(["id", "name"]).where("id", "=", id).executeTakeFirst()
        ).pipe(
          Effect.map((r) =>
            Option.fromNullishOr(r).pipe(Option.map((t) => ({ id: t.id as TenantId, name: t.name })))
          )
        ),
      findTenantByDomain: (domain) =>
        query((db) =>
          db
            .selectFrom("tenant_domains")
            .select("tenant_id")
            .where("domain", "=", domain.trim().toLowerCase())
            .executeTakeFirst()
        ).pipe(
          Effect.flatMap((r) => (r === undefined ? Effect.succeed([]) : loadTenants([r.tenant_id]))),
          Effect.map((ts) => Option.fromNullishOr(ts[0]))
        ),
      findSubscription: (id) =>
        query((db) =>
          db.selectFrom("subscriptions").selectAll().where("id", "=", id).executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toSubscription)))),
      subscriptionsOf: (tenantId) =>
        query((db) =>
          db.selectFrom("subscriptions").selectAll().where("tenant_id", "=", tenantId).orderBy("id").execute()
        ).pipe(Effect.map((rows) => rows.map(toSubscription))),
      listTenants: ({ limit, after }) =>
        query((db) => {
          let q = db.selectFrom("tenants").select("id").orderBy("id").limit(limit)
          if (after !== undefined) q = q.where("id", ">", after)
          return q.execute()
        }).pipe(Effect.flatMap((rows) => loadTenants(rows.map((r) => r.id))))
    })
  })
)
