import {
  AuditLog,
  BankProfile,
  Calendar,
  Clock,
  DirectoryRepository,
  Enrollment,
  EnrollmentRepository,
  fiscalYearOf,
  IdentityRepository,
  Location,
  type LocationId,
  Organization,
  type OrganizationId,
  type PartnerId,
  type ProgramId,
  RequirementStatus,
  type Role,
  RoleAssignment,
  Secrets,
  Subscription,
  type SubscriptionId,
  TaxProfile,
  Tenant,
  type TenantId,
  Transactor,
  User,
  type UserId
} from "@openpor/domain"
import { Effect, Option } from "effect"
import { seedDemoUsage } from "./demo-usage.ts"

/** SPEC appendix B: fixed IDs so docs and tests can rely on them. Every password is demo-Passw0rd!. */
export const DEMO_PASSWORD = "demo-Passw0rd!"

/** A demo sign-in: who, of which organization (partners) or tenant (customers), with which roles. */
interface DemoUser {
  readonly id: string
  readonly email: string
  readonly name: string
  readonly kind: "partner" | "customer" | "vendor"
  readonly org?: string
  readonly tenant?: string
  readonly roles: ReadonlyArray<readonly [Role, string | null]>
}

/** A partner organization's user; a role's location is null for organization roles. */
const partner = (
  id: string,
  email: string,
  name: string,
  org: string,
  ...roles: ReadonlyArray<readonly [Role, string | null]>
): DemoUser => ({ id, email, name, kind: "partner", org, roles })

/** A customer tenant's administrator. */
const tenantAdmin = (id: string, email: string, name: string, tenant: string): DemoUser => ({
  id,
  email,
  name,
  kind: "customer",
  tenant,
  roles: [["tenant_admin", null]]
})

/** A vendor employee with one vendor role. */
const vendor = (id: string, email: string, name: string, role: Role): DemoUser => ({
  id,
  email,
  name,
  kind: "vendor",
  roles: [[role, null]]
})

/** A location's enrollment in a program (appendix B). */
interface DemoEnrollment {
  readonly location: string
  readonly program: string
  readonly state: "enrolled" | "invited"
  readonly bank: string | null
  readonly tax: string | null
}

/** Enrolled, paid to these bank and tax profiles. */
const enrolled = (location: string, program: string, bank: string, tax: string): DemoEnrollment => ({
  location,
  program,
  state: "enrolled",
  bank,
  tax
})

/** Invited, no payout profiles chosen yet. */
const invited = (location: string, program: string): DemoEnrollment => ({
  location,
  program,
  state: "invited",
  bank: null,
  tax: null
})

const NORTHWIND = "11111111-1111-4111-8111-111111111111"
const WOODGROVE = "22222222-2222-4222-8222-222222222222"

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
      id: NORTHWIND,
      name: "Northwind Traders",
      domains: ["northwind.onmicrosoft.com", "northwind.example"],
      workloads: ["exchange", "sharepoint", "teams", "intune"]
    },
    {
      id: WOODGROVE,
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
    partner("usr_ada", "ada@contoso.example", "Ada Contoso", "org_contoso", ["global_admin", null]),
    partner(
      "usr_ian",
      "ian@contoso.example",
      "Ian Contoso",
      "org_contoso",
      ["incentives_admin", "loc_1000001"],
      ["incentives_admin", "loc_1000002"]
    ),
    partner("usr_uma", "uma@contoso.example", "Uma Contoso", "org_contoso", [
      "incentives_user",
      "loc_1000001"
    ]),
    partner("usr_bill", "bill@contoso.example", "Bill Contoso", "org_contoso", ["billing_admin", null]),
    partner(
      "usr_ina",
      "ina@fabrikam.example",
      "Ina Fabrikam",
      "org_fabrikam",
      ["global_admin", null],
      ["incentives_admin", "loc_2000001"]
    ),
    partner(
      "usr_ivy",
      "ivy@tailspin.example",
      "Ivy Tailspin",
      "org_tailspin",
      ["global_admin", null],
      ["incentives_admin", "loc_3000001"]
    ),
    tenantAdmin("usr_northwind_admin", "admin@northwind.example", "Northwind Admin", NORTHWIND),
    tenantAdmin("usr_woodgrove_admin", "admin@woodgrove.example", "Woodgrove Admin", WOODGROVE),
    vendor("usr_rita", "rita@vendor.example", "Rita Reviewer", "reviewer"),
    vendor("usr_rob", "rob@vendor.example", "Rob Reviewer", "reviewer"),
    vendor("usr_otto", "otto@vendor.example", "Otto Operator", "operator"),
    vendor("usr_aude", "aude@vendor.example", "Aude Auditor", "auditor")
  ],
  bankProfiles: [
    {
      id: "bnk_contoso_usd",
      org: "org_contoso",
      label: "Contoso operating account",
      holder: "Contoso Consulting LLC",
      iban: "US64SVBKUS6S3300958879",
      bic: "SVBKUS6SXXX",
      bank: "Seattle Savings Bank",
      country: "US",
      currency: "USD",
      defaultFor: "loc_1000001"
    },
    {
      id: "bnk_contoso_eur",
      org: "org_contoso",
      label: "Contoso Berlin account",
      holder: "Contoso Consulting GmbH",
      iban: "DE89370400440532013000",
      bic: "COBADEFFXXX",
      bank: "Commerzbank",
      country: "DE",
      currency: "EUR",
      defaultFor: "loc_1000002"
    },
    {
      id: "bnk_fabrikam_huf",
      org: "org_fabrikam",
      label: "Fabrikam forint account",
      holder: "Fabrikam Solutions Kft.",
      iban: "HU42117730161111101800000000",
      bic: "OTPVHUHBXXX",
      bank: "OTP Bank",
      country: "HU",
      currency: "HUF",
      defaultFor: "loc_2000001"
    }
  ],
  taxProfiles: [
    {
      id: "tax_contoso",
      org: "org_contoso",
      legalName: "Contoso Consulting LLC",
      country: "US",
      taxId: "91-1234567",
      address: "1 Contoso Way, Seattle, WA 98101",
      defaultFor: ["loc_1000001", "loc_1000002"]
    },
    {
      id: "tax_fabrikam",
      org: "org_fabrikam",
      legalName: "Fabrikam Solutions Kft.",
      country: "HU",
      taxId: "HU12345678",
      address: "Váci út 1, 1062 Budapest",
      defaultFor: ["loc_2000001"]
    },
    {
      id: "tax_tailspin",
      org: "org_tailspin",
      legalName: "Tailspin Advisors AB",
      country: "SE",
      taxId: "SE556677889901",
      address: "Drottninggatan 1, 111 51 Stockholm",
      defaultFor: ["loc_3000001"]
    }
  ],
  /** Appendix B: who is enrolled in or invited to what. */
  enrollments: [
    enrolled("loc_1000001", "prg_osa", "bnk_contoso_usd", "tax_contoso"),
    enrolled("loc_1000001", "prg_mws_usage", "bnk_contoso_usd", "tax_contoso"),
    enrolled("loc_1000001", "prg_usage_bizapps", "bnk_contoso_usd", "tax_contoso"),
    enrolled("loc_1000001", "prg_revenue_association", "bnk_contoso_usd", "tax_contoso"),
    invited("loc_1000002", "prg_mws_usage"),
    enrolled("loc_2000001", "prg_mws_usage", "bnk_fabrikam_huf", "tax_fabrikam"),
    enrolled("loc_2000001", "prg_osa", "bnk_fabrikam_huf", "tax_fabrikam"),
    enrolled("loc_2000001", "prg_usage_bizapps", "bnk_fabrikam_huf", "tax_fabrikam"),
    invited("loc_3000001", "prg_osa")
  ]
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
        yield* seedEnrollments(created)
        yield* seedDemoUsage(created)
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

