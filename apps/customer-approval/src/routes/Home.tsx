import { Notice, PageHeading, useCurrentUser, useShared } from "@openpor/ui"
import { For, type JSX, Show } from "solid-js"
import { useT } from "../i18n/index.ts"
import { tenantRoles } from "../lib/me.ts"

/** Start page: the customer tenant and the user's roles; association requests come here. */
export function Home(): JSX.Element {
  const t = useT()
  const shared = useShared()
  const me = useCurrentUser()
  return (
    <div class="page">
      <PageHeading>{t("home.title")}</PageHeading>
      <Show when={me().user.kind !== "customer"}>
        <Notice tone="info">
          <p>{t("home.notCustomer", { email: me().user.email })}</p>
        </Notice>
      </Show>
      <Show when={me().user.kind === "customer"}>
        <section class="section" aria-labelledby="tenant-heading">
          <h2 id="tenant-heading">{t("home.tenant")}</h2>
          <Show when={me().tenant} fallback={<p>{t("home.noTenant")}</p>}>
            {(tenant) => (
              <div class="card">
                <dl class="facts">
                  <div>
                    <dt>{t("home.tenantName")}</dt>
                    <dd>
                      <strong>{tenant().name}</strong>
                    </dd>
                  </div>
                  <div>
                    <dt>{t("home.tenantId")}</dt>
                    <dd class="mono">{tenant().id}</dd>
                  </div>
                  <div>
                    <dt>{t("home.roles")}</dt>
                    <dd>
                      <ul class="tag-list">
                        <For each={tenantRoles(me())}>
                          {(role) => <li class="tag">{shared.role(role)}</li>}
                        </For>
                      </ul>
                    </dd>
                  </div>
                </dl>
              </div>
            )}
          </Show>
        </section>
        <section class="section" aria-labelledby="requests-heading">
          <h2 id="requests-heading">{t("home.requests")}</h2>
          <p class="muted">{t("home.requestsNote")}</p>
        </section>
      </Show>
    </div>
  )
}
