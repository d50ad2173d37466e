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
    readonly list: (actor: Actor) => Effect.Effect<ReadonlyArray<IdentityProvider>, Forbidden>
    readonly get: (
      actor: Actor,
      id: IdentityProviderId
    ) => Effect.Effect<IdentityProvider, Forbidden | NotFound>
    readonly create: (
      actor: Actor,
      input: IdentityProviderInput
    ) => Effect.Effect<IdentityProvider, Forbidden | RuleViolations>
    readonly update: (
      actor: Actor,
      id: IdentityProviderId,
      input: IdentityProviderInput
    ) => Effect.Effect<IdentityProvider, Forbidden | NotFound | RuleViolations>
    readonly remove: (actor: Actor, id: IdentityProviderId) => Effect.Effect<void, Forbidden | NotFound>
    readonly owners: (actor: Actor) => Effect.Effect<
      {
        readonly organizations: ReadonlyArray<{ readonly id: string; readonly name: string }>
        readonly tenants: ReadonlyArray<{ readonly id: string; readonly name: string }>
      },
      Forbidden
    >
    readonly providerFor: (input: {
      readonly email?: string | undefined
      readonly providerId?: IdentityProviderId | undefined
    }) => Effect.Effect<IdentityProvider, SsoRefused>
    readonly enabledProvider: (id: IdentityProviderId) => Effect.Effect<IdentityProvider, SsoRefused>
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
