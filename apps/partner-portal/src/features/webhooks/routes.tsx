import { type AppRoute, Notice, PageHeading, useCurrentUser, useTranslator } from "@openpor/ui"
import { createWebhookScreens } from "@openpor/ui/webhooks/screens.tsx"
import "@openpor/ui/webhooks/webhooks.css"
import { A, useNavigate, useParams } from "@solidjs/router"
import { type JSX, Show } from "solid-js"
import { canManageWebhooks } from "../../lib/access.ts"
import { messages } from "./messages.ts"

const useT = () => useTranslator(messages)

/** A page of the organization settings: its section above the `<h1>`, for Global admins only. */
function SettingsFrame(props: { readonly title: string; readonly children: JSX.Element }): JSX.Element {
  const t = useT()
  const me = useCurrentUser()
  return (
    <div class="page">
      <p class="muted">{t("section")}</p>
      <PageHeading>{props.title}</PageHeading>
      <Show
        when={canManageWebhooks(me())}
        fallback={
          <Notice tone="info">
            <p>{t("notAllowed")}</p>
          </Notice>
        }
      >
        {props.children}
      </Show>
    </div>
  )
}

const screens = createWebhookScreens({
  scope: "organization",
  basePath: "/settings/webhooks",
  canManage: canManageWebhooks,
  Frame: SettingsFrame,
  router: { A, useNavigate, useParams }
})

/** Organization settings → Webhooks (Global admins): the endpoints, one endpoint, one delivery. */
export const webhookRoutes: readonly AppRoute[] = [
  {
    path: "/settings/webhooks",
    component: screens.Endpoints,
    navLabel: () => useT()("nav"),
    navWhen: canManageWebhooks
  },
  { path: "/settings/webhooks/:id", component: screens.Endpoint },
  { path: "/settings/webhooks/:id/deliveries/:deliveryId", component: screens.Delivery }
]
