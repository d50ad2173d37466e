import { ApiError } from "@openpor/api-client"
import { createResource, createSignal, For, type JSX, Show } from "solid-js"
import { ConfirmDialog } from "../components/ConfirmDialog.tsx"
import { errorText, Notice } from "../components/Notice.tsx"
import { StatusTag } from "../components/StatusTag.tsx"
import { showToast } from "../components/Toasts.tsx"
import { AsyncView } from "../data/AsyncView.tsx"
import { describeError } from "../errors.ts"
import { useShared } from "../i18n/context.tsx"
import { useCurrentUser, useSession } from "../session.tsx"
import { DeliveryLog } from "./DeliveryLog.tsx"
import { createEndpointForm, EndpointForm } from "./EndpointForm.tsx"
import { joinEventTypes, type WebhookEndpoint } from "./model.ts"
import { useWebhookOptions, webhookPaths } from "./options.ts"
import { SecretDialog } from "./SecretDialog.tsx"
import { useWebhookText } from "./text.ts"

/** The endpoint's version for optimistic locking (the view's number schema also admits "NaN" and infinities). */
const version = (endpoint: WebhookEndpoint): number => Number(endpoint.version)

/**
 * One endpoint: its URL, status and details; for those who manage it "Send test event", edit, enable or
 * disable, rotate the secret and delete (the binding ones after a confirmation); then its delivery log.
 */
export function EndpointPage(): JSX.Element {
  const options = useWebhookOptions()
  const { t } = useWebhookText()
  const { A } = options.router
  return (
    <options.Frame title={t("endpoint.title")}>
      <p>
        <A href={webhookPaths(options.basePath).list}>{t("endpoint.back")}</A>
      </p>
      <EndpointLoader />
    </options.Frame>
  )
}

function EndpointLoader(): JSX.Element {
  const options = useWebhookOptions()
  const params = options.router.useParams()
  const { client } = useSession()
  // The contract lists endpoints (a handful per scope); one of them is this page's.
  const [endpoint, { refetch }] = createResource(
    () => params.id,
    async (id) => {
      const { items } = await client.GET("/api/v1/webhooks/endpoints")
      const found = items.find((each) => each.id === id)
      if (found === undefined) throw new ApiError(404, "not_found", "No such webhook endpoint")
      return found
    }
  )
  const [current, setCurrent] = createSignal<WebhookEndpoint>()
  const shown = () => {
    const latest = current()
    return latest !== undefined && latest.id === params.id ? latest : endpoint.latest
  }
  return (
    <AsyncView resource={endpoint} retry={refetch}>
      {() => <EndpointView endpoint={shown()!} onChange={setCurrent} />}
    </AsyncView>
  )
}

