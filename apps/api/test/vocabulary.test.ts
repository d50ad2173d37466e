/**
 * One vocabulary: each list of codes (roles, partner roles, claim statuses, open statuses, solution areas,
 * workloads, channels, rejection reasons, PartnerID) is defined once as a schema in the domain, and every
 * other list derives from it or is checked here against it:
 *   - the authorization (the actor keeps every role of its kind; "any role of a kind" policies cover them),
 *   - the OpenAPI document the API serves (every enum that lists codes of a vocabulary lists exactly it, or
 *     one of its declared subsets, and each vocabulary is served somewhere),
 *   - the generated client's unions (type-level: this file does not compile when they differ) and the
 *     client's runtime lists the apps iterate (packages/api-client/src/vocabulary.ts),
 *   - the apps' labels: the i18n message keys of each vocabulary in the five languages, and the workload
 *     names (product names, one table per app).
 * Adding a partner role (catalog/catalog.ts) makes this test fail until each of those follows.
 */
import * as Domain from "@openpor/domain"
import { describe, expect, it } from "vitest"
import * as Client from "../../../packages/api-client/src/vocabulary.ts"
import { readConfig } from "../src/config.ts"
import { buildOpenApi } from "../src/http/openapi.ts"
import { routeGroups } from "../src/server.ts"

// ── The apps' modules, loaded at run time ───────────────────────────────────────────────────────────
// By a computed path, so this package's type check does not compile the apps (DOM and JSX settings).

type Labels = Readonly<Record<string, any>>
const load = (path: string): Promise<Labels> => import(new URL(path, import.meta.url).href)
const languages = ["en", "de", "hu", "sv", "cs"] as const
/** One message module per language (`<dir>/<language>.ts`, exporting the language's name). */
const perLanguage = async (dir: string) =>
  Object.fromEntries(
    await Promise.all(languages.map(async (l) => [l, (await load(`${dir}/${l}.ts`))[l] as Labels] as const))
  ) as Record<(typeof languages)[number], Labels>

const apps = "../../"
const shared = await perLanguage("../../../packages/ui/src/i18n/messages")
const claims = await perLanguage(`${apps}partner-portal/src/features/claims/messages`)
const enrollments = await perLanguage(`${apps}partner-portal/src/features/enrollments/messages`)
const review = await perLanguage(`${apps}reviewer-console/src/features/review/messages`)
const customer = await perLanguage(`${apps}customer-approval/src/i18n/messages`)
const programs = await load(`${apps}reviewer-console/src/features/programs/messages.ts`)
const portalWorkloads = (await load(`${apps}partner-portal/src/features/attribution/workloads.ts`))
  .WORKLOAD_NAMES
const customerApprovalWorkloads = (await load(`${apps}customer-approval/src/lib/requests.ts`)).WORKLOAD_NAMES
const portalUserRoles = (await load(`${apps}partner-portal/src/features/users/roles.ts`))
  .PARTNER_ROLES as ReadonlyArray<string>
const ROLES_OF_AREA = (await load(`${apps}reviewer-console/src/features/programs/catalog.ts`))
  .ROLES_OF_AREA as Record<string, ReadonlyArray<string>>

// ── The generated client's unions are the domain's (compile-time) ───────────────────────────────────

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false
const sameUnions: [
  Equal<Client.Role, Domain.Role>,
  Equal<Client.PartnerUserRole, Domain.PartnerUserRole>,
  Equal<Client.OrganizationRole, Domain.OrganizationRole>,
  Equal<Client.LocationRole, Domain.LocationRole>,
  Equal<(typeof Client.VENDOR_ROLES)[number], Domain.VendorRole>,
  Equal<(typeof Client.CUSTOMER_ROLES)[number], Domain.CustomerRole>,
  Equal<Client.ClaimStatus, Domain.ClaimStatus>,
  Equal<Client.OpenClaimStatus, Domain.OpenClaimStatus>,
  Equal<Client.SolutionArea, Domain.SolutionArea>,
  Equal<Client.PartnerRole, Domain.PartnerRole>,
  Equal<Client.Workload, Domain.Workload>,
  Equal<Client.Channel, Domain.Channel>,
  Equal<Client.ArbitrationPolicy, Domain.ArbitrationPolicy>,
  Equal<Client.RejectionReason, Domain.RejectionReason>,
  Equal<(typeof Client.REVIEWER_REJECTION_REASONS)[number], Domain.ReviewerRejectionReason>
] = [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true]

// ── The vocabularies and their declared subsets ─────────────────────────────────────────────────────

interface Vocabulary {
  readonly name: string
  readonly literals: ReadonlyArray<string>
  /** Named parts of the vocabulary an enum may list instead of the whole. */
  readonly subsets: ReadonlyArray<ReadonlyArray<string>>
  /** The client's runtime list (the apps iterate it). */
  readonly client: ReadonlyArray<string>
}

