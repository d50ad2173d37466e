import { SUBSCRIBABLE_WEBHOOK_EVENT_TYPES } from "@openpor/api-client"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { DataTable } from "../components/DataTable.tsx"
import { EmptyState } from "../components/EmptyState.tsx"
import { Section } from "../components/Section.tsx"
import { StatusTag } from "../components/StatusTag.tsx"
import { showToast } from "../components/Toasts.tsx"
import { AsyncView } from "../data/AsyncView.tsx"
import { useCurrentUser, useSession } from "../session.tsx"
import { createEndpointForm, EndpointForm } from "./EndpointForm.tsx"
import type { WebhookEndpoint } from "./model.ts"
import { useWebhookOptions, webhookPaths } from "./options.ts"
import { SecretDialog } from "./SecretDialog.tsx"
import { useWebhookText } from "./text.ts"

/**
 * The endpoints of the caller's scope (URL, events, status, description), each opening its page; for those
 * who manage them, "Add endpoint" and, after adding, the signing secret shown once.
 */
export function EndpointsPage(): JSX.Element {
  const options = useWebhookOptions()
  const { t } = useWebhookText()
  return (
    <options.Frame title={t("title")}>
      <EndpointsView />
    </options.Frame>
  )
}

function EndpointsView(): JSX.Element {
  const options = useWebhookOptions()
  const { t } = useWebhookText()
  const me = useCurrentUser()
  const { client } = useSession()
  const canManage = () => options.canManage(me())
  const [endpoints, { refetch }] = createResource(() =>
    client.GET("/api/v1/webhooks/endpoints").then((answer) => answer.items)
  )
  const [adding, setAdding] = createSignal(false)
  const [secret, setSecret] = createSignal<{ readonly value: string; readonly endpointId: string }>()
  const navigate = options.router.useNavigate()
  const form = createEndpointForm({
    initial: { url: "", description: "", eventTypes: "" },
    submit: (body) => client.POST("/api/v1/webhooks/endpoints", { body }),
    onSuccess: (created) => {
      setAdding(false)
      form.reset()
      void refetch()
      setSecret({ value: created.secret, endpointId: created.endpoint.id })
    }
  })
  return (
    <>
      <p class="muted">{t(`intro.${options.scope}`)}</p>
      <Show when={canManage()}>
        <Show
          when={adding()}
          fallback={
            <div class="actions">
              <button type="button" class="button" onClick={() => setAdding(true)}>
                {t("list.add")}
              </button>
            </div>
          }
        >
          <EndpointForm
            form={form}
            heading={t("form.addHeading")}
            submitLabel={t("form.create")}
            onCancel={() => {
              form.reset()
              setAdding(false)
            }}
          />
        </Show>
      </Show>
      <Section headingId="webhook-endpoints" class="stack" title={t("list.heading")}>
        <AsyncView
          resource={endpoints}
          retry={refetch}
          isEmpty={(list) => list.length === 0}
          empty={
            <EmptyState
              title={t("list.empty")}
              hint={canManage() ? t("list.emptyManage") : t("list.emptyRead")}
            />
          }
        >
          {(list) => <EndpointTable endpoints={list} />}
        </AsyncView>
      </Section>
      <SecretDialog
        secret={secret()?.value}
        kind="created"
        onClose={() => {
          const endpointId = secret()?.endpointId
          setSecret(undefined)
          if (endpointId !== undefined) {
            showToast("success", t("list.added"))
            navigate(webhookPaths(options.basePath).endpoint(endpointId))
          }
        }}
      />
    </>
  )
}

function EndpointTable(props: { readonly endpoints: readonly WebhookEndpoint[] }): JSX.Element {
  const options = useWebhookOptions()
  const { t, eventLabel, status } = useWebhookText()
  const paths = webhookPaths(options.basePath)
  const { A } = options.router
  return (
    <DataTable
      caption={t("list.caption")}
      rows={props.endpoints}
      columns={[
        {
          header: t("list.url"),
          cell: (endpoint) => (
            <A href={paths.endpoint(endpoint.id)} class="webhook-wrap mono">
              {endpoint.url}
            </A>
          )
        },
        {
          header: t("list.events"),
          cell: (endpoint) =>
            endpoint.eventTypes.length === SUBSCRIBABLE_WEBHOOK_EVENT_TYPES.length ? (
              t("list.allEvents")
            ) : (
              <ul class="webhook-event-list">
                <For each={endpoint.eventTypes}>{(type) => <li>{eventLabel(type)}</li>}</For>
              </ul>
            )
        },
        {
          header: t("list.status"),
          cell: (endpoint) => <StatusTag tone={status(endpoint).tone}>{status(endpoint).text}</StatusTag>
        },
        { header: t("list.description"), cell: (endpoint) => endpoint.description ?? "" }
      ]}
    />
  )
}
