import { type Accessor, createContext, createSignal, type JSX, Show, useContext } from "solid-js"
import { describeError, type ErrorMessage } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"
import type { Locale } from "../i18n/locales.ts"
import { useSession } from "../session.tsx"
import { LanguageSwitcher } from "./LanguageSwitcher.tsx"
import { errorText } from "./Notice.tsx"
import { ToastRegion } from "./Toasts.tsx"

const AppNameContext = createContext<Accessor<string>>(() => "OpenPOR")

/** The name of the app, as shown in the header (used for document titles). */
export const useAppName = (): Accessor<string> => useContext(AppNameContext)

export interface AppShellProps {
  /** The app's translated name, e.g. "Partner portal". */
  readonly appName: string
  /** Links of the main navigation, shown while signed in. */
  readonly nav?: JSX.Element
  readonly children: JSX.Element
}

/**
 * The frame of every page: skip link, header (app name, navigation, language, signed-in user, sign out)
 * and the main landmark. Signing out ends the session; the app's {@link AuthGate} then leaves the page.
 */
export function AppShell(props: AppShellProps): JSX.Element {
  const { t } = useShared()
  const session = useSession()
  const [signingOut, setSigningOut] = createSignal(false)
  const [signOutError, setSignOutError] = createSignal<ErrorMessage>()

  const signedInUser = () => {
    const state = session.state()
    return state.status === "signed_in" ? state.me.user : undefined
  }

  /** Signed in: the choice becomes the user's language for the apps and emails (SPEC §8); best effort. */
  const saveLanguage = (language: Locale) => {
    if (signedInUser() === undefined) return
    session.client.PATCH("/api/v1/me", { body: { language } }).catch(() => undefined)
  }

  const signOut = async () => {
    if (signingOut()) return
    setSigningOut(true)
    setSignOutError(undefined)
    try {
      await session.signOut()
    } catch (error) {
      setSignOutError(describeError(error))
    } finally {
      setSigningOut(false)
    }
  }

  return (
    <AppNameContext.Provider value={() => props.appName}>
      {/* target="_self" keeps the router out: the browser's own fragment navigation focuses <main>. */}
      <a class="skip-link" href="#main" target="_self">
        {t("shell.skipToContent")}
      </a>
      <header class="app-header">
        <div class="app-header__inner">
          <p class="app-brand">
            <span class="app-brand__product">OpenPOR</span>{" "}
            <span class="app-brand__name">{props.appName}</span>
          </p>
          <Show when={signedInUser() !== undefined && props.nav !== undefined}>
            <nav class="app-nav" aria-label={t("shell.mainNavigation")}>
              {props.nav}
            </nav>
          </Show>
          <div class="app-header__tools">
            <LanguageSwitcher onChoose={saveLanguage} />
            <Show when={signedInUser()}>
              {(user) => (
                <div class="app-user">
                  <span class="app-user__name" title={user().email}>
                    {t("shell.signedInAs", { name: user().displayName })}
                  </span>
                  <button
                    type="button"
                    class="button button--header"
                    aria-disabled={signingOut()}
                    onClick={() => void signOut()}
                  >
                    {signingOut() ? t("shell.signingOut") : t("shell.signOut")}
                  </button>
                </div>
              )}
            </Show>
          </div>
        </div>
        <div class="app-header__error" role="alert">
          <Show when={signOutError()}>{(error) => errorText(t, error())}</Show>
        </div>
      </header>
      <main id="main" class="app-main" tabindex="-1">
        {props.children}
      </main>
      <ToastRegion />
    </AppNameContext.Provider>
  )
}
