import {
  defaultWorkloads,
  type PartnerRole,
  partnerRoleDefinition,
  type Workload
} from "../catalog/catalog.ts"
import type { Subscription, Tenant } from "../directory/model.ts"
import type { Program } from "../enrollment/model.ts"
import { isGuid } from "../ids.ts"
import type { Violation } from "../shared/errors.ts"
import type { Claim } from "./model.ts"

/** Everything the submission check needs, loaded by the service. Pure data in, violations out. */
export interface SubmissionContext {
  readonly tenant: Tenant | undefined
  readonly subscriptions: ReadonlyMap<string, Subscription>
  readonly program: Program | undefined
  readonly locationEnrolled: boolean
  readonly poeCount: number
  /** Targets this partner organization already holds (active association) or has an open claim on. */
  readonly ownHeldOrOpenTargets: ReadonlySet<string>
  /** The ids of the program's statements the partner confirmed with this submission. */
  readonly acknowledged: ReadonlyArray<string>
}

/** The program's statements the partner has not confirmed (SPEC §5: every one is required). */
export const missingAcknowledgements = (
  program: Program | undefined,
  acknowledged: ReadonlyArray<string>
) => {
  const given = new Set(acknowledged)
  return (program?.acknowledgements ?? []).filter((a) => !given.has(a.id))
}

const v = (code: string, message: string, field?: string, details?: Record<string, unknown>): Violation => ({
  code,
  message,
  ...(field === undefined ? {} : { field }),
  ...(details === undefined ? {} : { details })
})

const blank = (s: string | undefined | null) => s === undefined || s === null || s.trim() === ""

/** Required fields of SPEC §5; reported as missing_field (400 when nothing else is wrong). */
export const missingFields = (claim: Claim): ReadonlyArray<Violation> => {
  const out: Array<Violation> = []
  const need = (value: string | undefined | null, field: string, label: string) => {
    if (blank(value)) out.push(v("missing_field", `Fill in ${label}`, field))
  }
  need(claim.name, "name", "the claim name")
  need(claim.tenantId, "tenantId", "the customer's tenant ID")
  need(claim.customerDomain, "customerDomain", "a verified domain of the customer")
  need(claim.customerContact?.name, "customerContact.name", "the customer contact's name")
  need(claim.customerContact?.title, "customerContact.title", "the customer contact's title")
  need(claim.customerContact?.email, "customerContact.email", "the customer contact's email")
  need(claim.partnerContact?.name, "partnerContact.name", "your contact's name")
  need(claim.partnerContact?.email, "partnerContact.email", "your contact's email")
  if (claim.solutionArea === "modern_work_security" && claim.workloads.length === 0) {
    out.push(v("missing_field", "Choose at least one workload the customer uses", "workloads"))
  }
  if (claim.solutionArea === "business_applications" && claim.subscriptionIds.length === 0) {
    out.push(
      v(
        "missing_field",
        "Add at least one subscription ID of the customer's Dynamics 365 product",
        "subscriptionIds"
      )
    )
  }
  if (claim.partnerRole === "influenced_revenue") {
    need(claim.revenue?.solutionSellerName, "revenue.solutionSellerName", "the Dynamics solution seller name")
    need(claim.revenue?.customerName, "revenue.customerName", "the customer name")
    need(claim.revenue?.isvProductName, "revenue.isvProductName", "the ISV product or solution name")
  }
  return out
}

/**
 * Every check of SPEC §5 / appendix A at submission. All failures are reported together, each with a
 * code and a message that tells the partner what to do.
 */
