/** The claims feature without a browser: its strings in five languages, the wizard's body, problems by step, business days. */
import { ApiError } from "@openpor/api-client"
import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { businessDaysLeft } from "../src/features/claims/lib/business-days.ts"
import { bodyOfDraft, claimProblems, emptyDraft } from "../src/features/claims/lib/claims.ts"
import { messages } from "../src/features/claims/messages.ts"

describe("claims strings", () => {
  it("are complete in all five languages, with the same placeholders", () => {
    expect(checkCatalog(messages)).toEqual([])
  })

  it("explain every submission error code of SPEC §5 with what to do", () => {
    const codes = [
      "domain_tenant_mismatch",
      "product_not_in_tenant",
      "subscription_not_business_applications",
      "subscription_is_csp",
      "subscription_not_provisioned",
      "not_a_subscription_id",
      "subscription_already_claimed",
      "location_not_enrolled",
      "role_not_valid_for_solution_area",
      "subscription_expired",
      "missing_field",
      "poe_required",
      "unknown_workload",
      "acknowledgements_required"
    ]
    for (const locale of ["en", "de", "hu", "sv", "cs"] as const)
      for (const code of codes) {
        const problem = (messages[locale].problems as Record<string, { message: string; todo: string }>)[code]
        expect({
          locale,
          code,
          message: (problem?.message.length ?? 0) > 0,
          todo: (problem?.todo.length ?? 0) > 0
        }).toEqual({
          locale,
          code,
          message: true,
          todo: true
        })
      }
  })
})

describe("the wizard's claim body", () => {
  const filled = {
    ...emptyDraft(),
    name: " Northwind Intune ",
    partnerId: "1000001",
    tenantId: "11111111-1111-4111-8111-111111111111",
    customerDomain: "northwind.example",
    customerContactName: "Nora",
    customerContactTitle: "CIO",
    customerContactEmail: "nora@northwind.example",
    partnerContactName: "Ian",
    partnerContactEmail: "ian@contoso.example"
  }

  it("sends workloads and the opt-out only for Modern Work", () => {
    const body = bodyOfDraft({
      ...filled,
      solutionArea: "modern_work_security",
      partnerRole: "use_or_consume",
      workloads: ["intune"],
      subscriptionIds: "aaaaaaaa-0000-4000-8000-000000000001",
      optOutOfIncentives: true
    })
    expect(body).toMatchObject({
      name: "Northwind Intune",
      workloads: ["intune"],
      subscriptionIds: [],
      optOutOfIncentives: true,
      revenue: null
    })
  })

  it("sends subscription IDs one per line (or separated by commas) for Business Applications, never the opt-out", () => {
    const body = bodyOfDraft({
      ...filled,
      solutionArea: "business_applications",
      partnerRole: "influenced_revenue",
      workloads: ["intune"],
      subscriptionIds: " aaaaaaaa-0000-4000-8000-000000000001\n\naaaaaaaa-0000-4000-8000-000000000002, x ",
      optOutOfIncentives: true,
      revenueSolutionSellerName: "Seller",
      revenueCustomerName: "Northwind",
      revenueIsvProductName: "ISV"
    })
    expect(body.workloads).toEqual([])
    expect(body.subscriptionIds).toEqual([
      "aaaaaaaa-0000-4000-8000-000000000001",
      "aaaaaaaa-0000-4000-8000-000000000002",
      "x"
    ])
    expect(body.optOutOfIncentives).toBe(false)
    expect(body.revenue).toEqual({
      solutionSellerName: "Seller",
      customerName: "Northwind",
      isvProductName: "ISV"
    })
  })
})

describe("problems of a refused submission", () => {
  it("are placed at the step and field they concern, with the subscription or workload they name", () => {
    const error = new ApiError(422, "subscription_is_csp", "…", {
      violations: [
        {
          code: "subscription_is_csp",
          message: "csp",
          field: "subscriptionIds",
          details: { subscriptionId: "s-3" }
        },
        { code: "location_not_enrolled", message: "not enrolled", field: "partnerId" },
        { code: "domain_tenant_mismatch", message: "mismatch", field: "customerDomain" },
        { code: "missing_field", message: "Fill in", field: "customerContact.email" },
        { code: "poe_required", message: "no poe" }
      ]
    })
    expect(claimProblems(error).map(({ code, step, field, item }) => ({ code, step, field, item }))).toEqual([
      { code: "subscription_is_csp", step: "products", field: "subscriptionIds", item: "s-3" },
      { code: "location_not_enrolled", step: "details", field: "partnerId", item: undefined },
      { code: "domain_tenant_mismatch", step: "details", field: "customerDomain", item: undefined },
      { code: "missing_field", step: "contacts", field: "customerContactEmail", item: undefined },
      { code: "poe_required", step: "poe", field: undefined, item: undefined }
    ])
  })

  it("reads schema issues (400) by their path", () => {
    const error = new ApiError(400, "invalid_request", "…", {
      issues: [{ path: "partnerContact.email", message: "not an email" }]
    })
    expect(claimProblems(error)).toMatchObject([{ step: "contacts", field: "partnerContactEmail" }])
  })
})

describe("business days left", () => {
  const calendar = (now: string, holidays: string[] = []) => ({
    timeZone: "UTC",
    now,
    holidays: new Set(holidays)
  })

  it("counts weekdays after today up to the deadline's day, skipping weekends and holidays", () => {
    // Friday 2026-12-04 → Friday 2026-12-11: Mon–Fri = 5.
    expect(businessDaysLeft(calendar("2026-12-04T10:00:00Z"), "2026-12-11T17:00:00Z")).toBe(5)
    expect(businessDaysLeft(calendar("2026-12-04T10:00:00Z", ["2026-12-08"]), "2026-12-11T17:00:00Z")).toBe(4)
    expect(businessDaysLeft(calendar("2026-12-04T10:00:00Z"), "2026-12-04T18:00:00Z")).toBe(0)
    expect(businessDaysLeft(calendar("2026-12-04T10:00:00Z"), "2026-12-01T18:00:00Z")).toBe(0)
  })
})
