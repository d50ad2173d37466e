import { Effect } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import type { UserId } from "../ids.ts"
import { GlobalAdminOnly } from "./errors.ts"
import { isGlobalAdmin, type UserAdminKernel } from "./user-admin-kernel.ts"

/**
 * Deactivating a user (Global or Account admin): their sessions end at once; a Global admin is
 * deactivated only by a Global admin, and never the organization's last one. Idempotent.
 */
export const makeDeactivation = (k: UserAdminKernel) => {
  /** Deactivates a user of the organization and ends its sessions (never the last Global admin). */
  const deactivate = Effect.fn("UserAdminService.deactivate")(function* (actor: Actor, userId: UserId) {
    const organizationId = yield* k.organizationOf(actor)
    yield* authorize("manageUsers", actor, { organizationId })
    yield* k.tx.transaction(
      Effect.gen(function* () {
        const user = yield* k.memberOf(organizationId, userId)
        if (!user.active) return
        yield* k.ensureNotLastGlobalAdmin(organizationId, userId)
        const roles = yield* k.identity.rolesOf(userId)
        if (roles.some((r) => r.role === "global_admin") && !isGlobalAdmin(actor))
          return yield* new GlobalAdminOnly({ attempt: "deactivate" })
        yield* k.identity.setUserActive(userId, false)
        yield* k.sessions.deleteForUser(userId)
        yield* k.audit.append({
          actor,
          action: "user.deactivated",
          entityType: "user",
          entityId: userId,
          before: { active: true },
          after: { active: false }
        })
      })
    )
  })

  return { deactivate }
}
