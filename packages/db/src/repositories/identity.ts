import {
  IdentityRepository,
  Location,
  type LocationId,
  Organization,
  type OrganizationId,
  type PartnerId,
  RoleAssignment,
  User,
  type UserId
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { Selectable } from "kysely"
import type { LocationsTable, UsersTable } from "../schema.ts"
import { makeQuery } from "./query.ts"

const toUser = (r: Selectable<UsersTable>): User =>
  new User({
    id: r.id as UserId,
    email: r.email,
    displayName: r.display_name,
    kind: r.kind as User["kind"],
    organizationId: r.organization_id as OrganizationId | null,
    tenantId: r.tenant_id as User["tenantId"],
    active: r.active === 1
  })

/** A new row of `users` for `u`, created now. */
const toUserRow = (u: User, passwordHash: string) => ({
  id: u.id,
  email: u.email,
  display_name: u.displayName,
  kind: u.kind,
  organization_id: u.organizationId,
  tenant_id: u.tenantId,
  password_hash: passwordHash,
  active: u.active ? 1 : 0,
  created_at: new Date().toISOString()
})

const toLocation = (r: Selectable<LocationsTable>): Location =>
  new Location({
    id: r.id as LocationId,
    organizationId: r.organization_id as OrganizationId,
    partnerId: r.partner_id as PartnerId,
    name: r.name,
    city: r.city,
    country: r.country
  })

export const IdentityRepositoryLive = Layer.effect(
  IdentityRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    return IdentityRepository.of({
      upsertOrganization: (org) =>
        query((db) =>
          db
            .insertInto("organizations")
            .values({ id: org.id, name: org.name, created_at: new Date().toISOString() })
            .onConflict((oc) => oc.column("id").doUpdateSet({ name: org.name }))
            .execute()
        ).pipe(Effect.asVoid),
      upsertLocation: (l) =>
        query((db) =>
          db
            .insertInto("locations")
            .values({
              id: l.id,
              organization_id: l.organizationId,
              partner_id: l.partnerId,
              name: l.name,
              city: l.city,
              country: l.country
            })
            .onConflict((oc) =>
              oc
                .column("id")
                .doUpdateSet({ partner_id: l.partnerId, name: l.name, city: l.city, country: l.country })
            )
            .execute()
        ).pipe(Effect.asVoid),
      insertUser: (u, passwordHash) =>
        query((db) =>
          db
            .insertInto("users")
            .values(toUserRow(u, passwordHash))
            // No conflict target: any unique constraint (id, email) makes it a no-op, never an error,
            // so the transaction stays usable and the caller answers with the business outcome.
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numInsertedOrUpdatedRows ?? 0) === 1)),
      upsertUser: (u, passwordHash) =>
        query((db) =>
          db
            .insertInto("users")
            .values(toUserRow(u, passwordHash))
            .onConflict((oc) =>
              oc.column("id").doUpdateSet({
                email: u.email,
                display_name: u.displayName,
                organization_id: u.organizationId,
                tenant_id: u.tenantId,
                password_hash: passwordHash,
                active: u.active ? 1 : 0
              })
            )
            .execute()
        ).pipe(Effect.asVoid),
      assignRole: (a) =>
        query((db) =>
          db
            .insertInto("role_assignments")
            .values({ user_id: a.userId, role: a.role, location_key: a.locationId ?? "" })
            .onConflict((oc) => oc.doNothing())
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numInsertedOrUpdatedRows ?? 0) === 1)),
      removeRole: (a) =>
        query((db) =>
          db
            .deleteFrom("role_assignments")
            .where("user_id", "=", a.userId)
            .where("role", "=", a.role)
            .where("location_key", "=", a.locationId ?? "")
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numDeletedRows) > 0)),
      findUserById: (id) =>
        query((db) => db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
          Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toUser)))
        ),
      findUsersByIds: (ids) =>
        ids.length === 0
          ? Effect.succeed([])
          : query((db) =>
              db
                .selectFrom("users")
                .selectAll()
                .where("id", "in", [...new Set(ids)])
                .execute()
            ).pipe(Effect.map((rows) => rows.map(toUser))),
      findCredentialsByEmail: (email) =>
        query((db) => db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst()).pipe(
          Effect.map((r) =>
            Option.fromNullishOr(r).pipe(
              Option.map((row) => ({ user: toUser(row), passwordHash: row.password_hash }))
            )
          )
        ),
      rolesOf: (userId) =>
        query((db) =>
          db
            .selectFrom("role_assignments")
            .selectAll()
            .where("user_id", "=", userId)
            .orderBy("role")
            .orderBy("location_key")
            .execute()
        ).pipe(
          Effect.map((rows) =>
            rows.map(
              (r) =>
                new RoleAssignment({
                  userId: r.user_id as UserId,
                  role: r.role as RoleAssignment["role"],
                  locationId: r.location_key === "" ? null : (r.location_key as LocationId)
                })
            )
          )
        ),
      findOrganization: (id) =>
        query((db) =>
          db.selectFrom("organizations").selectAll().where("id", "=", id).executeTakeFirst()
        ).pipe(
          Effect.map((r) =>
            Option.fromNullishOr(r).pipe(
              Option.map((o) => new Organization({ id: o.id as OrganizationId, name: o.name }))
            )
          )
        ),
      locationsOf: (organizationId) =>
        query((db) =>
          db
            .selectFrom("locations")
            .selectAll()
            .where("organization_id", "=", organizationId)
            .orderBy("partner_id")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toLocation))),
      findLocation: (id) =>
        query((db) => db.selectFrom("locations").selectAll().where("id", "=", id).executeTakeFirst()).pipe(
          Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toLocation)))
        ),
      allLocations: query((db) =>
        db.selectFrom("locations").selectAll().orderBy("partner_id").execute()
      ).pipe(Effect.map((rows) => rows.map(toLocation))),
      findUserByEmail: (email) =>
        query((db) => db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst()).pipe(
          Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toUser)))
        ),
      usersOf: (organizationId) =>
        query((db) =>
          db
            .selectFrom("users")
            .selectAll()
            .where("organization_id", "=", organizationId)
            .orderBy("email")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toUser))),
      usersWithLocationRole: (locationId, role) =>
        query((db) =>
          db
            .selectFrom("users")
            .innerJoin("role_assignments", "role_assignments.user_id", "users.id")
            .selectAll("users")
            .where("role_assignments.location_key", "=", locationId)
            .where("role_assignments.role", "=", role)
            .where("users.active", "=", 1)
            .orderBy("users.email")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toUser))),
      usersWithOrganizationRole: (organizationId, role) =>
        query((db) =>
          db
            .selectFrom("users")
            .innerJoin("role_assignments", "role_assignments.user_id", "users.id")
            .selectAll("users")
            .where("users.organization_id", "=", organizationId)
            .where("role_assignments.role", "=", role)
            .where("role_assignments.location_key", "=", "")
            .where("users.active", "=", 1)
            .orderBy("users.email")
            .execute()
        ).pipe(Effect.map((rows) => rows.map(toUser))),
      setUserActive: (userId, active) =>
        query((db) =>
          db
            .updateTable("users")
            .set({ active: active ? 1 : 0 })
            .where("id", "=", userId)
            .execute()
        ).pipe(Effect.asVoid),
      setPasswordHash: (userId, passwordHash) =>
        query((db) =>
          db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute()
        ).pipe(Effect.asVoid),
      insertInvitation: (i) =>
        query((db) =>
          db
            .insertInto("user_invitations")
            .values({
              token_hash: i.tokenHash,
              user_id: i.userId,
              created_at: i.createdAt.toISOString(),
              expires_at: i.expiresAt.toISOString(),
              used_at: null
            })
            .execute()
        ).pipe(Effect.asVoid),
      findInvitation: (tokenHash) =>
        query((db) =>
          db.selectFrom("user_invitations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst()
        ).pipe(
          Effect.map((r) =>
            Option.fromNullishOr(r).pipe(
              Option.map((row) => ({
                tokenHash: row.token_hash,
                userId: row.user_id as UserId,
                createdAt: new Date(row.created_at),
                expiresAt: new Date(row.expires_at),
                usedAt: row.used_at === null ? null : new Date(row.used_at)
              }))
            )
          )
        ),
      useInvitation: (tokenHash, at) =>
        query((db) =>
          db
            .updateTable("user_invitations")
            .set({ used_at: at.toISOString() })
            .where("token_hash", "=", tokenHash)
            .where("used_at", "is", null)
            .executeTakeFirst()
        ).pipe(Effect.map((r) => Number(r.numUpdatedRows) === 1)),
      findLocationByPartnerId: (partnerId: PartnerId) =>
        query((db) =>
          db.selectFrom("locations").selectAll().where("partner_id", "=", partnerId).executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(toLocation))))
    })
  })
)
