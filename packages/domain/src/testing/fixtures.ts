import { Effect, Option } from "effect"
import {
  type Actor,
  actorFromUser,
  type ClaimInput,
  ClaimRepository,
  ClaimsService,
  DirectoryRepository,
  defaultAcknowledgements,
  defaultPrograms,
  Enrollment,
  EnrollmentRepository,
  EnrollmentService,
  IdentityRepository,
  Location,
  type LocationId,
  Organization,
  type OrganizationId,
  OutboxRepository,
  type PartnerId,
  type ProgramId,
  type Role,
  RoleAssignment,
  Subscription,
  type SubscriptionId,
  Tenant,
  type TenantId,
  User,
  type UserId
} from "../index.ts"

/** The customer and its products, known to the directory. */
export const customer = {
  tenantId: "0c1d2e3f-4a5b-4c6d-8e7f-901234567890" as TenantId,
  domain: "northwind.example",
  contactEmail: "it.lead@northwind.example",
  /** Business Applications subscriptions (Dynamics 365), bought by volume licensing. */
  dynamicsSales: "aaaaaaaa-0000-4000-8000-000000000001" as SubscriptionId,
  dynamicsService: "aaaaaaaa-0000-4000-8000-000000000002" as SubscriptionId
} as const

/** Two partner organizations with one location each; both enrolled in every active program. */
export const partners = {
  a: {
    organizationId: "org_contoso" as OrganizationId,
    name: "Contoso Consulting",
    locationId: "loc_contoso_berlin" as LocationId,
    partnerId: "1000001" as PartnerId,
    adminEmail: "admin@contoso.example"
  },
  b: {
    organizationId: "org_fabrikam" as OrganizationId,
    name: "Fabrikam Services",
    locationId: "loc_fabrikam_lyon" as LocationId,
    partnerId: "2000002" as PartnerId,
    adminEmail: "admin@fabrikam.example"
  }
} as const

/** The users {@link seedWorld} creates, as actors. */
export interface World {
  /** Incentives admin of partner A's location (drafts, submits, disputes). */
  readonly adminA: Actor
  /** Incentives admin of partner B's location. */
  readonly adminB: Actor
  /** Vendor reviewer (decides claims, resolves arbitration cases). */
  readonly reviewer: Actor
  /** Vendor operator (attribution batches, directory, programs). */
  readonly operator: Actor
  /** Tenant admin of the customer. */
  readonly customerAdmin: Actor
}

const user = (
  id: string,
  email: string,
  kind: User["kind"],
  roles: ReadonlyArray<readonly [Role, LocationId | null]>,
  owner: { organizationId?: OrganizationId; tenantId?: TenantId } = {}
) =>
  Effect.gen(function* () {
    const identity = yield* IdentityRepository
    const u = new User({
      id: id as UserId,
      email,
      displayName: email.split("@")[0]!,
      kind,
      organizationId: owner.organizationId ?? null,
      tenantId: owner.tenantId ?? null,
      active: true
    })
    yield* identity.upsertUser(u, "not-a-password-hash")
    for (const [role, locationId] of roles)
      yield* identity.assignRole(new RoleAssignment({ userId: u.id, role, locationId }))
    const actor = actorFromUser(u, yield* identity.rolesOf(u.id))
    return actor ?? (yield* Effect.die(new Error(`user ${id} is no actor`)))
  })

/**
 * The programs of the default catalog, the two partners (enrolled in every active program), a
 * reviewer, and the customer's tenant with its workloads and Dynamics subscriptions. Written straight
 * to the repositories: the workflows under test start from here.
 */
export const seedWorld: Effect.Effect<
  World,
  never,
  IdentityRepository | EnrollmentRepository | DirectoryRepository | EnrollmentService
