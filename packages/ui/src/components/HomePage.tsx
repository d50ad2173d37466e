import type { UserKind } from "@openpor/api-client"
import { type JSX, Show } from "solid-js"
import { useAppMessages } from "../app/messages.tsx"
import { useCurrentUser } from "../session.tsx"
import { Notice } from "./Notice.tsx"
import { PageHeading } from "./PageHeading.tsx"

export interface HomePageProps {
  /** The kind of account the app is for; other users are told (`home.otherAccount`) to sign in with one. */
  readonly accountKind: UserKind
  /** Shown to every signed-in user, after that notice. */
  readonly always?: JSX.Element
  /** Shown only to users with the app's kind of account. */
  readonly children: JSX.Element
  /** The page's `<h1>` (default the app's `home.title`), for other pages framed the same way. */
  readonly title?: string
}

/**
 * Frame of an app's signed-in page, titled `home.title` or `title`: users with another kind of account are
 * told to sign in with the right one and see `always` only.
 */
export function HomePage(props: HomePageProps): JSX.Element {
  const t = useAppMessages()
  const me = useCurrentUser()
  return (
    <div class="page">
      <PageHeading>{props.title ?? t("home.title")}</PageHeading>
      <Show when={me().user.kind !== props.accountKind}>
        <Notice tone="info">
          <p>{t("home.otherAccount", { email: me().user.email })}</p>
        </Notice>
      </Show>
      {props.always}
      <Show when={me().user.kind === props.accountKind}>{props.children}</Show>
    </div>
  )
}