function EndpointView(props: {
  readonly endpoint: WebhookEndpoint
  readonly onChange: (endpoint: WebhookEndpoint) => void
}): JSX.Element {
  const options = useWebhookOptions()
  const { t, time, eventLabel, status } = useWebhookText()
  const shared = useShared()
  const me = useCurrentUser()
  const { client } = useSession()
  const navigate = options.router.useNavigate()
  const canManage = () => options.canManage(me())
  const e = () => props.endpoint
  const path = () => ({ params: { path: { id: e().id } } })
  const [editing, setEditing] = createSignal(false)
  const [confirming, setConfirming] = createSignal<"disable" | "rotate" | "delete">()
  const [secret, setSecret] = createSignal<string>()
  const [sent, setSent] = createSignal(0)
  const describe = (error: unknown) =>
    error instanceof ApiError && error.code === "version_conflict" ? t("errors.version_conflict") : undefined
  /** Why an action failed, in the user's language. */
  const explain = (error: unknown) => describe(error) ?? errorText(shared.t, describeError(error))
  const form = createEndpointForm({
    initial: { url: "", description: "", eventTypes: "" },
    submit: (input) =>
      client.PATCH("/api/v1/webhooks/endpoints/{id}", {
        ...path(),
        body: { ...input, version: version(e()) }
      }),
    onSuccess: (updated) => {
      props.onChange(updated)
      setEditing(false)
      showToast("success", t("endpoint.saved"))
    }
  })
  const startEditing = () => {
    form.reset({
      url: e().url,
      description: e().description ?? "",
      eventTypes: joinEventTypes(e().eventTypes)
    })
    setEditing(true)
  }
  const setEnabled = async (enabled: boolean) => {
    const updated = await client.PATCH("/api/v1/webhooks/endpoints/{id}", {
      ...path(),
      body: { enabled, version: version(e()) }
    })
    props.onChange(updated)
    showToast("success", enabled ? t("endpoint.enabled") : t("endpoint.disabled"))
  }
  const [testing, setTesting] = createSignal(false)
  const sendTest = async () => {
    setTesting(true)
    try {
      await client.POST("/api/v1/webhooks/endpoints/{id}/test", path())
      setSent((count) => count + 1)
      showToast("success", t("endpoint.testSent"), t("endpoint.testSentBody"))
    } catch (error) {
      showToast("error", t("endpoint.sendTest"), explain(error))
    } finally {
      setTesting(false)
    }
  }

  return (
    <>
      <section class="card stack" aria-labelledby="webhook-endpoint-url">
        <div class="webhook-tight">
          <h2 id="webhook-endpoint-url" class="webhook-url mono webhook-wrap">
            {e().url}
          </h2>
          <div>
            <StatusTag tone={status(e()).tone}>{status(e()).text}</StatusTag>
          </div>
        </div>
        <Show when={e().failingSince !== null || !e().enabled}>
          <Notice tone="info">
            <p>
              {e().failingSince !== null
                ? e().enabled
                  ? t("endpoint.failingEnabled", { date: time(e().failingSince!) })
                  : t("endpoint.failing", { date: time(e().failingSince!) })
                : t("endpoint.manual")}
            </p>
          </Notice>
        </Show>
        <Show when={canManage() && !editing()}>
          <div class="actions">
            <button
              type="button"
              class="button"
              aria-disabled={testing() || !e().enabled}
              disabled={!e().enabled}
              onClick={() => void (testing() ? undefined : sendTest())}
            >
              {testing() ? shared.t("common.working") : t("endpoint.sendTest")}
            </button>
            <button type="button" class="button button--secondary" onClick={startEditing}>
              {t("endpoint.edit")}
            </button>
            <Show
              when={e().enabled}
              fallback={
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() =>
                    void setEnabled(true).catch((error: unknown) =>
                      showToast("error", t("endpoint.enable"), explain(error))
                    )
                  }
                >
                  {t("endpoint.enable")}
                </button>
              }
            >
              <button type="button" class="button button--secondary" onClick={() => setConfirming("disable")}>
                {t("endpoint.disable")}
              </button>
            </Show>
            <button type="button" class="button button--secondary" onClick={() => setConfirming("rotate")}>
              {t("endpoint.rotate")}
            </button>
            <button type="button" class="button button--danger" onClick={() => setConfirming("delete")}>
              {t("endpoint.delete")}
            </button>
          </div>
        </Show>
        <Show
          when={editing()}
          fallback={
            <dl class="facts">
              <div>
                <dt>{t("endpoint.description")}</dt>
                <dd>{e().description ?? <span class="muted">{t("endpoint.noDescription")}</span>}</dd>
              </div>
              <div>
                <dt>{t("endpoint.events")}</dt>
                <dd>
                  <ul class="webhook-event-list">
                    <For each={e().eventTypes}>{(type) => <li>{eventLabel(type)}</li>}</For>
                  </ul>
                </dd>
              </div>
              <div>
                <dt>{t("endpoint.secret")}</dt>
                <dd class="mono">{e().secretHint}</dd>
              </div>
              <div>
                <dt>{t("endpoint.createdAt")}</dt>
                <dd>{time(e().createdAt)}</dd>
              </div>
              <div>
                <dt>{t("endpoint.updatedAt")}</dt>
                <dd>{time(e().updatedAt)}</dd>
              </div>
            </dl>
          }
        >
          <EndpointForm
            form={form}
            heading={t("form.editHeading")}
            submitLabel={t("form.save")}
            onCancel={() => setEditing(false)}
          />
        </Show>
      </section>
      <DeliveryLog endpoint={e()} refresh={sent()} />
      <ConfirmDialog
        open={confirming() === "disable"}
        onOpenChange={(open) => !open && setConfirming(undefined)}
        title={t("endpoint.disableTitle")}
        description={<p>{t("endpoint.disableBody", { url: e().url })}</p>}
        confirmLabel={t("endpoint.disable")}
        tone="danger"
        describe={describe}
        onConfirm={() => setEnabled(false)}
      />
      <ConfirmDialog
        open={confirming() === "rotate"}
        onOpenChange={(open) => !open && setConfirming(undefined)}
        title={t("endpoint.rotateTitle")}
        description={<p>{t("endpoint.rotateBody")}</p>}
        confirmLabel={t("endpoint.rotate")}
        tone="danger"
        describe={describe}
        onConfirm={async () => {
          const rotated = await client.POST("/api/v1/webhooks/endpoints/{id}/rotate-secret", path())
          props.onChange(rotated.endpoint)
          setSecret(rotated.secret)
        }}
      />
      <ConfirmDialog
        open={confirming() === "delete"}
        onOpenChange={(open) => !open && setConfirming(undefined)}
        title={t("endpoint.deleteTitle")}
        description={<p>{t("endpoint.deleteBody", { url: e().url })}</p>}
        confirmLabel={t("endpoint.delete")}
        tone="danger"
        describe={describe}
        onConfirm={async () => {
          await client.DELETE("/api/v1/webhooks/endpoints/{id}", path())
          showToast("success", t("endpoint.deleted"))
          navigate(webhookPaths(options.basePath).list)
        }}
      />
      <SecretDialog secret={secret()} kind="rotated" onClose={() => setSecret(undefined)} />
    </>
  )
}
