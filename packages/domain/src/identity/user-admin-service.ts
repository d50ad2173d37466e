import { Context, Effect, Layer } from "effect"
import { makeDeactivation } from "./deactivation.ts"
import { makeInvitations } from "./invitations.ts"
import { makeRoles } from "./roles.ts"
import { makeUserAdminKernel } from "./user-admin-kernel.ts"

export { INVITATION_TTL_MILLIS, type InvitationInput } from "./invitations.ts"
export type { RoleInput, UserWithRoles } from "./user-admin-kernel.ts"

/**
 * Users and roles of a partner organization (SPEC §1, seed 003), one use case per file:
 * invitations.ts (invite, accept an invitation), roles.ts (list, assign, remove), deactivation.ts;
 * they share user-admin-kernel.ts (the caller's organization, members, role checks, emails).
 */
const make = Effect.gen(function* () {
  const kernel = yield* makeUserAdminKernel
  return { ...makeRoles(kernel), ...makeInvitations(kernel), ...makeDeactivation(kernel) }
})

/** The methods of UserAdminService, each with the precise errors its implementation can raise. */
export type UserAdminServiceShape = Effect.Success<typeof make>

/**
 * A partner organization's user administration (SPEC §1): invitations, roles and deactivation, keeping at
 * least one Global admin.
 */
export class UserAdminService extends Context.Service<UserAdminService, UserAdminServiceShape>()(
  "@openpor/domain/identity/UserAdminService"
) {
  static readonly layer = Layer.effect(UserAdminService, make)
}
export * from "./errors.ts"
