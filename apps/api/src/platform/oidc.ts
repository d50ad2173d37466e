import { type IdentityProvider, OidcDiscovery, type VerifiedIdentity } from "@openpor/domain"
import { Effect, Layer, Redacted } from "effect"
import * as client from "openid-client"

/**
 * The relying party, with openid-client (decision 026): discovery, the authorization request (code flow,
 * PKCE S256, state, nonce) and the code exchange with the ID token's checks (signature, issuer, audience,
 * expiry, nonce), then userinfo when the ID token carries no email.
 */

const DISCOVERY_TIMEOUT_SECONDS = 5

const discover = async (issuer: string, clientId: string, secret: string, allowHttp: boolean) => {
  const url = new URL(issuer)
  const insecure = allowHttp && url.protocol === "http:"
  const options = {
    timeout: DISCOVERY_TIMEOUT_SECONDS,
    ...(insecure ? { execute: [client.allowInsecureRequests] } : {})
  }
  // Basic authentication unless the provider says it takes only client_secret_post.
  const probe = await client.discovery(url, clientId, undefined, client.None(), options)
  const methods = probe.serverMetadata().token_endpoint_auth_methods_supported
  const auth =
    methods === undefined || methods.includes("client_secret_basic")
      ? client.ClientSecretBasic(secret)
      : client.ClientSecretPost(secret)
  const config = new client.Configuration(probe.serverMetadata(), clientId, undefined, auth)
  if (insecure) client.allowInsecureRequests(config)
  config.timeout = DISCOVERY_TIMEOUT_SECONDS
  return config
}

/** Configurations per provider version (id and last change), discovered once per process. */
const cache = new Map<string, Promise<client.Configuration>>()

export const configurationFor = (provider: IdentityProvider, allowHttp: boolean) => {
  const key = `${provider.id}@${provider.updatedAt.getTime()}`
  let found = cache.get(key)
  if (found === undefined) {
    found = discover(provider.issuer, provider.clientId, Redacted.value(provider.clientSecret), allowHttp)
    // A failed discovery is tried again next time (the provider may be back).
    found.catch(() => cache.delete(key))
    cache.set(key, found)
  }
  return found
}

export interface FlowSecrets {
  readonly state: string
  readonly nonce: string
  readonly codeVerifier: string
}

export const newFlowSecrets = (): FlowSecrets => ({
  state: client.randomState(),
  nonce: client.randomNonce(),
  codeVerifier: client.randomPKCECodeVerifier()
})

/** The provider's authorization URL for one flow. */
export const authorizationUrl = async (
  config: client.Configuration,
  flow: FlowSecrets,
  redirectUri: string,
  loginHint: string | undefined
) =>
  client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri,
    scope: "openid email profile",
    response_type: "code",
    code_challenge: await client.calculatePKCECodeChallenge(flow.codeVerifier),
    code_challenge_method: "S256",
    state: flow.state,
    nonce: flow.nonce,
    ...(loginHint === undefined ? {} : { login_hint: loginHint })
  })

export type ExchangeFailure = "nonce_mismatch" | "state_mismatch" | "provider_error"

/** Why the exchange failed, as a refusal reason (the details go to the log only). */
export const exchangeFailure = (error: unknown): ExchangeFailure => {
  // openid-client's ClientError wraps oauth4webapi's error, whose cause names the claim.
  const e = error as { code?: string; cause?: { claim?: string; cause?: { claim?: string } } }
  const claim = e.cause?.claim ?? e.cause?.cause?.claim
  if (e.code === "OAUTH_JWT_CLAIM_COMPARISON_FAILED" && claim === "nonce") return "nonce_mismatch"
  if (e.code === "OAUTH_INVALID_RESPONSE" && /state/i.test(String((error as Error).message)))
    return "state_mismatch"
  return "provider_error"
}

/**
 * Exchanges the code of the callback URL (PKCE verifier, expected state and nonce) and answers the
 * verified identity; rejects when any check fails.
 */
export const exchangeCode = async (
  config: client.Configuration,
  callbackUrl: URL,
  flow: FlowSecrets
): Promise<VerifiedIdentity> => {
  const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
    pkceCodeVerifier: flow.codeVerifier,
    expectedState: flow.state,
    expectedNonce: flow.nonce,
    idTokenExpected: true
  })
  const claims = tokens.claims()!
  let email = typeof claims.email === "string" ? claims.email : undefined
  // Microsoft Entra ID sends no email_verified; its optional claim xms_edov says the email's domain is
  // verified by the tenant that owns it (decision 026).
  let verified = claims.email_verified === true || claims.xms_edov === true || claims.xms_edov === "1"
  let name = typeof claims.name === "string" ? claims.name : undefined
  if (email === undefined && tokens.access_token !== undefined) {
    // Providers that keep the profile out of the ID token answer it at userinfo (for the same subject).
    const info = await client.fetchUserInfo(config, tokens.access_token, claims.sub)
    email = typeof info.email === "string" ? info.email : undefined
    verified = verified || info.email_verified === true
    name ??= typeof info.name === "string" ? info.name : undefined
  }
  return { issuer: claims.iss, subject: claims.sub, email, emailVerified: verified, name }
}

/** The operators' check when saving a provider: its discovery document can be read. */
export const OidcDiscoveryLive = (allowHttp: boolean) =>
  Layer.succeed(
    OidcDiscovery,
    OidcDiscovery.of({
      check: (issuer, clientId, clientSecret) =>
        Effect.tryPromise({
          try: () => discover(issuer, clientId, clientSecret, allowHttp),
          catch: (e) => ({ reason: e instanceof Error ? e.message : String(e) })
        }).pipe(Effect.asVoid)
    })
  )
