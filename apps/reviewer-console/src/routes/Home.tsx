import { Notice, PageHeading, useCurrentUser, useShared } from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { useT } from "../i18n/index.ts"
import { vendorRoles } from "../lib/me.ts"

/** Start page: the user's vendor roles and what each allows. */
export function Home(): JSX.Element {
  const t = useT()
  const shared = useShared()
  const me = useCurrentUser()
  return (
    <div class="page">
      <PageHeading>{t("home.title")}</PageHeading>
      <Show when={me().user.kind !== "vendor"}>
        <Notice tone="info">
          <p>{t("home.notVendor", { email: me().user.email })}</p>
        </Notice>
      </Show>
      <Show when={me().user.kind === "vendor"}>
        <section class="section stack" aria-labelledby="roles-heading">
          <h2 id="roles-heading">{t("home.roles")}</h2>
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
        </section>
      </Show>
    </div>
  )
}
