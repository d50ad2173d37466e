import { Context, type Effect, type Option } from "effect"
import type { IdentityProviderId, UserId } from "../ids.ts"
import type { IdentityLink, IdentityProvider } from "./model.ts"

/** Identity providers, their domains and the links of provider identities to users. Implemented by packages/db. */
export class IdentityProviderRepository extends Context.Service<
  IdentityProviderRepository,
  {
    /** Every provider with its domains, ordered by name (a handful per deployment). */
    readonly list: Effect.Effect<ReadonlyArray<IdentityProvider>>
    /** The provider of this id. */
    readonly find: (id: IdentityProviderId) => Effect.Effect<Option.Option<IdentityProvider>>
    /** The provider one email domain belongs to (each domain belongs to at most one: a unique key). */
    readonly findByDomain: (domain: string) => Effect.Effect<Option.Option<IdentityProvider>>
    /** Which of these domains belong to another provider than `except`. */
    readonly domainsTaken: (
      domains: ReadonlyArray<string>,
      except: IdentityProviderId | null
    ) => Effect.Effect<ReadonlyArray<string>>
    /** Stores a new provider with its domains. */
    readonly insert: (provider: IdentityProvider) => Effect.Effect<void>
    /** Replaces the provider's fields and domains. */
    readonly update: (provider: IdentityProvider) => Effect.Effect<void>
    /** Removes the provider and its domains (the links stay: they name the issuer, not the configuration). */
    readonly remove: (id: IdentityProviderId) => Effect.Effect<void>
    /** The user linked to an issuer's subject. */
    readonly findLink: (issuer: string, subject: string) => Effect.Effect<Option.Option<IdentityLink>>
    /** A user's link to an issuer. */
    readonly findLinkOfUser: (userId: UserId, issuer: string) => Effect.Effect<Option.Option<IdentityLink>>
    /** Inserts the link unless (issuer, subject) or (user, issuer) is linked already; answers whether it did. */
    readonly insertLink: (link: IdentityLink) => Effect.Effect<boolean>
    /** Records a sign-in through a link. */
    readonly touchLink: (issuer: string, subject: string, at: Date) => Effect.Effect<void>
    /** Who a provider may be for: every partner organization and customer tenant (id and name, by name). */
    readonly owners: Effect.Effect<{
      readonly organizations: ReadonlyArray<{ readonly id: string; readonly name: string }>
      readonly tenants: ReadonlyArray<{ readonly id: string; readonly name: string }>
    }>
  }
>()("@openpor/domain/sso/IdentityProviderRepository") {}

/**
 * The relying party's view of a provider, implemented with openid-client in apps/api: whether the
 * issuer's discovery document can be read (checked when an operator saves a provider).
 */
export class OidcDiscovery extends Context.Service<
  OidcDiscovery,
  {
    /** Reads the issuer's discovery document; fails with a short reason when it cannot. */
    readonly check: (
      issuer: string,
      clientId: string,
      clientSecret: string
    ) => Effect.Effect<void, { readonly reason: string }>
  }
>()("@openpor/domain/sso/OidcDiscovery") {}
