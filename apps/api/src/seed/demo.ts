import {
  AuditLog,
  DirectoryRepository,
  IdentityRepository,
  Location,
  type LocationId,
  Organization,
  type OrganizationId,
  type PartnerId,
  type Role,
  RoleAssignment,
  Secrets,
  Subscription,
  type SubscriptionId,
  Tenant,
  type TenantId,
  Transactor,
  User,
  type UserId
} from "@openpor/domain"
import { Effect, Option } from "effect"

/** SPEC appendix B: fixed IDs so docs and tests can rely on them. Every password is demo-Passw0rd!. */
export const DEMO_PASSWORD = "demo-Passw0rd!"

export const demo = {
  organizations: [
    { id: "org_contoso", name: "Contoso Consulting" },
    { id: "org_fabrikam", name: "Fabrikam Solutions" },
    { id: "org_tailspin", name: "Tailspin Advisors" }
  ],
  locations: [
    {
      id: "loc_1000001",
      organizationId: "org_contoso",
      partnerId: "1000001",
      name: "Contoso Consulting Seattle",
      city: "Seattle",
      country: "US"
    },
    {
      id: "loc_1000002",
      organizationId: "org_contoso",
      partnerId: "1000002",
      name: "Contoso Consulting Berlin",
      city: "Berlin",
      country: "DE"
    },
    {
      id: "loc_2000001",
      organizationId: "org_fabrikam",
      partnerId: "2000001",
      name: "Fabrikam Solutions Budapest",
      city: "Budapest",
      country: "HU"
    },
    {
      id: "loc_3000001",
      organizationId: "org_tailspin",
      partnerId: "3000001",
      name: "Tailspin Advisors Stockholm",
      city: "Stockholm",
      country: "SE"
    }
  ],
  tenants: [
    {
      id: "11111111-1111-4111-8111-111111111111",
      name: "Northwind Traders",
      domains: ["northwind.onmicrosoft.com", "northwind.example"],
      workloads: ["exchange", "sharepoint", "teams", "intune"]
    },
    {
      id: "22222222-2222-4222-8222-222222222222",
      name: "Woodgrove Bank",
      domains: ["woodgrove.onmicrosoft.com", "woodgrove.example"],
      workloads: ["exchange", "teams", "defender_endpoint"]
    }
  ],
  subscriptions: [
    {
      id: "aaaaaaaa-0000-4000-8000-000000000001",
      tenant: 0,
      product: "Dynamics 365 Sales",
      area: "business_applications",
      channel: "web_direct",
      state: "active"
    },
    {
      id: "aaaaaaaa-0000-4000-8000-000000000002",
      tenant: 0,
      product: "Dynamics 365 Customer Service",
      area: "business_applications",
      channel: "volume_licensing",
      state: "grace"
    },
    {
      id: "aaaaaaaa-0000-4000-8000-000000000003",
      tenant: 0,
      product: "Dynamics 365 Finance",
      area: "business_applications",
      channel: "csp",
      state: "active"
    },
    {
      id: "aaaaaaaa-0000-4000-8000-000000000004",
      tenant: 0,
      product: "Dynamics 365 Field Service",
      area: "business_applications",
      channel: "web_direct",
      state: "not_provisioned"
    },
    {
      id: "aaaaaaaa-0000-4000-8000-000000000005",
      tenant: 0,
      product: "Microsoft 365 E3",
      area: "modern_work_security",
      channel: "volume_licensing",
      state: "active"
    },
    {
      id: "aaaaaaaa-0000-4000-8000-000000000006",
      tenant: 0,
      product: "Dynamics 365 Sales",
      area: "business_applications",
      channel: "volume_licensing",
      state: "expired"
    },
    {
      id: "bbbbbbbb-0000-4000-8000-000000000001",
      tenant: 1,
      product: "Dynamics 365 Business Central",
      area: "business_applications",
      channel: "web_direct",
      state: "active"
    }
  ],
  users: [
    {
      id: "usr_ada",
      email: "ada@contoso.example",
      name: "Ada Contoso",
      kind: "partner",
      org: "org_contoso",
      roles: [["global_admin", null]]
    },
    {
      id: "usr_ian",
      email: "ian@contoso.example",
      name: "Ian Contoso",
      kind: "partner",
      org: "org_contoso",
      roles: [
        ["incentives_admin", "loc_1000001"],
        ["incentives_admin", "loc_1000002"]
      ]
    },
    {
      id: "usr_uma",
      email: "uma@contoso.example",
      name: "Uma Contoso",
      kind: "partner",
      org: "org_contoso",
      roles: [["incentives_user", "loc_1000001"]]
    },
    {
      id: "usr_bill",
      email: "bill@contoso.example",
      name: "Bill Contoso",
      kind: "partner",
      org: "org_contoso",
      roles: [["billing_admin", null]]
    },
    {
      id: "usr_ina",
      email: "ina@fabrikam.example",
      name: "Ina Fabrikam",
      kind: "partner",
      org: "org_fabrikam",
      roles: [
        ["global_admin", null],
        ["incentives_admin", "loc_2000001"]
      ]
    },
    {
      id: "usr_ivy",
      email: "ivy@tailspin.example",
      name: "Ivy Tailspin",
      kind: "partner",
      org: "org_tailspin",
      roles: [
        ["global_admin", null],
        ["incentives_admin", "loc_3000001"]
      ]
    },
    {
      id: "usr_northwind_admin",
      email: "admin@northwind.example",
      name: "Northwind Admin",
      kind: "customer",
      tenant: "11111111-1111-4111-8111-111111111111",
      roles: [["tenant_admin", null]]
    },
    {
      id: "usr_woodgrove_admin",
      email: "admin@woodgrove.example",
      name: "Woodgrove Admin",
      kind: "customer",
      tenant: "22222222-2222-4222-8222-222222222222",
      roles: [["tenant_admin", null]]
    },
    {
      id: "usr_rita",
      email: "rita@vendor.example",
      name: "Rita Reviewer",
      kind: "vendor",
      roles: [["reviewer", null]]
    },
    {
      id: "usr_rob",
      email: "rob@vendor.example",
      name: "Rob Reviewer",
      kind: "vendor",
      roles: [["reviewer", null]]
    },
    {
      id: "usr_otto",
      email: "otto@vendor.example",
      name: "Otto Operator",
      kind: "vendor",
      roles: [["operator", null]]
    },
    {
      id: "usr_aude",
      email: "aude@vendor.example",
      name: "Aude Auditor",
      kind: "vendor",
      roles: [["auditor", null]]
    }
  ] as ReadonlyArray<{
    id: string
    email: string
    name: string
    kind: "partner" | "customer" | "vendor"
    org?: string
    tenant?: string
    roles: ReadonlyArray<readonly [Role, string | null]>
  }>
} as const

