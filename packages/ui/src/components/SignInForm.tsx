import { ApiError } from "@openpor/api-client"
import { createSignal, createUniqueId, type JSX, onMount, Show } from "solid-js"
import { describeError, type ErrorMessage } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"

type FormError = ErrorMessage | { readonly key: "signIn.emailRequired" | "signIn.passwordRequired" }
type Field = "email" | "password"

export interface SignInFormProps {
  /** Signs in; rejects with the API error to show (e.g. `invalid_credentials`, `too_many_attempts`). */
  readonly onSubmit: (email: string, password: string) => Promise<unknown>
}

/**
 * Email and password form. Focuses the email field when shown; on an error, announces it in a live
 * region, marks the fields concerned as invalid and moves focus to the field to correct.
 */
export function SignInForm(props: SignInFormProps): JSX.Element {
  const { t } = useShared()
  const ids = { email: createUniqueId(), password: createUniqueId(), error: createUniqueId() }
  const [email, setEmail] = createSignal("")
  const [password, setPassword] = createSignal("")
  const [pending, setPending] = createSignal(false)
  const [error, setError] = createSignal<{ readonly message: FormError; readonly fields: readonly Field[] }>()
  let emailInput!: HTMLInputElement
  let passwordInput!: HTMLInputElement

  onMount(() => emailInput.focus())

  const fail = (message: FormError, fields: readonly Field[], focus: HTMLInputElement | undefined) => {
    setError({ message, fields })
    focus?.focus()
  }

  const submit = async (event: SubmitEvent) => {
    event.preventDefault()
    if (pending()) return
    const emailValue = email().trim()
    if (emailValue === "") return fail({ key: "signIn.emailRequired" }, ["email"], emailInput)
    if (password() === "") return fail({ key: "signIn.passwordRequired" }, ["password"], passwordInput)
    setError(undefined)
    setPending(true)
    try {
      await props.onSubmit(emailValue, password())
    } catch (cause) {
      if (cause instanceof ApiError && cause.code === "invalid_credentials") {
        setPassword("")
        fail(describeError(cause), ["email", "password"], passwordInput)
      } else {
        fail(describeError(cause), [], undefined)
      }
    } finally {
      setPending(false)
    }
  }

  const invalid = (field: Field) => error()?.fields.includes(field) === true
  const message = (value: FormError) =>
    value.key === "errors.unexpected" ? t(value.key, { code: value.code }) : t(value.key)

  return (
    <form class="sign-in-form stack" novalidate onSubmit={(event) => void submit(event)}>
      <div id={ids.error} class="form-error" role="alert">
        <Show when={error()}>{(current) => <p>{message(current().message)}</p>}</Show>
      </div>
      <div class="field">
        <label for={ids.email}>{t("signIn.email")}</label>
        <input
          ref={emailInput}
          id={ids.email}
          name="email"
          type="email"
          inputmode="email"
          autocomplete="username"
          autocapitalize="none"
          spellcheck={false}
          required
          value={email()}
          onInput={(event) => setEmail(event.currentTarget.value)}
          aria-invalid={invalid("email")}
          aria-describedby={invalid("email") ? ids.error : undefined}
        />
      </div>
      <div class="field">
        <label for={ids.password}>{t("signIn.password")}</label>
        <input
          ref={passwordInput}
          id={ids.password}
          name="password"
          type="password"
          autocomplete="current-password"
          required
          value={password()}
          onInput={(event) => setPassword(event.currentTarget.value)}
          aria-invalid={invalid("password")}
          aria-describedby={invalid("password") ? ids.error : undefined}
        />
      </div>
      <div>
        <button type="submit" class="button" aria-disabled={pending()}>
          {pending() ? t("signIn.submitting") : t("signIn.submit")}
        </button>
      </div>
    </form>
  )
}