const vocabularies: ReadonlyArray<Vocabulary> = [
  {
    name: "roles",
    literals: Domain.Role.literals,
    subsets: [Domain.PartnerUserRole.literals],
    client: Client.ROLES
  },
  {
    name: "claim statuses",
    literals: Domain.ClaimStatus.literals,
    subsets: [Domain.OpenClaimStatus.literals],
    client: Client.CLAIM_STATUSES
  },
  {
    name: "solution areas",
    literals: Domain.SolutionArea.literals,
    subsets: [],
    client: Client.SOLUTION_AREAS
  },
  {
    name: "partner roles",
    literals: Domain.PartnerRole.literals,
    subsets: [],
    client: Client.PARTNER_ROLES
  },
  { name: "workloads", literals: Domain.Workload.literals, subsets: [], client: Client.WORKLOADS },
  { name: "channels", literals: Domain.Channel.literals, subsets: [], client: Client.CHANNELS },
  {
    name: "rejection reasons",
    literals: Domain.RejectionReason.literals,
    subsets: [Domain.ReviewerRejectionReason.literals],
    client: Client.REJECTION_REASONS
  }
]

const sorted = (values: Iterable<string>) => [...values].sort()
const keysOf = (record: object) => sorted(Object.keys(record))

// ── The served OpenAPI document ─────────────────────────────────────────────────────────────────────

const document = buildOpenApi(routeGroups(readConfig({ OPENPOR_CLOCK: "test" })), { version: "test" })

/** Every `enum` of string codes in the document, with where it is. */
const enumsOf = (value: unknown, where = "#"): Array<{ where: string; values: ReadonlyArray<string> }> => {
  if (Array.isArray(value)) return value.flatMap((v, i) => enumsOf(v, `${where}/${i}`))
  if (value === null || typeof value !== "object") return []
  const found: Array<{ where: string; values: ReadonlyArray<string> }> = []
  for (const [key, v] of Object.entries(value)) {
    if (key === "enum" && Array.isArray(v) && v.every((x) => typeof x === "string")) {
      found.push({ where, values: v as ReadonlyArray<string> })
    } else found.push(...enumsOf(v, `${where}/${key}`))
  }
  return found
}
const documentEnums = enumsOf(document)

/** The enum at one operation's response (or request) — the places each vocabulary must be served. */
const operation = (operationId: string): unknown => {
  for (const methods of Object.values(document.paths)) {
    for (const op of Object.values(methods) as Array<{ operationId?: string }>) {
      if (op.operationId === operationId) return op
    }
  }
  throw new Error(`no operation ${operationId}`)
}
const enumsIn = (operationId: string) => enumsOf(operation(operationId)).map((e) => sorted(e.values))

