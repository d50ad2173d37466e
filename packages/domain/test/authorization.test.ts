import { describe, expect, it } from "vitest"
import {
  type Action,
  type Actor,
  actions,
  type LocationId,
  type OrganizationId,
  policy,
  type TenantId,
  type UserId
} from "../src/index.ts"

const OWN_ORG = "org_own" as OrganizationId
const OWN_LOCATION = "loc_own" as LocationId
const FOREIGN_ORG = "org_foreign" as OrganizationId
const FOREIGN_LOCATION = "loc_foreign" as LocationId
const OWN_TENANT = "11111111-1111-4111-8111-111111111111" as TenantId
const FOREIGN_TENANT = "22222222-2222-4222-8222-222222222222" as TenantId
const user = "usr_x" as UserId

type RoleName =
  | "global_admin"
  | "account_admin"
  | "billing_admin"
  | "incentives_admin"
  | "incentives_user"
  | "tenant_admin"
  | "customer_user"
  | "customer_contact"
  | "reviewer"
  | "operator"
  | "auditor"

const actorWith = (role: RoleName): Actor => {
  switch (role) {
    case "global_admin":
    case "account_admin":
    case "billing_admin":
      return {
        kind: "partner",
        userId: user,
        organizationId: OWN_ORG,
        organizationRoles: new Set([role]),
        locationRoles: new Map()
      }
    case "incentives_admin":
    case "incentives_user":
      return {
        kind: "partner",
        userId: user,
        organizationId: OWN_ORG,
        organizationRoles: new Set(),
        locationRoles: new Map([[OWN_LOCATION, new Set([role])]])
      }
    case "tenant_admin":
      return { kind: "customer", userId: user, tenantId: OWN_TENANT, tenantAdmin: true }
    case "customer_user":
      return { kind: "customer", userId: user, tenantId: OWN_TENANT, tenantAdmin: false }
    case "customer_contact":
      return {
        kind: "customer_contact",
        tenantId: OWN_TENANT,
        email: "contact@northwind.example",
        claimId: "clm_1"
      }
    default:
      return { kind: "vendor", userId: user, vendorRoles: new Set([role]) }
  }
}

/**
 * The expected answer for every role and action on an OWN target (the role's organization and
 * location, or tenant). On a FOREIGN target every partner and customer role is refused; vendor roles
 * are not bound to an organization, so their answer is the same for both. Written out by hand from
 * SPEC §1 — not derived from the policy.
 */
const allowedOnOwn: Record<RoleName, ReadonlyArray<Action>> = {
  global_admin: [
    "viewOrganization",
    "manageUsers",
    "viewEnrollments",
    "viewClaims",
    "downloadProof",
    "manageWebhooks"
  ],
  account_admin: ["viewOrganization", "manageUsers", "viewEnrollments", "viewClaims", "downloadProof"],
  billing_admin: ["viewOrganization", "viewClaims", "downloadProof"],
  incentives_admin: [
    "viewOrganization",
    "viewEnrollments",
    "enroll",
    "viewBankAndTax",
    "editBankAndTax",
    "viewClaims",
    "draftClaim",
    "submitClaim",
    "commentOnClaim",
    "downloadProof"
  ],
  incentives_user: [
    "viewOrganization",
    "viewEnrollments",
    "viewClaims",
    "draftClaim",
    "commentOnClaim",
    "downloadProof"
  ],
  tenant_admin: ["manageDpor", "declineAssociation", "viewTenant"],
  customer_user: ["viewTenant"],
  customer_contact: ["declineAssociation"],
  reviewer: [
    "viewOrganization",
    "viewEnrollments",
    "viewClaims",
    "commentOnClaim",
    "downloadProof",
    "viewTenant",
    "reviewClaims",
    "readReviewQueue",
    "arbitrate",
    "viewArbitrationCases",
    "readClock",
    "readAudit",
    "readDirectory"
  ],
  operator: [
    "viewOrganization",
    "viewEnrollments",
    "viewBankAndTax",
    "viewClaims",
    "viewTenant",
    "manageCatalog",
    "manageDirectory",
    "manageCalendar",
    "readEligibility",
    "validateProfiles",
    "readValidationQueue",
    "viewArbitrationCases",
    "controlClock",
    "readClock",
    "operate",
    "readAudit",
    "readDirectory",
    "manageVendorWebhooks",
    "readVendorWebhooks",
    "manageIdentityProviders",
    "readIdentityProviders"
  ],
  auditor: [
    "viewOrganization",
    "viewEnrollments",
    "viewBankAndTax",
    "viewClaims",
    "downloadProof",
    "viewTenant",
    "readReviewQueue",
    "viewArbitrationCases",
    "readEligibility",
    "readValidationQueue",
    "readClock",
    "readAudit",
    "readDirectory",
    "readVendorWebhooks",
    "readIdentityProviders",
    "readAllClaimImports"
  ]
}

const tenantActions = new Set<Action>(["manageDpor", "declineAssociation", "viewTenant"])
const vendorRoles = new Set<RoleName>(["reviewer", "operator", "auditor"])

const decide = (action: Action, actor: Actor, own: boolean): boolean => {
  const fn = policy[action] as (actor: Actor, target?: unknown) => boolean
  if (tenantActions.has(action)) return fn(actor, { tenantId: own ? OWN_TENANT : FOREIGN_TENANT })
  return fn(
    actor,
    own
      ? { organizationId: OWN_ORG, locationId: OWN_LOCATION }
      : { organizationId: FOREIGN_ORG, locationId: FOREIGN_LOCATION }
  )
}

const rows = (Object.keys(allowedOnOwn) as Array<RoleName>).flatMap((role) =>
  actions.flatMap((action) =>
    (["own", "foreign"] as const).map((scope) => {
      const allowedOwn = allowedOnOwn[role].includes(action)
      const expected = scope === "own" ? allowedOwn : vendorRoles.has(role) && allowedOwn
      return { role, action, scope, expected }
    })
  )
)

describe("authorization policy: every role × action × own/foreign organization", () => {
  it("the table covers every action of the policy", () => {
    for (const role of Object.keys(allowedOnOwn) as Array<RoleName>) {
      for (const action of allowedOnOwn[role]) expect(actions).toContain(action)
    }
    expect(rows).toHaveLength(Object.keys(allowedOnOwn).length * actions.length * 2)
  })

  it.each(rows)("$role $action on $scope target → $expected", ({ role, action, scope, expected }) => {
    expect(decide(action, actorWith(role), scope === "own")).toBe(expected)
  })

  it("a location role does not reach another location of the same organization", () => {
    const actor = actorWith("incentives_admin")
    expect(policy.enroll(actor, { organizationId: OWN_ORG, locationId: "loc_other" as LocationId })).toBe(
      false
    )
    expect(
      policy.submitClaim(actor, { organizationId: OWN_ORG, locationId: "loc_other" as LocationId })
    ).toBe(false)
  })
})
