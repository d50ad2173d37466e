import { Context, Effect, Layer } from "effect"
import type { SignedIn } from "../auth/auth.ts"
import type { Actor } from "../authorization/actor.ts"
import type { IdentityProviderId } from "../ids.ts"
import type { Forbidden, NotFound, RuleViolations } from "../shared/errors.ts"
import type { IdentityProvider, SsoRefused, VerifiedIdentity } from "./model.ts"
import { type IdentityProviderInput, makeProviderAdmin } from "./providers.ts"
import { makeSsoSignIn } from "./sign-in.ts"

/** Single sign-on: the operators' identity providers (providers.ts) and signing in with one (sign-in.ts). */
export class SsoService extends Context.Service<
  SsoService,
  {
    /** The identity providers (operators). */
    readonly list: (actor: Actor) => Effect.Effect<ReadonlyArray<IdentityProvider>, Forbidden>
    /** One identity provider. */
    readonly get: (
      actor: Actor,
      id: IdentityProviderId
    ) => Effect.Effect<IdentityProvider, Forbidden | NotFound>
    /** Adds an identity provider for an organization or tenant, after checking its issuer (discovery). */
    readonly create: (
      actor: Actor,
      input: IdentityProviderInput
    ) => Effect.Effect<IdentityProvider, Forbidden | RuleViolations>
    /** Changes an identity provider. */
    readonly update: (
      actor: Actor,
      id: IdentityProviderId,
      input: IdentityProviderInput
    ) => Effect.Effect<IdentityProvider, Forbidden | NotFound | RuleViolations>
    /** Removes an identity provider. */
    readonly remove: (actor: Actor, id: IdentityProviderId) => Effect.Effect<void, Forbidden | NotFound>
    /** Who a provider may be for: every partner organization and customer tenant. */
    readonly owners: (actor: Actor) => Effect.Effect<
      {
        readonly organizations: ReadonlyArray<{ readonly id: string; readonly name: string }>
        readonly tenants: ReadonlyArray<{ readonly id: string; readonly name: string }>
      },
      Forbidden
    >
    /** The enabled provider for an email's domain or of an id, or why single sign-on is refused. */
    readonly providerFor: (input: {
      readonly email?: string | undefined
      readonly providerId?: IdentityProviderId | undefined
    }) => Effect.Effect<IdentityProvider, SsoRefused>
    /** The provider of this id if it is enabled. */
    readonly enabledProvider: (id: IdentityProviderId) => Effect.Effect<IdentityProvider, SsoRefused>
    /**
     * Completes a sign-in with a verified identity: the linked user, the user of the verified email, or a new
     * one; then a session.
     */
    readonly complete: (
      provider: IdentityProvider,
      verified: VerifiedIdentity
    ) => Effect.Effect<SignedIn, SsoRefused>
  }
>()("@openpor/domain/sso/SsoService") {
  static readonly layer = Layer.effect(
    SsoService,
    Effect.gen(function* () {
      const admin = yield* makeProviderAdmin
      const signIn = yield* makeSsoSignIn
      return SsoService.of({ ...admin, ...signIn })
    })
  )
}
