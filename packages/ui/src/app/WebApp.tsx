import { type ApiClient, createClient, type Me } from "@openpor/api-client"
import { type Component, createContext, For, type JSX, Match, Show, Switch, useContext } from "solid-js"
import { AppShell } from "../components/AppShell.tsx"
import { AuthGate } from "../components/AuthGate.tsx"
import { MailboxView, useDevMailboxAvailable } from "../components/MailboxView.tsx"
import { NotFound } from "../components/NotFound.tsx"
import { SignInPage } from "../components/SignInPage.tsx"
import type { Catalog } from "../i18n/catalog.ts"
import { LocaleProvider, useShared } from "../i18n/context.tsx"
import { isLocale, type Locale } from "../i18n/locales.ts"
import { parseSignInReason, SIGN_IN_PATH, safeNextPath, signInRedirectPath } from "../navigation.ts"
import { SessionProvider, useSession } from "../session.tsx"
import { AppMessagesProvider, useAppMessages, type WebAppMessages } from "./messages.tsx"
import type { RouteComponent, RouterKit } from "./router.ts"

/** A page of an app besides its start page. */
export interface AppRoute {
  /** Path relative to the app, e.g. "/subscriptions" or "/requests/:id". */
  readonly path: string
  readonly component: RouteComponent
  /**
   * "signed-in" (default): only for a signed-in user, others are sent to sign-in and brought back;
   * "public": for anyone (e.g. a page opened from a signed email link).
   */
  readonly access?: "signed-in" | "public"
  /** When given, the main navigation links the page with this (translated) label; render it in a component. */
  readonly navLabel?: Component
  /**
   * When given, the navigation links the page only for a signed-in user for whom it answers true (e.g. only
   * for users whose roles allow what the page does); the route itself stays reachable.
   */
  readonly navWhen?: (me: Me) => boolean
}

export interface WebAppOptions {
  /** The app's vite `base` (`import.meta.env.BASE_URL`, e.g. "/partner/"). */
  readonly base: string
  /** The app's own strings (its name names the app in the header and the document title). */
  readonly messages: Catalog<WebAppMessages>
  /** The start page ("/"), shown to signed-in users only (framed by `HomePage`). Replace it with a public "/" route to show something else. */
  readonly home: Component
  /** Further pages, in navigation order. */
  readonly routes?: readonly AppRoute[]
  /** The app's `@solidjs/router`. */
  readonly router: RouterKit
  /** Default: a client of the API on the app's own origin (the vite dev server proxies /api). */
  readonly client?: ApiClient
  /**
   * The language to open in, from the query of the URL the app was opened with (e.g. a link in an email);
   * undefined = the remembered or the browser's language. Default: `?lang=` when it names one of the five.
   */
  readonly linkLocale?: (query: URLSearchParams) => Locale | undefined
}

const RouterKitContext = createContext<{ readonly kit: RouterKit; readonly basePath: string }>()

/**
 * Renders its children for a signed-in user only; sends anyone else to the sign-in page (and back here
 * afterwards). For public routes that show more once signed in, and inside `createWebApp` only.
 */
export function RequireSignIn(props: { readonly children?: JSX.Element }): JSX.Element {
  const context = useContext(RouterKitContext)
  if (context === undefined)
    throw new Error("<RequireSignIn> must be used inside an app made by createWebApp")
  const navigate = context.kit.useNavigate()
  const location = context.kit.useLocation()
  return (
    <AuthGate
      onSignedOut={(reason) =>
        navigate(signInRedirectPath(reason, location, context.basePath), { replace: true })
      }
    >
      {props.children}
    </AuthGate>
  )
}

/** The language a link asks for with `?lang=de`, if it names one of the five. */
export const langParameter = (query: URLSearchParams): Locale | undefined => {
  const lang = query.get("lang")
  return isLocale(lang) ? lang : undefined
}

