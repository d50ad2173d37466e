import { createEffect, type JSX, Match, Switch } from "solid-js"
import { describeError } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"
import { useSession } from "../session.tsx"
import type { SessionState } from "../session-state.ts"
import { errorText, Notice } from "./Notice.tsx"

export type SignedOutReason = Extract<SessionState, { status: "signed_out" }>["reason"]

export interface AuthGateProps {
  /** Called when nobody is (or no longer) signed in; the app sends the user to its sign-in page. */
  readonly onSignedOut: (reason: SignedOutReason) => void
  readonly children: JSX.Element
}

/** Renders its children only for a signed-in user; shows loading and load errors (with retry) otherwise. */
export function AuthGate(props: AuthGateProps): JSX.Element {
  const session = useSession()
  const { t } = useShared()
  createEffect(() => {
    const state = session.state()
    if (state.status === "signed_out") props.onSignedOut(state.reason)
  })
  const failure = () => {
    const state = session.state()
    return state.status === "error" ? state.error : undefined
  }
  return (
    <Switch>
      <Match when={session.state().status === "loading"}>
        <p class="status" role="status">
          {t("common.loading")}
        </p>
      </Match>
      <Match when={failure()}>
        {(error) => (
          <Notice tone="error">
            <p>
              {t("errors.loadSession")} {errorText(t, describeError(error()))}
            </p>
            <button type="button" class="button" onClick={() => void session.reload()}>
              {t("common.retry")}
            </button>
          </Notice>
        )}
      </Match>
      <Match when={session.state().status === "signed_in"}>{props.children}</Match>
    </Switch>
  )
}
