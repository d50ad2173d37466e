import { timingSafeEqual } from "node:crypto"
import {
  type IdentityProvider,
  IdentityProviderId,
  isLanguage,
  type Language,
  Secrets,
  type SignedIn,
  SsoApp,
  SsoConfig,
  type SsoFailureReason,
  SsoRefused,
  SsoService
} from "@openpor/domain"
import { Effect, Schema } from "effect"
import type { Context } from "hono"
import { deleteCookie, getCookie, setCookie } from "hono/cookie"
import { logJson } from "../http/errors.ts"
import { acceptedLanguage } from "../http/language.ts"
import { APP_BASES, refusalPage } from "../http/oidc-pages.ts"
import { isHttpsRequest, RequestOrigin } from "../http/request-origin.ts"
import { CSRF_COOKIE, group, route, SESSION_COOKIE } from "../http/route.ts"
import {
  authorizationUrl,
  configurationFor,
  exchangeCode,
  exchangeFailure,
  type FlowSecrets,
  newFlowSecrets
} from "../platform/oidc.ts"

/**
 * OpenID Connect sign-in (SPEC §12, decision 026). The browser navigates here (it is not an API call):
 * `start` answers 302 to the identity provider, `callback` 302 into the app with a session — the same
 * session and cookies as a password sign-in — and any refusal is a page in the user's language with a
 * link back to sign-in (never JSON, never a stack trace; nothing changed).
 *
 * The flow's secrets (state, nonce, PKCE verifier) live in a signed (HMAC with the server secret),
 * HttpOnly, SameSite=Lax cookie for 10 minutes, scoped to these two paths: no table, any API process can
 * finish a flow another started, and a callback without this browser's cookie is refused.
 */

export const FLOW_COOKIE = "openpor_oidc"
const FLOW_PATH = "/api/v1/auth/oidc"
const FLOW_MILLIS = 10 * 60_000

interface Flow extends FlowSecrets {
  readonly providerId: string
  readonly app: SsoApp
  readonly lang: Language | null
  readonly next: string
  readonly expiresAt: number
}

const isFlow = (v: unknown): v is Flow => {
  const f = v as Record<string, unknown> | null
  return (
    typeof f === "object" &&
    f !== null &&
    ["state", "nonce", "codeVerifier", "providerId", "next"].every((k) => typeof f[k] === "string") &&
    Schema.is(SsoApp)(f.app) &&
    (f.lang === null || isLanguage(f.lang)) &&
    typeof f.expiresAt === "number"
  )
}

const sealFlow = (flow: Flow, sign: (value: string) => string) => {
  const payload = Buffer.from(JSON.stringify(flow)).toString("base64url")
  return `${payload}.${sign(payload)}`
}

/** The flow of a cookie, if its signature holds and it has not expired. */
const openFlow = (cookie: string | undefined, sign: (value: string) => string, now: number) => {
  if (cookie === undefined) return undefined
  const [payload, signature, ...rest] = cookie.split(".")
  if (payload === undefined || signature === undefined || rest.length > 0) return undefined
  const expected = Buffer.from(sign(payload))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined
  try {
    const flow: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"))
    return isFlow(flow) && flow.expiresAt > now ? flow : undefined
  } catch {
    return undefined
  }
}

/** An in-app path to return to (same rule as the apps' `next`: absolute, not protocol-relative). */
const safeNext = (next: string | undefined) =>
  next !== undefined && /^\/(?![/\\])[^\s]*$/.test(next) ? next : "/"

const redirectUriOf = (publicUrl: string) => `${publicUrl.replace(/\/+$/, "")}${FLOW_PATH}/callback`

/** The refusal page: the flow's language, else the browser's, else English; logged for support. */
const refused = (
  c: Context,
  requestId: string,
  reason: SsoFailureReason,
  app: SsoApp,
  lang: Language | null,
  cause?: unknown
) => {
  const language = lang ?? acceptedLanguage(c.req.header("accept-language")) ?? "en"
  logJson("info", "sso refused", {
    requestId,
    reason,
    ...(cause === undefined ? {} : { cause: cause instanceof Error ? cause.message : String(cause) })
  })
  const status =
    reason === "provider_error" ? 502 : reason.endsWith("_mismatch") || reason === "expired_flow" ? 400 : 403
  c.header("Cache-Control", "no-store")
  return c.html(refusalPage(reason, language, app), status)
}

const Text = (max: number) => Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(max))

const StartQuery = Schema.Struct({
  email: Schema.optionalKey(Schema.String.check(Schema.isMinLength(3), Schema.isMaxLength(320))),
  providerId: Schema.optionalKey(IdentityProviderId),
  app: SsoApp,
  lang: Schema.optionalKey(Schema.Literals(["en", "de", "hu", "sv", "cs"])),
  next: Schema.optionalKey(Text(500))
})

const CallbackQuery = Schema.Struct({
  code: Schema.optionalKey(Text(4096)),
  state: Schema.optionalKey(Text(1024)),
  iss: Schema.optionalKey(Text(1024)),
  error: Schema.optionalKey(Text(256)),
  error_description: Schema.optionalKey(Text(1024)),
  session_state: Schema.optionalKey(Text(1024))
})

