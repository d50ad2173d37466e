import type { Me } from "@openpor/api-client"
import { type Component, createContext, type JSX, useContext } from "solid-js"

/** What the webhook screens need of the app that shows them (see `createWebhookScreens`). */
export interface WebhookScreensOptions {
  /** Whose endpoints: the partner organization's (Global admin) or the vendor's (operator; auditors read). */
  readonly scope: "organization" | "vendor"
  /** Where the list of endpoints lives in the app, e.g. "/settings/webhooks". */
  readonly basePath: string
  /** Whether the signed-in user may change endpoints; others see everything without the buttons that change it. */
  readonly canManage: (me: Me) => boolean
  /**
   * The app's frame of a webhook page: the `<h1>` named `title`, the app's navigation of the section, and the
   * page itself only for users whose roles allow it (render `children` inside a `Show`, so nothing loads for others).
   */
  readonly Frame: Component<{ readonly title: string; readonly children: JSX.Element }>
  /** The app's `@solidjs/router` parts (packages/ui does not depend on the router). */
  readonly router: {
    readonly A: Component<{ href: string; class?: string; "aria-label"?: string; children?: JSX.Element }>
    readonly useNavigate: () => (to: string) => void
    readonly useParams: () => Record<string, string | undefined>
  }
}

const OptionsContext = createContext<WebhookScreensOptions>()

export const WebhookOptionsProvider = OptionsContext.Provider

export const useWebhookOptions = (): WebhookScreensOptions => {
  const options = useContext(OptionsContext)
  if (options === undefined) throw new Error("webhook screens must be created by createWebhookScreens")
  return options
}

/** The app paths of the webhook screens under `basePath`. */
export const webhookPaths = (basePath: string) => ({
  list: basePath,
  endpoint: (id: string) => `${basePath}/${encodeURIComponent(id)}`,
  delivery: (endpointId: string, deliveryId: string) =>
    `${basePath}/${encodeURIComponent(endpointId)}/deliveries/${encodeURIComponent(deliveryId)}`
})