/** Payout data, eligibility, agreements and the enrollments of appendix B (insert-if-missing). */
const seedEnrollments = (created: Array<string>) =>
  Effect.gen(function* () {
    const repo = yield* EnrollmentRepository
    const now = yield* Clock.use((c) => c.now)
    const fy = fiscalYearOf(yield* Calendar.use((c) => c.current), now)
    for (const b of demo.bankProfiles) {
      if (Option.isSome(yield* repo.findBankProfile(b.id))) continue
      const profile = new BankProfile({
        id: b.id,
        organizationId: b.org as OrganizationId,
        label: b.label,
        accountHolder: b.holder,
        iban: b.iban,
        bic: b.bic,
        bankName: b.bank,
        country: b.country,
        currency: b.currency,
        state: "approved",
        stateReason: null,
        createdAt: now,
        updatedAt: now,
        version: 1
      })
      yield* repo.insertBankProfile(profile)
      yield* repo.setDefaultBankProfile(b.defaultFor as LocationId, b.currency, b.id)
      created.push(b.id)
    }
    for (const t of demo.taxProfiles) {
      if (Option.isSome(yield* repo.findTaxProfile(t.id))) continue
      yield* repo.insertTaxProfile(
        new TaxProfile({
          id: t.id,
          organizationId: t.org as OrganizationId,
          legalName: t.legalName,
          country: t.country,
          taxId: t.taxId,
          address: t.address,
          state: "approved",
          stateReason: null,
          createdAt: now,
          updatedAt: now,
          version: 1
        })
      )
      for (const l of t.defaultFor) yield* repo.setDefaultTaxProfile(l as LocationId, t.id)
      created.push(t.id)
    }
    const programs = yield* repo.listPrograms
    for (const e of demo.enrollments) {
      const locationId = e.location as LocationId
      if (Option.isSome(yield* repo.findEnrollmentFor(locationId, e.program as ProgramId))) continue
      const program = programs.find((p) => p.id === e.program)
      if (program === undefined) continue
      for (const r of program.requirements) {
        yield* repo.setRequirementStatus(
          new RequirementStatus({ locationId, requirementId: r.id, met: true, updatedAt: now })
        )
      }
      yield* repo.setAgreement(locationId, true, now)
      const id = `enr_${e.location.replace("loc_", "")}_${e.program.replace("prg_", "")}`
      yield* repo.insertEnrollment(
        new Enrollment({
          id,
          locationId,
          programId: e.program as ProgramId,
          state: e.state,
          fiscalYear: fy.label,
          bankProfileId: e.bank,
          taxProfileId: e.tax,
          missing: [],
          reason: null,
          invitedAt: now,
          submittedAt: e.state === "enrolled" ? now : null,
          enrolledAt: e.state === "enrolled" ? now : null,
          updatedAt: now,
          version: 1
        })
      )
      created.push(id)
    }
  })
