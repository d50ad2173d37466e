import { HomePage, Section, useCurrentUser, useShared } from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { useT } from "../i18n/index.ts"
import { vendorRoles } from "../lib/me.ts"

/** Start page: the user's vendor roles and what each allows. */
export function Home(): JSX.Element {
  const t = useT()
  const shared = useShared()
  const me = useCurrentUser()
  return (
    <HomePage accountKind="vendor">
      <Section headingId="roles-heading" class="stack" title={t("home.roles")}>
        <p class="muted">{t("home.rolesIntro")}</p>
        <Show when={vendorRoles(me()).length > 0} fallback={<p>{t("home.noRoles")}</p>}>
          <ul class="card-list">
            <For each={vendorRoles(me())}>
              {(role) => (
                <li class="card stack">
                  <h3>{shared.role(role)}</h3>
                  <p>{t(`roleDescriptions.${role}`)}</p>
                </li>
              )}
            </For>
          </ul>
        </Show>
      </Section>
    </HomePage>
  )
}
