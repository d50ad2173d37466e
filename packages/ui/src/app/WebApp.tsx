import { type ApiClient, createClient } from "@openpor/api-client"
import { type Component, type JSX, Match, Show, Switch } from "solid-js"
import { AppShell } from "../components/AppShell.tsx"
import { AuthGate } from "../components/AuthGate.tsx"
import { MailboxView, useDevMailboxAvailable } from "../components/MailboxView.tsx"
import { NotFound } from "../components/NotFound.tsx"
import { SignInPage } from "../components/SignInPage.tsx"
import type { Catalog } from "../i18n/catalog.ts"
import { LocaleProvider, useShared } from "../i18n/context.tsx"
import { parseSignInReason, SIGN_IN_PATH, safeNextPath, signInRedirectPath } from "../navigation.ts"
import { SessionProvider, useSession } from "../session.tsx"
import { AppMessagesProvider, useAppMessages, type WebAppMessages } from "./messages.tsx"
import type { RouterKit } from "./router.ts"

export interface WebAppOptions {
  /** The app's vite `base` (`import.meta.env.BASE_URL`, e.g. "/partner/"). */
  readonly base: string
  /** The app's own strings (its name names the app in the header and the document title). */
  readonly messages: Catalog<WebAppMessages>
  /** The start page ("/"), shown to signed-in users only (framed by `HomePage`). */
  readonly home: Component
  /** The app's `@solidjs/router`. */
  readonly router: RouterKit
  /** Default: a client of the API on the app's own origin (the vite dev server proxies /api). */
  readonly client?: ApiClient
}

/**
 * The component of a whole app: languages, session and router with the shared shell, whose navigation
 * links the start page and (where the server has one) the dev mailbox. Routes: `/sign-in` (then on to
 * `next`, only in-app paths), the start page and `/mailbox` for signed-in users (others are sent to sign-in
 * and brought back afterwards), and a not-found page for the rest.
 */
export const createWebApp = (options: WebAppOptions): Component => {
  const { A, Navigate, Route, Router, useLocation, useNavigate, useSearchParams } = options.router
  /** Router base: the vite `base` without its trailing slash. */
  const basePath = options.base.replace(/\/$/, "")
  const client = options.client ?? createClient()

  const Layout = (props: { readonly children?: JSX.Element }) => {
    const t = useAppMessages()
    const shared = useShared()
    const mailboxAvailable = useDevMailboxAvailable()
    return (
      <AppShell
        appName={t("app.name")}
        nav={
          <ul>
            <li>
              <A href="/" end>
                {t("home.title")}
              </A>
            </li>
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
    )
  }

  const SignIn = () => {
    const t = useAppMessages()
    const shared = useShared()
    const session = useSession()
    const [params] = useSearchParams()
    return (
      <Switch fallback={<SignInPage intro={t("signIn.intro")} reason={parseSignInReason(params.reason)} />}>
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

  const Protected = (props: { readonly children?: JSX.Element }) => {
    const navigate = useNavigate()
    const location = useLocation()
    return (
      <AuthGate
        onSignedOut={(reason) => navigate(signInRedirectPath(reason, location, basePath), { replace: true })}
      >
        {props.children}
      </AuthGate>
    )
  }

  const NotFoundRoute = () => <NotFound homeLink={(label) => <A href="/">{label}</A>} />

  return () => (
    <LocaleProvider>
      <AppMessagesProvider messages={options.messages}>
        <SessionProvider client={client}>
          <Router base={basePath} root={Layout}>
            <Route path={SIGN_IN_PATH} component={SignIn} />
            <Route component={Protected}>
              <Route path="/" component={options.home} />
              <Route path="/mailbox" component={MailboxView} />
            </Route>
            <Route path="*404" component={NotFoundRoute} />
          </Router>
        </SessionProvider>
      </AppMessagesProvider>
    </LocaleProvider>
  )
}
