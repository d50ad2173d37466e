import type { Me } from "@openpor/api-client"
import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { messages } from "../src/i18n/messages/index.ts"
import { locationsByPartnerId, organizationRoles } from "../src/lib/me.ts"

describe("partner portal dictionaries", () => {
  it("are complete in all five languages", () => {
    expect(checkCatalog(messages)).toEqual([])
  })
})

const me = (overrides: Partial<Me>): Me => ({
  user: { id: "u", email: "ada@contoso.example", displayName: "Ada", kind: "partner" },
  organization: { id: "o", name: "Contoso Consulting" },
  tenant: null,
  roles: [],
  locations: [],
  ...overrides
})

describe("organizationRoles", () => {
  it("keeps roles without a location, once each", () => {
    const user = me({
      roles: [
        { role: "global_admin", locationId: null, partnerId: null },
        { role: "incentives_admin", locationId: "l1", partnerId: "1000001" },
        { role: "global_admin", locationId: null, partnerId: null },
        { role: "billing_admin", locationId: null, partnerId: null }
      ]
    })
    expect(organizationRoles(user)).toEqual(["global_admin", "billing_admin"])
    expect(organizationRoles(me({}))).toEqual([])
  })
})

describe("locationsByPartnerId", () => {
  it("orders locations by PartnerID without changing the input", () => {
    const locations = [
      { id: "b", partnerId: "1000002", name: "Berlin", city: "Berlin", roles: [] },
      { id: "a", partnerId: "1000001", name: "Seattle", city: "Seattle", roles: [] }
    ]
    const user = me({ locations })
    expect(locationsByPartnerId(user).map((location) => location.partnerId)).toEqual(["1000001", "1000002"])
    expect(locations[0]!.id).toBe("b")
  })
})
