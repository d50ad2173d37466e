import { Effect, Option } from "effect"
import type { Actor } from "../authorization/actor.ts"
import { type PartnerRole, type SolutionArea, type Workload, workloadNames } from "../catalog/catalog.ts"
import type { SubscriptionId, TenantId } from "../ids.ts"
import type { Kernel } from "./kernel.ts"
import type { Claim } from "./model.ts"

/** One thing the customer signs for: a workload of its tenant or a subscription, with its product name. */
export type PoeTemplateTarget =
  | { readonly kind: "workload"; readonly code: string; readonly product: string }
  | { readonly kind: "subscription"; readonly id: string; readonly product: string | null }

/**
 * What a pre-filled POE template says about a claim (SPEC §5, seed 001 "download a POE template"): the
 * customer, the partner, the solution area and role, the workloads or subscriptions, and who signs.
 * Only what the claim already holds; the language is chosen when the document is written.
 */
export interface PoeTemplateFacts {
  readonly claimId: string
  readonly claimName: string
  readonly customer: {
    readonly name: string
    readonly tenantId: string
    readonly domain: string
    readonly contact: { readonly name: string; readonly title: string; readonly email: string } | null
  }
  readonly partner: {
    readonly organizationName: string
    readonly partnerId: string
    readonly location: { readonly name: string; readonly city: string; readonly country: string } | null
    readonly contact: { readonly name: string; readonly email: string } | null
  }
  readonly solutionArea: SolutionArea
  readonly partnerRole: PartnerRole
  readonly targets: ReadonlyArray<PoeTemplateTarget>
  /** When the template was prepared (the business clock). */
  readonly preparedAt: Date
}

const productOf = (code: string): string => (code in workloadNames ? workloadNames[code as Workload] : code)

/** The POE template's facts, for whoever may read the claim (the same access as the claim itself). */
export const makePoeTemplate = (k: Kernel) => {
  const targetsOf = (claim: Claim) =>
    claim.solutionArea === "modern_work_security"
      ? Effect.succeed(
          claim.workloads.map(
            (code): PoeTemplateTarget => ({ kind: "workload", code, product: productOf(code) })
          )
        )
      : Effect.forEach(claim.subscriptionIds, (id) =>
          Effect.map(
            k.directory.findSubscription(id.toLowerCase() as SubscriptionId),
            (found): PoeTemplateTarget => ({
              kind: "subscription",
              id,
              product: Option.match(found, { onNone: () => null, onSome: (s) => s.product })
            })
          )
        )

  /** The proof-of-execution template for a claim, filled with its facts. */
  const poeTemplate = Effect.fn("ClaimsService.poeTemplate")(function* (actor: Actor, id: string) {
    const claim = yield* k.load(id)
    yield* k.visible(actor, claim)
    const tenant = yield* k.directory.findTenantName(claim.tenantId.toLowerCase() as TenantId)
    const location = yield* k.identity.findLocation(claim.locationId)
    const facts: PoeTemplateFacts = {
      claimId: claim.id,
      claimName: claim.name,
      customer: {
        name: Option.match(tenant, {
          onNone: () => claim.revenue?.customerName ?? claim.customerDomain,
          onSome: (t) => t.name
        }),
        tenantId: claim.tenantId,
        domain: claim.customerDomain,
        contact: claim.customerContact
      },
      partner: {
        organizationName: yield* k.organizationName(claim),
        partnerId: claim.partnerId,
        location: Option.match(location, {
          onNone: () => null,
          onSome: (l) => ({ name: l.name, city: l.city, country: l.country })
        }),
        contact: claim.partnerContact
      },
      solutionArea: claim.solutionArea,
      partnerRole: claim.partnerRole,
      targets: yield* targetsOf(claim),
      preparedAt: yield* k.clock.now
    }
    return facts
  })

  return { poeTemplate }
}
