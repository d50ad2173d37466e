import type { Me } from "@openpor/api-client"
import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { messages } from "../src/i18n/messages/index.ts"
import { tenantRoles } from "../src/lib/me.ts"

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
