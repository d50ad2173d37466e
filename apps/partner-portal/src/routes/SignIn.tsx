import { parseSignInReason, SignInPage, safeNextPath, useSession, useShared } from "@openpor/ui"
import { Navigate, useSearchParams } from "@solidjs/router"
import { type JSX, Match, Switch } from "solid-js"
import { useT } from "../i18n/index.ts"

/** `/sign-in?next=…&reason=…`: signs in, then continues to `next` (only in-app paths). */
export function SignIn(): JSX.Element {
  const t = useT()
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
