import { type Redacted, Schema } from "effect"
import type { IdentityProviderId, OrganizationId, TenantId, UserId } from "../ids.ts"

/**
 * Single sign-on with OpenID Connect (SPEC §12): an operator configures an identity provider for one
 * partner organization or one customer tenant; its users sign in with their organization's account.
 */
export interface IdentityProvider {
  readonly id: IdentityProviderId
  /** Shown to operators (e.g. "Contoso Entra ID"). */
  readonly name: string
  /** Exactly one of organizationId and tenantId is set (a constraint of the table too). */
  readonly organizationId: OrganizationId | null
  readonly tenantId: TenantId | null
  /** The issuer URL; its `/.well-known/openid-configuration` describes the provider. */
  readonly issuer: string
  readonly clientId: string
  /** Never returned by the API after saving; only `secretHint` is. */
  readonly clientSecret: Redacted.Redacted<string>
  /** The last four characters of the secret, so an operator can tell which secret is saved. */
  readonly secretHint: string
  /** Lower-case email domains whose users sign in with this provider; each domain has one provider. */
  readonly allowedDomains: ReadonlyArray<string>
  /** Unknown users with a verified email of an allowed domain become users without roles. */
  readonly autoProvision: boolean
  readonly enabled: boolean
  readonly createdAt: Date
  readonly updatedAt: Date
}

/** The web app a sign-in starts from and returns to. */
export const SsoApp = Schema.Literals(["partner", "customer", "reviewer"])
export type SsoApp = typeof SsoApp.Type

/**
 * Why a single sign-on did not sign anyone in. Each reason has its page text in every language
 * (apps/api/src/http/oidc-pages.ts); nothing is changed when a sign-in is refused.
 */
export const SsoFailureReason = Schema.Literals([
  /** No enabled provider for the email's domain (or the provider id). */
  "no_provider",
  /** The flow's cookie is missing, forged or too old (started in another browser, or over 10 minutes ago). */
  "expired_flow",
  /** The `state` of the answer is not the one this browser's flow sent. */
  "state_mismatch",
  /** The ID token's nonce is not the one this browser's flow sent. */
  "nonce_mismatch",
  /** The provider answered with an error, or the code exchange or the token's checks failed. */
  "provider_error",
  /** The provider did not say the email address is verified. */
  "email_not_verified",
  /** The email's domain is not one the operator allowed for this provider. */
  "domain_not_allowed",
  /** No OpenPOR user has this email (and the provider does not create users). */
  "unknown_user",
  /** The user belongs to another organization or tenant than the provider, or is deactivated. */
  "not_member",
  /** The user is already linked to another account of this identity provider. */
  "identity_conflict"
])
export type SsoFailureReason = typeof SsoFailureReason.Type

/** A single sign-on refused (rendered as a page, never as a JSON error: the browser navigated here). */
export class SsoRefused extends Schema.TaggedError<SsoRefused>()("SsoRefused", {
  reason: SsoFailureReason,
  detail: Schema.optionalKey(Schema.String)
}) {
  override get message() {
    return `Single sign-on refused: ${this.reason}${this.detail === undefined ? "" : ` (${this.detail})`}`
  }
}

/** What the relying party learned from the provider's validated ID token (and userinfo). */
export interface VerifiedIdentity {
  readonly issuer: string
  readonly subject: string
  readonly email: string | undefined
  readonly emailVerified: boolean
  readonly name: string | undefined
}

/** The link of an identity at a provider (issuer, subject) to an OpenPOR user. */
export interface IdentityLink {
  readonly issuer: string
  readonly subject: string
  readonly userId: UserId
  readonly providerId: IdentityProviderId
  readonly createdAt: Date
  readonly lastSignInAt: Date
}

/** The domain of an email address (lower case), or undefined when it has none. */
export const emailDomain = (email: string): string | undefined => {
  const at = email.trim().lastIndexOf("@")
  if (at < 1) return undefined
  const domain = email
    .trim()
    .slice(at + 1)
    .toLowerCase()
  return domain === "" ? undefined : domain
}

/** An email domain as operators enter it: labels of letters, digits and hyphens, at least one dot. */
export const DOMAIN_PATTERN = /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/

/** The secret's hint: its last four characters (the whole secret is never shown again). */
export const secretHintOf = (secret: string): string => `…${secret.slice(-4)}`
