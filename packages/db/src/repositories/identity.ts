import {
  IdentityRepository,
  type Invitation,
  Location,
  type LocationId,
  Organization,
  type OrganizationId,
  type PartnerId,
  type Role,
  RoleAssignment,
  User,
  type UserId
} from "@openpor/domain"
import { Effect, Layer, Option } from "effect"
import type { Selectable } from "kysely"
import type { LocationsTable, UserInvitationsTable, UsersTable } from "../schema.ts"
import { makeQuery } from "./query.ts"
import { type PropsOf, rowMapping } from "./row-mapping.ts"

const users = rowMapping<UsersTable, PropsOf<typeof User>>()({
  id: "id",
  email: "email",
  displayName: "display_name",
  kind: "kind",
  organizationId: "organization_id",
  tenantId: "tenant_id",
  active: ["active", "bool"]
})
/** A user from its row (the password hash and creation time are not read). */
export const toUser = (r: Omit<Selectable<UsersTable>, "password_hash" | "created_at" | "language">) =>
  new User(users.decode(r as Selectable<UsersTable>))

/** A role assignment from its columns ('' is the location key of a role that is not per location). */
export const toRoleAssignment = (userId: string, role: string, locationKey: string) =>
  new RoleAssignment({
    userId: userId as UserId,
    role: role as RoleAssignment["role"],
    locationId: locationKey === "" ? null : (locationKey as LocationId)
  })

/** A new row of `users` for `u`, created now. */
const toUserRow = (u: User, passwordHash: string) => ({
  ...users.encode(u),
  password_hash: passwordHash,
  created_at: new Date().toISOString()
})

const locations = rowMapping<LocationsTable, PropsOf<typeof Location>>()({
  id: "id",
  organizationId: "organization_id",
  partnerId: "partner_id",
  name: "name",
  city: "city",
  country: "country"
})
const toLocation = (r: Selectable<LocationsTable>) => new Location(locations.decode(r))

const invitations = rowMapping<UserInvitationsTable, Invitation>()({
  tokenHash: "token_hash",
  userId: "user_id",
  createdAt: ["created_at", "date"],
  expiresAt: ["expires_at", "date"],
  usedAt: ["used_at", "date?"]
})

export const IdentityRepositoryLive = Layer.effect(
  IdentityRepository,
  Effect.gen(function* () {
    const query = yield* makeQuery
    /** Active users holding `role` at `locationKey` ("" for organization roles), optionally of one organization. */
    const activeUsersWithRole = (role: Role, locationKey: string, organizationId?: OrganizationId) =>
      query((db) => {
        let q = db
          .selectFrom("users")
          .innerJoin("role_assignments", "role_assignments.user_id", "users.id")
          .selectAll("users")
          .where("role_assignments.location_key", "=", locationKey)
          .where("role_assignments.role", "=", role)
          .where("users.active", "=", 1)
        if (organizationId !== undefined) q = q.where("users.organization_id", "=", organizationId)
        return q.orderBy("users.email").execute()
      }).pipe(Effect.map((rows) => rows.map(toUser)))
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
            .values(locations.encode(l))
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
        ).pipe(Effect.map((rows) => rows.map((r) => toRoleAssignment(r.user_id, r.role, r.location_key)))),
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
      findOrganizationWithLocations: (id) =>
        query((db) =>
          db
            .selectFrom("organizations")
            .leftJoin("locations", "locations.organization_id", "organizations.id")
            .select([
              "organizations.name as organization_name",
              "locations.id",
              "locations.organization_id",
              "locations.partner_id",
              "locations.name",
              "locations.city",
              "locations.country"
            ])
            .where("organizations.id", "=", id)
            .orderBy("locations.partner_id")
            .execute()
        ).pipe(
          Effect.map((rows) =>
            Option.fromNullishOr(rows[0]).pipe(
              Option.map((first) => ({
                organization: new Organization({ id, name: first.organization_name }),
                // A left join: one row with null location columns when the organization has none; a
                // location's columns are all set when its id is.
                locations: rows.flatMap((r) =>
                  r.id === null ? [] : [toLocation(r as Selectable<LocationsTable>)]
                )
              }))
            )
          )
        ),
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
      usersWithLocationRole: (locationId, role) => activeUsersWithRole(role, locationId),
      usersWithOrganizationRole: (organizationId, role) => activeUsersWithRole(role, "", organizationId),
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
            // A new invitation: not used yet.
            .values({ ...invitations.encode(i), used_at: null })
            .execute()
        ).pipe(Effect.asVoid),
      findInvitation: (tokenHash) =>
        query((db) =>
          db.selectFrom("user_invitations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst()
        ).pipe(Effect.map((r) => Option.fromNullishOr(r).pipe(Option.map(invitations.decode)))),
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
