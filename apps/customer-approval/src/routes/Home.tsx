import { HomePage, RoleTags, Section, useCurrentUser } from "@openpor/ui"
import type { JSX } from "solid-js"
import { Show } from "solid-js"
import { useT } from "../i18n/index.ts"
import { tenantRoles } from "../lib/me.ts"

/** Start page: the customer tenant and the user's roles; association requests come here. */
export function Home(): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  return (
    <HomePage accountKind="customer">
      <Section headingId="tenant-heading" title={t("home.tenant")}>
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
                    <RoleTags roles={tenantRoles(me())} />
                  </dd>
                </div>
              </dl>
            </div>
          )}
        </Show>
      </Section>
      <Section headingId="requests-heading" title={t("home.requests")}>
        <p class="muted">{t("home.requestsNote")}</p>
      </Section>
    </HomePage>
  )
}
