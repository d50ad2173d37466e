import type { Me } from "@openpor/api-client"
import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { LOCALES } from "@openpor/ui/i18n/locales.ts"
import { describe, expect, it } from "vitest"
import { messages } from "../src/i18n/messages/index.ts"
import { VENDOR_ROLES, vendorRoles } from "../src/lib/me.ts"

describe("reviewer console dictionaries", () => {
  it("are complete in all five languages", () => {
    expect(checkCatalog(messages)).toEqual([])
  })

  it("describe every vendor role", () => {
    for (const locale of LOCALES) {
      for (const role of VENDOR_ROLES) expect(messages[locale].roleDescriptions[role]).toBeTruthy()
    }
  })
})

describe("vendorRoles", () => {
  it("keeps vendor roles only, in a fixed order, once each", () => {
    const me: Me = {
      user: { id: "u", email: "rita@vendor.example", displayName: "Rita", kind: "vendor" },
      organization: null,
      tenant: null,
      roles: [
        { role: "auditor", locationId: null, partnerId: null },
        { role: "reviewer", locationId: null, partnerId: null },
        { role: "global_admin", locationId: null, partnerId: null },
        { role: "reviewer", locationId: null, partnerId: null }
      ],
      locations: []
    }
    expect(vendorRoles(me)).toEqual(["reviewer", "auditor"])
  })
})
