import { useCurrentUser } from "@openpor/ui"
import { A } from "@solidjs/router"
import { For, type JSX } from "solid-js"
import { useT } from "../../i18n/index.ts"
import { mayOpen } from "./access.ts"
import { OPERATIONS_SCREENS, OperationsPage, useTestClockAvailable } from "./OperationsPage.tsx"

/** The operator's start: one card per operations screen with what it is for. */
export function OperationsHome(): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  const clock = useTestClockAvailable()
  const screens = () =>
    OPERATIONS_SCREENS.filter(
      (entry) => mayOpen(me(), entry.screen) && (entry.screen !== "clock" || clock() === true)
    )
  return (
    <OperationsPage screen="operations" title={t("operations.title")} standalone>
      <p class="muted">{t("operations.intro")}</p>
      <ul class="card-list">
        <For each={screens()}>
          {(entry) => (
            <li class="card stack">
              <h2>
                <A href={entry.path}>{t(`operations.screens.${entry.screen}.title`)}</A>
              </h2>
              <p>{t(`operations.screens.${entry.screen}.description`)}</p>
            </li>
          )}
        </For>
      </ul>
    </OperationsPage>
  )
}
