import { type Authenticated, AuthService, meOf, Role, type User, UserKind } from "@openpor/domain"
import { Effect, Option, Schema } from "effect"
import { deleteCookie, getCookie, setCookie } from "hono/cookie"
import { clientAddress, isHttpsRequest, RequestOrigin } from "../http/request-origin.ts"
import { CSRF_COOKIE, group, route, SESSION_COOKIE } from "../http/route.ts"

export const UserView = Schema.Struct({
  id: Schema.String,
  email: Schema.String,
  displayName: Schema.String,
  kind: UserKind
})

export const userView = (u: User) => ({ id: u.id, email: u.email, displayName: u.displayName, kind: u.kind })

const SignInBody = Schema.Struct({
  email: Schema.String.check(Schema.isMinLength(3), Schema.isMaxLength(320)),
  password: Schema.String.check(Schema.isMinLength(1), Schema.isMaxLength(1024))
})

const SignInResponse = Schema.Struct({
  token: Schema.String,
  csrfToken: Schema.String,
  expiresAt: Schema.String,
  user: UserView
})

export const authRoutes = group("/api/v1/auth", "Authentication", [
  route(
    {
      method: "post",
      path: "/sessions",
      operationId: "signIn",
      summary: "Sign in with email and password",
      description:
        "Returns a bearer token and sets an HttpOnly session cookie. Cookie-authenticated unsafe requests must send the X-CSRF-Token header (the csrfToken, also in the openpor_csrf cookie). Five attempts without a successful one within 15 minutes (real time) block further attempts for that account (429), however many arrive at once.",
      auth: "none",
      body: SignInBody,
      response: SignInResponse,
      status: 201,
      errors: [400, 401, 413, 415, 429]
    },
    ({ body, c }) =>
      Effect.gen(function* () {
        const origin = yield* RequestOrigin
        const clientKey = clientAddress(c, origin)
        const signedIn = yield* AuthService.use((s) =>
          s.signIn({ email: body.email, password: body.password, clientKey })
        )
        // Secure whenever the browser reaches us over https, also through a TLS-terminating proxy.
        const secure = isHttpsRequest(c, origin)
        // The session's own lifetime, on real time like the session (never the business test clock).
        const maxAge = Math.max(
          1,
          Math.floor((signedIn.session.expiresAt.getTime() - signedIn.session.createdAt.getTime()) / 1000)
        )
        setCookie(c, SESSION_COOKIE, signedIn.token, {
          httpOnly: true,
          sameSite: "Lax",
          path: "/",
          secure,
          maxAge
        })
        setCookie(c, CSRF_COOKIE, signedIn.csrfToken, {
          httpOnly: false,
          sameSite: "Lax",
          path: "/",
          secure,
          maxAge
        })
        return {
          token: signedIn.token,
          csrfToken: signedIn.csrfToken,
          expiresAt: signedIn.session.expiresAt.toISOString(),
          user: userView(signedIn.user)
        }
      })
  ),
  route(
    {
      method: "delete",
      path: "/sessions/current",
      operationId: "signOut",
      summary: "Sign out (ends the current session)",
      auth: "session",
      status: 204,
      errors: [401, 403]
    },
    ({ auth, c }) =>
      Effect.gen(function* () {
        yield* AuthService.use((s) => s.signOut(auth!.session, auth!.actor))
        const secure = isHttpsRequest(c, yield* RequestOrigin)
        deleteCookie(c, SESSION_COOKIE, { path: "/", secure })
        deleteCookie(c, CSRF_COOKIE, { path: "/", secure })
      })
  )
])

const RoleView = Schema.Struct({
  role: Role,
  locationId: Schema.NullOr(Schema.String),
  partnerId: Schema.NullOr(Schema.String)
})

const MeResponse = Schema.Struct({
  user: UserView,
  organization: Schema.NullOr(Schema.Struct({ id: Schema.String, name: Schema.String })),
  tenant: Schema.NullOr(Schema.Struct({ id: Schema.String, name: Schema.String })),
  roles: Schema.Array(RoleView),
  locations: Schema.Array(
    Schema.Struct({
      id: Schema.String,
      partnerId: Schema.String,
      name: Schema.String,
      city: Schema.String,
      roles: Schema.Array(Role)
    })
  )
})

/** What `GET /me` answers for a signed-in user (the roles authentication read for this request). */
const meView = (auth: Authenticated) =>
  Effect.map(meOf(auth.user, auth.roles), (me) => ({ ...me, user: userView(me.user) }))

export const meRoutes = group("/api/v1", "Authentication", [
  route(
    {
      method: "get",
      path: "/me",
      operationId: "getMe",
      summary: "The signed-in user, organization or tenant, and roles per location",
      auth: "session",
      response: MeResponse,
      status: 200,
      errors: [401]
    },
    ({ auth }) => meView(auth!)
  ),
  route(
    {
      method: "get",
      path: "/auth/session",
      operationId: "getSession",
      summary: "Who is signed in, if anyone: `me` as in GET /me, or null (never 401)",
      description:
        "For the web apps' first request: a signed-out visitor (no session, or an expired or unknown session cookie or bearer token) gets 200 with `me: null` instead of a 401 error, and a stale session cookie is cleared.",
      auth: "none",
      response: Schema.Struct({ me: Schema.NullOr(MeResponse) }),
      status: 200,
      errors: []
    },
    ({ c }) =>
      Effect.gen(function* () {
        const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization")?.trim() ?? "")?.[1]
        const cookie = getCookie(c, SESSION_COOKIE)
        const token = bearer ?? cookie
        if (token === undefined || token === "") return { me: null }
        const authenticated = yield* AuthService.use((s) => s.authenticate(token)).pipe(
          Effect.map(Option.some),
          Effect.catchTag("Unauthenticated", () => Effect.succeed(Option.none()))
        )
        if (Option.isNone(authenticated)) {
          if (bearer === undefined && cookie !== undefined) {
            deleteCookie(c, SESSION_COOKIE, { path: "/" })
            deleteCookie(c, CSRF_COOKIE, { path: "/" })
          }
          return { me: null }
        }
        return { me: yield* meView(authenticated.value) }
      })
  )
])
