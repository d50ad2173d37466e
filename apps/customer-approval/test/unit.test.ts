import type { Me } from "@openpor/api-client"
import { checkCatalog, lookupMessage, messageKeys } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { messages } from "../src/i18n/messages/index.ts"
import { tenantRoles } from "../src/lib/me.ts"
import { type AssociationRequest, outcomeOf, workloadName } from "../src/lib/requests.ts"

describe("customer approval dictionaries", () => {
  it("are complete in all five languages", () => {
    expect(checkCatalog(messages)).toEqual([])
  })
})

describe("tenantRoles", () => {
  it("lists each role once", () => {
    const me: Me = {
      user: { id: "u", email: "admin@northwind.example", displayName: "Northwind admin", kind: "customer" },
      organization: null,
      tenant: { id: "11111111-1111-4111-8111-111111111111", name: "Northwind Traders" },
      roles: [
        { role: "tenant_admin", locationId: null, partnerId: null },
        { role: "tenant_admin", locationId: null, partnerId: null }
      ],
      locations: []
    }
    expect(tenantRoles(me)).toEqual(["tenant_admin"])
  })
})

const request = (overrides: Partial<AssociationRequest> = {}): AssociationRequest => ({
  claimId: "clm_1",
  partner: { name: "Contoso Consulting (Seattle)", partnerId: "1000001" },
  solutionArea: "modern_work_security",
  workloads: ["teams"],
  subscriptionIds: [],
  subscriptions: [],
  status: "submitted",
  rejectionReason: null,
  consent: { status: "awaiting_response", windowEndsAt: "2026-12-08T12:00:00.000Z", respondedAt: null },
  businessDaysLeftToDecline: 5,
  submittedAt: "2026-12-01T12:00:00.000Z",
  rejectedAt: null,
  officialAt: null,
  endedAt: null,
  canDecline: true,
  canAccept: true,
  ...overrides
})

describe("outcomeOf", () => {
  it("waits for the customer while the consent window is open", () => {
    expect(outcomeOf(request())).toEqual({ outcome: "waiting", at: "2026-12-08T12:00:00.000Z" })
  })

  it("dates a decline by the customer's answer, also after the claim was rejected by it", () => {
    const declined = request({
      status: "rejected",
      rejectionReason: "customer_declined",
      consent: { status: "declined", windowEndsAt: null, respondedAt: "2026-12-02T09:00:00.000Z" },
      rejectedAt: "2026-12-02T09:00:00.000Z"
    })
    expect(outcomeOf(declined)).toEqual({ outcome: "declined", at: "2026-12-02T09:00:00.000Z" })
  })

  it("tells accepted, lapsed, rejected by the vendor and ended apart", () => {
    const accepted = {
      status: "accepted" as const,
      windowEndsAt: null,
      respondedAt: "2026-12-03T00:00:00.000Z"
    }
    expect(outcomeOf(request({ consent: accepted })).outcome).toBe("accepted")
    const lapsed = { status: "lapsed" as const, windowEndsAt: "2026-12-08T12:00:00.000Z", respondedAt: null }
    expect(outcomeOf(request({ consent: lapsed }))).toEqual({
      outcome: "lapsed",
      at: "2026-12-08T12:00:00.000Z"
    })
    expect(
      outcomeOf(
        request({
          status: "rejected",
          rejectionReason: "insufficient_poe",
          rejectedAt: "2026-12-04T00:00:00.000Z"
        })
      )
    ).toEqual({ outcome: "rejected", at: "2026-12-04T00:00:00.000Z" })
    expect(
      outcomeOf(request({ status: "ended", consent: accepted, endedAt: "2027-01-04T00:00:00.000Z" }))
    ).toEqual({ outcome: "ended", at: "2027-01-04T00:00:00.000Z" })
  })
})

describe("workloadName", () => {
  it("names the default catalog's workloads and shows unknown codes as they are", () => {
    expect(workloadName("teams")).toBe("Microsoft Teams")
    expect(workloadName("new_workload")).toBe("new_workload")
  })
})

describe("translations", () => {
  // Words that are the same in a language (or names kept in English); everything else must be translated.
  const SAME_EVERYWHERE = new Set([
    "request.partnerId",
    "subscriptions.partnerIdLabel",
    "requests.columns.partner",
    "request.status"
  ])

  it("are real translations, not copies of English", () => {
    for (const locale of ["de", "hu", "sv", "cs"] as const) {
      const copied = messageKeys(messages.en).filter(
        (key) =>
          !SAME_EVERYWHERE.has(key) &&
          lookupMessage(messages[locale], key) === lookupMessage(messages.en, key)
      )
      expect(copied, locale).toEqual([])
    }
  })
})
