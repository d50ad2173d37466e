import type { Me } from "@openpor/api-client"
import { ApiError } from "@openpor/api-client"
import { checkCatalog } from "@openpor/ui/i18n/catalog.ts"
import { describe, expect, it } from "vitest"
import { messages as attribution } from "../src/features/attribution/messages.ts"
import { messages as dpor } from "../src/features/dpor/messages.ts"
import { messages as enrollments } from "../src/features/enrollments/messages.ts"
import { changedFields } from "../src/features/payout/api.ts"
import { messages as payout } from "../src/features/payout/messages.ts"
import { messages as users } from "../src/features/users/messages.ts"
import { isLocationRole, refusalKey } from "../src/features/users/roles.ts"
import {
  adminLocations,
  canManageGlobalAdmins,
  canManageUsers,
  canViewClaims,
  canViewEnrollments,
  isIncentivesAdmin
} from "../src/lib/access.ts"

describe("feature dictionaries", () => {
  it.each([
    ["enrollments", enrollments],
    ["payout", payout],
    ["users", users],
    ["dpor", dpor],
    ["attribution", attribution]
  ] as const)("%s is complete in all five languages", (_name, catalog) => {
    expect(checkCatalog(catalog as Parameters<typeof checkCatalog>[0])).toEqual([])
  })

  it("translates every key (nothing left as the English text) except names kept in every language", () => {
    const keep =
      /^(Incentives|Status|Program|IBAN|BIC|Partner of record|Business Applications|Modern Work and Security|Name|Partner|Exchange|SharePoint|Teams|Intune|Viva|Accelerator|Defender .*|Entra ID P1|Purview .*|Workload|Incentive|Role|Profil|\{\{ .* \}\}.*)$/
    const leftInEnglish = (catalog: { en: object } & Record<string, object>) =>
      (["de", "hu", "sv", "cs"] as const).flatMap((locale) => {
        const walk = (en: any, other: any, path: string): string[] =>
          Object.entries(en).flatMap(([key, value]) =>
            typeof value === "string"
              ? value === other[key] && !keep.test(value)
                ? [`${locale}:${path}${key}`]
                : []
              : walk(value, other[key], `${path}${key}.`)
          )
        return walk(catalog.en, catalog[locale], "")
      })
    for (const catalog of [enrollments, payout, users, dpor, attribution])
      expect(leftInEnglish(catalog as never)).toEqual([])
  })
})

const me = (roles: Me["roles"]): Me => ({
  user: { id: "u", email: "x@contoso.example", displayName: "X", kind: "partner" },
  organization: { id: "o", name: "Contoso" },
  tenant: null,
  roles,
  locations: [
    { id: "l2", partnerId: "1000002", name: "Berlin", city: "Berlin", roles: [] },
    { id: "l1", partnerId: "1000001", name: "Seattle", city: "Seattle", roles: [] }
  ]
})

describe("what the navigation offers by role (SPEC §1)", () => {
  const global = me([{ role: "global_admin", locationId: null, partnerId: null }])
  const account = me([{ role: "account_admin", locationId: null, partnerId: null }])
  const billing = me([{ role: "billing_admin", locationId: null, partnerId: null }])
  const admin = me([{ role: "incentives_admin", locationId: "l1", partnerId: "1000001" }])
  const user = me([{ role: "incentives_user", locationId: "l1", partnerId: "1000001" }])

  it("users and roles: Global and Account admins", () => {
    expect([global, account, billing, admin, user].map(canManageUsers)).toEqual([
      true,
      true,
      false,
      false,
      false
    ])
    expect([global, account].map(canManageGlobalAdmins)).toEqual([true, false])
  })

  it("incentives: incentive roles and Global/Account admins; bank and tax: Incentives admins of a location", () => {
    expect([global, account, billing, admin, user].map(canViewEnrollments)).toEqual([
      true,
      true,
      false,
      true,
      true
    ])
    expect([global, account, billing, admin, user].map((m) => isIncentivesAdmin(m))).toEqual([
      false,
      false,
      false,
      true,
      false
    ])
    expect(isIncentivesAdmin(admin, "l1")).toBe(true)
    expect(isIncentivesAdmin(admin, "l2")).toBe(false)
    expect(adminLocations(admin).map((l) => l.partnerId)).toEqual(["1000001"])
  })

  it("partner of record and attribution: whoever sees claims, Billing admin included", () => {
    expect([global, account, billing, admin, user].map(canViewClaims)).toEqual([true, true, true, true, true])
    const customer: Me = { ...me([]), user: { ...global.user, kind: "customer" }, organization: null }
    expect(canViewClaims(customer)).toBe(false)
  })
})

describe("bank and tax profile edits", () => {
  it("sends only what changed, and keeps the saved IBAN when the field is left empty", () => {
    const saved = { label: "SEK", iban: "ignored", bankName: "SEB" }
    expect(changedFields(saved, { label: "SEK", iban: "", bankName: "SEB" }, ["iban"])).toBeUndefined()
    expect(changedFields(saved, { label: "SEK", iban: "SE45 5000", bankName: "SEB AB" }, ["iban"])).toEqual({
      iban: "SE45 5000",
      bankName: "SEB AB"
    })
  })
})

describe("users and roles", () => {
  it("knows which roles are given per location", () => {
    expect(
      ["incentives_admin", "incentives_user", "global_admin", "billing_admin"].map(isLocationRole)
    ).toEqual([true, true, false, false])
  })

  it("explains the API's refusals in the user's language", () => {
    expect(refusalKey(new ApiError(409, "last_global_admin", "…"))).toBe("errors.last_global_admin")
    expect(refusalKey(new ApiError(400, "missing_field", "…"))).toBe("errors.missing_location")
    expect(refusalKey(new ApiError(500, "boom", "…"))).toBeUndefined()
    expect(refusalKey(new Error("x"))).toBeUndefined()
  })
})
