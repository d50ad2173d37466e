import { Context, Effect, Option, Redacted } from "effect"
import { AuditLog } from "../audit/audit.ts"
import type { Actor } from "../authorization/actor.ts"
import { authorize } from "../authorization/authorize.ts"
import { WallClock } from "../calendar/clock.ts"
import { DirectoryRepository } from "../directory/repository.ts"
import { IdentityRepository } from "../identity/repository.ts"
import { type IdentityProviderId, newId, type OrganizationId, type TenantId } from "../ids.ts"
import { NotFound, RuleViolations, type Violation } from "../shared/errors.ts"
import { Transactor } from "../shared/transactor.ts"
import { DOMAIN_PATTERN, type IdentityProvider, secretHintOf } from "./model.ts"
import { IdentityProviderRepository, OidcDiscovery } from "./repository.ts"

/** Settings of single sign-on. */
export interface SsoSettings {
  /** Allow `http://localhost`/`127.0.0.1` issuers (non-production only; production needs https). */
  readonly allowHttpLocalhost: boolean
}

/** The {@link SsoSettings} in effect (by default only https issuers). */
export const SsoConfig = Context.Reference<SsoSettings>("@openpor/domain/sso/SsoConfig", {
  defaultValue: () => ({ allowHttpLocalhost: false })
})

/** What an operator enters; `clientSecret` is required when adding, left out to keep the saved one. */
export interface IdentityProviderInput {
  readonly name: string
  readonly organizationId: string | null
  readonly tenantId: string | null
  readonly issuer: string
  readonly clientId: string
  readonly clientSecret?: string | undefined
  readonly allowedDomains: ReadonlyArray<string>
  readonly autoProvision: boolean
  readonly enabled: boolean
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"])

/** The problems of an issuer URL: https (or local http outside production), no query or fragment. */
export const issuerProblem = (issuer: string, allowHttpLocalhost: boolean): string | undefined => {
  let url: URL
  try {
    url = new URL(issuer)
  } catch {
    return "The issuer must be a URL such as https://login.example.com/tenant/v2.0"
  }
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "")
    return "The issuer URL has no query, fragment or credentials"
  if (url.protocol === "https:") return undefined
  if (url.protocol === "http:" && allowHttpLocalhost && LOCAL_HOSTS.has(url.hostname)) return undefined
  return allowHttpLocalhost
    ? "The issuer must use https (http only for localhost)"
    : "The issuer must use https"
}

const violation = (field: string, code: string, message: string, details?: Record<string, unknown>) =>
  ({ field, code, message, ...(details === undefined ? {} : { details }) }) as Violation

/** The input's own problems (all of them), and the normalised domains. */
const checkShape = (input: IdentityProviderInput, creating: boolean, allowHttpLocalhost: boolean) => {
  const problems: Array<Violation> = []
  const name = input.name.trim()
  if (name === "" || name.length > 100)
    problems.push(violation("name", "invalid_name", "Give the provider a name of 1–100 characters"))
  if ((input.organizationId === null) === (input.tenantId === null))
    problems.push(
      violation(
        "organizationId",
        "owner_required",
        "Choose either a partner organization or a customer tenant"
      )
    )
  // Kept as entered (trailing slash included): the discovery document must name exactly this issuer.
  const issuer = input.issuer.trim()
  const issuerIssue = issuerProblem(issuer, allowHttpLocalhost)
  if (issuerIssue !== undefined) problems.push(violation("issuer", "invalid_issuer", issuerIssue))
  const clientId = input.clientId.trim()
  if (clientId === "" || clientId.length > 255)
    problems.push(
      violation("clientId", "invalid_client_id", "Enter the client ID (application ID) of 1–255 characters")
    )
  const secret = input.clientSecret
  if (creating && (secret === undefined || secret === ""))
    problems.push(violation("clientSecret", "client_secret_required", "Enter the client secret"))
  if (secret !== undefined && secret.length > 1024)
    problems.push(
      violation("clientSecret", "invalid_client_secret", "The client secret has at most 1024 characters")
    )
  const domains = [
    ...new Set(input.allowedDomains.map((d) => d.trim().toLowerCase()).filter((d) => d !== ""))
  ]
  const badDomains = domains.filter((d) => !DOMAIN_PATTERN.test(d))
  if (domains.length === 0 || domains.length > 50)
    problems.push(
      violation("allowedDomains", "domains_required", "Enter 1–50 email domains, e.g. contoso.com")
    )
  else if (badDomains.length > 0)
    problems.push(
      violation("allowedDomains", "invalid_domain", `Not an email domain: ${badDomains.join(", ")}`, {
        domains: badDomains
      })
    )
  return { problems, name, issuer, clientId, domains }
}