const setSessionCookies = (c: Context, signedIn: SignedIn, secure: boolean) => {
  // As the password sign-in sets them (routes/auth.ts): the session's own lifetime, on real time.
  const maxAge = Math.max(
    1,
    Math.floor((signedIn.session.expiresAt.getTime() - signedIn.session.createdAt.getTime()) / 1000)
  )
  setCookie(c, SESSION_COOKIE, signedIn.token, { httpOnly: true, sameSite: "Lax", path: "/", secure, maxAge })
  setCookie(c, CSRF_COOKIE, signedIn.csrfToken, {
    httpOnly: false,
    sameSite: "Lax",
    path: "/",
    secure,
    maxAge
  })
}

const catchRefusal = <A, R>(
  effect: Effect.Effect<A, SsoRefused, R>,
  onRefused: (reason: SsoFailureReason, cause?: unknown) => Response
) => effect.pipe(Effect.catchTag("SsoRefused", (e) => Effect.succeed(onRefused(e.reason, e.detail))))

export const oidcRoutes = group("/api/v1/auth/oidc", "Authentication", [
  route(
    {
      method: "get",
      path: "/start",
      operationId: "startOidcSignIn",
      summary: "Start signing in with the organization's identity provider (browser navigation)",
      description:
        "Finds the enabled identity provider of the email's domain (or `providerId`) and answers 302 to it: authorization code flow with PKCE (S256), state and nonce, kept in a signed HttpOnly cookie for 10 minutes. Not a JSON endpoint: when no provider signs in this address, the answer is an HTML page (403) in `lang` or the browser's language with a link back to the app's sign-in page.",
      auth: "none",
      query: StartQuery,
      status: 302,
      errors: [400]
    },
    ({ query, c, requestId }) =>
      Effect.gen(function* () {
        const origin = yield* RequestOrigin
        const { allowHttpLocalhost } = yield* SsoConfig
        const secrets = yield* Secrets
        const lang = query.lang ?? null
        return yield* catchRefusal(
          Effect.gen(function* () {
            const provider = yield* SsoService.use((s) =>
              s.providerFor({ email: query.email, providerId: query.providerId })
            )
            const flow: Flow = {
              ...newFlowSecrets(),
              providerId: provider.id,
              app: query.app,
              lang,
              next: safeNext(query.next),
              expiresAt: Date.now() + FLOW_MILLIS
            }
            const url = yield* Effect.tryPromise({
              try: async () =>
                authorizationUrl(
                  await configurationFor(provider, allowHttpLocalhost),
                  flow,
                  redirectUriOf(origin.publicUrl),
                  query.email
                ),
              catch: (cause) => new SsoRefused({ reason: "provider_error", detail: String(cause) })
            })
            setCookie(c, FLOW_COOKIE, sealFlow(flow, secrets.sign), {
              httpOnly: true,
              sameSite: "Lax",
              path: FLOW_PATH,
              secure: isHttpsRequest(c, origin),
              maxAge: FLOW_MILLIS / 1000
            })
            c.header("Cache-Control", "no-store")
            return c.redirect(url.href, 302)
          }),
          (reason, cause) => refused(c, requestId, reason, query.app, lang, cause)
        )
      })
  ),
  route(
    {
      method: "get",
      path: "/callback",
      operationId: "completeOidcSignIn",
      summary: "The identity provider's answer (browser navigation): signs in and returns to the app",
      description:
        "Checks the flow's cookie and state, exchanges the code (PKCE), validates the ID token (signature, issuer, audience, expiry, nonce), requires a verified email of an allowed domain, and signs in the user linked to the identity — or, on the first sign-in, the user with that email (then linked), or a new user without roles when the provider allows it. Then sets the same session cookies as `POST /auth/sessions` and answers 302 into the app. Any refusal is an HTML page with a link back to sign-in; nothing is changed.",
      auth: "none",
      query: CallbackQuery,
      status: 302,
      errors: [400]
    },
    ({ query, c, requestId }) =>
      Effect.gen(function* () {
        const origin = yield* RequestOrigin
        const { allowHttpLocalhost } = yield* SsoConfig
        const secrets = yield* Secrets
        const secure = isHttpsRequest(c, origin)
        const flow = openFlow(getCookie(c, FLOW_COOKIE), secrets.sign, Date.now())
        // The flow is used once, whatever the outcome.
        deleteCookie(c, FLOW_COOKIE, { path: FLOW_PATH, secure })
        if (flow === undefined) return refused(c, requestId, "expired_flow", "partner", null)
        if (query.state !== flow.state) return refused(c, requestId, "state_mismatch", flow.app, flow.lang)
        if (query.error !== undefined)
          return refused(
            c,
            requestId,
            "provider_error",
            flow.app,
            flow.lang,
            `${query.error}: ${query.error_description ?? ""}`
          )
        return yield* catchRefusal(
          Effect.gen(function* () {
            const provider: IdentityProvider = yield* SsoService.use((s) =>
              s.enabledProvider(flow.providerId as IdentityProviderId)
            )
            const callbackUrl = new URL(redirectUriOf(origin.publicUrl))
            callbackUrl.search = new URL(c.req.url).search
            const verified = yield* Effect.tryPromise({
              try: async () =>
                exchangeCode(await configurationFor(provider, allowHttpLocalhost), callbackUrl, flow),
              catch: (cause) => new SsoRefused({ reason: exchangeFailure(cause), detail: String(cause) })
            })
            const signedIn = yield* SsoService.use((s) => s.complete(provider, verified))
            setSessionCookies(c, signedIn, secure)
            c.header("Cache-Control", "no-store")
            return c.redirect(`${APP_BASES[flow.app]}${flow.next.slice(1)}`, 302)
          }),
          (reason, cause) => refused(c, requestId, reason, flow.app, flow.lang, cause)
        )
      })
  )
])
