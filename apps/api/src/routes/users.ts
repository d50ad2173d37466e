import {
  isPartnerUserRole,
  LocationId,
  PartnerUserRole,
  UserAdminService,
  UserId,
  type UserWithRoles
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import { HttpError } from "../http/errors.ts"
import { group, route } from "../http/route.ts"

const UserView = Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  displayName: Schema.String,
  active: Schema.Boolean,
  invitationPending: Schema.Boolean,
  roles: Schema.Array(Schema.Struct({ role: PartnerUserRole, locationId: Schema.NullOr(Schema.String) }))
})
const userView = (u: UserWithRoles) => ({
  id: u.user.id,
  email: u.user.email,
  displayName: u.user.displayName,
  active: u.user.active,
  invitationPending: u.invitationPending,
  // An organization's users hold partner roles only (SPEC §1).
  roles: u.roles.flatMap((r) =>
    isPartnerUserRole(r.role) ? [{ role: r.role, locationId: r.locationId }] : []
  )
})

const RoleBody = Schema.Struct({
  role: PartnerUserRole,
  locationId: Schema.optionalKey(Schema.NullOr(LocationId))
})

const orgOf = (actor: { kind: string; organizationId?: unknown }) =>
  actor.kind === "partner"
    ? Effect.succeed(actor.organizationId as never)
    : Effect.fail(new HttpError(404, "not_found", "You do not belong to a partner organization"))

export const userRoutes = group("/api/v1/organizations/current", "Users and roles", [
  route(
    {
      method: "get",
      path: "/users",
      operationId: "listUsers",
      summary: "Users of the caller's organization with their roles",
      auth: "session",
      response: Schema.Struct({ users: Schema.Array(UserView) }),
      status: 200,
      errors: [401, 403, 404]
    },
    ({ auth }) =>
      Effect.gen(function* () {
        const org = yield* orgOf(auth!.actor)
        const users = yield* UserAdminService.use((s) => s.list(auth!.actor, org))
        return { users: users.map(userView) }
      })
  ),
  route(
    {
      method: "post",
      path: "/users",
      operationId: "inviteUser",
      summary: "Invite a user with roles (Global or Account admin); the user gets an email to set a password",
      description:
        "409 email_in_use when the address is already a user of the caller's organization (also for concurrent invitations of one address). An address that belongs to another organization, a customer or the vendor's staff gets the same 201 answer as a fresh invitation, so its existence is never revealed: nothing is created and only the owner of the address is told by email.",
      auth: "session",
      body: Schema.Struct({
        email: Schema.String.check(Schema.isMaxLength(320)),
        displayName: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(200)),
        roles: Schema.Array(RoleBody)
      }),
      response: UserView,
      status: 201,
      errors: [400, 401, 403, 404, 409, 415]
    },
    ({ auth, body }) =>
      Effect.map(
        UserAdminService.use((s) => s.invite(auth!.actor, body)),
        userView
      )
  ),
  route(
    {
      method: "post",
      path: "/users/{userId}/roles",
      operationId: "assignRole",
      summary: "Assign a role (Global or Account admin; only a Global admin gives Global admin)",
      auth: "session",
      params: Schema.Struct({ userId: UserId }),
      body: RoleBody,
      response: UserView,
      status: 200,
      errors: [400, 401, 403, 404, 415]
    },
    ({ auth, params, body }) =>
      Effect.map(
        UserAdminService.use((s) => s.assignRole(auth!.actor, params.userId, body)),
        userView
      )
  ),
  route(
    {
      method: "delete",
      path: "/users/{userId}/roles/{role}",
      operationId: "removeRole",
      summary: "Remove a role (location roles: ?locationId=); the last Global admin cannot be removed (409)",
      auth: "session",
      params: Schema.Struct({ userId: UserId, role: PartnerUserRole }),
      query: Schema.Struct({ locationId: Schema.optionalKey(LocationId) }),
      response: UserView,
      status: 200,
      errors: [400, 401, 403, 404, 409]
    },
    ({ auth, params, query }) =>
      Effect.map(
        UserAdminService.use((s) =>
          s.removeRole(auth!.actor, params.userId, {
            role: params.role,
            locationId: query.locationId ?? null
          })
        ),
        userView
      )
  ),
  route(
    {
      method: "delete",
      path: "/users/{userId}",
      operationId: "deactivateUser",
      summary: "Deactivate a user and end their sessions (the last Global admin cannot be deactivated)",
      auth: "session",
      params: Schema.Struct({ userId: UserId }),
      status: 204,
      errors: [400, 401, 403, 404, 409]
    },
    ({ auth, params }) => UserAdminService.use((s) => s.deactivate(auth!.actor, params.userId))
  )
])

export const invitationRoutes = group("/api/v1/auth", "Authentication", [
  route(
    {
      method: "post",
      path: "/invitations/accept",
      operationId: "acceptInvitation",
      summary: "Set the password of an invited user with the token from the invitation email",
      description:
        "The password needs at least 12 characters and must not be easy to guess (a zxcvbn strength score of at least 3 of 4, not a common password, not built from the user's email address or name); otherwise 400 weak_password says why, with the estimator's suggestions in details.",
      auth: "none",
      body: Schema.Struct({
        token: Schema.String.check(Schema.isMinLength(10), Schema.isMaxLength(200)),
        password: Schema.String.check(Schema.isMaxLength(1024))
      }),
      response: Schema.Struct({ email: Schema.String }),
      status: 200,
      errors: [400, 404, 415]
    },
    ({ body }) =>
      Effect.map(
        UserAdminService.use((s) => s.acceptInvitation(body.token, body.password)),
        (u) => ({ email: u.email })
      )
  )
])