describe("one vocabulary", () => {
  it("the generated client's unions are the domain's (checked when this file compiles)", () => {
    expect(sameUnions.every((same) => same)).toBe(true)
  })

  it.each(vocabularies)("the client's list of $name is the domain's", (v) => {
    expect(sorted(v.client)).toEqual(sorted(v.literals))
    // No code twice.
    expect(new Set(v.client).size).toBe(v.client.length)
  })

  it("the client's role kinds, open statuses, reviewer reasons and PartnerID are the domain's", () => {
    expect(sorted(Client.ORGANIZATION_ROLES)).toEqual(sorted(Domain.OrganizationRole.literals))
    expect(sorted(Client.LOCATION_ROLES)).toEqual(sorted(Domain.LocationRole.literals))
    expect(sorted(Client.PARTNER_USER_ROLES)).toEqual(sorted(Domain.PartnerUserRole.literals))
    expect(sorted(Client.CUSTOMER_ROLES)).toEqual(sorted(Domain.CustomerRole.literals))
    expect(sorted(Client.VENDOR_ROLES)).toEqual(sorted(Domain.VendorRole.literals))
    expect(sorted(Client.OPEN_CLAIM_STATUSES)).toEqual(sorted(Domain.OpenClaimStatus.literals))
    expect(sorted(Client.REVIEWER_REJECTION_REASONS)).toEqual(sorted(Domain.ReviewerRejectionReason.literals))
    expect(sorted(Client.ARBITRATION_POLICIES)).toEqual(sorted(Domain.ArbitrationPolicy.literals))
    expect(sorted(Client.POR_IMPORT_PROBLEMS)).toEqual(sorted(Domain.PorImportProblemCode.literals))
    expect(sorted(Client.WEBHOOK_EVENT_TYPES)).toEqual(sorted(Domain.WebhookEventType.literals))
    expect(sorted(Client.SUBSCRIBABLE_WEBHOOK_EVENT_TYPES)).toEqual(sorted(Domain.SUBSCRIBABLE_EVENT_TYPES))
    expect(Client.PARTNER_ID_PATTERN.source).toBe(Domain.PARTNER_ID_PATTERN.source)
    expect(sorted(portalUserRoles)).toEqual(sorted(Domain.PartnerUserRole.literals))
  })

  it("the program form's partner roles per solution area are the catalog's", () => {
    const expected = Object.fromEntries(
      Domain.SolutionArea.literals.map((area) => [
        area,
        sorted(Domain.defaultPartnerRoles.filter((r) => r.solutionArea === area).map((r) => r.role))
      ])
    )
    expect(Object.fromEntries(Object.entries(ROLES_OF_AREA).map(([a, roles]) => [a, sorted(roles)]))).toEqual(
      expected
    )
    expect(sorted(Domain.defaultPartnerRoles.map((r) => r.role))).toEqual(sorted(Domain.PartnerRole.literals))
    expect(sorted(Domain.defaultWorkloads.map((w) => w.code))).toEqual(sorted(Domain.Workload.literals))
  })

  it.each(vocabularies)("every OpenAPI enum that lists $name lists all of them, or a declared part", (v) => {
    const accepted = [sorted(v.literals), ...v.subsets.map(sorted)].map((l) => l.join(","))
    const of = documentEnums.filter((e) => e.values.filter((x) => v.literals.includes(x)).length >= 2)
    expect(of.length).toBeGreaterThan(0)
    for (const e of of)
      expect(accepted, `${e.where}: ${e.values.join(", ")}`).toContain(sorted(e.values).join(","))
  })

  it("each vocabulary is served where the apps read it", () => {
    const has = (operationId: string, literals: ReadonlyArray<string>) =>
      expect(enumsIn(operationId), operationId).toContainEqual(sorted(literals))
    has("getMe", Domain.Role.literals)
    has("assignRole", Domain.PartnerUserRole.literals)
    has("listUsers", Domain.PartnerUserRole.literals)
    has("listClaims", Domain.ClaimStatus.literals)
    has("reviewQueue", Domain.OpenClaimStatus.literals)
    has("getCatalog", Domain.SolutionArea.literals)
    has("getCatalog", Domain.PartnerRole.literals)
    has("getCatalog", Domain.Workload.literals)
    has("getClaim", Domain.RejectionReason.literals)
    has("upsertProgram", Domain.Channel.literals)
  })

  it("every PartnerID the API takes (path, query, body) has the domain's pattern", () => {
    const found: Array<{ where: string; pattern: unknown }> = []
    const visit = (value: unknown, where: string): void => {
      if (Array.isArray(value)) for (const [i, v] of value.entries()) visit(v, `${where}/${i}`)
      else if (value !== null && typeof value === "object") {
        const record = value as Record<string, unknown>
        const properties = record.properties as Record<string, Record<string, unknown>> | undefined
        if (properties?.partnerId !== undefined)
          found.push({ where: `${where}/partnerId`, pattern: properties.partnerId.pattern })
        if (record.name === "partnerId" && (record.in === "path" || record.in === "query"))
          found.push({ where, pattern: (record.schema as Record<string, unknown>).pattern })
        for (const [k, v] of Object.entries(record)) if (k !== "responses") visit(v, `${where}/${k}`)
      }
    }
    visit(document.paths, "#/paths")
    expect(found.length).toBeGreaterThan(0)
    for (const f of found) {
      expect(f.pattern, f.where).toBe(Domain.PARTNER_ID_PATTERN.source)
    }
  })

  it("every role is kept by the actor and covered where a policy names all roles of a kind", () => {
    const organizationId = "org_1" as Domain.OrganizationId
    const locationId = "loc_1" as Domain.LocationId
    const user = (kind: Domain.UserKind) =>
      new Domain.User({
        id: "usr_1" as Domain.UserId,
        email: "someone@example.com",
        displayName: "Someone",
        kind,
        organizationId: kind === "partner" ? organizationId : null,
        tenantId: kind === "customer" ? ("00000000-0000-0000-0000-000000000001" as Domain.TenantId) : null,
        active: true
      })
    const target = { organizationId, locationId }
    for (const role of Domain.PartnerUserRole.literals) {
      const assignment = new Domain.RoleAssignment({
        userId: "usr_1" as Domain.UserId,
        role,
        locationId: Domain.isLocationRole(role) ? locationId : null
      })
      const actor = Domain.actorFromUser(user("partner"), [assignment])
      expect(actor?.kind, role).toBe("partner")
      if (actor?.kind !== "partner") continue
      const kept = Domain.isLocationRole(role)
        ? (actor.locationRoles.get(locationId)?.has(role) ?? false)
        : actor.organizationRoles.has(role as Domain.OrganizationRole)
      expect(kept, role).toBe(true)
      // Every role of the organization sees its claims (SPEC §1).
      expect(Domain.policy.viewClaims(actor, target), role).toBe(true)
    }
    for (const role of Domain.VendorRole.literals) {
      const actor = Domain.actorFromUser(user("vendor"), [
        new Domain.RoleAssignment({ userId: "usr_1" as Domain.UserId, role, locationId: null })
      ])
      expect(actor?.kind === "vendor" && actor.vendorRoles.has(role), role).toBe(true)
      // All vendor staff read the audit log and the directory.
      expect(actor !== undefined && Domain.policy.readAudit(actor), role).toBe(true)
    }
    // Each role belongs to exactly one kind.
    const kinds = [
      Domain.OrganizationRole.literals,
      Domain.LocationRole.literals,
      Domain.CustomerRole.literals,
      Domain.VendorRole.literals
    ].flat()
    expect(sorted(kinds)).toEqual(sorted(Domain.Role.literals))
    expect(new Set(kinds).size).toBe(kinds.length)
  })

  describe.each(languages)("the %s labels", (language) => {
    const [sharedL, claimsL, reviewL, enrollmentsL, customerL, programL] = [
      shared[language],
      claims[language],
      review[language],
      enrollments[language],
      customer[language],
      programs[language] as Labels
    ]
    const consentKeys = sorted([...Domain.ConsentStatus.literals, "none"])

    it("name every role (shared)", () => {
      expect(keysOf(sharedL.roles)).toEqual(sorted(Domain.Role.literals))
    })

    it("name every partner role (claims, enrollments, programs)", () => {
      expect(keysOf(claimsL.roles)).toEqual(sorted(Domain.PartnerRole.literals))
      expect(keysOf(claimsL.roleExplanations)).toEqual(sorted(Domain.PartnerRole.literals))
      expect(keysOf(enrollmentsL.partnerRoles)).toEqual(sorted(Domain.PartnerRole.literals))
      expect(keysOf(programL.roles)).toEqual(sorted(Domain.PartnerRole.literals))
    })

    it("name every claim status and consent status", () => {
      expect(keysOf(claimsL.statuses)).toEqual(sorted(Domain.ClaimStatus.literals))
      expect(keysOf(reviewL.claimStatus)).toEqual(sorted(Domain.ClaimStatus.literals))
      expect(keysOf(customerL.claimStatus)).toEqual(sorted(Domain.ClaimStatus.literals))
      expect(keysOf(claimsL.consentStates)).toEqual(consentKeys)
      expect(keysOf(reviewL.consentStatus)).toEqual(consentKeys)
    })

    it("name every rejection reason", () => {
      expect(keysOf(claimsL.detail.rejectionReasons)).toEqual(sorted(Domain.RejectionReason.literals))
      expect(keysOf(reviewL.reason)).toEqual(sorted(Domain.RejectionReason.literals))
    })

    it("name every solution area, channel and arbitration policy", () => {
      expect(keysOf(claimsL.areas)).toEqual(sorted(Domain.SolutionArea.literals))
      expect(keysOf(claimsL.areaHints)).toEqual(sorted(Domain.SolutionArea.literals))
      expect(keysOf(reviewL.solutionArea)).toEqual(sorted(Domain.SolutionArea.literals))
      expect(keysOf(customerL.solutionAreas)).toEqual(sorted(Domain.SolutionArea.literals))
      expect(keysOf(programL.solutionAreas)).toEqual(sorted(Domain.SolutionArea.literals))
      expect(keysOf(programL.channels)).toEqual(sorted(Domain.Channel.literals))
      expect(keysOf(customerL.channels)).toEqual(sorted(Domain.Channel.literals))
      expect(keysOf(programL.policies)).toEqual(sorted(Domain.ArbitrationPolicy.literals))
      expect(keysOf(reviewL.case.policy)).toEqual(sorted(Domain.ArbitrationPolicy.literals))
    })
  })

  it("name every workload (product names, one table per app)", () => {
    expect(keysOf(portalWorkloads)).toEqual(sorted(Domain.Workload.literals))
    expect(keysOf(customerApprovalWorkloads)).toEqual(sorted(Domain.Workload.literals))
  })

  it("the bulk claims import's statuses, outcomes, problem codes and columns are the domain's", () => {
    expect(sorted(Client.CLAIM_IMPORT_STATUSES)).toEqual(sorted(Domain.BulkImportStatus.literals))
    expect(sorted(Client.CLAIM_IMPORT_OUTCOMES)).toEqual(sorted(Domain.BulkRowOutcome.literals))
    expect(sorted(Client.CLAIM_IMPORT_PROBLEMS)).toEqual(sorted(Domain.BulkClaimProblemCode.literals))
    expect([...Client.CLAIM_IMPORT_COLUMNS]).toEqual([...Domain.BULK_CLAIM_COLUMNS])
  })
})
