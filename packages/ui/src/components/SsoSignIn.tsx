import { createSignal, createUniqueId, type JSX, Show } from "solid-js"
import { useShared } from "../i18n/context.tsx"

/** The apps whose users may belong to an organization or tenant with single sign-on. */
export type SsoApp = "partner" | "customer"

export interface SsoSignInProps {
  readonly app: SsoApp
  /** The in-app path to open after signing in (already checked by `safeNextPath`). */
  readonly next?: string
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The API's start of an OpenID Connect sign-in for an email address (a browser navigation, not a fetch). */
export const ssoStartUrl = (options: {
  readonly email: string
  readonly app: SsoApp
  readonly lang: string
  readonly next?: string | undefined
}): string => {
  const params = new URLSearchParams({ email: options.email, app: options.app, lang: options.lang })
  if (options.next !== undefined && options.next !== "/") params.set("next", options.next)
  return `/api/v1/auth/oidc/start?${params}`
}

/**
 * "Sign in with your organization (SSO)": a button that shows an email field; continuing sends the
 * browser to the API, which finds the organization's identity provider by the email's domain and
 * redirects there (or shows a page saying single sign-on is not set up for that address).
 */
export function SsoSignIn(props: SsoSignInProps): JSX.Element {
  const { t, locale } = useShared()
  const ids = {
    panel: createUniqueId(),
    email: createUniqueId(),
    error: createUniqueId(),
    hint: createUniqueId()
  }
  const [open, setOpen] = createSignal(false)
  const [email, setEmail] = createSignal("")
  const [error, setError] = createSignal<string>()
  const [leaving, setLeaving] = createSignal(false)
  let input: HTMLInputElement | undefined

  const toggle = () => {
    setOpen(!open())
    if (open()) queueMicrotask(() => input?.focus())
  }
  const submit = (event: SubmitEvent) => {
    event.preventDefault()
    const value = email().trim()
    if (!EMAIL.test(value)) {
      setError(value === "" ? t("signIn.emailRequired") : t("signIn.sso.emailInvalid"))
      input?.focus()
      return
    }
    setError(undefined)
    setLeaving(true)
    window.location.assign(ssoStartUrl({ email: value, app: props.app, lang: locale(), next: props.next }))
  }

  return (
    <div class="sso-sign-in stack">
      <p class="sso-sign-in__or" aria-hidden="true">
        <span>{t("signIn.sso.or")}</span>
      </p>
      <button
        type="button"
        class="button button--secondary"
        aria-expanded={open()}
        aria-controls={ids.panel}
        onClick={toggle}
      >
        {t("signIn.sso.open")}
      </button>
      <Show when={open()}>
        <form id={ids.panel} class="stack" novalidate onSubmit={submit}>
          <div class="field" classList={{ "field--invalid": error() !== undefined }}>
            <label for={ids.email}>{t("signIn.sso.email")}</label>
            <p class="field__hint" id={ids.hint}>
              {t("signIn.sso.hint")}
            </p>
            <input
              ref={input}
              id={ids.email}
              name="sso-email"
              type="email"
              inputmode="email"
              autocomplete="username"
              autocapitalize="none"
              spellcheck={false}
              required
              value={email()}
              onInput={(event) => {
                setEmail(event.currentTarget.value)
                setError(undefined)
              }}
              aria-invalid={error() !== undefined}
              aria-describedby={error() === undefined ? ids.hint : `${ids.hint} ${ids.error}`}
            />
            <Show when={error()}>
              {(message) => (
                <p class="field__error" id={ids.error}>
                  {message()}
                </p>
              )}
            </Show>
          </div>
          <div>
            <button type="submit" class="button" aria-disabled={leaving()}>
              {leaving() ? t("signIn.sso.submitting") : t("signIn.sso.submit")}
            </button>
          </div>
        </form>
      </Show>
    </div>
  )
}
