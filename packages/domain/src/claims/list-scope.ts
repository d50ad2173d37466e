import { Effect } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { policy } from "../authorization/policy.ts"
import type { IdentityRepository } from "../identity/repository.ts"
import type { OrganizationId } from "../ids.ts"
import { Forbidden } from "../shared/errors.ts"

/**
 * Which claims (and their associations) a user's lists show: a partner user its organization's claims at
 * the locations it may see (all of them with an organization role), vendor staff all, nobody else any.
 * One rule for the claims list and the exports (SPEC §12).
 */
export type ClaimListScope =
  | { readonly _tag: "All" }
  | { readonly _tag: "None" }
  | {
      readonly _tag: "Organization"
      readonly organizationId: OrganizationId
      readonly locationIds: ReadonlyArray<string>
    }

export const claimListScope = Effect.fn("Claims.listScope")(function* (
  actor: Actor,
  identity: IdentityRepository["Service"]
) {
  if (actor.kind === "partner") {
    const orgWide = policy.viewClaims(actor, { organizationId: actor.organizationId })
    const locations = yield* identity.locationsOf(actor.organizationId)
    const visible = locations.filter((l) =>
      policy.viewClaims(actor, { organizationId: l.organizationId, locationId: l.id })
    )
    if (!orgWide && visible.length === 0) return { _tag: "None" } as ClaimListScope
    return {
      _tag: "Organization",
      organizationId: actor.organizationId,
      locationIds: visible.map((l) => l.id)
    } as ClaimListScope
  }
  if (actor.kind === "vendor") {
    yield* authorize("viewClaims", actor, { organizationId: "" as OrganizationId })
    return { _tag: "All" } as ClaimListScope
  }
  return yield* new Forbidden({
    action: "viewClaims",
    reason: "Customers see association requests at /api/v1/customer/requests"
  })
})
