import { HomePage, Notice, useCurrentUser, useSession, useShared } from "@openpor/ui"
import { A } from "@solidjs/router"
import { createResource, For, type JSX, Show } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOpen, mayOperate, SCREEN_ROLES, type Screen } from "./access.ts"
import "./operations.css"

/** The operations screens in the order of the section links (the test clock only where the server has one). */
export const OPERATIONS_SCREENS = [
  { screen: "programs", path: "/operations/programs" },
  { screen: "eligibility", path: "/operations/eligibility" },
  { screen: "directory", path: "/operations/directory" },
  { screen: "holidays", path: "/operations/holidays" },
  { screen: "validation", path: "/operations/validation" },
  { screen: "clock", path: "/operations/clock" },
  { screen: "history", path: "/operations/history-import" },
  { screen: "webhooks", path: "/operations/webhooks" },
  { screen: "identityProviders", path: "/operations/identity-providers" }
] as const satisfies readonly { screen: Screen; path: string }[]

let clockProbe: Promise<boolean> | undefined

/**
 * Whether the server runs with the test clock (OPENPOR_CLOCK=test): its clock endpoint exists. Asked once
 * per page load; a server without it answers 404.
 */
export const useTestClockAvailable = () => {
  const { client } = useSession()
  clockProbe ??= client
    .GET("/api/v1/ops/clock")
    .then(() => true)
    .catch(() => {
      clockProbe = undefined
      return false
    })
  const [available] = createResource(() => clockProbe!)
  return available
}

/** The links to the operations screens the user may open. */
export function OperationsNav(props: { readonly current: Screen }): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const clock = useTestClockAvailable()
  const screens = () =>
    OPERATIONS_SCREENS.filter(
      (entry) => mayOpen(me(), entry.screen) && (entry.screen !== "clock" || clock() === true)
    )
  return (
    <nav class="ops-nav" aria-label={t("operations.sectionsLabel")}>
      <ul>
        <For each={screens()}>
          {(entry) => (
            <li>
              <A href={entry.path} aria-current={entry.screen === props.current ? "page" : undefined}>
                {t(`operations.screens.${entry.screen}.title`)}
              </A>
            </li>
          )}
        </For>
      </ul>
    </nav>
  )
}

/**
 * The frame of an operations screen: its heading, the section links, and the screen itself for users whose
 * vendor roles allow it (others are told whom it is for); auditors are told they only read.
 */
export function OperationsPage(props: {
  readonly screen: Screen
  readonly title: string
  /** Hide the section links (screens outside operations, e.g. the audit log). */
  readonly standalone?: boolean
  readonly children: JSX.Element
}): JSX.Element {
  const t = useT()
  const shared = useShared()
  const me = useCurrentUser()
  const roles = () => SCREEN_ROLES[props.screen].map((role) => shared.role(role)).join(", ")
  return (
    <HomePage accountKind="vendor" title={props.title}>
      <Show when={props.standalone !== true && mayOpen(me(), "operations")}>
        <OperationsNav current={props.screen} />
      </Show>
      <Show
        when={mayOpen(me(), props.screen)}
        fallback={
          <Notice tone="info">
            <p>{t("operations.notAllowed", { roles: roles() })}</p>
          </Notice>
        }
      >
        <Show when={!mayOperate(me()) && props.standalone !== true}>
          <p class="muted">{t("operations.readOnly")}</p>
        </Show>
        {props.children}
      </Show>
    </HomePage>
  )
}