const datesFor = (state: string) => {
  switch (state) {
    case "not_provisioned":
      return { provisionedAt: null, expiresAt: null }
    case "grace":
      return { provisionedAt: "2025-11-01", expiresAt: "2026-10-31" }
    case "expired":
      return { provisionedAt: "2025-07-01", expiresAt: "2026-06-30" }
    default:
      return { provisionedAt: "2026-07-01", expiresAt: "2027-06-30" }
  }
}

/** Applies the demo data; idempotent — what exists already is left as it is. Returns what it created. */
export const seedDemo = Effect.gen(function* () {
  const identity = yield* IdentityRepository
  const directory = yield* DirectoryRepository
  const secrets = yield* Secrets
  const created: Array<string> = []
  const passwordHash = yield* secrets.hashPassword(DEMO_PASSWORD)
  yield* Transactor.use((tx) =>
    tx.transaction(
      Effect.gen(function* () {
        for (const o of demo.organizations) {
          if (Option.isSome(yield* identity.findOrganization(o.id as OrganizationId))) continue
          yield* identity.upsertOrganization(new Organization({ id: o.id as OrganizationId, name: o.name }))
          created.push(o.id)
        }
        for (const l of demo.locations) {
          if (Option.isSome(yield* identity.findLocation(l.id as LocationId))) continue
          yield* identity.upsertLocation(
            new Location({
              id: l.id as LocationId,
              organizationId: l.organizationId as OrganizationId,
              partnerId: l.partnerId as PartnerId,
              name: l.name,
              city: l.city,
              country: l.country
            })
          )
          created.push(l.id)
        }
        for (const t of demo.tenants) {
          if (Option.isSome(yield* directory.findTenant(t.id as TenantId))) continue
          yield* directory.upsertTenant(
            new Tenant({
              id: t.id as TenantId,
              name: t.name,
              domains: [...t.domains],
              workloads: [...t.workloads]
            })
          )
          created.push(t.id)
        }
        for (const s of demo.subscriptions) {
          if (Option.isSome(yield* directory.findSubscription(s.id as SubscriptionId))) continue
          yield* directory.upsertSubscription(
            new Subscription({
              id: s.id as SubscriptionId,
              tenantId: demo.tenants[s.tenant]!.id as TenantId,
              product: s.product,
              solutionArea: s.area,
              channel: s.channel,
              state: s.state,
              ...datesFor(s.state)
            })
          )
          created.push(s.id)
        }
        for (const u of demo.users) {
          if (Option.isSome(yield* identity.findUserById(u.id as UserId))) continue
          yield* identity.upsertUser(
            new User({
              id: u.id as UserId,
              email: u.email,
              displayName: u.name,
              kind: u.kind,
              organizationId: (u.org ?? null) as OrganizationId | null,
              tenantId: (u.tenant ?? null) as TenantId | null,
              active: true
            }),
            passwordHash
          )
          for (const [role, locationId] of u.roles) {
            yield* identity.assignRole(
              new RoleAssignment({
                userId: u.id as UserId,
                role,
                locationId: locationId as LocationId | null
              })
            )
          }
          created.push(u.id)
        }
        if (created.length > 0) {
          yield* AuditLog.use((a) =>
            a.append({
              actor: "system",
              action: "seed.demo_applied",
              entityType: "seed",
              entityId: "demo",
              before: null,
              after: { created }
            })
          )
        }
      })
    )
  )
  return created
})
