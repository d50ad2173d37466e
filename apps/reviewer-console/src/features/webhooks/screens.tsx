import { createWebhookScreens } from "@openpor/ui/webhooks/screens.tsx"
import "@openpor/ui/webhooks/webhooks.css"
import { A, useNavigate, useParams } from "@solidjs/router"
import type { JSX } from "solid-js"
import { mayOperate } from "../operations/access.ts"
import { OperationsPage } from "../operations/OperationsPage.tsx"

/** A webhook page in the operations frame: operators manage vendor-wide endpoints, auditors read them. */
function WebhooksFrame(props: { readonly title: string; readonly children: JSX.Element }): JSX.Element {
  return (
    <OperationsPage screen="webhooks" title={props.title}>
      {props.children}
    </OperationsPage>
  )
}

/** Operations → Webhooks: vendor-wide endpoints, one endpoint, one delivery. */
export const webhookScreens = createWebhookScreens({
  scope: "vendor",
  basePath: "/operations/webhooks",
  canManage: mayOperate,
  Frame: WebhooksFrame,
  router: { A, useNavigate, useParams }
})
