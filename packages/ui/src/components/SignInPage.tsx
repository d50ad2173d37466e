import type { JSX } from "solid-js"
import { Show } from "solid-js"
import { useShared } from "../i18n/context.tsx"
import type { SignInReason } from "../navigation.ts"
import { useSession } from "../session.tsx"
import { Notice } from "./Notice.tsx"
import { PageHeading } from "./PageHeading.tsx"
import { SignInForm } from "./SignInForm.tsx"
import { SsoSignIn, type SsoSignInProps } from "./SsoSignIn.tsx"

export interface SignInPageProps {
  /** Who should sign in here, e.g. "Sign in with the account of your customer tenant's admin." */
  readonly intro?: string
  /** Why the user is here: after signing out, or because the session ended. */
  readonly reason?: SignInReason | undefined
  /** Offer "Sign in with your organization (SSO)" (apps whose users' organizations may have it). */
  readonly sso?: SsoSignInProps | undefined
}

/**
 * Heading, reason notice and sign-in form. A successful sign-in updates the session; the app's sign-in
 * route then navigates on (see `safeNextPath`).
 */
export function SignInPage(props: SignInPageProps): JSX.Element {
  const { t } = useShared()
  const session = useSession()
  return (
    <section class="sign-in card stack">
      <PageHeading focus={false}>{t("signIn.title")}</PageHeading>
      <Show when={props.reason}>
        {(reason) => (
          <Notice tone="info">
            <p>{reason() === "expired" ? t("signIn.sessionExpired") : t("signIn.signedOut")}</p>
          </Notice>
        )}
      </Show>
      <p class="muted">{props.intro ?? t("signIn.intro")}</p>
      <SignInForm onSubmit={(email, password) => session.signIn(email, password)} />
      <Show when={props.sso}>{(sso) => <SsoSignIn {...sso()} />}</Show>
    </section>
  )
}