/** Operators add, change and remove identity providers; auditors read them. Every change is audited. */
export const makeProviderAdmin = Effect.gen(function* () {
  const repo = yield* IdentityProviderRepository
  const [identity, directory, discovery] = yield* Effect.all([
    IdentityRepository,
    DirectoryRepository,
    OidcDiscovery
  ])
  const [tx, audit, clock] = yield* Effect.all([Transactor, AuditLog, WallClock])

  /** The audit's picture of a provider: everything but the secret (its hint only). */
  const audited = (p: IdentityProvider) => ({
    name: p.name,
    organizationId: p.organizationId,
    tenantId: p.tenantId,
    issuer: p.issuer,
    clientId: p.clientId,
    secretHint: p.secretHint,
    allowedDomains: p.allowedDomains,
    autoProvision: p.autoProvision,
    enabled: p.enabled
  })

  const validate = Effect.fn("IdentityProviders.validate")(function* (
    input: IdentityProviderInput,
    existing: IdentityProvider | null
  ) {
    const { allowHttpLocalhost } = yield* SsoConfig
    const shape = checkShape(input, existing === null, allowHttpLocalhost)
    const problems = [...shape.problems]
    if (input.organizationId !== null && input.tenantId === null) {
      const org = yield* identity.findOrganization(input.organizationId as OrganizationId)
      if (Option.isNone(org))
        problems.push(
          violation("organizationId", "unknown_organization", "No partner organization has this ID")
        )
    }
    if (input.tenantId !== null && input.organizationId === null) {
      const tenant = yield* directory.findTenant(input.tenantId as TenantId)
      if (Option.isNone(tenant))
        problems.push(violation("tenantId", "unknown_tenant", "No customer tenant has this ID"))
    }
    if (shape.domains.length > 0) {
      const taken = yield* repo.domainsTaken(shape.domains, existing?.id ?? null)
      if (taken.length > 0)
        problems.push(
          violation(
            "allowedDomains",
            "domain_in_use",
            `Another identity provider signs in users of ${taken.join(", ")}`,
            { domains: taken }
          )
        )
    }
    const secret = input.clientSecret ?? (existing === null ? "" : Redacted.value(existing.clientSecret))
    // Discovery at save time: a typo in the issuer shows now, not at the first user's sign-in.
    if (problems.length === 0) {
      const reachable = yield* discovery.check(shape.issuer, shape.clientId, secret).pipe(
        Effect.map(() => undefined),
        Effect.catch((e) => Effect.succeed(e.reason))
      )
      if (reachable !== undefined)
        problems.push(
          violation(
            "issuer",
            "issuer_unreachable",
            `The issuer's discovery document could not be read: ${reachable}`
          )
        )
    }
    if (problems.length > 0) return yield* new RuleViolations({ violations: problems })
    return { ...shape, secret }
  })

  const list = Effect.fn("IdentityProviders.list")(function* (actor: Actor) {
    yield* authorize("readIdentityProviders", actor)
    return yield* repo.list
  })

  const get = Effect.fn("IdentityProviders.get")(function* (actor: Actor, id: IdentityProviderId) {
    yield* authorize("readIdentityProviders", actor)
    const found = yield* repo.find(id)
    if (Option.isNone(found)) return yield* new NotFound({ entity: "Identity provider", id })
    return found.value
  })

  const create = Effect.fn("IdentityProviders.create")(function* (
    actor: Actor,
    input: IdentityProviderInput
  ) {
    yield* authorize("manageIdentityProviders", actor)
    const v = yield* validate(input, null)
    const now = yield* clock.now
    const provider: IdentityProvider = {
      id: newId<IdentityProviderId>("idp"),
      name: v.name,
      organizationId: input.organizationId as OrganizationId | null,
      tenantId: input.tenantId as TenantId | null,
      issuer: v.issuer,
      clientId: v.clientId,
      clientSecret: Redacted.make(v.secret),
      secretHint: secretHintOf(v.secret),
      allowedDomains: v.domains,
      autoProvision: input.autoProvision,
      enabled: input.enabled,
      createdAt: now,
      updatedAt: now
    }
    yield* tx.transaction(
      Effect.gen(function* () {
        yield* repo.insert(provider)
        yield* audit.append({
          actor,
          action: "identity_provider.created",
          entityType: "identity_provider",
          entityId: provider.id,
          before: null,
          after: audited(provider)
        })
      })
    )
    return provider
  })

  const update = Effect.fn("IdentityProviders.update")(function* (
    actor: Actor,
    id: IdentityProviderId,
    input: IdentityProviderInput
  ) {
    yield* authorize("manageIdentityProviders", actor)
    const existing = yield* repo.find(id)
    if (Option.isNone(existing)) return yield* new NotFound({ entity: "Identity provider", id })
    const v = yield* validate(input, existing.value)
    const now = yield* clock.now
    const provider: IdentityProvider = {
      ...existing.value,
      name: v.name,
      organizationId: input.organizationId as OrganizationId | null,
      tenantId: input.tenantId as TenantId | null,
      issuer: v.issuer,
      clientId: v.clientId,
      clientSecret: Redacted.make(v.secret),
      secretHint: secretHintOf(v.secret),
      allowedDomains: v.domains,
      autoProvision: input.autoProvision,
      enabled: input.enabled,
      updatedAt: now
    }
    yield* tx.transaction(
      Effect.gen(function* () {
        yield* repo.update(provider)
        yield* audit.append({
          actor,
          action: "identity_provider.updated",
          entityType: "identity_provider",
          entityId: provider.id,
          before: audited(existing.value),
          after: { ...audited(provider), secretChanged: input.clientSecret !== undefined }
        })
      })
    )
    return provider
  })

  const remove = Effect.fn("IdentityProviders.remove")(function* (actor: Actor, id: IdentityProviderId) {
    yield* authorize("manageIdentityProviders", actor)
    yield* tx.transaction(
      Effect.gen(function* () {
        const existing = yield* repo.find(id)
        if (Option.isNone(existing)) return yield* new NotFound({ entity: "Identity provider", id })
        yield* repo.remove(id)
        yield* audit.append({
          actor,
          action: "identity_provider.deleted",
          entityType: "identity_provider",
          entityId: id,
          before: audited(existing.value),
          after: null
        })
      })
    )
  })

  const owners = Effect.fn("IdentityProviders.owners")(function* (actor: Actor) {
    yield* authorize("readIdentityProviders", actor)
    return yield* repo.owners
  })

  return { list, get, create, update, remove, owners }
})
