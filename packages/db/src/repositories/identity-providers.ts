import {
  type IdentityLink,
  type IdentityProvider,
  type IdentityProviderId,
  IdentityProviderRepository,
  type OrganizationId,
  type TenantId,
  type UserId
} from "@openpor/domain"
import { Effect, Layer, Option, Redacted } from "effect"
import type { Kysely, Selectable } from "kysely"
import type { Database, IdentityProvidersTable, UserIdentitiesTable } from "../schema.ts"
import { fromIso, iso } from "../schema.ts"
import { makeQuery } from "./query.ts"

type ProviderRow = Selectable<IdentityProvidersTable>

const toProvider = (row: ProviderRow, domains: ReadonlyArray<string>): IdentityProvider => ({
  id: row.id as IdentityProviderId,
  name: row.name,
  organizationId: row.organization_id as OrganizationId | null,
  tenantId: row.tenant_id as TenantId | null,
  issuer: row.issuer,
  clientId: row.client_id,
  clientSecret: Redacted.make(row.client_secret),
  secretHint: row.secret_hint,
  allowedDomains: [...domains].sort(),
  autoProvision: row.auto_provision === 1,
  enabled: row.enabled === 1,
  createdAt: fromIso(row.created_at),
  updatedAt: fromIso(row.updated_at)
})

const toRow = (p: IdentityProvider): ProviderRow => ({
  id: p.id,
  name: p.name,
  organization_id: p.organizationId,
  tenant_id: p.tenantId,
  issuer: p.issuer,
  client_id: p.clientId,
  client_secret: Redacted.value(p.clientSecret),
  secret_hint: p.secretHint,
  auto_provision: p.autoProvision ? 1 : 0,
  enabled: p.enabled ? 1 : 0,
  created_at: iso(p.createdAt),
  updated_at: iso(p.updatedAt)
})

const toLink = (row: Selectable<UserIdentitiesTable>): IdentityLink => ({
  issuer: row.issuer,
  subject: row.subject,
  userId: row.user_id as UserId,
  providerId: row.provider_id as IdentityProviderId,
  createdAt: fromIso(row.created_at),
  lastSignInAt: fromIso(row.last_sign_in_at)
})

/** Providers with their domains: two statements whatever the number of providers. */
const withDomains = async (db: Kysely<Database>, rows: ReadonlyArray<ProviderRow>) => {
  if (rows.length === 0) return []
  const domains = await db
    .selectFrom("identity_provider_domains")
    .select(["domain", "provider_id"])
    .where(
      "provider_id",
      "in",
      rows.map((r) => r.id)
    )
    .execute()
  return rows.map((r) =>
    toProvider(
      r,
      domains.filter((d) => d.provider_id === r.id).map((d) => d.domain)
    )
  )
}

const insertDomains = async (db: Kysely<Database>, p: IdentityProvider) => {
  if (p.allowedDomains.length === 0) return
  await db
    .insertInto("identity_provider_domains")
    .values(p.allowedDomains.map((domain) => ({ domain, provider_id: p.id })))
    .execute()
}

/** Identity providers (identity_providers, identity_provider_domains) and identity links (user_identities). */
export const IdentityProviderRepositoryLive = Layer.effect(
  IdentityProviderRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    const first = (rows: ReadonlyArray<IdentityProvider>) => Option.fromNullishOr(rows[0])
    return IdentityProviderRepository.of({
      list: query(async (db) =>
        withDomains(
          db,
          await db.selectFrom("identity_providers").selectAll().orderBy("name").orderBy("id").execute()
        )
      ),
      find: (id) =>
        query(async (db) =>
          withDomains(
            db,
            await db.selectFrom("identity_providers").selectAll().where("id", "=", id).execute()
          )
        ).pipe(Effect.map(first)),
      findByDomain: (domain) =>
        query(async (db) =>
          withDomains(
            db,
            await db
              .selectFrom("identity_providers")
              .selectAll()
              .where(
                "id",
                "in",
                db.selectFrom("identity_provider_domains").select("provider_id").where("domain", "=", domain)
              )
              .execute()
          )
        ).pipe(Effect.map(first)),
      domainsTaken: (domains, except) =>
        domains.length === 0
          ? Effect.succeed([])
          : query((db) => {
              let q = db
                .selectFrom("identity_provider_domains")
                .select("domain")
                .where("domain", "in", [...domains])
              if (except !== null) q = q.where("provider_id", "<>", except)
              return q.orderBy("domain").execute()
            }).pipe(Effect.map((rows) => rows.map((r) => r.domain))),
      insert: (p) =>
        query(async (db) => {
          await db.insertInto("identity_providers").values(toRow(p)).execute()
          await insertDomains(db, p)
        }),
      update: (p) =>
        query(async (db) => {
          const { id: _id, created_at: _created, ...fields } = toRow(p)
          await db.updateTable("identity_providers").set(fields).where("id", "=", p.id).execute()
          await db.deleteFrom("identity_provider_domains").where("provider_id", "=", p.id).execute()
          await insertDomains(db, p)
        }),
      remove: (id) =>
        query(async (db) => {
          await db.deleteFrom("identity_provider_domains").where("provider_id", "=", id).execute()
          await db.deleteFrom("identity_providers").where("id", "=", id).execute()
        }),
      findLink: (issuer, subject) =>
        query((db) =>
          db
            .selectFrom("user_identities")
            .selectAll()
            .where("issuer", "=", issuer)
            .where("subject", "=", subject)
            .executeTakeFirst()
        ).pipe(Effect.map((row) => Option.map(Option.fromNullishOr(row), toLink))),
      findLinkOfUser: (userId, issuer) =>
        query((db) =>
          db
            .selectFrom("user_identities")
            .selectAll()
            .where("user_id", "=", userId)
            .where("issuer", "=", issuer)
            .executeTakeFirst()
        ).pipe(Effect.map((row) => Option.map(Option.fromNullishOr(row), toLink))),
      insertLink: (link) =>
        query((db) =>
          db
            .insertInto("user_identities")
            .values({
              issuer: link.issuer,
              subject: link.subject,
              user_id: link.userId,
              provider_id: link.providerId,
              created_at: iso(link.createdAt),
              last_sign_in_at: iso(link.lastSignInAt)
            })
            // Either unique key ((issuer, subject) or (user, issuer)) makes it a no-op, never an error.
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numInsertedOrUpdatedRows ?? 0) === 1)),
      owners: query(async (db) => ({
        organizations: await db
          .selectFrom("organizations")
          .select(["id", "name"])
          .orderBy("name")
          .orderBy("id")
          .execute(),
        tenants: await db.selectFrom("tenants").select(["id", "name"]).orderBy("name").orderBy("id").execute()
      })),
      touchLink: (issuer, subject, at) =>
        query((db) =>
          db
            .updateTable("user_identities")
            .set({ last_sign_in_at: iso(at) })
            .where("issuer", "=", issuer)
            .where("subject", "=", subject)
            .execute()
        ).pipe(Effect.asVoid)
    })
  })
)