> = Effect.gen(function* () {
  const identity = yield* IdentityRepository
  const enrollments = yield* EnrollmentRepository
  const directory = yield* DirectoryRepository
  const at = new Date(0)

  // The default catalog, as the API's start-up writes it.
  yield* (yield* EnrollmentService).ensureCatalog

  for (const p of [partners.a, partners.b]) {
    yield* identity.upsertOrganization(new Organization({ id: p.organizationId, name: p.name }))
    yield* identity.upsertLocation(
      new Location({
        id: p.locationId,
        organizationId: p.organizationId,
        partnerId: p.partnerId,
        name: `${p.name} HQ`,
        city: "Berlin",
        country: "DE"
      })
    )
    for (const d of defaultPrograms.filter((x) => x.status === "active")) {
      yield* enrollments.insertEnrollment(
        new Enrollment({
          id: `enr_${p.locationId}_${d.id}`,
          locationId: p.locationId,
          programId: d.id as ProgramId,
          state: "enrolled",
          fiscalYear: "FY26",
          bankProfileId: null,
          taxProfileId: null,
          missing: [],
          reason: null,
          invitedAt: at,
          submittedAt: at,
          enrolledAt: at,
          updatedAt: at,
          version: 1
        })
      )
    }
  }

  yield* directory.upsertTenant(
    new Tenant({
      id: customer.tenantId,
      name: "Northwind Traders",
      domains: [customer.domain],
      workloads: ["exchange", "teams", "intune"]
    })
  )
  for (const [id, product] of [
    [customer.dynamicsSales, "Dynamics 365 Sales"],
    [customer.dynamicsService, "Dynamics 365 Customer Service"]
  ] as const) {
    yield* directory.upsertSubscription(
      new Subscription({
        id,
        tenantId: customer.tenantId,
        product,
        solutionArea: "business_applications",
        channel: "volume_licensing",
        state: "active",
        provisionedAt: "2025-01-01",
        expiresAt: null
      })
    )
  }

  return {
    adminA: yield* user(
      "usr_admin_a",
      partners.a.adminEmail,
      "partner",
      [["incentives_admin", partners.a.locationId]],
      {
        organizationId: partners.a.organizationId
      }
    ),
    adminB: yield* user(
      "usr_admin_b",
      partners.b.adminEmail,
      "partner",
      [["incentives_admin", partners.b.locationId]],
      {
        organizationId: partners.b.organizationId
      }
    ),
    reviewer: yield* user("usr_reviewer", "reviewer@vendor.example", "vendor", [["reviewer", null]]),
    operator: yield* user("usr_operator", "operator@vendor.example", "vendor", [["operator", null]]),
    customerAdmin: yield* user(
      "usr_tenant_admin",
      "admin@northwind.example",
      "customer",
      [["tenant_admin", null]],
      {
        tenantId: customer.tenantId
      }
    )
  }
})

/** A complete Modern Work claim of a partner on the customer's workloads (ready to submit once it has POE). */
export const workloadClaim = (partnerId: PartnerId, overrides: Partial<ClaimInput> = {}): ClaimInput => ({
  name: "Northwind Teams rollout",
  partnerId,
  tenantId: customer.tenantId,
  customerDomain: customer.domain,
  solutionArea: "modern_work_security",
  partnerRole: "use_or_consume",
  workloads: ["teams"],
  customerContact: { name: "Ida Lead", title: "IT lead", email: customer.contactEmail },
  partnerContact: { name: "Pat Partner", email: `contact.${partnerId}@partner.example` },
  ...overrides
})

/** A complete Business Applications (build intent) claim on one of the customer's subscriptions. */
export const subscriptionClaim = (
  partnerId: PartnerId,
  subscriptionId: SubscriptionId = customer.dynamicsSales,
  overrides: Partial<ClaimInput> = {}
): ClaimInput => ({
  name: "Northwind Dynamics advisory",
  partnerId,
  tenantId: customer.tenantId,
  customerDomain: customer.domain,
  solutionArea: "business_applications",
  partnerRole: "build_intent_advisor",
  subscriptionIds: [subscriptionId],
  customerContact: { name: "Ida Lead", title: "IT lead", email: customer.contactEmail },
  partnerContact: { name: "Pat Partner", email: `contact.${partnerId}@partner.example` },
  ...overrides
})

/** A tiny PDF: proof of execution. */
export const pdf = {
  fileName: "statement-of-work.pdf",
  bytes: new TextEncoder().encode("%PDF-1.7\n%%EOF\n") as Uint8Array<ArrayBuffer>,
  type: "application/pdf" as const
}

/** The ids of the default statements a partner confirms at submission (SPEC §5). */
export const acknowledgementIds = defaultAcknowledgements.map((a) => a.id)

/** Drafts the claim, attaches one POE and submits it with every statement confirmed; answers the submitted claim's view. */
export const fileClaim = (actor: Actor, input: ClaimInput) =>
  Effect.gen(function* () {
    const claims = yield* ClaimsService
    const draft = yield* claims.create(actor, input)
    yield* claims.attachPoe(actor, draft.id, pdf)
    return yield* claims.submit(actor, draft.id, undefined, acknowledgementIds)
  })

/** Every email written to the outbox so far, oldest first (delivered or not). */
export const outboxEmails = Effect.gen(function* () {
  const outbox = yield* OutboxRepository
  return [...(yield* outbox.list({ limit: 10_000 }))].reverse()
})

/** The emails of one template (e.g. "claim.approved"), oldest first. */
export const emailsOf = (template: string) =>
  Effect.map(outboxEmails, (all) => all.filter((m) => m.template === template))

/** A claim's current stored state (no view, no authorization): what a test asserts on. */
export const storedClaim = (id: string) =>
  Effect.gen(function* () {
    const found = yield* (yield* ClaimRepository).find(id)
    return Option.isSome(found) ? found.value : yield* Effect.die(new Error(`claim ${id} is not stored`))
  })