export const validateSubmission = (claim: Claim, ctx: SubmissionContext): ReadonlyArray<Violation> => {
  const out: Array<Violation> = [...missingFields(claim)]
  const roleDef = partnerRoleDefinition(claim.partnerRole as PartnerRole)
  if (roleDef === undefined || roleDef.solutionArea !== claim.solutionArea) {
    out.push(
      v(
        "role_not_valid_for_solution_area",
        `The partner role ${claim.partnerRole} does not apply to ${claim.solutionArea === "business_applications" ? "Business Applications" : "Modern Work and Security"}; choose one of the roles listed for that solution area`,
        "partnerRole"
      )
    )
  }
  if (!ctx.locationEnrolled) {
    out.push(
      v(
        "location_not_enrolled",
        `PartnerID ${claim.partnerId} is not enrolled in ${ctx.program?.name ?? "the program of this partner role"}; choose an enrolled PartnerID or enroll the location first (Incentives overview)`,
        "partnerId"
      )
    )
  }
  if (ctx.tenant === undefined) {
    if (!blank(claim.tenantId)) {
      out.push(
        v(
          "domain_tenant_mismatch",
          `Tenant ${claim.tenantId} is not known; check the tenant ID with the customer`,
          "tenantId"
        )
      )
    }
  } else if (
    !blank(claim.customerDomain) &&
    !ctx.tenant.domains.includes(claim.customerDomain.trim().toLowerCase())
  ) {
    out.push(
      v(
        "domain_tenant_mismatch",
        `The domain ${claim.customerDomain} does not belong to tenant ${claim.tenantId}; check the tenant ID and domain with the customer`,
        "customerDomain"
      )
    )
  }
  if (claim.solutionArea === "modern_work_security") {
    const catalog = new Set(defaultWorkloads.map((w) => w.code as string))
    for (const workload of claim.workloads) {
      if (!catalog.has(workload)) {
        out.push(
          v(
            "unknown_workload",
            `${workload} is not a workload of the catalog; choose from ${[...catalog].join(", ")}`,
            "workloads",
            { workload }
          )
        )
      } else if (ctx.tenant !== undefined && !ctx.tenant.workloads.includes(workload as Workload)) {
        out.push(
          v(
            "product_not_in_tenant",
            `The customer's tenant does not use ${workload}; claim only workloads in use`,
            "workloads",
            { workload }
          )
        )
      } else if (ctx.ownHeldOrOpenTargets.has(`workload:${claim.tenantId.toLowerCase()}:${workload}`)) {
        out.push(
          v(
            "subscription_already_claimed",
            `Your organization already holds or has an open claim on ${workload} for this tenant`,
            "workloads",
            { workload }
          )
        )
      }
    }
  } else {
    const allowedChannels = ctx.program?.allowedChannels ?? ["volume_licensing", "web_direct"]
    for (const id of claim.subscriptionIds) {
      if (!isGuid(id)) {
        out.push(
          v(
            "not_a_subscription_id",
            `${id} is not a subscription ID (a GUID such as aaaaaaaa-0000-4000-8000-000000000001)`,
            "subscriptionIds",
            { subscriptionId: id }
          )
        )
        continue
      }
      const sub = ctx.subscriptions.get(id.toLowerCase())
      if (sub === undefined || sub.tenantId.toLowerCase() !== claim.tenantId.toLowerCase()) {
        out.push(
          v(
            "product_not_in_tenant",
            `Subscription ${id} is not in the customer's tenant; check the subscription and tenant ID with the customer`,
            "subscriptionIds",
            { subscriptionId: id }
          )
        )
        continue
      }
      if (sub.solutionArea !== "business_applications") {
        out.push(
          v(
            "subscription_not_business_applications",
            `Subscription ${id} (${sub.product}) is not a Business Applications (Dynamics 365) product`,
            "subscriptionIds",
            { subscriptionId: id }
          )
        )
        continue
      }
      if (!allowedChannels.includes(sub.channel)) {
        out.push(
          v(
            "subscription_is_csp",
            `Subscription ${id} was bought through ${sub.channel === "csp" ? "CSP" : sub.channel}; this partner role applies only to volume licensing or web direct purchases`,
            "subscriptionIds",
            { subscriptionId: id }
          )
        )
        continue
      }
      if (sub.state === "not_provisioned") {
        out.push(
          v(
            "subscription_not_provisioned",
            `Subscription ${id} is not provisioned yet; ask the customer to activate the product, then submit again`,
            "subscriptionIds",
            { subscriptionId: id }
          )
        )
        continue
      }
      if (sub.state === "expired") {
        out.push(
          v(
            "subscription_expired",
            `Subscription ${id} has expired; a renewal has a new subscription ID — claim that one`,
            "subscriptionIds",
            { subscriptionId: id }
          )
        )
        continue
      }
      if (ctx.ownHeldOrOpenTargets.has(`subscription:${id.toLowerCase()}`)) {
        out.push(
          v(
            "subscription_already_claimed",
            `Your organization already holds or has an open claim on subscription ${id}`,
            "subscriptionIds",
            { subscriptionId: id }
          )
        )
      }
    }
  }
  if (ctx.poeCount === 0) {
    out.push(
      v(
        "poe_required",
        "Attach at least one proof of execution (PDF, PNG, JPEG or DOCX), e.g. a statement of work signed by the customer",
        "poe"
      )
    )
  }
  const missing = missingAcknowledgements(ctx.program, ctx.acknowledged)
  if (missing.length > 0) {
    out.push(
      v(
        "acknowledgements_required",
        `Confirm ${missing.length === 1 ? "this statement" : "these statements"} before submitting: ${missing.map((a) => `"${a.text}"`).join(" ")}`,
        "acknowledgements",
        { missing: missing.map((a) => ({ id: a.id, text: a.text })) }
      )
    )
  }
  return out
}
