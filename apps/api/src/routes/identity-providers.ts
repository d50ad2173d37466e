import { type IdentityProvider, IdentityProviderId, SsoService } from "@openpor/domain"
import { Effect, Schema } from "effect"
import { RequestOrigin } from "../http/request-origin.ts"
import { group, route } from "../http/route.ts"

/**
 * Operators configure single sign-on (SPEC §12, decision 026): one OpenID Connect identity provider per
 * partner organization or customer tenant. The client secret is write-only: answers carry its hint.
 */

const ProviderView = Schema.Struct({
  id: Schema.String,
  name: Schema.String,
  organizationId: Schema.NullOr(Schema.String),
  tenantId: Schema.NullOr(Schema.String),
  /** The organization's or tenant's name. */
  ownerName: Schema.String,
  issuer: Schema.String,
  clientId: Schema.String,
  /** The last four characters of the saved secret (the secret itself is never answered). */
  secretHint: Schema.String,
  allowedDomains: Schema.Array(Schema.String),
  autoProvision: Schema.Boolean,
  enabled: Schema.Boolean,
  /** Where the provider must send users back (register it as the redirect URI at the provider). */
  redirectUri: Schema.String,
  createdAt: Schema.String,
  updatedAt: Schema.String
})

const Owner = Schema.Struct({ id: Schema.String, name: Schema.String })

const Text = (max: number) => Schema.String.check(Schema.isMaxLength(max))

const ProviderBody = Schema.Struct({
  name: Text(200),
  organizationId: Schema.NullOr(Text(100)),
  tenantId: Schema.NullOr(Text(100)),
  issuer: Text(2000),
  clientId: Text(1000),
  /** Required when adding; leave it out when editing to keep the saved secret. */
  clientSecret: Schema.optionalKey(Text(2000)),
  allowedDomains: Schema.Array(Text(300)).check(Schema.isMaxLength(100)),
  autoProvision: Schema.Boolean,
  enabled: Schema.Boolean
})

const Params = Schema.Struct({ id: IdentityProviderId })

const viewOf = (p: IdentityProvider, names: ReadonlyMap<string, string>, publicUrl: string) => ({
  id: p.id,
  name: p.name,
  organizationId: p.organizationId,
  tenantId: p.tenantId,
  ownerName: names.get(p.organizationId ?? p.tenantId ?? "") ?? "",
  issuer: p.issuer,
  clientId: p.clientId,
  secretHint: p.secretHint,
  allowedDomains: p.allowedDomains,
  autoProvision: p.autoProvision,
  enabled: p.enabled,
  redirectUri: `${publicUrl.replace(/\/+$/, "")}/api/v1/auth/oidc/callback`,
  createdAt: p.createdAt.toISOString(),
  updatedAt: p.updatedAt.toISOString()
})

/** The provider(s) as answered, with their owners' names (one read of the owners). */
const views = (
  actor: Parameters<SsoService["Service"]["owners"]>[0],
  providers: ReadonlyArray<IdentityProvider>
) =>
  Effect.gen(function* () {
    const owners = yield* SsoService.use((s) => s.owners(actor))
    const names = new Map([...owners.organizations, ...owners.tenants].map((o) => [o.id, o.name] as const))
    const { publicUrl } = yield* RequestOrigin
    return providers.map((p) => viewOf(p, names, publicUrl))
  })

export const identityProviderRoutes = group("/api/v1/ops/identity-providers", "Single sign-on", [
  route(
    {
      method: "get",
      path: "",
      operationId: "listIdentityProviders",
      summary: "Identity providers (operators and auditors)",
      auth: "session",
      response: Schema.Struct({ providers: Schema.Array(ProviderView) }),
      status: 200,
      errors: [401, 403]
    },
    ({ auth }) =>
      Effect.gen(function* () {
        const providers = yield* SsoService.use((s) => s.list(auth!.actor))
        return { providers: yield* views(auth!.actor, providers) }
      })
  ),
  route(
    {
      method: "get",
      path: "/owners",
      operationId: "listIdentityProviderOwners",
      summary: "The partner organizations and customer tenants a provider can be for",
      auth: "session",
      response: Schema.Struct({ organizations: Schema.Array(Owner), tenants: Schema.Array(Owner) }),
      status: 200,
      errors: [401, 403]
    },
    ({ auth }) => SsoService.use((s) => s.owners(auth!.actor))
  ),
  route(
    {
      method: "post",
      path: "",
      operationId: "createIdentityProvider",
      summary: "Add an identity provider (operators); its discovery document is read to check the issuer",
      description:
        "Exactly one of organizationId and tenantId. The issuer must be https (http://localhost or 127.0.0.1 outside production). Problems are 422 with one violation per field (`field`, `code`).",
      auth: "session",
      body: ProviderBody,
      response: ProviderView,
      status: 201,
      errors: [400, 401, 403, 422]
    },
    ({ auth, body }) =>
      Effect.gen(function* () {
        const created = yield* SsoService.use((s) => s.create(auth!.actor, body))
        return (yield* views(auth!.actor, [created]))[0]!
      })
  ),
  route(
    {
      method: "get",
      path: "/{id}",
      operationId: "getIdentityProvider",
      summary: "One identity provider (operators and auditors)",
      auth: "session",
      params: Params,
      response: ProviderView,
      status: 200,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params }) =>
      Effect.gen(function* () {
        const provider = yield* SsoService.use((s) => s.get(auth!.actor, params.id))
        return (yield* views(auth!.actor, [provider]))[0]!
      })
  ),
  route(
    {
      method: "put",
      path: "/{id}",
      operationId: "updateIdentityProvider",
      summary: "Change an identity provider (operators); without clientSecret the saved one stays",
      auth: "session",
      params: Params,
      body: ProviderBody,
      response: ProviderView,
      status: 200,
      errors: [400, 401, 403, 404, 422]
    },
    ({ auth, params, body }) =>
      Effect.gen(function* () {
        const updated = yield* SsoService.use((s) => s.update(auth!.actor, params.id, body))
        return (yield* views(auth!.actor, [updated]))[0]!
      })
  ),
  route(
    {
      method: "delete",
      path: "/{id}",
      operationId: "deleteIdentityProvider",
      summary: "Remove an identity provider (operators); its users sign in with a password again",
      auth: "session",
      params: Params,
      status: 204,
      errors: [400, 401, 403, 404]
    },
    ({ auth, params }) => SsoService.use((s) => s.remove(auth!.actor, params.id))
  )
])
