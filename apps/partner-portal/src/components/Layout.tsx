import { AppShell, useDevMailboxAvailable, useShared } from "@openpor/ui"
import { A, type RouteSectionProps } from "@solidjs/router"
import { type JSX, Show } from "solid-js"
import { useT } from "../i18n/index.ts"

/** Frame of every page: the shared app shell with this app's navigation. */
export function Layout(props: RouteSectionProps): JSX.Element {
  const t = useT()
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