/**
 * The component of a whole app: languages, session and router with the shared shell, whose navigation
 * links the start page, the app's routes with a `navLabel` and (where the server has one) the dev mailbox.
 * Routes: `/sign-in` (then on to `next`, only in-app paths), the start page, the app's routes and
 * `/mailbox` (signed-in routes send others to sign-in and bring them back afterwards), and a not-found page.
 */
export const createWebApp = (options: WebAppOptions): Component => {
  const { A, Navigate, Route, Router, useSearchParams } = options.router
  /** Router base: the vite `base` without its trailing slash. */
  const basePath = options.base.replace(/\/$/, "")
  const client = options.client ?? createClient()
  const routes = options.routes ?? []
  const publicRoutes = routes.filter((route) => route.access === "public")
  const signedInRoutes = routes.filter((route) => route.access !== "public")
  const overridesHome = publicRoutes.some((route) => route.path === "/")
  // Single sign-on is configured for partner organizations and customer tenants (not for vendor staff).
  const ssoApp = basePath === "/partner" ? "partner" : basePath === "/customer" ? "customer" : undefined

  const Layout = (props: { readonly children?: JSX.Element }) => {
    const t = useAppMessages()
    const shared = useShared()
    const mailboxAvailable = useDevMailboxAvailable()
    const session = useSession()
    const linked = (route: AppRoute) => {
      if (route.navLabel === undefined) return false
      if (route.navWhen === undefined) return true
      const me = session.me()
      return me !== undefined && session.state().status === "signed_in" && route.navWhen(me)
    }
    return (
      <RouterKitContext.Provider value={{ kit: options.router, basePath }}>
        <AppShell
          appName={t("app.name")}
          nav={
            <ul>
              <li>
                <A href="/" end>
                  {t("home.title")}
                </A>
              </li>
              <For each={routes.filter(linked)}>
                {(route) => {
                  const Label = route.navLabel!
                  return (
                    <li>
                      <A href={route.path}>
                        <Label />
                      </A>
                    </li>
                  )
                }}
              </For>
              <Show when={mailboxAvailable()}>
                <li>
                  <A href="/mailbox">{shared.t("mailbox.title")}</A>
                </li>
              </Show>
            </ul>
          }
        >
          {props.children}
        </AppShell>
      </RouterKitContext.Provider>
    )
  }

  const SignIn = () => {
    const t = useAppMessages()
    const shared = useShared()
    const session = useSession()
    const [params] = useSearchParams()
    return (
      <Switch
        fallback={
          <SignInPage
            intro={t("signIn.intro")}
            reason={parseSignInReason(params.reason)}
            sso={ssoApp === undefined ? undefined : { app: ssoApp, next: safeNextPath(params.next) }}
          />
        }
      >
        <Match when={session.state().status === "signed_in"}>
          <Navigate href={safeNextPath(params.next)} />
        </Match>
        <Match when={session.state().status === "loading"}>
          <p class="status" role="status">
            {shared.t("common.loading")}
          </p>
        </Match>
      </Switch>
    )
  }

  const Protected = (props: { readonly children?: JSX.Element }) => (
    <RequireSignIn>{props.children}</RequireSignIn>
  )

  const NotFoundRoute = () => <NotFound homeLink={(label) => <A href="/">{label}</A>} />

  return () => (
    <LocaleProvider
      initial={
        typeof location === "undefined"
          ? undefined
          : (options.linkLocale ?? langParameter)(new URLSearchParams(location.search))
      }
    >
      <AppMessagesProvider messages={options.messages}>
        <SessionProvider client={client}>
          <Router base={basePath} root={Layout}>
            <Route path={SIGN_IN_PATH} component={SignIn} />
            {publicRoutes.map((route) => (
              <Route path={route.path} component={route.component} />
            ))}
            <Route component={Protected}>
              {overridesHome ? null : <Route path="/" component={options.home} />}
              {signedInRoutes.map((route) => (
                <Route path={route.path} component={route.component} />
              ))}
              <Route path="/mailbox" component={MailboxView} />
            </Route>
            <Route path="*404" component={NotFoundRoute} />
          </Router>
        </SessionProvider>
      </AppMessagesProvider>
    </LocaleProvider>
  )
}
