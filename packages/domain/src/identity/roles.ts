import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import type { OrganizationId, UserId } from "../ids.ts"
import { NotFound } from "../shared/errors.ts"
import { RoleAssignment, type User } from "./model.ts"
import type { RoleInput, UserAdminKernel } from "./user-admin-kernel.ts"

/** "incentives_admin at location loc_1", "global_admin": a role as the roles-changed email names it. */
const named = (a: RoleAssignment) => `${a.role}${a.locationId === null ? "" : ` at location ${a.locationId}`}`

interface RoleChange {
  readonly organizationId: OrganizationId
  readonly user: User
  readonly assignment: RoleAssignment
}

/**
 * Roles of a partner organization's users (SPEC §1, seed 003): Global and Account admins list users,
 * assign and remove roles; only a Global admin gives or takes the Global admin role; the last Global
 * admin keeps it. Roles are read on every request, so changes apply at once.
 */
export const makeRoles = (k: UserAdminKernel) => {
  /** The organization's users with their roles and pending invitations. */
  const list = Effect.fn("UserAdminService.list")(function* (actor: Actor, organizationId: OrganizationId) {
    yield* authorize("viewOrganization", actor, { organizationId })
    return yield* Effect.forEach(yield* k.identity.usersOf(organizationId), k.withRoles)
  })

  /**
   * One role change: the caller's organization and right, the member and the checked role, then
   * `change` (which answers whether anything changed); a change is audited and announced to the user.
   */
  const changeRole = <E>(
    actor: Actor,
    userId: UserId,
    input: RoleInput,
    what: {
      readonly audit: "user.role_assigned" | "user.role_removed"
      readonly change: "assigned" | "removed"
    },
    change: (c: RoleChange) => Effect.Effect<boolean, E>
  ) =>
    Effect.gen(function* () {
      const organizationId = yield* k.organizationOf(actor)
      yield* authorize("manageUsers", actor, { organizationId })
      return yield* k.tx.transaction(
        Effect.gen(function* () {
          const user = yield* k.memberOf(organizationId, userId)
          const assignment = new RoleAssignment({
            ...(yield* k.checkRole(actor, organizationId, input)),
            userId
          })
          if (!(yield* change({ organizationId, user, assignment }))) return yield* k.withRoles(user)
          const role = { role: assignment.role, locationId: assignment.locationId }
          yield* k.audit.append({
            actor,
            action: what.audit,
            entityType: "user",
            entityId: userId,
            before: what.audit === "user.role_removed" ? role : null,
            after: what.audit === "user.role_assigned" ? role : null
          })
          yield* k.rolesChangedEmail(user, what.change, named(assignment))
          return yield* k.withRoles(user)
        })
      )
    })

  /** Gives a user a role (for a location or the organization). */
  const assignRole = Effect.fn("UserAdminService.assignRole")(
    (actor: Actor, userId: UserId, input: RoleInput) =>
      changeRole(
        actor,
        userId,
        input,
        { audit: "user.role_assigned", change: "assigned" },
        // Already given (also by a concurrent request): nothing to audit or announce.
        ({ user, assignment }) =>
          Effect.gen(function* () {
            if (!(yield* k.identity.assignRole(assignment))) return false
            // A new Incentives admin receives the location's open invitations (SPEC §3, seed 003).
            if (assignment.role === "incentives_admin" && assignment.locationId !== null) {
              const location = yield* k.identity.findLocation(assignment.locationId)
              if (Option.isSome(location)) yield* k.invitations.sendPendingInvitations(location.value, user)
            }
            return true
          })
      )
  )

  /** Takes a role from a user (never the last Global admin's). */
  const removeRole = Effect.fn("UserAdminService.removeRole")(
    (actor: Actor, userId: UserId, input: RoleInput) =>
      changeRole(
        actor,
        userId,
        input,
        { audit: "user.role_removed", change: "removed" },
        ({ organizationId, assignment }) =>
          Effect.gen(function* () {
            if (assignment.role === "global_admin") yield* k.ensureNotLastGlobalAdmin(organizationId, userId)
            if (yield* k.identity.removeRole(assignment)) return true
            return yield* new NotFound({
              entity: "role assignment",
              id: `${userId}/${assignment.role}${assignment.locationId === null ? "" : `/${assignment.locationId}`}`
            })
          })
      )
  )

  return { list, assignRole, removeRole }
}
